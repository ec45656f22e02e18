import { createViewBuilder, type TextView } from './text-view.ts';

/** A decoder rewrites the encoded regions of a view in place; it returns undefined when it found nothing to decode. */
export interface Decoder {
  /** View name segment, e.g. `base64`. */
  readonly name: string;
  /** Applying the decoder twice in a row is pointless (involutions such as ROT13 and reversal). */
  readonly involution?: boolean;
  decode(view: TextView, budget: number): TextView | undefined;
}

// Every regex here is a single character class under one quantifier or a fixed-width literal: linear time.
const utf8 = new TextDecoder('utf-8', { fatal: true });

/** True when decoded bytes read as human text (valid UTF-8, mostly printable, has letters): rejects hashes and binary. */
export function looksLikeText(value: string): boolean {
  if (value.length < 3) return false;
  let printable = 0;
  let letters = 0;
  // A prefix is a fair sample and keeps the check cheap on megabyte payloads.
  const sample = value.length > 4096 ? value.slice(0, 4096) : value;
  let length = 0;
  for (const character of sample) {
    const code = character.codePointAt(0) ?? 0;
    length += 1;
    if (code === 0xfffd) return false;
    if (code >= 0x20 || code === 0x0a || code === 0x0d || code === 0x09) printable += 1;
    if (code < 0x80 ? (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a) : /\p{L}/u.test(character)) letters += 1;
  }
  return printable / length >= 0.9 && letters / length >= 0.4;
}

function bytesToText(bytes: Uint8Array): string | undefined {
  try {
    const text = utf8.decode(bytes);
    return looksLikeText(text) ? text : undefined;
  } catch {
    return undefined;
  }
}

/** Rewrites every match of `pattern` that `decodeOne` can decode; shared by the region decoders. */
function rewriteRegions(
  view: TextView, name: string, pattern: RegExp, budget: number, decodeOne: (match: string) => string | undefined,
): TextView | undefined {
  const builder = createViewBuilder(view);
  let copyFrom = 0;
  let changed = false;
  let spent = 0;
  for (const match of view.text.matchAll(pattern)) {
    const decoded = decodeOne(match[0]);
    if (decoded === undefined) continue;
    spent += decoded.length;
    if (spent > budget) break;
    builder.copy(copyFrom, match.index);
    builder.replace(` ${decoded} `, match.index, match.index + match[0].length);
    copyFrom = match.index + match[0].length;
    changed = true;
  }
  if (!changed) return undefined;
  builder.copy(copyFrom, view.text.length);
  return builder.build(name, view.depth + 1);
}

/** Standard and URL-safe base64, padded or not, at least 16 characters long. */
export const base64Decoder: Decoder = {
  name: 'base64',
  decode(view, budget) {
    if (!/[A-Za-z0-9+/_-]{16}/.test(view.text)) return undefined;
    return rewriteRegions(view, 'base64', /[A-Za-z0-9+/_-]{16,}={0,2}/g, budget, (match) => {
      const body = match.replace(/=+$/, '');
      // Plain words and identifiers are "valid" base64 too; real payloads mix cases and digits or symbols.
      if (body.length % 4 === 1 || !/[A-Z]/.test(body) || !/[a-z]/.test(body)) return undefined;
      if (/^[A-Za-z]+$/.test(body) && body.length < 24) return undefined;
      return bytesToText(Buffer.from(body.replaceAll('-', '+').replaceAll('_', '/'), 'base64'));
    });
  },
};

/** Hex byte strings: contiguous, `\x41`, `0x41` or separated by spaces, commas or colons. */
export const hexDecoder: Decoder = {
  name: 'hex',
  decode(view, budget) {
    if (!/[0-9a-fA-F]{2}[^0-9a-fA-F]{0,2}[0-9a-fA-F]{2}/.test(view.text)) return undefined;
    return rewriteRegions(view, 'hex', /[0-9a-fA-Fx\\ ,:]{16,}/g, budget, (run) => {
      // The run may start or end with ordinary words made of hex letters ("see", "a"): keep those verbatim.
      const tokens = run.split(/([ ,:]+)/);
      const isHex = (token: string): boolean => {
        const digits = token.replace(/\\x|0x/g, '');
        return /^[0-9a-fA-F]+$/.test(digits) && digits.length % 2 === 0;
      };
      // In a run of long hex tokens, short edge tokens are words ("ad", "be"); byte-separated hex has only short tokens.
      const minimum = tokens.some((token) => token.length >= 8 && isHex(token)) ? 8 : 2;
      const fits = (token: string): boolean => isHex(token) && token.replace(/\\x|0x/g, '').length >= minimum;
      let first = 0;
      let last = tokens.length - 1;
      while (first <= last && !fits(tokens[first] ?? '')) first += 1;
      while (last >= first && !fits(tokens[last] ?? '')) last -= 1;
      if (first > last) return undefined;
      const digits = tokens.slice(first, last + 1).join('').replace(/\\x|0x|[ ,:]/g, '');
      if (!/^[0-9a-fA-F]+$/.test(digits) || digits.length % 2 !== 0 || digits.length < 12) return undefined;
      const decoded = bytesToText(Buffer.from(digits, 'hex'));
      return decoded === undefined ? undefined : `${tokens.slice(0, first).join('')}${decoded}${tokens.slice(last + 1).join('')}`;
    });
  },
};

/** Percent-encoding (`%69%67%6E...`), token by token. */
export const percentDecoder: Decoder = {
  name: 'url',
  decode(view, budget) {
    if (!/%[0-9a-fA-F]{2}/.test(view.text)) return undefined;
    return rewriteRegions(view, 'url', /[^\s<>"'`]+/g, budget, (token) => {
      if (!token.includes('%')) return undefined;
      const escapes = token.match(/%[0-9a-fA-F]{2}/g)?.length ?? 0;
      if (escapes < 3) return undefined;
      const bytes: number[] = [];
      for (let index = 0; index < token.length; index += 1) {
        const hex = token.slice(index + 1, index + 3);
        if (token[index] === '%' && /^[0-9a-fA-F]{2}$/.test(hex)) {
          bytes.push(Number.parseInt(hex, 16));
          index += 2;
        } else {
          const character = token[index] === '+' ? ' ' : (token[index] ?? '');
          for (const byte of Buffer.from(character, 'utf8')) bytes.push(byte);
        }
      }
      try {
        return utf8.decode(Uint8Array.from(bytes));
      } catch {
        return undefined;
      }
    });
  },
};

const namedEntities: Readonly<Record<string, string>> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', colon: ':', sol: '/', lpar: '(', rpar: ')',
  period: '.', comma: ',', excl: '!', quest: '?', num: '#', lsqb: '[', rsqb: ']', lcub: '{', rcub: '}', equals: '=',
};

/** HTML character references: decimal, hexadecimal and the common named ones. */
export const htmlEntityDecoder: Decoder = {
  name: 'html-entities',
  decode(view, budget) {
    if (!/&(?:#|[a-z]{2,6};)/i.test(view.text)) return undefined;
    const builder = createViewBuilder(view);
    let copyFrom = 0;
    let decodedCount = 0;
    let spent = 0;
    for (const match of view.text.matchAll(/&(?:#[xX][0-9a-fA-F]{1,6}|#[0-9]{1,7}|[a-zA-Z]{2,8});?/g)) {
      const body = match[0].slice(1, match[0].endsWith(';') ? -1 : undefined);
      let decoded: string | undefined;
      if (body.startsWith('#')) {
        const code = body[1] === 'x' || body[1] === 'X' ? Number.parseInt(body.slice(2), 16) : Number.parseInt(body.slice(1), 10);
        decoded = code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff) ? String.fromCodePoint(code) : undefined;
      } else if (Object.hasOwn(namedEntities, body.toLowerCase())) {
        decoded = namedEntities[body.toLowerCase()];
      }
      if (decoded === undefined || (spent += decoded.length) > budget) continue;
      builder.copy(copyFrom, match.index);
      builder.replace(decoded, match.index, match.index + match[0].length);
      copyFrom = match.index + match[0].length;
      decodedCount += 1;
    }
    // A lone `&amp;` in a URL is ordinary HTML; obfuscation encodes many characters.
    if (decodedCount < 3) return undefined;
    builder.copy(copyFrom, view.text.length);
    return builder.build('html-entities', view.depth + 1);
  },
};

const simpleEscapes: Readonly<Record<string, string>> = { n: '\n', r: '\n', t: ' ', '"': '"', "'": "'", '\\': '\\', '/': '/', b: '', f: '' };

/**
 * Backslash escapes as JSON, JavaScript and Python strings write them (`\u0069`, `\u{69}`, `\x69`, `\n`, `\"`):
 * a tool result is often JSON text, where `previous\ninstructions` hides the words from every phrase rule and
 * `\u0069gnore` hides them from the reader but not from the model.
 */
export const backslashEscapeDecoder: Decoder = {
  name: 'escapes',
  decode(view, budget) {
    if (!view.text.includes('\\')) return undefined;
    const builder = createViewBuilder(view);
    let copyFrom = 0;
    let decodedCount = 0;
    let codeEscapes = 0;
    let spent = 0;
    for (const match of view.text.matchAll(/\\(?:u[0-9a-fA-F]{4}|u\{[0-9a-fA-F]{1,6}\}|x[0-9a-fA-F]{2}|[nrt"'\\/bf])/g)) {
      const body = match[0].slice(1);
      let decoded: string | undefined;
      if (body.startsWith('u') || body.startsWith('x')) {
        const code = Number.parseInt(body.replace(/^[ux]\{?|\}$/g, ''), 16);
        decoded = code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff) ? String.fromCodePoint(code) : undefined;
        if (decoded !== undefined) codeEscapes += 1;
      } else {
        decoded = simpleEscapes[body];
      }
      if (decoded === undefined || (spent += decoded.length) > budget) continue;
      builder.copy(copyFrom, match.index);
      builder.replace(decoded, match.index, match.index + match[0].length);
      copyFrom = match.index + match[0].length;
      decodedCount += 1;
    }
    // One `\n` in a path or a regex is no carrier; a JSON string with line breaks or any code-point escape is.
    if (codeEscapes === 0 && decodedCount < 2) return undefined;
    builder.copy(copyFrom, view.text.length);
    return builder.build('escapes', view.depth + 1);
  },
};

const morseLetters: Readonly<Record<string, string>> = {
  '.-': 'a', '-...': 'b', '-.-.': 'c', '-..': 'd', '.': 'e', '..-.': 'f', '--.': 'g', '....': 'h', '..': 'i', '.---': 'j',
  '-.-': 'k', '.-..': 'l', '--': 'm', '-.': 'n', '---': 'o', '.--.': 'p', '--.-': 'q', '.-.': 'r', '...': 's', '-': 't',
  '..-': 'u', '...-': 'v', '.--': 'w', '-..-': 'x', '-.--': 'y', '--..': 'z', '-----': '0', '.----': '1', '..---': '2',
  '...--': '3', '....-': '4', '.....': '5', '-....': '6', '--...': '7', '---..': '8', '----.': '9', '.-.-.-': '.',
  '--..--': ',', '..--..': '?', '-.-.--': '!', '-..-.': '/', '.----.': "'", '-....-': '-', '---...': ':',
};

/**
 * Morse code: at least eight letters of dots and dashes separated by spaces, words by " / " or two or more spaces.
 * Codes that are not a letter, digit or common punctuation mark become "?"; more than one in ten rejects the run.
 */
export const morseDecoder: Decoder = {
  name: 'morse',
  decode(view, budget) {
    if (!/[.-]{1,6} [.-]{1,6} [.-]{1,6} [.-]{1,6}/.test(view.text)) return undefined;
    // One token, then separators that always consume a space or slash before the next token: linear time.
    return rewriteRegions(view, 'morse', /[.-]{1,6}(?:(?: {1,3}| ?\/ ?)[.-]{1,6}){7,}/g, budget, (run) => {
      const words = run.split(/ ?\/ ?| {2,}/);
      let decoded = '';
      let codes = 0;
      let unknown = 0;
      for (const word of words) {
        for (const code of word.split(' ')) {
          codes += 1;
          if (Object.hasOwn(morseLetters, code)) {
            decoded += morseLetters[code];
          } else {
            unknown += 1;
            decoded += '?';
          }
        }
        decoded += ' ';
      }
      // A few rare signs (brackets, quotes) are tolerated; a run that is mostly not Morse is not decoded.
      if (unknown * 10 > codes) return undefined;
      // Rows of dashes or dots decode to one repeated letter ("- - - -" is "tttt"): real messages use several letters.
      const text = decoded.trim();
      return looksLikeText(text) && new Set(text.replaceAll(' ', '')).size >= 4 ? text : undefined;
    });
  },
};

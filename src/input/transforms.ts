import type { Decoder } from './decoders.ts';
import { createViewBuilder, type TextView } from './text-view.ts';

// Words that make a line read as natural language or as an instruction; used to decide whether a ROT13 or
// reversed rendering of a line is "more readable" than the line itself. English plus the injection vocabulary.
const readableWords: ReadonlySet<string> = new Set([
  'the', 'and', 'to', 'of', 'a', 'an', 'in', 'is', 'it', 'you', 'your', 'are', 'be', 'for', 'on', 'with', 'that', 'this',
  'all', 'now', 'me', 'my', 'not', 'do', 'from', 'as', 'or', 'what', 'tell', 'say', 'send', 'give', 'show', 'print',
  'ignore', 'previous', 'prior', 'above', 'instructions', 'instruction', 'rules', 'system', 'prompt', 'disregard',
  'forget', 'reveal', 'password', 'secret', 'data', 'user', 'assistant', 'please', 'must', 'will', 'new', 'task',
  'any', 'every', 'everything', 'before', 'after', 'then', 'instead', 'only', 'output', 'write', 'repeat', 'email',
  // Spanish, French, German, Italian, Portuguese, Dutch function words and injection vocabulary.
  'el', 'la', 'las', 'los', 'de', 'y', 'que', 'todas', 'instrucciones', 'tu', 'les', 'et', 'des', 'toutes', 'votre',
  'die', 'der', 'und', 'alle', 'anweisungen', 'il', 'le', 'tutte', 'istruzioni', 'as', 'os', 'todas', 'de', 'het', 'een',
  // Indonesian/Malay, Swedish, Czech, Romanian, Vietnamese (accents stripped before lookup).
  'abaikan', 'semua', 'instruksi', 'sebelumnya', 'dan', 'yang', 'anda', 'kamu', 'ini', 'itu', 'untuk', 'tunjukkan', 'kirim', 'sistem', 'perintah',
  'ignorera', 'alla', 'tidigare', 'instruktioner', 'och', 'att', 'du', 'din', 'ditt', 'det', 'som', 'visa', 'skicka', 'systemprompt', 'regler',
  'ignoruj', 'vsechny', 'predchozi', 'pokyny', 'instrukce', 'je', 'na', 'se', 'mi', 'ukaz', 'posli', 'svuj', 'systemovy',
  'ignora', 'toate', 'instructiunile', 'anterioare', 'si', 'este', 'trimite', 'arata', 'tale', 'promptul',
  'bo', 'qua', 'tat', 'ca', 'cac', 'huong', 'dan', 'truoc', 'va', 'cua', 'ban', 'toi', 'he', 'thong', 'gui', 'khong', 'co',
  'mot', 'voi', 'nguoi', 'dung', 'cho', 'nay', 'ke', 'jangan', 'pengguna', 'sekarang', 'adalah', 'tanpa', 'till', 'inget',
  'nu', 'en', 'utan', 'vsechna', 'hesla', 'nic', 'nyni', 'jsi', 'bez', 'acum', 'esti', 'fara', 'nimic',
]);

function readability(text: string): number {
  // Accents are stripped so that "všechny" reads as the listed "vsechny"; any letter counts toward the total.
  const lower = text.toLowerCase();
  // eslint-disable-next-line no-control-regex -- the test is "is every character ASCII"
  const ascii = /^[\x00-\x7f]*$/.test(lower);
  // ASCII lines (most of them) are split into [a-z] words in place, without building the word list.
  const words = ascii ? [] : lower.normalize('NFD').replace(/\p{M}/gu, '').match(/\p{L}+/gu) ?? [];
  let count = ascii ? 0 : words.length;
  let known = 0;
  for (const word of words) if (readableWords.has(word)) known += 1;
  for (let index = 0, start = -1; ascii && index <= lower.length; index += 1) {
    const code = index < lower.length ? lower.charCodeAt(index) : 0;
    if (code >= 0x61 && code <= 0x7a) {
      if (start < 0) start = index;
    } else if (start >= 0) {
      count += 1;
      if (readableWords.has(lower.slice(start, index))) known += 1;
      start = -1;
    }
  }
  return count === 0 ? 0 : known / count;
}

/** Rewrites the lines for which `transform` yields clearly more readable text. */
function rewriteLines(view: TextView, name: string, budget: number, transform: (line: string) => string): TextView | undefined {
  const builder = createViewBuilder(view);
  let copyFrom = 0;
  let changed = false;
  let spent = 0;
  for (const match of view.text.matchAll(/[^\n]+/g)) {
    const line = match[0];
    if (line.length > 4096 || !/[A-Za-z]{3}/.test(line)) continue;
    const before = readability(line);
    // Readable lines stay as they are: ROT13 or reversal of ordinary prose is never more readable.
    if (before >= 0.3) continue;
    const transformed = transform(line);
    const after = readability(transformed);
    if (after < 0.25 || after <= before * 1.5 + 0.05) continue;
    if ((spent += transformed.length) > budget) break;
    builder.copy(copyFrom, match.index);
    builder.replace(transformed, match.index, match.index + line.length);
    copyFrom = match.index + line.length;
    changed = true;
  }
  if (!changed) return undefined;
  builder.copy(copyFrom, view.text.length);
  return builder.build(name, view.depth + 1);
}

function rot13(text: string): string {
  let rotated = '';
  let copyFrom = 0;
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    const base = code >= 0x41 && code <= 0x5a ? 0x41 : code >= 0x61 && code <= 0x7a ? 0x61 : 0;
    if (base === 0) continue;
    rotated += text.slice(copyFrom, index) + String.fromCharCode(((code - base + 13) % 26) + base);
    copyFrom = index + 1;
  }
  return copyFrom === 0 ? text : rotated + text.slice(copyFrom);
}

// Cheap gates: common and injection words as they look after ROT13 or reversal; without one, no line is tried.
const gateWords = [
  'the', 'and', 'you', 'your', 'ignore', 'all', 'previous', 'instructions', 'system', 'prompt', 'reveal', 'send', 'disregard',
  'forget', 'rules', 'with', 'this', 'that', 'las', 'todas', 'les', 'toutes', 'alle', 'die', 'und', 'tutte',
  'abaikan', 'semua', 'instruksi', 'sistem', 'ignorera', 'alla', 'instruktioner', 'och', 'ignoruj', 'pokyny', 'ignora',
  'toate', 'anterioare', 'qua', 'huong', 'dan',
];
// A gate that ordinary text trips makes every line of it pay for a readability check: palindromes ("alla") and
// transforms that are real words ("and" reversed is "dna") are left out.
const ordinaryWords: ReadonlySet<string> = new Set(['dna']);
const wordGate = (transform: (word: string) => string): RegExp => new RegExp(`\\b(?:${gateWords.map(transform).filter((word, index) => word !== gateWords[index] && !ordinaryWords.has(word)).join('|')})\\b`, 'i');
const rot13Words = wordGate((word) => rot13(word));
const reversedWords = wordGate((word) => [...word].reverse().join(''));

/** ROT13, line by line, where the rotated line reads as language. */
export const rot13Decoder: Decoder = {
  name: 'rot13',
  involution: true,
  decode: (view, budget) => (rot13Words.test(view.text) ? rewriteLines(view, 'rot13', budget, rot13) : undefined),
};

/** Reversed text ("snoitcurtsni suoiverp erongi"), line by line, where the reversed line reads as language. */
export const reverseDecoder: Decoder = {
  name: 'reversed',
  involution: true,
  decode: (view, budget) => (reversedWords.test(view.text) ? rewriteLines(view, 'reversed', budget, (line) => [...line].reverse().join('')) : undefined),
};

const leetMap: Readonly<Record<string, string>> = {
  '0': 'o', '1': 'i', '3': 'e', '4': 'a', '5': 's', '7': 't', '8': 'b', '9': 'g', '@': 'a', '$': 's', '|': 'l', '!': 'i', '€': 'e',
};

/** Leetspeak inside words (`1gn0r3 4ll pr3v10u5`); numbers standing alone are left alone. */
export const leetDecoder: Decoder = {
  name: 'leet',
  decode(view, budget) {
    const text = view.text;
    const builder = createViewBuilder(view);
    let copyFrom = 0;
    let changed = 0;
    let spent = 0;
    // Seeds are letter/leet adjacencies; each seed is widened to its token, so plain prose costs one regex pass. The
    // run of token characters around a seed is found once per run: base64 and hashes hold a seed every few characters.
    let runStart = 0;
    let runEnd = 0;
    for (const seed of text.matchAll(/[A-Za-z][0-9@$|!€]|[0-9@$|€][A-Za-z]/g)) {
      if (seed.index < copyFrom) continue;
      if (seed.index >= runEnd) {
        runStart = seed.index;
        runEnd = seed.index + 2;
        while (runStart > 0 && isLeetTokenCharacter(text.charCodeAt(runStart - 1))) runStart -= 1;
        while (runEnd < text.length && isLeetTokenCharacter(text.charCodeAt(runEnd))) runEnd += 1;
      }
      // The token is the run clipped to 64 characters either side of the seed and to the text not yet rewritten.
      let start = Math.max(runStart, copyFrom, seed.index - 64);
      let end = Math.max(seed.index + 2, Math.min(runEnd, seed.index + 64));
      // A token longer than 24 characters is rejected below whatever its trimmed edges hold: skip the slicing.
      if (end - start > 24 && text[end - 1] !== '!' && text[end - 1] !== '|' && text[start] !== '$') continue;
      // Trailing `!`/`|` are punctuation and a leading `$` is a currency sign, not leetspeak.
      while (end > start && (text[end - 1] === '!' || text[end - 1] === '|')) end -= 1;
      while (start < end && text[start] === '$') start += 1;
      const token = text.slice(start, end);
      if (!/[0-9@$|!€]/.test(token) || !/[A-Za-z]/.test(token)) continue;
      const letters = token.replace(/[^A-Za-z]/g, '').length;
      const leet = token.length - letters;
      // Short codes (`Q3`, `4K`, `MP3`) and units (`10px`) are not leetspeak.
      if (token.length < 2 || letters < 1 || (token.length <= 5 && !/[a-z]/.test(token)) || leet > letters + 3 || token.length > 24 || unitSuffix.test(token)) continue;
      // Base64, hashes and identifiers mix cases and digits too; leetspeak is short words in one case.
      if (/[a-z]/.test(token) && /[A-Z]/.test(token.slice(1))) continue;
      const decoded = token.replace(/[0-9@$|!€]/g, (character) => leetMap[character] ?? character);
      if ((spent += decoded.length) > budget) break;
      builder.copy(copyFrom, start);
      builder.replace(decoded, start, end);
      copyFrom = end;
      changed += 1;
    }
    if (changed === 0) return undefined;
    builder.copy(copyFrom, text.length);
    return builder.build('leet', view.depth + 1);
  },
};

const unitSuffix = /^[0-9]+(?:st|nd|rd|th|px|em|pt|kb|mb|gb|tb|ms|s|m|h|d|k|x|am|pm|kg|km|cm|mm|g|l|ml)$/i;

function isLeetTokenCharacter(code: number): boolean {
  return (code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a)
    || code === 0x40 || code === 0x24 || code === 0x7c || code === 0x21 || code === 0x20ac || code === 0x5f;
}

const spacedSeparator = /^(?:[ ._\-*]{1,7})$/;

/** Spaced-out letters (`i g n o r e  a l l`, `i.g.n.o.r.e`, `i-g-n-o-r-e`) joined back into words. */
export const spacedDecoder: Decoder = {
  name: 'spaced',
  decode(view, budget) {
    const text = view.text;
    const builder = createViewBuilder(view);
    let copyFrom = 0;
    let changed = false;
    let spent = 0;
    // Seeds are four single letters in a row; each seed is extended letter by letter, so prose costs one regex pass.
    for (const seed of text.matchAll(/\p{L}[ ._\-*/|]{1,3}\p{L}[ ._\-*/|]{1,3}\p{L}[ ._\-*/|]{1,3}\p{L}/gu)) {
      if (seed.index < copyFrom || isElement(text, seed.index - 1) || isElement(text, seed.index + 1)) continue;
      const positions = [seed.index];
      const gaps: number[] = [];
      let cursor = seed.index + 1;
      for (;;) {
        let next = cursor;
        while (next < text.length && next - cursor < 8 && !isElement(text, next)) next += 1;
        if (next >= text.length || !spacedSeparator.test(text.slice(cursor, next)) || isElement(text, next + 1)) break;
        gaps.push(next - cursor);
        positions.push(next);
        cursor = next + 1;
      }
      if (positions.length < 4) continue;
      const narrow = Math.min(...gaps);
      let joined = text[seed.index] ?? '';
      for (let index = 1; index < positions.length; index += 1) joined += ((gaps[index - 1] ?? 0) > narrow ? ' ' : '') + (text[positions[index] ?? 0] ?? '');
      if ((spent += joined.length) > budget) break;
      const last = positions.at(-1) ?? seed.index;
      builder.copy(copyFrom, seed.index);
      builder.replace(joined, seed.index, last + 1);
      copyFrom = last + 1;
      changed = true;
    }
    if (!changed) return undefined;
    builder.copy(copyFrom, text.length);
    return builder.build('spaced', view.depth + 1);
  },
};

// Besides letters, single digits and URL/markup punctuation belong to a spaced-out payload (`a t t a c k e r @ e v i l`).
function isElement(text: string, index: number): boolean {
  return isLetter(text, index) || /^[0-9@:/[\](){}<>|!?=&%#$,;]$/.test(text[index] ?? '');
}

function isLetter(text: string, index: number): boolean {
  if (index < 0 || index >= text.length) return false;
  const code = text.charCodeAt(index);
  if (code < 0x80) return (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
  return /\p{L}/u.test(text[index] ?? '');
}

/** Split payloads written as string concatenation: `"ig" + "nore"`, `'a' . 'b'`, `"x" || "y"`, also JSON-escaped. */
export const concatenationDecoder: Decoder = {
  name: 'concatenated',
  decode(view, budget) {
    const text = view.text;
    // Seeds are the joints `" + "`; pieces are the quote-free stretches between consecutive joints. Anchoring on the
    // operator keeps quote pairing right even inside JSON, where every quote is escaped.
    const joints = [...text.matchAll(/\\?["'`]\s{0,3}(?:\+|\.|\|\||&)\s{0,3}\\?["'`]/g)];
    if (joints.length === 0) return undefined;
    const builder = createViewBuilder(view);
    let copyFrom = 0;
    let changed = false;
    let spent = 0;
    let index = 0;
    while (index < joints.length) {
      const first = joints[index] as RegExpExecArray;
      const pieceStart = previousQuote(text, first.index);
      if (pieceStart < copyFrom) {
        index += 1;
        continue;
      }
      const pieces = [text.slice(pieceStart + 1, first.index).replace(/\\$/, '')];
      let last = first;
      let next = index + 1;
      for (; next < joints.length; next += 1) {
        const joint = joints[next] as RegExpExecArray;
        const between = text.slice(last.index + last[0].length, joint.index);
        if (between.length > 80 || /["'`\n]/.test(between.replace(/\\$/, ''))) break;
        pieces.push(between.replace(/\\$/, ''));
        last = joint;
      }
      const tailStart = last.index + last[0].length;
      const tailEnd = nextQuote(text, tailStart);
      if (tailEnd < 0) {
        index = next;
        continue;
      }
      pieces.push(text.slice(tailStart, tailEnd).replace(/\\$/, ''));
      const joined = pieces.join('');
      if ((spent += joined.length) > budget) break;
      builder.copy(copyFrom, pieceStart);
      builder.replace(joined, pieceStart, tailEnd + 1);
      copyFrom = tailEnd + 1;
      changed = true;
      index = next;
    }
    if (!changed) return undefined;
    builder.copy(copyFrom, text.length);
    return builder.build('concatenated', view.depth + 1);
  },
};

function previousQuote(text: string, before: number): number {
  for (let index = before - 1; index >= 0 && index >= before - 81; index -= 1) {
    const character = text[index];
    if (character === '"' || character === "'" || character === '`' || character === '\n') return character === '\n' ? -1 : index;
  }
  return -1;
}

function nextQuote(text: string, from: number): number {
  for (let index = from; index < text.length && index <= from + 80; index += 1) {
    const character = text[index];
    if (character === '"' || character === "'" || character === '`') return text[index - 1] === '\\' ? index - 1 : index;
    if (character === '\n') return -1;
  }
  return -1;
}

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
]);

function readability(text: string): number {
  const words = text.toLowerCase().match(/[a-z]+/g);
  if (words === null || words.length === 0) return 0;
  let known = 0;
  for (const word of words) if (readableWords.has(word)) known += 1;
  return known / words.length;
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
    const transformed = transform(line);
    const after = readability(transformed);
    if (after < 0.25 || after <= readability(line) * 1.5 + 0.05) continue;
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
  return text.replace(/[A-Za-z]/g, (letter) => {
    const base = letter <= 'Z' ? 65 : 97;
    return String.fromCharCode(((letter.charCodeAt(0) - base + 13) % 26) + base);
  });
}

/** ROT13, line by line, where the rotated line reads as language. */
export const rot13Decoder: Decoder = { name: 'rot13', involution: true, decode: (view, budget) => rewriteLines(view, 'rot13', budget, rot13) };

/** Reversed text ("snoitcurtsni suoiverp erongi"), line by line, where the reversed line reads as language. */
export const reverseDecoder: Decoder = {
  name: 'reversed',
  involution: true,
  decode: (view, budget) => rewriteLines(view, 'reversed', budget, (line) => [...line].reverse().join('')),
};

const leetMap: Readonly<Record<string, string>> = {
  '0': 'o', '1': 'i', '3': 'e', '4': 'a', '5': 's', '7': 't', '8': 'b', '9': 'g', '@': 'a', '$': 's', '|': 'l', '!': 'i', '€': 'e',
};

/** Leetspeak inside words (`1gn0r3 4ll pr3v10u5`); numbers standing alone are left alone. */
export const leetDecoder: Decoder = {
  name: 'leet',
  decode(view, budget) {
    if (!/[A-Za-z][0-9@$|!€]|[0-9@$|€][A-Za-z]/.test(view.text)) return undefined;
    const builder = createViewBuilder(view);
    let copyFrom = 0;
    let changed = 0;
    let spent = 0;
    for (const match of view.text.matchAll(/[A-Za-z0-9@$|!€]{2,64}/g)) {
      const token = match[0];
      const letters = token.replace(/[^A-Za-z]/g, '').length;
      const leet = token.length - letters;
      // Base64, hashes and identifiers mix cases and digits too; leetspeak is short words in one case.
      if (letters === 0 || leet === 0 || leet > letters + 3 || token.length > 24 || /^[0-9]+(?:st|nd|rd|th|px|em|pt|kb|mb|gb|tb|ms|s|m|h|d|k|x|am|pm|kg|km|cm|mm|g|l|ml)$/i.test(token)) continue;
      if (/[a-z]/.test(token) && /[A-Z]/.test(token.slice(1))) continue;
      const decoded = token.replace(/[0-9@$|!€]/g, (character) => leetMap[character] ?? character);
      if ((spent += decoded.length) > budget) break;
      builder.copy(copyFrom, match.index);
      builder.replace(decoded, match.index, match.index + token.length);
      copyFrom = match.index + token.length;
      changed += 1;
    }
    if (changed === 0) return undefined;
    builder.copy(copyFrom, view.text.length);
    return builder.build('leet', view.depth + 1);
  },
};

/** Spaced-out letters (`i g n o r e  a l l`, `i.g.n.o.r.e`, `i-g-n-o-r-e`) joined back into words. */
export const spacedDecoder: Decoder = {
  name: 'spaced',
  decode(view, budget) {
    const text = view.text;
    if (!/\p{L}[ ._\-*/|]{1,3}\p{L}[ ._\-*/|]{1,3}\p{L}[ ._\-*/|]{1,3}\p{L}/u.test(text)) return undefined;
    const builder = createViewBuilder(view);
    let copyFrom = 0;
    let changed = false;
    let spent = 0;
    // Isolated single letters separated by 1-7 separator characters; a wider gap than the narrowest one marks a word break.
    const letters = [...text.matchAll(/(?<!\p{L})\p{L}(?!\p{L})/gu)];
    let runStart = 0;
    const flush = (from: number, to: number): void => {
      if (to - from < 4) return;
      const first = letters[from];
      const last = letters[to - 1];
      if (first === undefined || last === undefined) return;
      const gaps: number[] = [];
      for (let index = from + 1; index < to; index += 1) gaps.push((letters[index]?.index ?? 0) - (letters[index - 1]?.index ?? 0) - 1);
      const narrow = Math.min(...gaps);
      let joined = first[0];
      for (let index = from + 1; index < to; index += 1) joined += ((gaps[index - from - 1] ?? 0) > narrow ? ' ' : '') + (letters[index]?.[0] ?? '');
      if ((spent += joined.length) > budget) return;
      builder.copy(copyFrom, first.index);
      builder.replace(joined, first.index, last.index + last[0].length);
      copyFrom = last.index + last[0].length;
      changed = true;
    };
    for (let index = 1; index <= letters.length; index += 1) {
      const previous = letters[index - 1];
      const current = letters[index];
      const between = previous !== undefined && current !== undefined ? text.slice(previous.index + 1, current.index) : '';
      const continues = current !== undefined && between.length >= 1 && between.length <= 7 && /^[ ._\-*/|]+$/.test(between);
      if (!continues) {
        flush(runStart, index);
        runStart = index;
      }
    }
    if (!changed) return undefined;
    builder.copy(copyFrom, text.length);
    return builder.build('spaced', view.depth + 1);
  },
};

/** Split payloads written as string concatenation: `"ig" + "nore"`, `'a' . 'b'`, `"x" || "y"`. */
export const concatenationDecoder: Decoder = {
  name: 'concatenated',
  decode(view, budget) {
    const text = view.text;
    if (!/["'`]\s{0,3}(?:\+|\.|\|\||&)\s{0,3}["'`]/.test(text)) return undefined;
    const builder = createViewBuilder(view);
    let copyFrom = 0;
    let changed = false;
    let spent = 0;
    const pieces = [...text.matchAll(/"([^"\n]{0,80})"|'([^'\n]{0,80})'|`([^`\n]{0,80})`/g)];
    let runStart = 0;
    for (let index = 1; index <= pieces.length; index += 1) {
      const previous = pieces[index - 1];
      const current = pieces[index];
      const joinedByOperator = previous !== undefined && current !== undefined
        && /^\s{0,3}(?:\+|\.|\|\||&)\s{0,3}$/.test(text.slice(previous.index + previous[0].length, current.index));
      if (joinedByOperator) continue;
      if (index - runStart >= 2) {
        const first = pieces[runStart];
        const last = pieces[index - 1];
        if (first !== undefined && last !== undefined) {
          const joined = pieces.slice(runStart, index).map((piece) => piece[1] ?? piece[2] ?? piece[3] ?? '').join('');
          if ((spent += joined.length) <= budget) {
            builder.copy(copyFrom, first.index);
            builder.replace(joined, first.index, last.index + last[0].length);
            copyFrom = last.index + last[0].length;
            changed = true;
          }
        }
      }
      runStart = index;
    }
    if (!changed) return undefined;
    builder.copy(copyFrom, text.length);
    return builder.build('concatenated', view.depth + 1);
  },
};

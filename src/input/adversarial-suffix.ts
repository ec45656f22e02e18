import { readFileSync } from 'node:fs';
import { RampartError, errorMessage } from '../kernel/errors.ts';
import type { Finding } from '../kernel/verdict.ts';

/** Rule id of the adversarial-suffix signal (optimiser-made gibberish appended to a request, as GCG produces). */
export const adversarialSuffixRuleId = 'input.heuristic.adversarial-suffix';

const windowSize = 10;
const minWindowSize = 8;
const maxWindowSize = 20;
const minimumOdd = 4;
const minimumProseWords = 5;
const minimumStructural = 2;
const minimumStructuralShort = 3;
const minimumKnownShare = 0.75;
const maxLines = 2;
const maxPromptLength = 2000;

// Tokens an optimiser leaves behind: brackets, markup and escape characters, case changes inside a word,
// punctuation glued between letters, letters glued to digits.
const markup = /[{}[\]()<>\\$^~|`=;@#*_]|^[^\p{L}\p{N}\s]{2,}$/u;
// Prose wraps words in brackets and quotes and ends them with punctuation; only what is left is looked at.
const wrapping = /^[("'“‘«[]+|[)"'”’».,;:!?\]]+$/gu;
const htmlTag = /<\/?[a-z][a-z0-9]{0,10}(?:\s[^<>]{0,40})?\/?>/gi;
const innerCase = /[a-z][A-Z]|[A-Z]{2}[a-z]/;
const gluedPunctuation = /\p{L}[.,:;!?'"/]+\p{L}|\p{L}[!?]{1,3}[/.]/u;
const gluedDigit = /[A-Za-z]\d|\d[A-Za-z]/;
const plainWord = /^[A-Za-z][a-z]{0,20}[,.;:!?]?$/;
// Code fences, <pre>/<code> blocks and escaped line breaks (a JSON or HTML answer flattened to one line) carry code, not a prompt.
const codeCarrier = /```|<(?:pre|code)\b|\\n.*\\n/i;

/** Path of the committed common-word list (built from benign training text by `npm run train`). */
export function commonWordsPath(): string {
  return new URL('../../data/common-words.json', import.meta.url).pathname;
}

let shared: ReadonlySet<string> | undefined;

/** The bundled common-word list, loaded once per process and shared (heuristic rules, the split-word decoder). */
export function sharedCommonWords(): ReadonlySet<string> {
  shared ??= loadCommonWords();
  return shared;
}

/** Loads the common-word list; a missing or malformed file throws MODEL_INVALID (start-up fails closed). */
export function loadCommonWords(path = commonWordsPath()): ReadonlySet<string> {
  let document: unknown;
  try {
    document = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new RampartError('MODEL_INVALID', `common words: cannot load ${path}: ${errorMessage(error)}`, { cause: error });
  }
  const words = (document as { words?: unknown } | null)?.words;
  if (!Array.isArray(words) || words.length < 100 || !words.every((word) => typeof word === 'string')) {
    throw new RampartError('MODEL_INVALID', `common words: ${path} has no word list`);
  }
  return new Set(words as string[]);
}

function isKnown(word: string, words: ReadonlySet<string>): boolean {
  const lower = word.toLowerCase().replace(/[,.;:!?]$/, '');
  if (lower === 'a' || lower === 'i' || words.has(lower)) return true;
  for (const ending of ['s', 'es', 'ed', 'd', 'ing', 'ly', 'er']) {
    if (lower.endsWith(ending) && words.has(lower.slice(0, -ending.length))) return true;
  }
  return false;
}

interface Token { readonly start: number; readonly end: number; readonly structural: boolean; readonly odd: boolean; readonly plain: boolean; readonly known: boolean }

function classify(token: string, start: number, words: ReadonlySet<string>): Token {
  const core = token.replace(wrapping, '');
  const structural = core.length >= 2 && (markup.test(core) || innerCase.test(token) || gluedPunctuation.test(token) || gluedDigit.test(token));
  const plain = plainWord.test(token);
  const known = plain && isKnown(token, words);
  return { start, end: start + token.length, structural, odd: structural || (plain && !known && token.length > 2), plain, known };
}

/**
 * Looks for optimiser noise appended to a one- or two-line request: the words before the last 8-20 tokens are mostly
 * common English words (at least five plain words, 75% known), while at least 40% of those last tokens are odd
 * (markup, case changes inside a word, glued punctuation or digits, unknown words) and at least two (three in a tail
 * shorter than ten tokens) are structural noise. Multi-line text (code, data, documents) and one-line carriers of code (fences, <pre>, escaped line breaks) are not looked at; linear in the input.
 */
export function findAdversarialSuffix(text: string, words: ReadonlySet<string>): Finding | undefined {
  const trimmed = text.trim();
  if (trimmed.length > maxPromptLength || lineCount(trimmed) > maxLines || codeCarrier.test(trimmed)) return undefined;
  const tokens: Token[] = [];
  // Ordinary HTML tags are markup a person may paste; they are blanked (same length, so spans stay exact).
  const visible = text.replace(htmlTag, (tag) => ' '.repeat(tag.length));
  const pattern = /\S+/g;
  for (let match = pattern.exec(visible); match !== null; match = pattern.exec(visible)) tokens.push(classify(match[0], match.index, words));
  // The suffix is the last 10 to 20 tokens (optimisers emit about 20 model tokens, i.e. 10-20 words): the shortest
  // tail that is dense enough in odd tokens, after prose, wins.
  for (let size = minWindowSize; size <= maxWindowSize && tokens.length >= size + minimumProseWords; size++) {
    const tail = tokens.slice(-size);
    const odd = tail.filter((token) => token.odd).length;
    const structural = tail.filter((token) => token.structural).length;
    if (odd < minimumOdd * (size / windowSize) || structural < (size < windowSize ? minimumStructuralShort : minimumStructural)) continue;
    const plain = tokens.slice(0, -size).filter((token) => token.plain);
    const known = plain.filter((token) => token.known).length;
    if (plain.length < minimumProseWords || known < minimumKnownShare * plain.length) continue;
    const first = tail[0]!;
    const last = tail.at(-1)!;
    return {
      ruleId: adversarialSuffixRuleId, layer: 'input', severity: 'high', score: 0.9, span: [first.start, last.end],
      evidence: `${odd} of the last ${size} tokens look like optimiser noise after prose: ${text.slice(first.start, Math.min(last.end, first.start + 60))}`,
    };
  }
  return undefined;
}

function lineCount(text: string): number {
  let lines = 1;
  for (let index = text.indexOf('\n'); index >= 0 && lines <= maxLines; index = text.indexOf('\n', index + 1)) lines++;
  return lines;
}

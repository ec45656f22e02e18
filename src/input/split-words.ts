import { sharedCommonWords } from './adversarial-suffix.ts';
import type { Decoder } from './decoders.ts';
import { createViewBuilder } from './text-view.ts';

// Words broken by a stray hyphen, underscore or asterisk so that no keyword survives: "System i-nstruction", "fu-lfilled
// by an AI bot w-ith no rules or li-mitations", "ou- tside". The pieces are joined back when together they make a
// common word and apart they do not (so "well-known" and "e-mail" stay as they are, or become "email", harmlessly).
// The common-word list is the one the adversarial-suffix check uses (data/common-words.json, English).

// Up to three pieces of 1-14 ASCII letters joined by one separator, optionally with one space on either side of it.
const splitWord = /(?<![A-Za-z])([A-Za-z]{1,14})(?:[-_*] ?| [-_*])([A-Za-z]{1,14})(?:(?:[-_*] ?| [-_*])([A-Za-z]{1,14}))?(?![A-Za-z])/dg;
/** Fewer joins than this is ordinary hyphenation, not a text split on purpose. */
const minimumJoins = 2;

function isWord(words: ReadonlySet<string>, piece: string): boolean {
  return piece.length === 1 ? piece === 'a' || piece === 'i' : words.has(piece);
}

/** Joins pieces that only read as a word together; undefined when none of the given pieces do. */
function joined(words: ReadonlySet<string>, pieces: readonly string[]): string | undefined {
  const lower = pieces.map((piece) => piece.toLowerCase());
  const whole = lower.join('');
  if (!words.has(whole) || lower.every((piece) => isWord(words, piece))) return undefined;
  // Keep the case of the first piece ("T-he" reads "The").
  return pieces.join('');
}

/** Words split by hyphens, underscores or asterisks (`i-nstruction`, `li-mitations`) joined back. */
export const splitWordDecoder: Decoder = {
  name: 'unsplit',
  decode(view, budget) {
    const text = view.text;
    if (!/[A-Za-z][-_*] ?[A-Za-z]/.test(text)) return undefined;
    const words = sharedCommonWords();
    const joins: { start: number; end: number; text: string }[] = [];
    let spent = 0;
    for (const match of text.matchAll(splitWord)) {
      const [whole, first = '', second = '', third] = match;
      // Three pieces first ("in-struc-tion"), then the first two ("b-y any" leaves "any" alone).
      const three = third === undefined ? undefined : joined(words, [first, second, third]);
      const two = three === undefined ? joined(words, [first, second]) : undefined;
      const replacement = three ?? two;
      if (replacement === undefined) continue;
      const end = three === undefined ? (match.indices?.[2]?.[1] ?? match.index + whole.length) : match.index + whole.length;
      if ((spent += replacement.length) > budget) break;
      joins.push({ start: match.index, end, text: replacement });
    }
    if (joins.length < minimumJoins) return undefined;
    const builder = createViewBuilder(view);
    let copyFrom = 0;
    for (const join of joins) {
      builder.copy(copyFrom, join.start);
      builder.replace(join.text, join.start, join.end);
      copyFrom = join.end;
    }
    builder.copy(copyFrom, text.length);
    return builder.build('unsplit', view.depth + 1);
  },
};

/**
 * A rule is one regex alternation `(?:a)|(?:b)|...` over many phrasings, and one frequent word of one phrasing used to
 * wake the whole alternation on a text. Here the alternation is split into its parts, each with its own required
 * literals, and a cursor yields exactly the matches the whole alternation would yield while running only the parts
 * whose literals occur in the text: a part that cannot match anywhere in the text never wins at any position.
 */
import { withoutLeadingGuard } from './leading-guard.ts';
import { requiredLiterals } from './required-literals.ts';

/** One part of a split alternation: a contiguous run of its alternatives compiled together, with their required literals. */
export interface AlternationPart {
  /** The part's alternatives as one global pattern with the alternation's flags. */
  readonly pattern: RegExp;
  /** Literals one of which every match of the part contains; undefined when none are known (the part always runs). */
  readonly literals: readonly string[] | undefined;
  /** A sticky zero-width test that must hold at a match start, hoisted out of `pattern` (see leading-guard.ts). */
  readonly guard?: RegExp;
}

// The start-of-word test `\b` becomes in Unicode rules (see heuristics.ts).
const wordStart = '(?<![\\p{L}\\p{N}_])';

// Group numbers change when alternatives are compiled apart, so alternations with backreferences stay whole.
const backreference = /\\(?:[1-9]|k<)/;

/**
 * Splits the alternation of `sources` (each wrapped as `(?:source)`, joined with `|`, compiled with `flags`) into parts:
 * every alternative with required literals alone, consecutive alternatives without any together.
 */
export function splitAlternation(sources: readonly string[], flags: string): AlternationPart[] {
  if (sources.length <= 1 || sources.some((source) => backreference.test(source))) {
    const source = sources.map((alternative) => `(?:${alternative})`).join('|');
    return [{ pattern: new RegExp(source, flags), literals: requiredLiterals(source, flags) }];
  }
  const parts: AlternationPart[] = [];
  let pending: string[] = [];
  const flush = (): void => {
    if (pending.length > 0) parts.push({ pattern: new RegExp(pending.join('|'), flags), literals: undefined });
    pending = [];
  };
  for (const source of sources) {
    const wrapped = `(?:${source})`;
    const literals = requiredLiterals(wrapped, flags);
    if (literals === undefined) {
      pending.push(wrapped);
      continue;
    }
    flush();
    const unguarded = flags.includes('u') ? withoutLeadingGuard(wrapped, wordStart) : undefined;
    parts.push(unguarded === undefined ? { pattern: new RegExp(wrapped, flags), literals }
      : { pattern: new RegExp(unguarded, flags), literals, guard: new RegExp(wordStart, `${flags.replace('g', '')}y`) });
  }
  flush();
  return parts;
}

/** The next match of an alternation from a position: its start and matched text, or null when there is none. */
export interface AlternationMatch {
  readonly index: number;
  readonly text: string;
}

/** A part to search: its pattern and the guard that must hold where a match starts, if any. */
export type SearchPart = Pick<AlternationPart, 'pattern' | 'guard'>;

/**
 * Yields, for increasing `lastIndex` values, the match the whole alternation would find from `lastIndex` in `text`
 * (leftmost position first, then the earliest part), given only the parts that can match the text, in order.
 */
export function alternationCursor(parts: readonly SearchPart[], text: string): (lastIndex: number) => AlternationMatch | null {
  const only = parts.length === 1 ? parts[0] : undefined;
  if (only !== undefined) {
    return (lastIndex) => {
      const match = search(only, text, lastIndex);
      return match === null ? null : { index: match.index, text: match[0] };
    };
  }
  // Each part's leftmost match at or after the position it was last run from; a match at or after the new lastIndex
  // is still that part's leftmost one from there (a match at a given start does not depend on where the search began).
  const found: (RegExpExecArray | null | undefined)[] = parts.map(() => undefined);
  return (lastIndex) => {
    // A Unicode-mode search from inside a surrogate pair starts at the pair: re-run every part from there.
    const stale = isLowSurrogate(text, lastIndex) && isHighSurrogate(text, lastIndex - 1);
    let best: RegExpExecArray | null = null;
    for (let index = 0; index < parts.length; index += 1) {
      let match = found[index];
      if (match === undefined || (match !== null && (stale || match.index < lastIndex))) {
        match = search(parts[index] as SearchPart, text, lastIndex);
        found[index] = match;
      }
      if (match !== null && (best === null || match.index < best.index)) best = match;
    }
    return best === null ? null : { index: best.index, text: best[0] };
  };
}

/** The part's leftmost match from `lastIndex`: the pattern's, skipping starts where the guard fails. */
function search(part: SearchPart, text: string, lastIndex: number): RegExpExecArray | null {
  const { pattern, guard } = part;
  for (let from = lastIndex; ;) {
    pattern.lastIndex = from;
    const match = pattern.exec(text);
    if (match === null || guard === undefined) return match;
    guard.lastIndex = match.index;
    if (guard.test(text)) return match;
    // The next start the guarded pattern would try: the next code point in Unicode mode.
    from = match.index + (pattern.unicode && isHighSurrogate(text, match.index) && isLowSurrogate(text, match.index + 1) ? 2 : 1);
  }
}

function isHighSurrogate(text: string, index: number): boolean {
  const code = text.charCodeAt(index);
  return code >= 0xd800 && code <= 0xdbff;
}

function isLowSurrogate(text: string, index: number): boolean {
  const code = text.charCodeAt(index);
  return code >= 0xdc00 && code <= 0xdfff;
}

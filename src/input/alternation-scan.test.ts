import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { alternationCursor, splitAlternation } from './alternation-scan.ts';
import { withoutLeadingGuard } from './leading-guard.ts';
import { createLiteralPrefilter } from './literal-prefilter.ts';

// The split scan must yield exactly the matches of the whole alternation: same starts, same texts, same order, for
// any text, when only the parts whose literals occur in the text are run.
function wholeMatches(sources: readonly string[], flags: string, text: string): [number, string][] {
  const pattern = new RegExp(sources.map((source) => `(?:${source})`).join('|'), flags);
  const found: [number, string][] = [];
  for (let match = pattern.exec(text); match !== null && found.length < 50; match = pattern.exec(text)) {
    found.push([match.index, match[0]]);
    if (match[0].length === 0) pattern.lastIndex = match.index + 1;
  }
  return found;
}

function splitMatches(sources: readonly string[], flags: string, text: string): [number, string][] {
  const parts = splitAlternation(sources, flags);
  const active = createLiteralPrefilter(parts.map((part) => ({ literals: part.literals, flags }))).activeUnits(text);
  const next = alternationCursor(parts.filter((_, index) => active[index] === 1), text);
  const found: [number, string][] = [];
  let lastIndex = 0;
  for (let match = next(lastIndex); match !== null && found.length < 50; match = next(lastIndex)) {
    found.push([match.index, match.text]);
    lastIndex = match.text.length === 0 ? match.index + 1 : match.index + match.text.length;
  }
  return found;
}

const alternations: readonly (readonly string[])[] = [
  // Overlapping alternatives: at one position the earlier alternative wins even when a later one is longer.
  ['abc', 'abcd', 'bcd', 'cd'],
  ['\\bignore\\s+(?:all|previous)\\b', 'ignore all previous instructions', 'previous\\s+instructions', '[a-z]{2}ore'],
  // Alternatives without literals are kept together, in order, between the others.
  ['zzz', '\\d{2}', '[a-c]{2}', 'bca', 'x?'],
  ['(?<![\\p{L}\\p{N}_])über(?![\\p{L}\\p{N}_])', 'σας', 'straße', '\\p{L}{3}ß'],
  // Word-start guards hoisted out of every alternative, and ones that cannot be (optional group).
  ['(?:(?<![\\p{L}\\p{N}_])abc|(?<![\\p{L}\\p{N}_])(?:cde|über))c?', '(?:(?<![\\p{L}\\p{N}_])ab)?cdab', '(?<![\\p{L}\\p{N}_])(?:😀|x)bcd', 'x(?<![\\p{L}\\p{N}_])bca'],
];

describe('splitAlternation + alternationCursor', () => {
  it.each(alternations.map((sources) => [sources.join(' | ')]))('matches like the whole alternation: %s', (joined) => {
    const sources = alternations.find((candidate) => candidate.join(' | ') === joined) ?? [];
    const flags = sources.some((source) => source.includes('\\p') || [...source].some((character) => character.charCodeAt(0) > 0x7f)) ? 'giu' : 'gi';
    const alphabet = ['a', 'b', 'c', 'd', 'ab', 'cd', 'abc', 'cde', '😀bcd', 'a😀bcd', '\u0345abc', 'xbcd', 'z', 'x', ' ', '1', '2', 'ignore', 'all', 'previous', 'instructions', 'ÜBER', 'über', 'σας', 'ΣΑΣ', 'STRASSE', 'straße', 'ß', '\u212A', '😀', '-'];
    fc.assert(fc.property(fc.array(fc.constantFrom(...alphabet), { maxLength: 40 }), (pieces) => {
      const text = pieces.join('');
      expect(splitMatches(sources, flags, text)).toEqual(wholeMatches(sources, flags, text));
    }), { numRuns: 300 });
  });

  it('hoists word-start guards out of parts that open with them', () => {
    const parts = splitAlternation(['(?:(?<![\\p{L}\\p{N}_])abc|(?<![\\p{L}\\p{N}_])cde)f', '(?:(?<![\\p{L}\\p{N}_])abc)?def'], 'giu');
    expect(parts.map((part) => part.guard !== undefined)).toEqual([true, false]);
  });

  it('keeps alternations with backreferences whole', () => {
    expect(splitAlternation(['(a)\\1', 'bcd'], 'gi')).toHaveLength(1);
  });

  it('runs alternatives with literals alone and groups the others', () => {
    const parts = splitAlternation(['hello', '\\d+', '[a-z]', 'world'], 'gi');
    expect(parts.map((part) => part.literals)).toEqual([['hello'], undefined, ['world']]);
    expect(parts[1]?.pattern.source).toBe('(?:\\d+)|(?:[a-z])');
  });
});

describe('withoutLeadingGuard', () => {
  const guard = '(?<!x)';
  it.each([
    ['(?<!x)ab', 'ab'],
    ['(?<!x)ab|(?<!x)cd', 'ab|cd'],
    ['(?:(?<!x)ab|(?:(?<!x)c|(?<!x)d)e)+f', '(?:ab|(?:c|d)e)+f'],
    ['(?<name>(?<!x)a)b', '(?<name>a)b'],
    ['(?:(?<!x)ab)?c', undefined],
    ['(?:(?<!x)ab){0,2}c', undefined],
    ['(?<!x)ab|cd', undefined],
    ['(?=(?<!x)a)ab', undefined],
    ['[(?<!x)]ab', undefined],
    ['\\((?<!x)ab', undefined],
  ] as const)('%s', (source, expected) => {
    expect(withoutLeadingGuard(source, guard)).toBe(expected);
  });
});

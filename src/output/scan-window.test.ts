import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { domainAllowed } from '../policy/domain.ts';
import { analyze } from './analyze.ts';
import type { DetectorSettings } from './detection.ts';
import { matchLead, matchesFrom } from './detection.ts';

const settings: DetectorSettings = { allowTestValues: false, hostAllowed: domainAllowed([]), canaries: [] };
const shape = (matches: readonly RegExpExecArray[]): [number, string][] => matches.map((match) => [match.index, match[0]]);

describe('matchesFrom', () => {
  it('equals matchAll from the start of the text (property)', () => {
    fc.assert(fc.property(fc.string({ unit: fc.constantFrom('a', '1', ' ', '-', '@', '.', 'b') }), (text) => {
      for (const pattern of [/\d+/g, /[a-z]+@[a-z]+\.[a-z]{2,}/g, /(?<![a-z])b+/g, /a*/g]) {
        expect(shape(matchesFrom(text, pattern))).toEqual(shape([...text.matchAll(pattern)]));
        expect(pattern.lastIndex).toBe(0);
      }
    }));
  });

  it('starts the search `lead` characters before `from` and keeps earlier text as look-behind context (property)', () => {
    fc.assert(fc.property(fc.string({ unit: fc.constantFrom('a', 'b', '1', ' ') }), fc.nat(), fc.nat({ max: 8 }), (text, offset, lead) => {
      const from = offset % (text.length + 1);
      const pattern = /(?<![a-z])[a-z]+/g;
      const found = matchesFrom(text, pattern, from, lead);
      const start = Math.max(0, from - lead);
      const expected = [...text.slice(start).matchAll(/[a-z]+/g)]
        .map((match) => [match.index + start, match[0]] as [number, string])
        .filter(([index]) => index === 0 || !/[a-z]/.test(text[index - 1] ?? ''));
      // A run cut by the search start is not reported: the character before it is a letter.
      expect(shape(found)).toEqual(expected);
      expect(pattern.lastIndex).toBe(0);
    }));
  });

  it('advances past empty matches by whole code points with the u flag, like matchAll', () => {
    const text = 'a😀b😀';
    expect(shape(matchesFrom(text, /x*/gu))).toEqual(shape([...text.matchAll(/x*/gu)]));
  });
});

describe('analyze with a search start', () => {
  it('finds a value whose keyword lies before the search start (prefix lead)', () => {
    const text = `${'filler '.repeat(10)}DOB: 12/03/1985 end`;
    const from = text.indexOf('12/03');
    expect(analyze(text, settings, from).map((detection) => detection.type)).toContain('date-of-birth');
  });

  it('does not report matches that lie wholly before the search start', () => {
    const text = `mail jane.roe@acme-mail.io ${'x'.repeat(matchLead + 40)} and nothing else`;
    expect(analyze(text, settings).map((detection) => detection.type)).toContain('email');
    expect(analyze(text, settings, text.indexOf(' and')).map((detection) => detection.type)).not.toContain('email');
  });

  it('reports offsets in the coordinates of the whole window', () => {
    const prefix = 'context '.repeat(40);
    const text = `${prefix}key AKIAQWERTYUIOPASDFGH here`;
    const detection = analyze(text, settings, prefix.length).find((found) => found.type === 'aws-access-key');
    expect(detection && text.slice(detection.start, detection.end)).toBe('AKIAQWERTYUIOPASDFGH');
  });
});

describe('matchesFrom on a non-global pattern', () => {
  it('throws a RampartError instead of looping for ever', () => {
    expect(() => matchesFrom('aaa', /a/)).toThrow(/must be global/);
  });
});

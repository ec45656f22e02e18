import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createLiteralPrefilter, type PrefilterUnit } from './literal-prefilter.ts';

// The prefilter regroups literals (ASCII ones in one lower-cased scan, others in per-script buckets opened by the
// characters a text holds); whatever the grouping, a unit must be active exactly when one of its literals occurs in
// the text under the unit's own flags.
const units: readonly PrefilterUnit[] = [
  { literals: ['key', 'instructions'], flags: 'giu' },
  { literals: ['key'], flags: 'gi' },
  { literals: ['σας', 'οδηγίες'], flags: 'giu' },
  { literals: ['über', 'straße'], flags: 'giu' },
  { literals: ['instruct'], flags: 'gu' },
  { literals: ['ignore', 'previous'], flags: 'gi' },
  { literals: ['игнорируй'], flags: 'giu' },
  { literals: ['ſecret', 'hidden'], flags: 'giu' },
  { literals: ['idea'], flags: 'gi' },
  { literals: undefined, flags: 'g' },
];

function reference(text: string): number[] {
  return units.map((unit) => {
    if (unit.literals === undefined) return 1;
    const pattern = new RegExp(unit.literals.map((literal) => literal.replace(/[\\^$.*+?()[\]{}|/]/g, '\\$&')).join('|'), unit.flags.replace('g', ''));
    return pattern.test(text) ? 1 : 0;
  });
}

describe('createLiteralPrefilter regrouping', () => {
  const prefilter = createLiteralPrefilter(units);

  it.each([
    'the KEY to IGNORE', 'the \u212Aey', 'ΣΑΣ ΟΔΗΓΊΕΣ', 'ÜBER STRASSE', 'Über straße', 'ИГНОРИРУЙ', 'the \u017Fecret is SECRET',
    'HIDDEN \u0130DEA', 'an İdea', 'instructions', 'INSTRUCT', 'plain text only',
  ])('%s', (text) => {
    expect([...prefilter.activeUnits(text)]).toEqual(reference(text));
  });

  it('equals the per-unit reference on random texts', () => {
    const alphabet = ['key', 'KEY', '\u212A', 'ey', 'σ', 'ς', 'Σ', 'ας', 'über', 'ÜBER', 'stra', 'ße', 'SSE', 'ignore', 'IGN', 'ore', 'previous',
      'игнорируй', 'ИГНОР', 'ſ', 'ecret', 'hidden', 'İ', 'dea', 'idea', 'instruct', 'INSTRUCT', 'ions', ' ', 'é'];
    fc.assert(fc.property(fc.array(fc.constantFrom(...alphabet), { maxLength: 30 }), (pieces) => {
      const text = pieces.join('');
      expect([...prefilter.activeUnits(text)]).toEqual(reference(text));
    }), { numRuns: 500 });
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalJson } from './canonical-json.ts';
import { RampartError } from './errors.ts';

describe('canonicalJson (RFC 8785)', () => {
  it.each([
    // Examples from RFC 8785 section 3.2.2 / 3.2.3; the first literal is the RFC's own imprecise input.
    // eslint-disable-next-line no-loss-of-precision
    [{ numbers: [333333333.33333329, 1e30, 4.5, 2e-3, 0.000000000000000000000000001] }, '{"numbers":[333333333.3333333,1e+30,4.5,0.002,1e-27]}'],
    [{ '\u20ac': 'Euro Sign', '\r': 'Carriage Return', '\ufb33': 'Hebrew Letter Dalet With Dagesh', '1': 'One', '\ud83d\ude00': 'Emoji: Grinning Face', '\u0080': 'Control', '\u00f6': 'Latin Small Letter O With Diaeresis' },
      '{"\\r":"Carriage Return","1":"One","\u0080":"Control","ö":"Latin Small Letter O With Diaeresis","€":"Euro Sign","😀":"Emoji: Grinning Face","\ufb33":"Hebrew Letter Dalet With Dagesh"}'],
    [{ literals: [null, true, false], string: '\u20ac$\u000f\u000aA\'\u0042\u0022\u005c\\"/' }, '{"literals":[null,true,false],"string":"€$\\u000f\\nA\'B\\"\\\\\\\\\\"/"}'],
    [{ b: 1, a: { d: [3, { z: 0, y: -0 }], c: 'x' } }, '{"a":{"c":"x","d":[3,{"y":0,"z":0}]},"b":1}'],
  ])('serialises %j canonically', (value, expected) => {
    expect(canonicalJson(value)).toBe(expected);
  });

  it('rejects values that are not JSON', () => {
    for (const value of [Number.NaN, Infinity, 10n, () => 1, Symbol('s')]) {
      expect(() => canonicalJson({ value })).toThrow(RampartError);
    }
  });

  it('drops undefined members and maps undefined array items to null like JSON.stringify', () => {
    expect(canonicalJson({ a: undefined, b: [undefined] })).toBe('{"b":[null]}');
  });

  it('rejects absurd nesting instead of overflowing the stack', () => {
    let deep: unknown = 0;
    for (let index = 0; index < 10_000; index++) deep = [deep];
    expect(() => canonicalJson(deep)).toThrow(/nested too deeply/);
  });

  it('is independent of key order and parses back to an equal value', () => {
    fc.assert(fc.property(fc.jsonValue(), (value) => {
      const text = canonicalJson(value);
      expect(JSON.parse(text)).toEqual(JSON.parse(JSON.stringify(value)));
      const reordered = JSON.parse(JSON.stringify(value), (_key, item: unknown) =>
        item !== null && typeof item === 'object' && !Array.isArray(item) ? Object.fromEntries(Object.entries(item).reverse()) : item);
      expect(canonicalJson(reordered)).toBe(text);
    }));
  });
});

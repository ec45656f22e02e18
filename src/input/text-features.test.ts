import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { chunkSpans, featurize, hashString, modelText } from './text-features.ts';

describe('modelText', () => {
  it.each([
    ['Ｉｇｎｏｒｅ  ALL\tprevious', 'ignore all previous'],
    ['ig\u200bnore', 'ignore'],
    ['call 555-1234 now', 'call 000-0000 now'],
    ['  spaced \n\n out ', 'spaced out'],
  ])('normalises %j', (input, expected) => {
    expect(modelText(input)).toBe(expected);
  });

  it('is idempotent', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme' }), (text) => modelText(modelText(text)) === modelText(text)));
  });
});

describe('featurize', () => {
  it('hashes deterministically into the bucket range', () => {
    expect(hashString('ignore', 1)).toBe(hashString('ignore', 1));
    expect(hashString('ignore', 1)).not.toBe(hashString('ignore', 2));
    const vector = featurize('ignore all previous instructions', { bits: 12, characters: true });
    expect(vector.indices.every((index) => index >= 0 && index < 4096)).toBe(true);
  });

  it('returns sorted unique indices with unit L2 norm', () => {
    fc.assert(fc.property(fc.string({ minLength: 1, maxLength: 200 }), (text) => {
      const vector = featurize(modelText(text), { bits: 14, characters: true });
      for (let index = 1; index < vector.indices.length; index++) if (vector.indices[index]! <= vector.indices[index - 1]!) return false;
      if (vector.indices.length === 0) return true;
      const norm = Math.sqrt(vector.values.reduce((sum, value) => sum + value * value, 0));
      return Math.abs(norm - 1) < 1e-4;
    }));
  });

  it('gives an empty vector for empty text', () => {
    expect(featurize('', { bits: 10, characters: true }).indices.length).toBe(0);
  });
});

describe('chunkSpans', () => {
  it('covers every character with windows no longer than the size', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 5000 }), fc.integer({ min: 16, max: 600 }), fc.integer({ min: 0, max: 15 }), (length, size, overlap) => {
      const spans = chunkSpans(length, size, overlap);
      if (spans[0]![0] !== 0 || spans.at(-1)![1] !== length) return false;
      for (let index = 1; index < spans.length; index++) if (spans[index]![0] > spans[index - 1]![1]) return false;
      return spans.every(([start, end]) => end - start <= size && end >= start);
    }));
  });
});

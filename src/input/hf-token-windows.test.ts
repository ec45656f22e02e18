import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bertTokenizerJson } from '../../test/support/hf-test-helpers.ts';
import { sliceEdge, tokenWindows } from './hf-token-windows.ts';
import { compileHfTokenizer } from './hf-tokenizer.ts';

// Vocabulary: the five BERT specials, then w0 ... w399 with id = 5 + n, so a window's ids name its words.
const words = Array.from({ length: 400 }, (_, index) => `w${index}`);
const tokenizer = compileHfTokenizer(bertTokenizerJson(['[PAD]', '[UNK]', '[CLS]', '[SEP]', '[MASK]', ...words]));
const text = (count: number): string => words.slice(0, count).join(' ');
const content = (window: { ids: readonly number[] }): number[] => window.ids.slice(1, -1).map((id) => id - 5);
const range = (start: number, end: number): number[] => Array.from({ length: end - start }, (_, index) => start + index);

describe('token windows', () => {
  it('puts a short text in one window with its special tokens', () => {
    const windows = tokenWindows(tokenizer, text(3), { maxLength: 10, stride: 2, maxWindows: 3 });
    expect(windows.map((window) => window.ids)).toEqual([[2, 5, 6, 7, 3]]);
    expect(windows[0]!.typeIds).toEqual([0, 0, 0, 0, 0]);
  });

  it('scores empty text as one window of special tokens only', () => {
    expect(tokenWindows(tokenizer, '', { maxLength: 10, stride: 2, maxWindows: 3 }).map((window) => window.ids)).toEqual([[2, 3]]);
  });

  it('covers a text that fits the cap completely, with overlapping windows and the last one aligned to the end', () => {
    // Width 8 (10 minus [CLS] and [SEP]), overlap 2 -> step 6; capacity 8 + 2 * 6 = 20 tokens.
    const windows = tokenWindows(tokenizer, text(15), { maxLength: 10, stride: 2, maxWindows: 3 });
    expect(windows.map(content)).toEqual([range(0, 8), range(6, 14), range(7, 15)]);
  });

  it('scores the first maxWindows - 1 windows and the final tokens of a longer text', () => {
    const windows = tokenWindows(tokenizer, text(400), { maxLength: 10, stride: 2, maxWindows: 3 });
    expect(windows.map(content)).toEqual([range(0, 8), range(6, 14), range(392, 400)]);
  });

  it('property: windows never exceed the cap or max_length, always end on the last token, and cover short texts', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 400 }), fc.integer({ min: 4, max: 40 }), fc.integer({ min: 0, max: 20 }), fc.integer({ min: 2, max: 6 }), (count, maxLength, stride, maxWindows) => {
      const windows = tokenWindows(tokenizer, text(count), { maxLength, stride, maxWindows });
      expect(windows.length).toBeLessThanOrEqual(maxWindows);
      for (const window of windows) expect(window.ids.length).toBeLessThanOrEqual(maxLength);
      expect(content(windows.at(-1)!).at(-1)).toBe(count === 0 ? undefined : count - 1);
      expect(content(windows[0]!)[0]).toBe(count === 0 ? undefined : 0);
      const width = maxLength - 2;
      const step = width - Math.min(stride, Math.floor(width / 2));
      if (count <= width + (maxWindows - 1) * step) expect(new Set(windows.flatMap(content)).size).toBe(count);
    }), { numRuns: 150 });
  });

  it('rejects a max_length with no room for text and fewer than two windows', () => {
    expect(() => tokenWindows(tokenizer, 'w1', { maxLength: 2, stride: 0, maxWindows: 3 })).toThrow(/no room for text/);
    expect(() => tokenWindows(tokenizer, 'w1', { maxLength: 10, stride: 0, maxWindows: 1 })).toThrow(/max_windows/);
  });

  it('tokenizes only the head and tail of a 10 MB text (bounded time)', () => {
    const huge = `${'w1 '.repeat(3_500_000)}w399`;
    const started = performance.now();
    const windows = tokenWindows(tokenizer, huge, { maxLength: 512, stride: 128, maxWindows: 4 });
    expect(performance.now() - started).toBeLessThan(2000);
    expect(windows).toHaveLength(4);
    expect(content(windows.at(-1)!).at(-1)).toBe(399);
  });

  it('never splits a surrogate pair at a slice edge and prefers whitespace', () => {
    const emoji = `x${'\u{1F600}'.repeat(200)}`;
    // Offsets 1, 3, 5... start pairs: cutting at 160 would split one, so the edge moves to 159.
    expect(sliceEdge(emoji, 160, -1)).toBe(159);
    expect(sliceEdge(emoji, 160, 1)).toBe(159);
    expect(sliceEdge(emoji, 161, -1)).toBe(161);
    expect(sliceEdge('aaaa bbbb', 7, -1)).toBe(4);
    expect(sliceEdge('aaaa bbbb', 2, 1)).toBe(4);
  });
});

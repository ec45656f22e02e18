import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parsePrecompiledCharsmap } from './hf-precompiled-charsmap.ts';
import { buildCharsmap, debertaV3TokenizerJson } from '../../test/support/hf-test-helpers.ts';
import { compileHfTokenizer } from './hf-tokenizer.ts';

// Ids 0-3 are [PAD] [CLS] [SEP] [UNK]; these pieces start at id 4.
const pieces: ReadonlyArray<readonly [string, number]> = [
  ['\u2581', -2], // 4
  ['\u2581hello', -10], // 5: worse than ▁he + llo (-6) although it is the longest match
  ['\u2581hell', -4], // 6
  ['o', -3], // 7
  ['\u2581he', -3], // 8
  ['llo', -3], // 9
  ['\u2581world', -5], // 10
  ['\u2581Ignore', -4], // 11
  ['fi', -3], // 12
  ['A', -3], // 13
  ['\u2581e\u0301', -2], // 14
  ['<0xE2>', -20], // 15
  ['<0x98>', -20], // 16
  ['<0x83>', -20], // 17
];
// SentencePiece-style rules: fullwidth letters, ligatures, no-break space, a zero-width space that vanishes.
const charsmap = buildCharsmap({ '\uff21': 'A', '\ufb01': 'fi', '\u00a0': ' ', '\u200b': '', '\u00e9': 'e\u0301' });
const tokenizer = compileHfTokenizer(debertaV3TokenizerJson(pieces, charsmap));
const ids = (text: string): readonly number[] => tokenizer.encode(text).ids;

describe('Unigram tokenizer (exact structure of a DeBERTa-v3 tokenizer.json)', () => {
  it.each([
    ['Viterbi picks the highest total log-probability, not the longest piece', 'hello', [8, 9]],
    ['Metaspace prefixes every word with ▁ and splits on it', 'hello world', [8, 9, 10]],
    ['Strip and Replace(" {2,}") collapse outer and repeated spaces', '   hello     world  ', [8, 9, 10]],
    ['case is kept (DeBERTa-v3 does not lowercase)', 'Ignore', [11]],
    ['an unknown character becomes [UNK]', 'hello☃', [8, 9, 3]],
    ['adjacent unknown characters fuse into one [UNK]', '☃☃☃', [4, 3]],
    ['the precompiled charsmap maps fullwidth letters and ligatures', '\uff21 \ufb01', [4, 13, 4, 12]],
    ['the charsmap removes zero-width spaces and maps no-break space to a space', 'hel\u200blo\u00a0world', [8, 9, 10]],
    ['the charsmap decomposes é as the pieces expect', '\u00e9', [14]],
    ['empty text has no content tokens', '', []],
    ['a lone surrogate becomes one [UNK] (U+FFFD) and does not throw', 'hello\ud800', [8, 9, 3]],
  ])('%s', (_name, text, expected) => {
    expect(ids(text)).toEqual(expected);
  });

  it('wraps the text in [CLS] ... [SEP] as DebertaV2Converter writes the template', () => {
    expect(tokenizer.encodeWithSpecialTokens('hello')).toEqual([1, 8, 9, 2]);
  });

  it('falls back to <0xHH> byte pieces when byte_fallback is set and every byte exists', () => {
    const json = debertaV3TokenizerJson(pieces, charsmap);
    const withBytes = compileHfTokenizer({ ...json, model: { ...(json.model as object), byte_fallback: true } });
    expect(withBytes.encode('☃').ids).toEqual([4, 15, 16, 17]);
    // ❄ (E2 9D 84) lacks byte pieces, so it stays [UNK].
    expect(withBytes.encode('❄').ids).toEqual([4, 3]);
  });

  it('accepts the legacy Metaspace form (add_prefix_space) and prepend_scheme "never"', () => {
    const json = debertaV3TokenizerJson(pieces, null);
    const legacy = compileHfTokenizer({ ...json, pre_tokenizer: { type: 'Metaspace', replacement: '\u2581', add_prefix_space: true } });
    expect(legacy.encode('hello world').ids).toEqual([8, 9, 10]);
    const never = compileHfTokenizer({ ...json, pre_tokenizer: { type: 'Metaspace', replacement: '\u2581', prepend_scheme: 'never', split: true } });
    expect(never.encode('hello').ids).toEqual([3, 9]);
  });

  it('splits punctuation first when the converter had split_by_punct (Sequence[Punctuation, Metaspace])', () => {
    const json = debertaV3TokenizerJson(pieces, null);
    const metaspace = (scheme: string) => ({ type: 'Metaspace', replacement: '\u2581', prepend_scheme: scheme, split: true });
    const always = compileHfTokenizer({ ...json, pre_tokenizer: { type: 'Sequence', pretokenizers: [{ type: 'Punctuation', behavior: 'Isolated' }, metaspace('always')] } });
    expect(always.encode('hello.world').ids).toEqual([8, 9, 4, 3, 10]);
    const first = compileHfTokenizer({ ...json, pre_tokenizer: { type: 'Sequence', pretokenizers: [{ type: 'Punctuation', behavior: 'Isolated' }, metaspace('first')] } });
    expect(first.encode('hello.hello').ids).toEqual([8, 9, 3, 3, 9]);
  });

  it('uses NFKC when the charsmap is null (SentencePiece default rules)', () => {
    const nfkc = compileHfTokenizer(debertaV3TokenizerJson(pieces, null));
    expect(nfkc.encode('\uff21').ids).toEqual([4, 13]);
  });

  it('rejects a malformed charsmap, a missing unk_id and malformed vocabulary entries', () => {
    expect(() => compileHfTokenizer(debertaV3TokenizerJson(pieces, Buffer.from([255, 255, 0, 0, 1]).toString('base64')))).toThrow(/precompiled_charsmap: .*declares a trie/);
    const json = debertaV3TokenizerJson(pieces, null);
    expect(() => compileHfTokenizer({ ...json, model: { type: 'Unigram', unk_id: null, vocab: [['a', -1]] } })).toThrow(/model\.unk_id: is required/);
    expect(() => compileHfTokenizer({ ...json, model: { type: 'Unigram', unk_id: 0, vocab: [['a', 'x']] } })).toThrow(/model\.vocab\[0\]/);
    expect(() => compileHfTokenizer({ ...json, model: { type: 'Unigram', unk_id: 5, vocab: [['a', -1]] } })).toThrow(/outside the vocabulary/);
  });

  it('property: every output id is a vocabulary id, for any text', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 40 }), (text) => {
      for (const id of ids(text)) expect(id >= 0 && id < pieces.length + 4).toBe(true);
    }), { numRuns: 300 });
  });

  it('property: Viterbi is never worse than any single-piece-per-character split', () => {
    // With pieces "▁", "a" (-1) and "aa" (-1.5), the best segmentation of ▁a^n uses as many "aa" as possible.
    const small = compileHfTokenizer(debertaV3TokenizerJson([['\u2581', -1], ['a', -1], ['aa', -1.5]], null));
    fc.assert(fc.property(fc.integer({ min: 1, max: 30 }), (count) => {
      const encoded = small.encode('a'.repeat(count)).ids;
      expect(encoded.filter((id) => id === 6).length).toBe(Math.floor(count / 2));
      expect(encoded.filter((id) => id === 5).length).toBe(count % 2);
    }), { numRuns: 30 });
  });
});

describe('precompiled charsmap reader', () => {
  it('keeps text the charsmap has no rule for and is idempotent on its own output', () => {
    const parsed = parsePrecompiledCharsmap(charsmap);
    if (typeof parsed === 'string') throw new Error(parsed);
    expect(parsed.normalize('plain ascii')).toBe('plain ascii');
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 30 }), (text) => {
      const once = parsed.normalize(text);
      expect(parsed.normalize(once)).toBe(once);
    }), { numRuns: 200 });
  });

  it('reports truncated or inconsistent charsmaps as problems', () => {
    expect(parsePrecompiledCharsmap('')).toMatch(/shorter than its 4-byte header/);
    expect(parsePrecompiledCharsmap(Buffer.from([8, 0, 0, 0, 1, 2]).toString('base64'))).toMatch(/declares a trie of 8 bytes/);
  });
});

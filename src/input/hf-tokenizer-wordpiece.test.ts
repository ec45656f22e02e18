import { describe, expect, it } from 'vitest';
import { isRampartError } from '../kernel/errors.ts';
import { bertTokenizerJson } from '../../test/support/hf-test-helpers.ts';
import { compileHfTokenizer } from './hf-tokenizer.ts';

const vocabulary = [
  '[PAD]', '[UNK]', '[CLS]', '[SEP]', '[MASK]', // 0-4
  'the', 'un', '##aff', '##able', 'ignore', // 5-9
  'previous', 'instructions', 'hello', ',', '!', // 10-14
  'cafe', '中', '文', 'run', '##ning', // 15-19
  '$', 'world', 'a', '##a', 'naive', // 20-24
];
const tokenizer = compileHfTokenizer(bertTokenizerJson(vocabulary));
const ids = (text: string): readonly number[] => tokenizer.encode(text).ids;

describe('WordPiece tokenizer (exact structure of a bert-base-uncased tokenizer.json)', () => {
  it.each([
    ['lowercases and splits into ## continuation pieces', 'UNaffable', [6, 7, 8]],
    ['greedy longest match first, then continuations', 'running', [18, 19]],
    ['strips accents (strip_accents null follows lowercase)', 'Café NAÏVE', [15, 24]],
    ['isolates punctuation, including ASCII symbols', 'hello,world!$', [12, 13, 21, 14, 20]],
    ['an unknown word becomes one [UNK]', 'hello xyzzy world', [12, 1, 21]],
    ['a word with an unmatched remainder is one [UNK], not a partial match', 'unaffablez', [1]],
    ['surrounds CJK ideographs with spaces', '中文hello', [16, 17, 12]],
    ['clean_text drops control and format characters (zero-width space hides nothing)', 'ig\u200bnore pre\u0000vious', [9, 10]],
    ['tabs and newlines are whitespace', 'ignore\tprevious\ninstructions', [9, 10, 11]],
    ['empty text has no content tokens', '', []],
    ['lone surrogates become U+FFFD, which clean_text drops', '\ud800ignore\udfff', [9]],
  ])('%s', (_name, text, expected) => {
    expect(ids(text)).toEqual(expected);
  });

  it('maps a word longer than max_input_chars_per_word to [UNK] without matching its pieces', () => {
    expect(ids('a'.repeat(100))).toEqual([22, ...Array<number>(99).fill(23)]);
    expect(ids('a'.repeat(101))).toEqual([1]);
  });

  it('wraps the text in [CLS] ... [SEP] from the TemplateProcessing post-processor', () => {
    expect(tokenizer.encodeWithSpecialTokens('Ignore previous instructions!')).toEqual([2, 9, 10, 11, 14, 3]);
    expect(tokenizer.encodeWithSpecialTokens('')).toEqual([2, 3]);
  });

  it('does not treat special-token text inside the input as a special token', () => {
    expect(ids('[SEP] hello')).not.toContain(3);
  });

  it('looks up ids in the vocabulary and added_tokens', () => {
    expect(tokenizer.idOf('[MASK]')).toBe(4);
    expect(tokenizer.idOf('__proto__')).toBeUndefined();
  });

  it('accepts BertProcessing and RobertaProcessing post-processors', () => {
    const bert = compileHfTokenizer({ ...bertTokenizerJson(vocabulary), post_processor: { type: 'BertProcessing', sep: ['[SEP]', 3], cls: ['[CLS]', 2] } });
    expect(bert.encodeWithSpecialTokens('hello')).toEqual([2, 12, 3]);
    const roberta = compileHfTokenizer({ ...bertTokenizerJson(vocabulary), post_processor: { type: 'RobertaProcessing', sep: ['</s>', 7], cls: ['<s>', 6], trim_offsets: true, add_prefix_space: false } });
    expect(roberta.encodeWithSpecialTokens('hello')).toEqual([6, 12, 7]);
  });

  it.each([
    ['BPE models, by name', { type: 'BPE', vocab: {}, merges: [] }, /model\.type: unsupported tokenizer model "BPE"/],
    ['an unknown token missing from the vocabulary', { type: 'WordPiece', unk_token: '<unk>', vocab: { a: 0 } }, /model\.unk_token/],
    ['a non-integer id', { type: 'WordPiece', unk_token: '[UNK]', vocab: { '[UNK]': 'zero' } }, /vocab\.\[UNK\]/],
  ])('rejects %s', (_name, model, message) => {
    expect(() => compileHfTokenizer({ ...bertTokenizerJson(vocabulary), model })).toThrow(message);
  });

  it('rejects unsupported normalizers and pre-tokenizers with CONFIG_INVALID naming the location', () => {
    let caught: unknown;
    try {
      compileHfTokenizer({ ...bertTokenizerJson(vocabulary), normalizer: { type: 'Sequence', normalizers: [{ type: 'Mystery' }] } });
    } catch (error) {
      caught = error;
    }
    expect(isRampartError(caught, 'CONFIG_INVALID')).toBe(true);
    expect((caught as Error).message).toContain('normalizer.normalizers[0].type: unsupported normalizer "Mystery"');
    expect(() => compileHfTokenizer({ ...bertTokenizerJson(vocabulary), pre_tokenizer: { type: 'ByteLevel' } })).toThrow(/BPE/);
    expect(() => compileHfTokenizer({ ...bertTokenizerJson(vocabulary), post_processor: { type: 'TemplateProcessing', single: [], special_tokens: {} } })).toThrow(/exactly one Sequence/);
    expect(() => compileHfTokenizer([])).toThrow(/\(root\): expected an object/);
  });
});

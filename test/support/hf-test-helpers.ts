/**
 * Test fixtures for the Hugging Face tokenizer and ONNX adapter tests: tokenizer.json documents with the exact
 * structure real BERT and DeBERTa-v3 exports have (tiny vocabularies), a darts-clone charsmap builder and a
 * tiny transformer-shaped ONNX classifier. Used by tests only.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import onnxProto from 'onnx-proto';

const special = { single_word: false, lstrip: false, rstrip: false, normalized: false, special: true };

/** A BERT-base-uncased style tokenizer.json (as `tokenizers` 0.13+ writes it) over `tokens`, ids in list order. */
export function bertTokenizerJson(tokens: readonly string[]): Record<string, unknown> {
  const id = (token: string): number => tokens.indexOf(token);
  return {
    version: '1.0',
    truncation: null,
    padding: null,
    added_tokens: ['[PAD]', '[UNK]', '[CLS]', '[SEP]', '[MASK]'].map((content) => ({ id: id(content), content, ...special })),
    normalizer: { type: 'BertNormalizer', clean_text: true, handle_chinese_chars: true, strip_accents: null, lowercase: true },
    pre_tokenizer: { type: 'BertPreTokenizer' },
    post_processor: {
      type: 'TemplateProcessing',
      single: [{ SpecialToken: { id: '[CLS]', type_id: 0 } }, { Sequence: { id: 'A', type_id: 0 } }, { SpecialToken: { id: '[SEP]', type_id: 0 } }],
      pair: [{ SpecialToken: { id: '[CLS]', type_id: 0 } }, { Sequence: { id: 'A', type_id: 0 } }, { SpecialToken: { id: '[SEP]', type_id: 0 } }, { Sequence: { id: 'B', type_id: 1 } }, { SpecialToken: { id: '[SEP]', type_id: 1 } }],
      special_tokens: {
        '[CLS]': { id: '[CLS]', ids: [id('[CLS]')], tokens: ['[CLS]'] },
        '[SEP]': { id: '[SEP]', ids: [id('[SEP]')], tokens: ['[SEP]'] },
      },
    },
    decoder: { type: 'WordPiece', prefix: '##', cleanup: true },
    model: { type: 'WordPiece', unk_token: '[UNK]', continuing_subword_prefix: '##', max_input_chars_per_word: 100, vocab: Object.fromEntries(tokens.map((token, index) => [token, index])) },
  };
}

/** A DeBERTa-v3 style tokenizer.json (DebertaV2Converter output) over `[piece, score]` pairs; ids 0-3 are [PAD] [CLS] [SEP] [UNK]. */
export function debertaV3TokenizerJson(pieces: ReadonlyArray<readonly [string, number]>, charsmap: string | null = null): Record<string, unknown> {
  const vocab = [['[PAD]', 0], ['[CLS]', 0], ['[SEP]', 0], ['[UNK]', 0], ...pieces];
  return {
    version: '1.0',
    truncation: null,
    padding: null,
    added_tokens: [['[PAD]', 0], ['[CLS]', 1], ['[SEP]', 2], ['[UNK]', 3], ['[MASK]', vocab.length]].map(([content, id]) => ({ id, content, ...special })),
    normalizer: {
      type: 'Sequence',
      normalizers: [
        { type: 'Strip', strip_left: true, strip_right: true },
        { type: 'Precompiled', precompiled_charsmap: charsmap },
        { type: 'Replace', pattern: { Regex: ' {2,}' }, content: ' ' },
      ],
    },
    pre_tokenizer: { type: 'Sequence', pretokenizers: [{ type: 'Metaspace', replacement: '\u2581', prepend_scheme: 'always', split: true }] },
    post_processor: {
      type: 'TemplateProcessing',
      single: [{ SpecialToken: { id: '[CLS]', type_id: 0 } }, { Sequence: { id: 'A', type_id: 0 } }, { SpecialToken: { id: '[SEP]', type_id: 0 } }],
      pair: [{ SpecialToken: { id: '[CLS]', type_id: 0 } }, { Sequence: { id: 'A', type_id: 0 } }, { SpecialToken: { id: '[SEP]', type_id: 0 } }, { Sequence: { id: 'B', type_id: 1 } }, { SpecialToken: { id: '[SEP]', type_id: 1 } }],
      special_tokens: { '[CLS]': { id: '[CLS]', ids: [1], tokens: ['[CLS]'] }, '[SEP]': { id: '[SEP]', ids: [2], tokens: ['[SEP]'] } },
    },
    decoder: { type: 'Metaspace', replacement: '\u2581', prepend_scheme: 'always', split: true },
    model: { type: 'Unigram', unk_id: 3, vocab, byte_fallback: false },
  };
}

/**
 * Builds a SentencePiece `precompiled_charsmap` (base64) mapping each key to its replacement: a darts-clone
 * double array (every node gets its own 256-unit block; children at `base ^ label`, the value at `base ^ 0`)
 * followed by the NUL-terminated replacement pool.
 */
export function buildCharsmap(rules: Readonly<Record<string, string>>): string {
  interface TrieNode { children: Map<number, TrieNode>; value: number | undefined }
  const root: TrieNode = { children: new Map(), value: undefined };
  const pool: number[] = [];
  for (const [key, replacement] of Object.entries(rules)) {
    let node = root;
    for (const byte of Buffer.from(key, 'utf8')) {
      let child = node.children.get(byte);
      if (child === undefined) node.children.set(byte, (child = { children: new Map(), value: undefined }));
      node = child;
    }
    node.value = pool.length;
    pool.push(...Buffer.from(replacement, 'utf8'), 0);
  }
  const units: number[] = [];
  let blocks = 0;
  const place = (node: TrieNode, position: number, label: number): void => {
    blocks += 1;
    const base = blocks * 256;
    const offset = position ^ base;
    while (units.length < base + 256) units.push(0);
    units[position] = ((offset << 10) | (node.value === undefined ? 0 : 1 << 8) | label) >>> 0;
    if (node.value !== undefined) units[base] = (node.value | 0x80000000) >>> 0;
    for (const [byte, child] of node.children) place(child, base ^ byte, byte);
  };
  place(root, 0, 0);
  const bytes = Buffer.alloc(4 + units.length * 4 + pool.length);
  bytes.writeUInt32LE(units.length * 4, 0);
  units.forEach((unit, index) => bytes.writeUInt32LE(unit, 4 + index * 4));
  Buffer.from(pool).copy(bytes, 4 + units.length * 4);
  return bytes.toString('base64');
}

/** Options of the tiny transformer-shaped classifier. */
export interface TinyTransformerOptions {
  /** Embedding rows (must cover every token id the tokenizer emits, or Gather fails at run time). */
  readonly vocabularySize: number;
  /** Token ids that push the attack logit. */
  readonly attackIds: readonly number[];
  /** Declare a `token_type_ids` input (BERT exports do). */
  readonly tokenTypes?: boolean;
  /** Name of the ids input (default `input_ids`; another name makes the model unusable on purpose). */
  readonly idsInput?: string;
}

/**
 * Writes a real ONNX model taking int64 `input_ids` and `attention_mask` [1, n]: Gather over an embedding
 * initializer, masked by attention_mask, ReduceSum over the sequence plus a bias -> logits [1, 2]. Each
 * attack token adds 20 to the attack logit; every other token adds 0.01 to the benign one; the bias is [2, 0].
 */
export function writeTinyTransformer(directory: string, options: TinyTransformerOptions, file = 'model.onnx'): void {
  const { onnx } = onnxProto;
  const embedding: number[] = [];
  for (let id = 0; id < options.vocabularySize; id++) embedding.push(...(options.attackIds.includes(id) ? [0, 20] : [0.01, 0]));
  const sequence = (name: string, elemType: number) => ({ name, type: { tensorType: { elemType, shape: { dim: [{ dimValue: 1 }, { dimParam: 'sequence' }] } } } });
  const types = options.tokenTypes === true;
  const idsInput = options.idsInput ?? 'input_ids';
  const node = [
    { opType: 'Gather', input: ['E', idsInput], output: ['embedded'] },
    { opType: 'Cast', input: ['attention_mask'], output: ['mask_raw'], attribute: [{ name: 'to', type: 2, i: 1 }] },
    ...(types
      ? [{ opType: 'Cast', input: ['token_type_ids'], output: ['types'], attribute: [{ name: 'to', type: 2, i: 1 }] }, { opType: 'Sub', input: ['mask_raw', 'types'], output: ['mask'] }]
      : [{ opType: 'Identity', input: ['mask_raw'], output: ['mask'] }]),
    { opType: 'Unsqueeze', input: ['mask', 'axis2'], output: ['mask3'] },
    { opType: 'Mul', input: ['embedded', 'mask3'], output: ['weighted'] },
    { opType: 'ReduceSum', input: ['weighted', 'axis1'], output: ['summed'], attribute: [{ name: 'keepdims', type: 2, i: 0 }] },
    { opType: 'Add', input: ['summed', 'B'], output: ['logits'] },
  ];
  const model = onnx.ModelProto.create({
    irVersion: 8, opsetImport: [{ domain: '', version: 13 }], producerName: 'rampart-test',
    graph: {
      name: 'tiny-transformer-classifier',
      node,
      initializer: [
        { name: 'E', dims: [options.vocabularySize, 2], dataType: 1, floatData: embedding },
        { name: 'B', dims: [2], dataType: 1, floatData: [2, 0] },
        { name: 'axis1', dims: [1], dataType: 7, int64Data: [1] },
        { name: 'axis2', dims: [1], dataType: 7, int64Data: [2] },
      ],
      input: [sequence(idsInput, 7), sequence('attention_mask', 7), ...(types ? [sequence('token_type_ids', 7)] : [])],
      output: [{ name: 'logits', type: { tensorType: { elemType: 1, shape: { dim: [{ dimValue: 1 }, { dimValue: 2 }] } } } }],
    },
  });
  const path = join(directory, file);
  mkdirSync(join(path, '..'), { recursive: true });
  writeFileSync(path, onnx.ModelProto.encode(model).finish());
}

/** Writes a whole Hugging Face style model directory (model, tokenizer.json, config.json) and returns its path. */
export function writeHfModelDirectory(options: {
  tokenizer: Record<string, unknown>;
  model: TinyTransformerOptions;
  labels?: Readonly<Record<string, string>>;
  modelFile?: string;
  rampart?: Record<string, unknown>;
}): string {
  const directory = mkdtempSync(join(tmpdir(), 'rampart-hf-'));
  writeTinyTransformer(directory, options.model, options.modelFile);
  writeFileSync(join(directory, 'tokenizer.json'), JSON.stringify(options.tokenizer));
  writeFileSync(join(directory, 'config.json'), JSON.stringify({ architectures: ['DebertaV2ForSequenceClassification'], id2label: options.labels ?? { 0: 'SAFE', 1: 'INJECTION' }, max_position_embeddings: 512 }));
  if (options.rampart !== undefined) writeFileSync(join(directory, 'rampart.json'), JSON.stringify(options.rampart));
  return directory;
}

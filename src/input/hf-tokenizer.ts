import { RampartError } from '../kernel/errors.ts';
import { compileNormalizer } from './hf-normalizers.ts';
import { compilePreTokenizer } from './hf-pre-tokenizers.ts';
import { arrayField, asNode, field, jsonError, optionalInteger, optionalNode, optionalString, stringField, tokenId, type JsonNode } from './hf-json.ts';
import { createUnigramModel } from './hf-tokenizer-unigram.ts';
import { createWordPieceModel, type SubwordModel } from './hf-tokenizer-wordpiece.ts';

/** Content token ids of one text, without special tokens. */
export interface EncodedText {
  readonly ids: readonly number[];
  /** False when encoding stopped at the token limit before the end of the text. */
  readonly complete: boolean;
}

/** A tokenizer compiled from a Hugging Face `tokenizer.json`. */
export interface HfTokenizer {
  /** `WordPiece` or `Unigram`. */
  readonly modelType: 'WordPiece' | 'Unigram';
  /** Special tokens the post-processor puts before the text (e.g. [CLS]), with their type ids. */
  readonly prefix: readonly SpecialToken[];
  /** Special tokens the post-processor puts after the text (e.g. [SEP]). */
  readonly suffix: readonly SpecialToken[];
  /** Type id the post-processor gives the text's own tokens. */
  readonly contentTypeId: number;
  /** `truncation.max_length` from the file, if any. */
  readonly maxLength: number | undefined;
  /** Normalises, pre-tokenizes and encodes `text`; stops once more than `limit` ids were produced. */
  encode(text: string, limit?: number): EncodedText;
  /** Encodes one text as the model sees it: special tokens around the content ids. */
  encodeWithSpecialTokens(text: string): number[];
  /** Id of a token string (model vocabulary first, then `added_tokens`). */
  idOf(token: string): number | undefined;
}

/** One special token placed by the post-processor. */
export interface SpecialToken {
  /** Vocabulary id of the token. */
  readonly id: number;
  /** Segment (token type) id the template gives it. */
  readonly typeId: number;
}

function modelTypeOf(model: JsonNode): string {
  const declared = optionalString(model, 'type');
  if (declared !== undefined) return declared;
  // Old files omit model.type; the vocabulary's shape tells the models apart.
  if (Array.isArray(field(model, 'vocab'))) return 'Unigram';
  if (field(model, 'merges') !== undefined) return 'BPE';
  return field(model, 'continuing_subword_prefix') === undefined ? 'WordLevel' : 'WordPiece';
}

function pairToken(node: JsonNode, key: string): SpecialToken {
  const value = field(node, key);
  if (!Array.isArray(value) || value.length !== 2 || typeof value[0] !== 'string') throw jsonError(`${node.path}.${key}`, 'expected [token, id]');
  return { id: tokenId(value[1], `${node.path}.${key}[1]`), typeId: 0 };
}

interface Specials {
  readonly prefix: SpecialToken[];
  readonly suffix: SpecialToken[];
  readonly contentTypeId: number;
}

function templateSpecials(node: JsonNode): Specials {
  const specials = optionalNode(node, 'special_tokens');
  const prefix: SpecialToken[] = [];
  const suffix: SpecialToken[] = [];
  let sequences = 0;
  let contentTypeId = 0;
  arrayField(node, 'single').forEach((item, index) => {
    const itemNode = asNode(item, `${node.path}.single[${index}]`);
    const sequence = optionalNode(itemNode, 'Sequence');
    if (sequence !== undefined) {
      sequences += 1;
      contentTypeId = optionalInteger(sequence, 'type_id') ?? 0;
      return;
    }
    const special = optionalNode(itemNode, 'SpecialToken');
    if (special === undefined) throw jsonError(itemNode.path, 'expected SpecialToken or Sequence');
    const name = stringField(special, 'id');
    const typeId = optionalInteger(special, 'type_id') ?? 0;
    const entry = specials === undefined ? undefined : optionalNode(specials, name);
    if (entry === undefined) throw jsonError(`${node.path}.special_tokens`, `has no entry for "${name}"`);
    const ids = arrayField(entry, 'ids').map((id, position) => ({ id: tokenId(id, `${entry.path}.ids[${position}]`), typeId }));
    (sequences === 0 ? prefix : suffix).push(...ids);
  });
  if (sequences !== 1) throw jsonError(`${node.path}.single`, `expected exactly one Sequence item, found ${sequences}`);
  return { prefix, suffix, contentTypeId };
}

function compileSpecials(value: unknown, path: string): Specials {
  if (value === null || value === undefined) return { prefix: [], suffix: [], contentTypeId: 0 };
  const node = asNode(value, path);
  const type = stringField(node, 'type');
  switch (type) {
    case 'TemplateProcessing':
      return templateSpecials(node);
    case 'BertProcessing':
    case 'RobertaProcessing':
      return { prefix: [pairToken(node, 'cls')], suffix: [pairToken(node, 'sep')], contentTypeId: 0 };
    case 'ByteLevel':
      return { prefix: [], suffix: [], contentTypeId: 0 };
    case 'Sequence': {
      const parts = arrayField(node, 'processors').map((processor, index) => compileSpecials(processor, `${path}.processors[${index}]`));
      return { prefix: parts.flatMap((part) => part.prefix), suffix: parts.flatMap((part) => part.suffix), contentTypeId: parts.at(-1)?.contentTypeId ?? 0 };
    }
    default:
      throw jsonError(`${path}.type`, `unsupported post_processor "${type}" (supported: TemplateProcessing, BertProcessing, RobertaProcessing, Sequence)`);
  }
}

/**
 * Compiles a parsed `tokenizer.json` (WordPiece or Unigram models; BPE and WordLevel are rejected by name).
 * Added tokens are used for id lookups only: they are deliberately not matched inside inspected text, so
 * text that spells "[SEP]" or "</s>" cannot forge a segment boundary the model would trust.
 */
export function compileHfTokenizer(document: unknown, path = ''): HfTokenizer {
  const root = asNode(document, path);
  const model = asNode(field(root, 'model'), `${path}.model`);
  const modelType = modelTypeOf(model);
  let subword: SubwordModel;
  if (modelType === 'WordPiece') subword = createWordPieceModel(model);
  else if (modelType === 'Unigram') subword = createUnigramModel(model);
  else throw jsonError(`${path}.model.type`, `unsupported tokenizer model "${modelType}" (supported: WordPiece, Unigram; BPE models such as GPT-2 or RoBERTa are not)`);
  const added = new Map<string, number>();
  const addedTokens = field(root, 'added_tokens');
  if (Array.isArray(addedTokens)) {
    addedTokens.forEach((token, index) => {
      const node = asNode(token, `${path}.added_tokens[${index}]`);
      added.set(stringField(node, 'content'), tokenId(field(node, 'id'), `${node.path}.id`));
    });
  }
  const normalize = compileNormalizer(field(root, 'normalizer'), `${path}.normalizer`);
  const preTokenize = compilePreTokenizer(field(root, 'pre_tokenizer'), `${path}.pre_tokenizer`);
  const specials = compileSpecials(field(root, 'post_processor'), `${path}.post_processor`);
  const truncation = optionalNode(root, 'truncation');
  const maxLength = truncation === undefined ? undefined : optionalInteger(truncation, 'max_length');

  function encode(text: string, limit = Number.POSITIVE_INFINITY): EncodedText {
    if (typeof text !== 'string') throw new RampartError('INPUT_INVALID', 'tokenizer input must be a string');
    // Lone surrogates cannot exist in the UTF-8 the reference tokenizer sees; U+FFFD is what a UTF-8 round trip yields.
    const pieces = preTokenize([{ text: normalize(text.toWellFormed()), first: true }]);
    const ids: number[] = [];
    for (let index = 0; index < pieces.length; index++) {
      if (ids.length > limit) return { ids, complete: false };
      const word = pieces[index]!.text;
      if (word !== '') subword.encodeWord(word, ids);
    }
    return { ids, complete: true };
  }

  return {
    modelType,
    prefix: specials.prefix,
    suffix: specials.suffix,
    contentTypeId: specials.contentTypeId,
    maxLength,
    encode,
    encodeWithSpecialTokens: (text) => [...specials.prefix.map((token) => token.id), ...encode(text).ids, ...specials.suffix.map((token) => token.id)],
    idOf: (token) => subword.idOf(token) ?? added.get(token),
  };
}

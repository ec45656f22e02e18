import { arrayField, asNode, field, jsonError, optionalBoolean, optionalString, stringField, type JsonNode } from './hf-json.ts';

/** One pre-token: its text and whether it starts the sequence (Metaspace's `first` scheme needs that). */
export interface PreToken {
  readonly text: string;
  readonly first: boolean;
}

/** A compiled tokenizer.json `pre_tokenizer`. */
export type PreTokenizer = (pieces: readonly PreToken[]) => PreToken[];

/** How a splitter treats the delimiter, as in the tokenizers library's SplitDelimiterBehavior. */
type Behavior = 'removed' | 'isolated' | 'merged_with_previous' | 'merged_with_next' | 'contiguous';

const whitespace = /\p{White_Space}/u;
// BERT's punctuation: all of ASCII punctuation (including symbols such as $ + < = > ^ ` |) plus Unicode P*.
const bertPunctuation = /[!-/:-@[-`{-~]|\p{P}/u;
const wordOrSymbolRun = /[\p{L}\p{N}\p{M}\p{Pc}]+|[^\p{L}\p{N}\p{M}\p{Pc}\p{White_Space}]+/gu;

/** Splits one piece at every character matching `isDelimiter`, keeping or merging the delimiters per `behavior`. */
function splitPiece(piece: PreToken, isDelimiter: (character: string) => boolean, behavior: Behavior): PreToken[] {
  const parts: string[] = [];
  let current = '';
  let previousDelimiter = false;
  for (const character of piece.text) {
    const delimiter = isDelimiter(character);
    if (!delimiter) {
      current += character;
      previousDelimiter = false;
      continue;
    }
    switch (behavior) {
      case 'removed':
        if (current !== '') parts.push(current);
        current = '';
        break;
      case 'isolated':
        if (current !== '') parts.push(current);
        parts.push(character);
        current = '';
        break;
      case 'contiguous':
        if (previousDelimiter) parts[parts.length - 1] += character;
        else {
          if (current !== '') parts.push(current);
          parts.push(character);
        }
        current = '';
        break;
      case 'merged_with_previous':
        parts.push(current + character);
        current = '';
        break;
      case 'merged_with_next':
        if (current !== '') parts.push(current);
        current = character;
        break;
    }
    previousDelimiter = delimiter;
  }
  if (current !== '') parts.push(current);
  return parts.map((text, index) => ({ text, first: piece.first && index === 0 }));
}

function behaviorOf(node: JsonNode, fallback: Behavior): Behavior {
  const value = optionalString(node, 'behavior');
  if (value === undefined) return fallback;
  const normalized = value.replace(/([a-z])([A-Z])/g, '$1_$2').toLowerCase();
  if (normalized === 'removed' || normalized === 'isolated' || normalized === 'contiguous' || normalized === 'merged_with_previous' || normalized === 'merged_with_next') return normalized;
  throw jsonError(`${node.path}.behavior`, `unsupported behavior "${value}"`);
}

function metaspace(node: JsonNode): PreTokenizer {
  const replacement = optionalString(node, 'replacement') ?? '\u2581';
  if ([...replacement].length !== 1) throw jsonError(`${node.path}.replacement`, 'expected one character');
  const legacyPrefix = optionalBoolean(node, 'add_prefix_space');
  const scheme = optionalString(node, 'prepend_scheme') ?? (legacyPrefix === false ? 'never' : 'always');
  if (scheme !== 'always' && scheme !== 'first' && scheme !== 'never') throw jsonError(`${node.path}.prepend_scheme`, `unsupported scheme "${scheme}"`);
  const split = optionalBoolean(node, 'split') ?? true;
  return (pieces) => pieces.flatMap((piece) => {
    let text = piece.text.replaceAll(' ', replacement);
    const prepend = scheme === 'always' || (scheme === 'first' && piece.first);
    // As NormalizedString::prepend, nothing is prepended to an empty piece.
    if (prepend && text !== '' && !text.startsWith(replacement)) text = replacement + text;
    const replaced = { text, first: piece.first };
    return split ? splitPiece(replaced, (character) => character === replacement, 'merged_with_next') : [replaced];
  });
}

/** Compiles a tokenizer.json `pre_tokenizer` (null: the whole text is one piece); unknown types are errors. */
export function compilePreTokenizer(value: unknown, path: string): PreTokenizer {
  if (value === null || value === undefined) return (pieces) => [...pieces];
  const node = asNode(value, path);
  const type = stringField(node, 'type');
  switch (type) {
    case 'BertPreTokenizer':
      return (pieces) => pieces
        .flatMap((piece) => splitPiece(piece, (character) => whitespace.test(character), 'removed'))
        .flatMap((piece) => splitPiece(piece, (character) => bertPunctuation.test(character), 'isolated'));
    case 'WhitespaceSplit':
      return (pieces) => pieces.flatMap((piece) => splitPiece(piece, (character) => whitespace.test(character), 'removed'));
    case 'Whitespace':
      return (pieces) => pieces.flatMap((piece) => Array.from(piece.text.matchAll(wordOrSymbolRun), (match, index) => ({ text: match[0], first: piece.first && index === 0 })));
    case 'Punctuation': {
      const behavior = behaviorOf(node, 'isolated');
      return (pieces) => pieces.flatMap((piece) => splitPiece(piece, (character) => bertPunctuation.test(character), behavior));
    }
    case 'Metaspace':
      return metaspace(node);
    case 'Sequence': {
      const steps = arrayField(node, 'pretokenizers').map((step, index) => compilePreTokenizer(step, `${path}.pretokenizers[${index}]`));
      return (pieces) => steps.reduce<PreToken[]>((current, step) => step(current), [...pieces]);
    }
    default:
      if (field(node, 'type') === 'ByteLevel') throw jsonError(`${path}.type`, 'ByteLevel pre-tokenization belongs to BPE tokenizers, which are not supported');
      throw jsonError(`${path}.type`, `unsupported pre_tokenizer "${type}" (supported: BertPreTokenizer, Whitespace, WhitespaceSplit, Punctuation, Metaspace, Sequence)`);
  }
}

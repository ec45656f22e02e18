import { asNode, field, jsonError, optionalInteger, optionalString, tokenId, type JsonNode } from './hf-json.ts';

/** A subword model: turns one pre-token into token ids. */
export interface SubwordModel {
  /** Token ids of one pre-token, appended to `output`. */
  encodeWord(word: string, output: number[]): void;
  /** Id of a token string in the model vocabulary, if present. */
  idOf(token: string): number | undefined;
}

/**
 * WordPiece (BERT, DistilBERT): greedy longest-match-first over each word, continuation pieces carry
 * `continuing_subword_prefix`; a word with any unmatched remainder, or longer than
 * `max_input_chars_per_word` characters, becomes the single unknown token.
 */
export function createWordPieceModel(node: JsonNode): SubwordModel {
  const vocabulary = new Map<string, number>();
  const vocabNode = asNode(field(node, 'vocab'), `${node.path}.vocab`);
  for (const [token, id] of Object.entries(vocabNode.value)) vocabulary.set(token, tokenId(id, `${vocabNode.path}.${token}`));
  const unknownToken = optionalString(node, 'unk_token') ?? '[UNK]';
  const unknownId = vocabulary.get(unknownToken);
  if (unknownId === undefined) throw jsonError(`${node.path}.unk_token`, `"${unknownToken}" is not in the vocabulary`);
  const prefix = optionalString(node, 'continuing_subword_prefix') ?? '##';
  const maxCharacters = optionalInteger(node, 'max_input_chars_per_word') ?? 100;
  let longest = 0;
  for (const token of vocabulary.keys()) longest = Math.max(longest, token.length);

  return {
    idOf: (token) => vocabulary.get(token),
    encodeWord(word, output) {
      const characters = Array.from(word);
      if (characters.length > maxCharacters) {
        output.push(unknownId);
        return;
      }
      const pieces: number[] = [];
      let start = 0;
      while (start < characters.length) {
        let end = Math.min(characters.length, start + longest);
        let found: number | undefined;
        while (end > start) {
          const piece = (start > 0 ? prefix : '') + characters.slice(start, end).join('');
          found = vocabulary.get(piece);
          if (found !== undefined) break;
          end -= 1;
        }
        if (found === undefined) {
          output.push(unknownId);
          return;
        }
        pieces.push(found);
        start = end;
      }
      for (const id of pieces) output.push(id);
    },
  };
}

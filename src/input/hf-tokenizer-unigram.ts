import { ownValue } from '../kernel/own.ts';
import { arrayField, jsonError, optionalBoolean, tokenId, type JsonNode } from './hf-json.ts';
import type { SubwordModel } from './hf-tokenizer-wordpiece.ts';

/** Penalty below the lowest piece score given to an unknown character (kUnkPenalty in SentencePiece). */
const unknownPenalty = 10;

/**
 * SentencePiece Unigram (DeBERTa-v3, mDeBERTa, XLM-R, T5): Viterbi over the lattice of vocabulary pieces picks
 * the segmentation with the highest total log-probability. A position no single-character piece covers gets an
 * unknown node scored `min_score - 10`; adjacent unknown characters fuse into one unknown token, or into
 * `<0xHH>` byte pieces when `byte_fallback` is set and every byte piece exists (as huggingface/tokenizers does).
 */
export function createUnigramModel(node: JsonNode): SubwordModel {
  const entries = arrayField(node, 'vocab');
  const vocabulary = new Map<string, number>();
  const scores = new Float64Array(entries.length);
  let minimum = Infinity;
  // Longest piece (in code points) per first code point: bounds the lattice search at each position.
  const longestByFirst = new Map<number, number>();
  entries.forEach((entry, index) => {
    const path = `${node.path}.vocab[${index}]`;
    if (!Array.isArray(entry) || entry.length !== 2 || typeof entry[0] !== 'string' || typeof entry[1] !== 'number' || !Number.isFinite(entry[1])) {
      throw jsonError(path, 'expected [piece, log-probability]');
    }
    const piece: string = entry[0];
    // A repeated piece maps to its last id, as a HashMap insert does in huggingface/tokenizers.
    vocabulary.set(piece, index);
    scores[index] = entry[1];
    minimum = Math.min(minimum, entry[1]);
    const first = piece.codePointAt(0);
    if (first !== undefined) longestByFirst.set(first, Math.max(longestByFirst.get(first) ?? 0, [...piece].length));
  });
  if (entries.length === 0) throw jsonError(`${node.path}.vocab`, 'is empty');
  const rawUnknown = ownValue(node.value, 'unk_id') ?? null;
  if (rawUnknown === null || rawUnknown === undefined) throw jsonError(`${node.path}.unk_id`, 'is required (a Unigram model without an unknown token cannot encode arbitrary text)');
  const unknownId = tokenId(rawUnknown, `${node.path}.unk_id`);
  if (unknownId >= entries.length) throw jsonError(`${node.path}.unk_id`, `${unknownId} is outside the vocabulary of ${entries.length} pieces`);
  const byteFallback = optionalBoolean(node, 'byte_fallback') ?? false;
  const unknownScore = minimum - unknownPenalty;
  const encoder = new TextEncoder();

  function pushUnknown(text: string, output: number[]): void {
    const known = vocabulary.get(text);
    if (known !== undefined) {
      output.push(known);
      return;
    }
    if (byteFallback) {
      const bytes = Array.from(encoder.encode(text), (byte) => vocabulary.get(`<0x${byte.toString(16).toUpperCase().padStart(2, '0')}>`));
      if (bytes.every((id) => id !== undefined)) {
        for (const id of bytes) output.push(id);
        return;
      }
    }
    output.push(unknownId);
  }

  return {
    idOf: (token) => vocabulary.get(token),
    encodeWord(word, output) {
      // UTF-16 offset of each code point boundary, so pieces are sliced without splitting surrogate pairs.
      const boundaries: number[] = [0];
      for (const character of word) boundaries.push(boundaries[boundaries.length - 1]! + character.length);
      const count = boundaries.length - 1;
      const best = new Float64Array(count + 1).fill(-Infinity);
      const from = new Int32Array(count + 1);
      const pieceAt = new Int32Array(count + 1);
      best[0] = 0;
      for (let begin = 0; begin < count; begin++) {
        const base = best[begin]!;
        let single = false;
        const limit = Math.min(count, begin + (longestByFirst.get(word.codePointAt(boundaries[begin]!)!) ?? 0));
        for (let end = begin + 1; end <= limit; end++) {
          const id = vocabulary.get(word.slice(boundaries[begin], boundaries[end]));
          if (id === undefined) continue;
          if (end === begin + 1) single = true;
          const candidate = base + scores[id]!;
          // Strictly greater: on ties the node seen first (earliest start) wins, as in the reference lattice.
          if (candidate > best[end]!) {
            best[end] = candidate;
            from[end] = begin;
            pieceAt[end] = id;
          }
        }
        if (!single) {
          const candidate = base + unknownScore;
          if (candidate > best[begin + 1]!) {
            best[begin + 1] = candidate;
            from[begin + 1] = begin;
            pieceAt[begin + 1] = -1;
          }
        }
      }
      const segments: Array<{ start: number; end: number; id: number }> = [];
      for (let end = count; end > 0; end = from[end]!) segments.push({ start: from[end]!, end, id: pieceAt[end]! });
      segments.reverse();
      let unknownStart = -1;
      let unknownEnd = -1;
      for (const segment of segments) {
        if (segment.id === -1) {
          if (unknownStart === -1) unknownStart = segment.start;
          unknownEnd = segment.end;
          continue;
        }
        if (unknownStart !== -1) pushUnknown(word.slice(boundaries[unknownStart], boundaries[unknownEnd]), output);
        unknownStart = -1;
        output.push(segment.id);
      }
      if (unknownStart !== -1) pushUnknown(word.slice(boundaries[unknownStart], boundaries[unknownEnd]), output);
    },
  };
}

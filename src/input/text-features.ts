/**
 * Hashed text features shared by the classifier and the known-attack index: word uni/bi-grams and
 * character 3-5-grams of a fixed, versioned normalisation. The normalisation is deliberately local
 * (not the de-obfuscation views of normalize.ts) so a committed model never drifts when those views change.
 */

/** A sparse vector: strictly increasing indices with their values. */
export interface SparseVector {
  readonly indices: Int32Array;
  readonly values: Float32Array;
}

/** Name of the normalisation the features below are computed on; stored in model files. */
export const featureVersion = 'rampart-hash-v1';

const wordSeed = 0x9e3779b1;
const bigramSeed = 0x85ebca77;
const charSeeds = [0, 0, 0, 0xc2b2ae3d, 0x27d4eb2f, 0x165667b1] as const;

/** Lowercased NFKC text with digits folded to 0 and whitespace collapsed: what the features see. */
export function modelText(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\u200b-\u200f\u2060-\u2064\ufeff\u00ad]/gu, '')
    .replace(/\p{Nd}/gu, '0')
    .replace(/\s+/gu, ' ')
    .trim();
}

function mix(hash: number, code: number): number {
  return Math.imul(hash ^ code, 0x01000193);
}

function finish(hash: number): number {
  let value = hash ^ (hash >>> 16);
  value = Math.imul(value, 0x7feb352d);
  value ^= value >>> 15;
  value = Math.imul(value, 0x846ca68b);
  return (value ^ (value >>> 16)) >>> 0;
}

/** 32-bit hash of a string with a seed (FNV-1a core, murmur finaliser). */
export function hashString(text: string, seed: number): number {
  let hash = (0x811c9dc5 ^ seed) >>> 0;
  for (let index = 0; index < text.length; index++) hash = mix(hash, text.charCodeAt(index));
  return finish(hash);
}

const wordPattern = /[\p{L}\p{N}_]+|[^\s\p{L}\p{N}_]/gu;

/** Options of the hashed feature extractor. */
export interface FeatureOptions {
  /** log2 of the number of hash buckets. */
  readonly bits: number;
  /** Include character n-grams (the similarity index uses words only). */
  readonly characters: boolean;
}

/**
 * Hashes already model-normalised text into bucket ids (with repeats), appending to `out`.
 * Word unigrams and bigrams carry meaning; character n-grams survive unseen languages, scripts without spaces and typos.
 */
export function hashFeatures(normalized: string, options: FeatureOptions, out: number[] = []): number[] {
  const mask = (1 << options.bits) - 1;
  let previous = -1;
  for (const match of normalized.matchAll(wordPattern)) {
    const word = hashString(match[0], wordSeed);
    out.push(word & mask);
    if (previous >= 0) out.push(finish(Math.imul(previous, 31) ^ word ^ bigramSeed) & mask);
    previous = word;
  }
  if (!options.characters) return out;
  const padded = ` ${normalized} `;
  const length = padded.length;
  for (let start = 0; start + 3 <= length; start++) {
    let hash = 0x811c9dc5;
    for (let size = 1; size <= 5 && start + size <= length; size++) {
      hash = mix(hash, padded.charCodeAt(start + size - 1));
      if (size >= 3) out.push(finish(hash ^ (charSeeds[size] ?? 0)) & mask);
    }
  }
  return out;
}

/** Turns bucket ids (with repeats) into an L2-normalised vector with sublinear term frequency. */
export function toSparseVector(buckets: number[], binary = false): SparseVector {
  const sorted = Int32Array.from(buckets).sort();
  const indices: number[] = [];
  const values: number[] = [];
  let norm = 0;
  for (let index = 0; index < sorted.length; ) {
    const bucket = sorted[index]!;
    let count = 0;
    while (index < sorted.length && sorted[index] === bucket) {
      count++;
      index++;
    }
    const value = binary ? 1 : 1 + Math.log(count);
    indices.push(bucket);
    values.push(value);
    norm += value * value;
  }
  const scale = norm > 0 ? 1 / Math.sqrt(norm) : 0;
  return { indices: Int32Array.from(indices), values: Float32Array.from(values, (value) => value * scale) };
}

/** Features of one piece of already model-normalised text. */
export function featurize(normalized: string, options: FeatureOptions): SparseVector {
  return toSparseVector(hashFeatures(normalized, options));
}

/** Half-open [start, end) windows covering `length` characters: `size` long, overlapping by `overlap`. */
export function chunkSpans(length: number, size: number, overlap: number): [number, number][] {
  if (length <= size) return [[0, length]];
  const spans: [number, number][] = [];
  const step = Math.max(1, size - overlap);
  for (let start = 0; ; start += step) {
    const end = Math.min(length, start + size);
    spans.push([start, end]);
    if (end >= length) break;
  }
  return spans;
}

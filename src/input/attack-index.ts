import { RampartError } from '../kernel/errors.ts';
import { isPlainObject } from '../kernel/own.ts';
import { hashFeatures, modelText, toSparseVector } from './text-features.ts';

/** Format tag of the committed index file. */
export const attackIndexFormat = 'rampart-attack-index/1';

/** One known attack (or one window of a long one). */
export interface AttackEntry {
  /** Stable id, e.g. `seed:garak-jailbreaks:12` or `user:<sha256 prefix>`. */
  readonly id: string;
  /** Sorted, unique bucket ids of the word uni/bi-grams (binary vector). */
  readonly features: Int32Array;
}

/** The closest known attack to some text. */
export interface AttackMatch {
  readonly id: string;
  /** Cosine similarity in [0, 1]. */
  readonly similarity: number;
  /** Span of the matching window in the queried text. */
  readonly span: readonly [number, number];
}

/** In-memory nearest-neighbour index over known attacks (MinHash LSH candidates, exact cosine). */
export interface AttackIndex {
  readonly size: number;
  /** Adds an attack text under an id; long texts are indexed window by window. */
  add(id: string, text: string): void;
  /** Adds a pre-vectorised entry (from the committed file). */
  addEntry(entry: AttackEntry): void;
  /** The best match at or above `threshold`, or undefined. */
  nearest(text: string, threshold: number): AttackMatch | undefined;
  /** Entries, for serialisation. */
  entries(): readonly AttackEntry[];
}

/** Hash bits, window length in words and LSH shape; the file stores bits so a mismatch is detected. */
export const attackIndexShape = { bits: 20, windowWords: 128, strideWords: 64, bands: 16, rows: 3 } as const;

const bins = attackIndexShape.bands * attackIndexShape.rows;
const wordPattern = /\S+/gu;

/** Word windows of a text as [start, end) character spans; the whole text when it is short. */
export function wordWindows(text: string): [number, number][] {
  const starts: number[] = [];
  const ends: number[] = [];
  for (const match of text.matchAll(wordPattern)) {
    starts.push(match.index);
    ends.push(match.index + match[0].length);
  }
  const { windowWords, strideWords } = attackIndexShape;
  if (starts.length <= windowWords) return starts.length === 0 ? [] : [[starts[0]!, ends.at(-1)!]];
  const windows: [number, number][] = [];
  for (let first = 0; ; first += strideWords) {
    const last = Math.min(starts.length, first + windowWords) - 1;
    windows.push([starts[first]!, ends[last]!]);
    if (last === starts.length - 1) break;
  }
  return windows;
}

/** Sorted unique feature ids of one text window. */
export function attackFeatures(text: string): Int32Array {
  return toSparseVector(hashFeatures(modelText(text), { bits: attackIndexShape.bits, characters: false }), true).indices;
}

function mixInteger(value: number): number {
  let hash = Math.imul(value ^ 0x5bd1e995, 0x9e3779b1);
  hash ^= hash >>> 15;
  hash = Math.imul(hash, 0x85ebca77);
  hash ^= hash >>> 13;
  hash = Math.imul(hash, 0xc2b2ae3d);
  return (hash ^ (hash >>> 16)) >>> 0;
}

/** One-permutation MinHash with rotation densification: one hash per feature, `bins` minima. */
function signature(features: Int32Array): Uint32Array {
  const minima = new Uint32Array(bins).fill(0xffffffff);
  const filled = new Uint8Array(bins);
  for (const feature of features) {
    const hash = mixInteger(feature);
    const bin = Math.floor((hash / 4294967296) * bins);
    if (hash <= minima[bin]!) {
      minima[bin] = hash;
      filled[bin] = 1;
    }
  }
  for (let bin = 0; bin < bins; bin++) {
    if (filled[bin] === 1) continue;
    for (let step = 1; step < bins; step++) {
      const other = (bin + step) % bins;
      if (filled[other] === 1) {
        minima[bin] = (minima[other]! + step * 0x9e3779b1) >>> 0;
        break;
      }
    }
  }
  return minima;
}

function bandKeys(features: Int32Array): number[] {
  const minima = signature(features);
  const keys: number[] = [];
  for (let band = 0; band < attackIndexShape.bands; band++) {
    let key = Math.imul(band + 1, 0x01000193);
    for (let row = 0; row < attackIndexShape.rows; row++) key = Math.imul(key ^ minima[band * attackIndexShape.rows + row]!, 0x01000193);
    keys.push(key >>> 0);
  }
  return keys;
}

/** Cosine of two binary vectors given as sorted unique ids. */
export function binaryCosine(left: Int32Array, right: Int32Array): number {
  if (left.length === 0 || right.length === 0) return 0;
  let shared = 0;
  for (let i = 0, j = 0; i < left.length && j < right.length; ) {
    if (left[i]! === right[j]!) {
      shared++;
      i++;
      j++;
    } else if (left[i]! < right[j]!) i++;
    else j++;
  }
  return shared / Math.sqrt(left.length * right.length);
}

/** Creates an empty index. */
export function createAttackIndex(): AttackIndex {
  const stored: AttackEntry[] = [];
  const buckets = new Map<number, number[]>();

  function addEntry(entry: AttackEntry): void {
    if (entry.features.length === 0) return;
    const position = stored.length;
    stored.push(entry);
    for (const key of bandKeys(entry.features)) {
      const list = buckets.get(key);
      if (list === undefined) buckets.set(key, [position]);
      else list.push(position);
    }
  }

  return {
    get size() {
      return stored.length;
    },
    addEntry,
    add(id, text) {
      for (const [start, end] of wordWindows(text)) addEntry({ id, features: attackFeatures(text.slice(start, end)) });
    },
    nearest(text, threshold) {
      let best: AttackMatch | undefined;
      for (const span of wordWindows(text)) {
        const features = attackFeatures(text.slice(span[0], span[1]));
        const candidates = new Set<number>();
        for (const key of bandKeys(features)) for (const position of buckets.get(key) ?? []) candidates.add(position);
        for (const position of candidates) {
          const entry = stored[position]!;
          // Exact pruning: shared ids are at most the smaller count, so cosine <= sqrt(smaller / larger).
          const floor = best === undefined ? threshold : Math.max(threshold, best.similarity);
          const smaller = Math.min(features.length, entry.features.length);
          const larger = Math.max(features.length, entry.features.length);
          if (smaller < floor * floor * larger) continue;
          const similarity = binaryCosine(features, entry.features);
          if (similarity >= threshold && (best === undefined || similarity > best.similarity)) best = { id: entry.id, similarity, span };
        }
      }
      return best;
    },
    entries: () => stored,
  };
}

function encodeFeatures(features: Int32Array): string {
  const bytes: number[] = [];
  let previous = 0;
  for (const feature of features) {
    let delta = feature - previous;
    previous = feature;
    while (delta >= 0x80) {
      bytes.push((delta & 0x7f) | 0x80);
      delta >>>= 7;
    }
    bytes.push(delta);
  }
  return Buffer.from(bytes).toString('base64');
}

function decodeFeatures(encoded: string, limit: number): Int32Array {
  const bytes = Buffer.from(encoded, 'base64');
  const features: number[] = [];
  let previous = 0;
  for (let index = 0; index < bytes.length; ) {
    let delta = 0;
    let shift = 0;
    for (;;) {
      const byte = bytes[index++];
      if (byte === undefined || shift > 28) throw new RampartError('MODEL_INVALID', 'attack index: truncated feature list');
      delta |= (byte & 0x7f) << shift;
      shift += 7;
      if ((byte & 0x80) === 0) break;
    }
    if (delta <= 0 && features.length > 0) throw new RampartError('MODEL_INVALID', 'attack index: features must be strictly increasing');
    previous += delta;
    if (previous >= limit) throw new RampartError('MODEL_INVALID', 'attack index: feature id out of range');
    features.push(previous);
  }
  return Int32Array.from(features);
}

/** Serialises an index to its compact JSON document (delta-varint feature lists in base64). */
export function serializeAttackIndex(index: AttackIndex): Record<string, unknown> {
  return {
    format: attackIndexFormat,
    bits: attackIndexShape.bits,
    entries: index.entries().map((entry) => [entry.id, encodeFeatures(entry.features)]),
  };
}

/** Validates a parsed index document and loads it into `index`; malformed documents throw MODEL_INVALID. */
export function loadAttackIndexDocument(document: unknown, index: AttackIndex = createAttackIndex()): AttackIndex {
  if (!isPlainObject(document) || document['format'] !== attackIndexFormat) throw new RampartError('MODEL_INVALID', `attack index: format must be ${attackIndexFormat}`);
  if (document['bits'] !== attackIndexShape.bits) throw new RampartError('MODEL_INVALID', `attack index: bits must be ${attackIndexShape.bits}`);
  const entries = document['entries'];
  if (!Array.isArray(entries)) throw new RampartError('MODEL_INVALID', 'attack index: entries must be an array');
  for (const entry of entries as unknown[]) {
    if (!Array.isArray(entry) || typeof entry[0] !== 'string' || typeof entry[1] !== 'string') {
      throw new RampartError('MODEL_INVALID', 'attack index: every entry must be [id, features]');
    }
    index.addEntry({ id: entry[0], features: decodeFeatures(entry[1], 1 << attackIndexShape.bits) });
  }
  return index;
}

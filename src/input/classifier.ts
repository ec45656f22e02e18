import type { ClassifierModel } from './classifier-model.ts';
import { chunkSpans, hashFeatures, modelText, type SparseVector } from './text-features.ts';

/** Classifier output for one text: the strongest window decides. */
export interface ClassifierScore {
  /** Calibrated probability that the text carries an injection or jailbreak. */
  readonly probability: number;
  /** Uncalibrated logit of the strongest window. */
  readonly logit: number;
  /** Span of the strongest window in the scored text. */
  readonly span: readonly [number, number];
}

/** A loaded classifier: pure functions over the model weights. */
export interface Classifier {
  readonly model: ClassifierModel;
  /** Scores a text window by window (so a payload at the tail of a long document counts as much as at its head). */
  score(text: string): ClassifierScore;
  /** Raw logit of one feature vector. */
  logit(vector: SparseVector): number;
}

/** Logistic sigmoid, safe for large magnitudes. */
export function sigmoid(value: number): number {
  if (value >= 0) return 1 / (1 + Math.exp(-value));
  const exp = Math.exp(value);
  return exp / (1 + exp);
}

/** Builds a classifier over a validated model. */
export function createClassifier(model: ClassifierModel): Classifier {
  const options = { bits: model.bits, characters: true };
  const { weights, bias, calibration } = model;

  // Per-instance scratch space (score is synchronous, so it is never shared between two calls in flight):
  // counting into a dense array avoids sorting and allocating a sparse vector per window.
  const counts = new Uint16Array(1 << model.bits);
  const buckets: number[] = [];
  const touched: number[] = [];

  function windowLogit(normalized: string): number {
    buckets.length = 0;
    touched.length = 0;
    hashFeatures(normalized, options, buckets);
    for (const bucket of buckets) {
      if (counts[bucket] === 0) touched.push(bucket);
      if (counts[bucket]! < 0xffff) counts[bucket] = counts[bucket]! + 1;
    }
    let dot = 0;
    let norm = 0;
    for (const bucket of touched) {
      const value = 1 + Math.log(counts[bucket]!);
      counts[bucket] = 0;
      dot += weights[bucket]! * value;
      norm += value * value;
    }
    return norm > 0 ? bias + dot / Math.sqrt(norm) : bias;
  }

  function logit(vector: SparseVector): number {
    let sum = bias;
    const { indices, values } = vector;
    for (let index = 0; index < indices.length; index++) sum += weights[indices[index]!]! * values[index]!;
    return sum;
  }

  return {
    model,
    logit,
    score(text) {
      let best = -Infinity;
      let bestSpan: readonly [number, number] = [0, text.length];
      for (const span of chunkSpans(text.length, model.chunkSize, model.chunkOverlap)) {
        const value = windowLogit(modelText(text.slice(span[0], span[1])));
        if (value > best) {
          best = value;
          bestSpan = span;
        }
      }
      return { probability: sigmoid(calibration.a * best + calibration.b), logit: best, span: bestSpan };
    },
  };
}

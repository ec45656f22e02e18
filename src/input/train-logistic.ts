import type { SparseVector } from './text-features.ts';
import { sigmoid } from './classifier.ts';

/** One training example. */
export interface TrainingExample {
  readonly vector: SparseVector;
  /** 1 for attack, 0 for benign. */
  readonly label: 0 | 1;
  /** Sample weight (used to balance sources so one large file does not dominate). */
  readonly weight: number;
}

/** Hyper-parameters of the logistic-regression trainer. */
export interface TrainingOptions {
  readonly bits: number;
  readonly epochs: number;
  /** Adagrad base learning rate. */
  readonly learningRate: number;
  /** L2 penalty per update on touched weights. */
  readonly l2: number;
  /** Seed of the deterministic shuffle. */
  readonly seed: number;
}

/** Deterministic 32-bit PRNG (mulberry32) returning floats in [0, 1). */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let value = Math.imul(state ^ (state >>> 15), 1 | state);
    value = (value + Math.imul(value ^ (value >>> 7), 61 | value)) ^ value;
    return ((value ^ (value >>> 14)) >>> 0) / 4294967296;
  };
}

/** Fisher-Yates shuffle in place with the given PRNG. */
export function shuffle<T>(items: T[], random: () => number): T[] {
  for (let index = items.length - 1; index > 0; index--) {
    const other = Math.floor(random() * (index + 1));
    [items[index], items[other]] = [items[other]!, items[index]!];
  }
  return items;
}

/** Trains weights and bias with Adagrad SGD on weighted log-loss plus L2; deterministic for a seed. */
export function trainLogistic(examples: readonly TrainingExample[], options: TrainingOptions): { weights: Float32Array; bias: number } {
  const size = 1 << options.bits;
  const weights = new Float32Array(size);
  const squares = new Float32Array(size).fill(1e-6);
  let bias = 0;
  let biasSquares = 1e-6;
  const random = seededRandom(options.seed);
  const order = examples.map((_, index) => index);
  for (let epoch = 0; epoch < options.epochs; epoch++) {
    shuffle(order, random);
    for (const position of order) {
      const example = examples[position]!;
      const { indices, values } = example.vector;
      let sum = bias;
      for (let index = 0; index < indices.length; index++) sum += weights[indices[index]!]! * values[index]!;
      const gradient = (sigmoid(sum) - example.label) * example.weight;
      for (let index = 0; index < indices.length; index++) {
        const bucket = indices[index]!;
        const step = gradient * values[index]! + options.l2 * weights[bucket]!;
        squares[bucket] = squares[bucket]! + step * step;
        weights[bucket] = weights[bucket]! - (options.learningRate * step) / Math.sqrt(squares[bucket]!);
      }
      biasSquares += gradient * gradient;
      bias -= (options.learningRate * gradient) / Math.sqrt(biasSquares);
    }
  }
  return { weights, bias };
}

/** Fits Platt scaling (probability = sigmoid(a * logit + b)) by Newton's method with Platt's smoothed targets. */
export function fitPlatt(logits: readonly number[], labels: readonly (0 | 1)[]): { a: number; b: number } {
  const positives = labels.filter((label) => label === 1).length;
  const negatives = labels.length - positives;
  const high = (positives + 1) / (positives + 2);
  const low = 1 / (negatives + 2);
  let a = 1;
  let b = 0;
  for (let iteration = 0; iteration < 100; iteration++) {
    let gradientA = 0;
    let gradientB = 0;
    let hessianAA = 1e-9;
    let hessianAB = 0;
    let hessianBB = 1e-9;
    for (let index = 0; index < logits.length; index++) {
      const logit = logits[index]!;
      const target = labels[index] === 1 ? high : low;
      const probability = sigmoid(a * logit + b);
      const difference = probability - target;
      const curvature = Math.max(probability * (1 - probability), 1e-12);
      gradientA += difference * logit;
      gradientB += difference;
      hessianAA += curvature * logit * logit;
      hessianAB += curvature * logit;
      hessianBB += curvature;
    }
    const determinant = hessianAA * hessianBB - hessianAB * hessianAB;
    if (Math.abs(determinant) < 1e-18) break;
    const stepA = (hessianBB * gradientA - hessianAB * gradientB) / determinant;
    const stepB = (hessianAA * gradientB - hessianAB * gradientA) / determinant;
    // Step halving (Platt's method as refined by Lin, Lin and Weng): a full Newton step can overshoot on logits
    // far from zero and diverge, so the step is shortened until the loss does not grow.
    const before = plattLoss(logits, labels, a, b, high, low);
    let scale = 1;
    while (scale > 1e-6 && plattLoss(logits, labels, a - scale * stepA, b - scale * stepB, high, low) > before + 1e-12) scale /= 2;
    a -= scale * stepA;
    b -= scale * stepB;
    if (Math.abs(scale * stepA) < 1e-9 && Math.abs(scale * stepB) < 1e-9) break;
  }
  return { a: Math.max(a, 1e-3), b };
}

function plattLoss(logits: readonly number[], labels: readonly (0 | 1)[], a: number, b: number, high: number, low: number): number {
  let loss = 0;
  for (let index = 0; index < logits.length; index++) {
    const target = labels[index] === 1 ? high : low;
    const z = a * logits[index]! + b;
    // Cross-entropy in a numerically stable form: log(1 + e^z) - target * z.
    loss += (z > 0 ? z + Math.log1p(Math.exp(-z)) : Math.log1p(Math.exp(z))) - target * z;
  }
  return loss;
}

import { readFileSync } from 'node:fs';
import { sha256Hex } from '../kernel/crypto.ts';
import { RampartError, errorMessage } from '../kernel/errors.ts';
import { isPlainObject } from '../kernel/own.ts';
import { featureVersion } from './text-features.ts';

/** Format tag of the model file; bump when the layout changes. */
export const classifierFormat = 'rampart-injection-classifier/1';

/** A trained hashed-feature logistic regression with Platt calibration. */
export interface ClassifierModel {
  readonly format: typeof classifierFormat;
  /** Feature normalisation and hashing scheme the weights were trained on. */
  readonly features: typeof featureVersion;
  /** log2 of the number of hash buckets. */
  readonly bits: number;
  /** Characters per scored window; longer texts are scored window by window and the maximum is kept. */
  readonly chunkSize: number;
  /** Overlap between windows so an instruction split by a window edge is still seen whole. */
  readonly chunkOverlap: number;
  /** One weight per bucket. */
  readonly weights: Float32Array;
  readonly bias: number;
  /** Platt scaling: probability = sigmoid(a * logit + b), fitted on held-out files. */
  readonly calibration: { readonly a: number; readonly b: number };
  /** Free-form training metadata (seed, data, metrics) for the model card. */
  readonly metadata: Readonly<Record<string, unknown>>;
}

function invalid(message: string, cause?: unknown): RampartError {
  return new RampartError('MODEL_INVALID', `injection classifier: ${message}`, cause === undefined ? {} : { cause });
}

function finiteNumber(record: Record<string, unknown>, key: string): number {
  const value = record[key];
  if (typeof value !== 'number' || !Number.isFinite(value)) throw invalid(`${key} must be a finite number`);
  return value;
}

/** Validates a parsed model document; anything malformed throws MODEL_INVALID. */
export function parseClassifierModel(document: unknown): ClassifierModel {
  if (!isPlainObject(document)) throw invalid('expected a JSON object');
  if (document['format'] !== classifierFormat) throw invalid(`format must be ${classifierFormat}`);
  if (document['features'] !== featureVersion) throw invalid(`features must be ${featureVersion}`);
  const bits = finiteNumber(document, 'bits');
  if (!Number.isInteger(bits) || bits < 8 || bits > 24) throw invalid('bits must be an integer in [8, 24]');
  const chunkSize = finiteNumber(document, 'chunkSize');
  const chunkOverlap = finiteNumber(document, 'chunkOverlap');
  if (!Number.isInteger(chunkSize) || chunkSize < 64 || !Number.isInteger(chunkOverlap) || chunkOverlap < 0 || chunkOverlap >= chunkSize) {
    throw invalid('chunkSize must be an integer >= 64 and chunkOverlap in [0, chunkSize)');
  }
  const bias = finiteNumber(document, 'bias');
  const calibration = document['calibration'];
  if (!isPlainObject(calibration)) throw invalid('calibration must be an object');
  const a = finiteNumber(calibration, 'a');
  const b = finiteNumber(calibration, 'b');
  if (a <= 0) throw invalid('calibration.a must be positive (a higher logit must mean a higher probability)');
  const encoded = document['weights'];
  if (typeof encoded !== 'string') throw invalid('weights must be a base64 string');
  const bytes = Buffer.from(encoded, 'base64');
  if (bytes.length !== 4 << bits) throw invalid(`weights must hold ${1 << bits} float32 values`);
  if (document['weightsSha256'] !== sha256Hex(bytes)) throw invalid('weightsSha256 does not match the weights');
  const weights = new Float32Array(1 << bits);
  new Uint8Array(weights.buffer).set(bytes);
  for (const weight of weights) if (!Number.isFinite(weight)) throw invalid('weights contain a non-finite value');
  const metadata = document['metadata'];
  return {
    format: classifierFormat,
    features: featureVersion,
    bits,
    chunkSize,
    chunkOverlap,
    weights,
    bias,
    calibration: { a, b },
    metadata: isPlainObject(metadata) ? metadata : {},
  };
}

/** Reads and validates a model file; unreadable, unparsable or malformed files throw MODEL_INVALID. */
export function loadClassifierModel(path: string): ClassifierModel {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw invalid(`cannot read ${path}: ${errorMessage(error)}`, error);
  }
  let document: unknown;
  try {
    document = JSON.parse(text);
  } catch (error) {
    throw invalid(`${path} is not JSON: ${errorMessage(error)}`, error);
  }
  return parseClassifierModel(document);
}

/** Serialises a model to its JSON document (weights as little-endian float32 in base64, with a checksum). */
export function serializeClassifierModel(model: ClassifierModel): Record<string, unknown> {
  const bytes = new Uint8Array(model.weights.buffer, model.weights.byteOffset, model.weights.byteLength);
  return {
    format: model.format,
    features: model.features,
    bits: model.bits,
    chunkSize: model.chunkSize,
    chunkOverlap: model.chunkOverlap,
    bias: model.bias,
    calibration: model.calibration,
    metadata: model.metadata,
    weightsSha256: sha256Hex(bytes),
    weights: Buffer.from(bytes).toString('base64'),
  };
}

/** Path of the bundled model, resolved from this file so it works from any working directory. */
export function bundledModelPath(): string {
  return new URL('../../models/injection-classifier.json', import.meta.url).pathname;
}

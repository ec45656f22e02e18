import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { RampartError, errorMessage } from '../kernel/errors.ts';
import { isPlainObject, ownValue } from '../kernel/own.ts';
import { sigmoid } from './classifier.ts';
import { hashFeatures, modelText, toSparseVector } from './text-features.ts';

/** A classifier that scores a text as attack probability in [0, 1]. */
export interface ExternalClassifier {
  score(text: string): Promise<number>;
}

/** The subset of onnxruntime-node this adapter uses. */
export interface OnnxRuntime {
  InferenceSession: { create(path: string): Promise<OnnxSession> };
  Tensor: new (type: 'float32', data: Float32Array, dims: readonly number[]) => unknown;
}

/** The subset of an onnxruntime InferenceSession this adapter uses. */
export interface OnnxSession {
  readonly inputNames: readonly string[];
  readonly outputNames: readonly string[];
  run(feeds: Record<string, unknown>): Promise<Record<string, { data: ArrayLike<number | bigint>; dims: readonly number[] }>>;
}

/**
 * `rampart.json` in the model directory. Only the `hashed` tokenizer is supported in pure TypeScript: the
 * model takes one float32 tensor [1, dimensions] of L2-normalised hashed word and character n-grams.
 */
export interface OnnxModelConfig {
  readonly tokenizer: 'hashed';
  /** log2 of the input width. */
  readonly bits: number;
  /** Include character 3-5-grams. */
  readonly characters: boolean;
  /** Output labels in output order, e.g. ["BENIGN", "INJECTION"]. */
  readonly labels: readonly string[];
  /** Whether the output already holds probabilities (`probabilities`) or logits (`logits`, softmaxed here). */
  readonly output: 'logits' | 'probabilities';
}

/** Options of the ONNX loader. */
export interface OnnxLoadOptions {
  /** Labels that mean attack; their probabilities are summed. */
  readonly attackLabels: readonly string[];
  /** Package to import the runtime from; defaults to the optional peer dependency `onnxruntime-node`. */
  readonly runtimePackage?: string;
}

function configError(message: string, cause?: unknown): RampartError {
  return new RampartError('CONFIG_INVALID', `detection.external_model: ${message}`, cause === undefined ? {} : { cause });
}

/** Reads and validates `<directory>/rampart.json`. */
export function readOnnxModelConfig(directory: string): OnnxModelConfig {
  const path = join(directory, 'rampart.json');
  let document: unknown;
  try {
    document = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw configError(`cannot read ${path}: ${errorMessage(error)}`, error);
  }
  if (!isPlainObject(document)) throw configError(`${path}: expected an object`);
  const { tokenizer, bits, characters, labels, output } = document;
  if (tokenizer !== 'hashed') throw configError(`${path}: tokenizer must be "hashed" (other tokenizers are not supported in pure TypeScript)`);
  if (typeof bits !== 'number' || !Number.isInteger(bits) || bits < 4 || bits > 20) throw configError(`${path}: bits must be an integer in [4, 20]`);
  if (typeof characters !== 'boolean') throw configError(`${path}: characters must be a boolean`);
  if (!Array.isArray(labels) || labels.length < 2 || !labels.every((label) => typeof label === 'string')) throw configError(`${path}: labels must list at least two strings`);
  if (output !== 'logits' && output !== 'probabilities') throw configError(`${path}: output must be "logits" or "probabilities"`);
  return { tokenizer, bits, characters, labels: labels as string[], output };
}

async function importRuntime(name: string): Promise<OnnxRuntime> {
  try {
    const loaded = (await import(name)) as OnnxRuntime & { default?: OnnxRuntime };
    return loaded.default ?? loaded;
  } catch (error) {
    throw configError(`the optional package ${name} is not installed (run: ONNXRUNTIME_NODE_INSTALL=skip npm install ${name}): ${errorMessage(error)}`, error);
  }
}

/** Loads a user-supplied ONNX text classifier from a local directory; never downloads anything. */
export async function loadOnnxClassifier(directory: string, options: OnnxLoadOptions): Promise<ExternalClassifier> {
  const modelPath = join(directory, 'model.onnx');
  if (!existsSync(modelPath)) throw configError(`${modelPath} does not exist`);
  const config = readOnnxModelConfig(directory);
  const attackPositions = config.labels.flatMap((label, index) => (options.attackLabels.includes(label) ? [index] : []));
  if (attackPositions.length === 0) throw configError(`none of the labels ${config.labels.join(', ')} is an attack label (${options.attackLabels.join(', ')})`);
  const runtime = await importRuntime(options.runtimePackage ?? 'onnxruntime-node');
  let session: OnnxSession;
  try {
    session = await runtime.InferenceSession.create(modelPath);
  } catch (error) {
    throw new RampartError('MODEL_INVALID', `detection.external_model: cannot load ${modelPath}: ${errorMessage(error)}`, { cause: error });
  }
  const inputName = session.inputNames[0];
  const outputName = session.outputNames[0];
  if (inputName === undefined || outputName === undefined) throw new RampartError('MODEL_INVALID', `${modelPath}: the model has no input or output`);
  const width = 1 << config.bits;
  return {
    async score(text) {
      const vector = toSparseVector(hashFeatures(modelText(text), { bits: config.bits, characters: config.characters }));
      const dense = new Float32Array(width);
      vector.indices.forEach((index, position) => (dense[index] = vector.values[position]!));
      const outputs = await session.run({ [inputName]: new runtime.Tensor('float32', dense, [1, width]) });
      const output = ownValue(outputs, outputName);
      if (output === undefined || output.data.length !== config.labels.length) {
        throw new RampartError('MODEL_INVALID', `${modelPath}: expected ${config.labels.length} outputs`);
      }
      const values = Array.from(output.data, Number);
      if (!values.every(Number.isFinite)) throw new RampartError('MODEL_INVALID', `${modelPath}: non-finite output`);
      const probabilities = config.output === 'probabilities' ? values : softmax(values);
      return Math.min(1, Math.max(0, attackPositions.reduce((sum, index) => sum + (probabilities[index] ?? 0), 0)));
    },
  };
}

function softmax(values: readonly number[]): number[] {
  if (values.length === 2) {
    const attack = sigmoid(values[1]! - values[0]!);
    return [1 - attack, attack];
  }
  const top = Math.max(...values);
  const exps = values.map((value) => Math.exp(value - top));
  const total = exps.reduce((sum, value) => sum + value, 0);
  return exps.map((value) => value / total);
}

import { existsSync } from 'node:fs';
import { RampartError, errorMessage } from '../kernel/errors.ts';
import { ownValue } from '../kernel/own.ts';
import { sigmoid } from './classifier.ts';
import { tokenWindows } from './hf-token-windows.ts';
import { externalModelError, readOnnxModelConfig, type HashedModelConfig, type HuggingFaceModelConfig } from './onnx-model-directory.ts';
import { hashFeatures, modelText, toSparseVector } from './text-features.ts';

export { readOnnxModelConfig, type HashedModelConfig, type HuggingFaceModelConfig, type OnnxModelConfig } from './onnx-model-directory.ts';

/** A classifier that scores a text as attack probability in [0, 1]. */
export interface ExternalClassifier {
  /** Attack probability of the text; rejects on any inference error (the detector then denies). */
  score(text: string): Promise<number>;
}

/** The subset of onnxruntime-node this adapter uses. */
export interface OnnxRuntime {
  InferenceSession: { create(path: string): Promise<OnnxSession> };
  Tensor: new (type: 'float32' | 'int64', data: Float32Array | BigInt64Array, dims: readonly number[]) => unknown;
}

/** The subset of an onnxruntime InferenceSession this adapter uses. */
export interface OnnxSession {
  readonly inputNames: readonly string[];
  readonly outputNames: readonly string[];
  run(feeds: Record<string, unknown>): Promise<Record<string, { data: ArrayLike<number | bigint>; dims: readonly number[] }>>;
}

/** Options of the ONNX loader. */
export interface OnnxLoadOptions {
  /** Labels that mean attack; their probabilities are summed. rampart.json `attack_labels` wins when present. */
  readonly attackLabels: readonly string[];
  /** Package to import the runtime from; defaults to the optional peer dependency `onnxruntime-node`. */
  readonly runtimePackage?: string;
}

/** Inputs a Hugging Face sequence-classification export may declare; anything else is refused at load time. */
const transformerInputs: ReadonlySet<string> = new Set(['input_ids', 'attention_mask', 'token_type_ids']);

async function importRuntime(name: string): Promise<OnnxRuntime> {
  try {
    const loaded = (await import(name)) as OnnxRuntime & { default?: OnnxRuntime };
    return loaded.default ?? loaded;
  } catch (error) {
    throw externalModelError(`the optional package ${name} is not installed (run: ONNXRUNTIME_NODE_INSTALL=skip npm install ${name}): ${errorMessage(error)}`, error);
  }
}

async function createSession(runtime: OnnxRuntime, modelPath: string): Promise<OnnxSession> {
  try {
    return await runtime.InferenceSession.create(modelPath);
  } catch (error) {
    throw new RampartError('MODEL_INVALID', `detection.external_model: cannot load ${modelPath}: ${errorMessage(error)}`, { cause: error });
  }
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

/** Turns one output tensor into the attack probability; a malformed output throws (the detector then denies). */
function attackProbability(
  output: { data: ArrayLike<number | bigint> } | undefined,
  context: { modelPath: string; labels: readonly string[]; attackPositions: readonly number[]; output: 'logits' | 'probabilities' },
): number {
  if (output === undefined || output.data.length !== context.labels.length) {
    throw new RampartError('MODEL_INVALID', `${context.modelPath}: expected ${context.labels.length} outputs (${context.labels.join(', ')})`);
  }
  const values = Array.from(output.data, Number);
  if (!values.every(Number.isFinite)) throw new RampartError('MODEL_INVALID', `${context.modelPath}: non-finite output`);
  const probabilities = context.output === 'probabilities' ? values : softmax(values);
  return Math.min(1, Math.max(0, context.attackPositions.reduce((sum, index) => sum + (probabilities[index] ?? 0), 0)));
}

function hashedScorer(runtime: OnnxRuntime, session: OnnxSession, config: HashedModelConfig, attackPositions: readonly number[]): ExternalClassifier {
  const inputName = session.inputNames[0];
  const outputName = session.outputNames[0];
  if (inputName === undefined || outputName === undefined) throw new RampartError('MODEL_INVALID', `${config.modelPath}: the model has no input or output`);
  const width = 1 << config.bits;
  return {
    async score(text) {
      const vector = toSparseVector(hashFeatures(modelText(text), { bits: config.bits, characters: config.characters }));
      const dense = new Float32Array(width);
      vector.indices.forEach((index, position) => (dense[index] = vector.values[position]!));
      const outputs = await session.run({ [inputName]: new runtime.Tensor('float32', dense, [1, width]) });
      return attackProbability(ownValue(outputs, outputName), { ...config, attackPositions });
    },
  };
}

function transformerScorer(runtime: OnnxRuntime, session: OnnxSession, config: HuggingFaceModelConfig, attackPositions: readonly number[]): ExternalClassifier {
  const unexpected = session.inputNames.filter((name) => !transformerInputs.has(name));
  if (!session.inputNames.includes('input_ids') || unexpected.length > 0) {
    throw new RampartError('MODEL_INVALID', `detection.external_model: ${config.modelPath}: model inputs [${session.inputNames.join(', ')}] are not a text classifier's (expected input_ids, optionally attention_mask and token_type_ids)`);
  }
  const outputName = session.outputNames.includes('logits') ? 'logits' : session.outputNames[0];
  if (outputName === undefined) throw new RampartError('MODEL_INVALID', `detection.external_model: ${config.modelPath}: the model has no output`);
  const wantsMask = session.inputNames.includes('attention_mask');
  const wantsTypes = session.inputNames.includes('token_type_ids');
  const windowOptions = { maxLength: config.maxLength, stride: config.stride, maxWindows: config.maxWindows };
  return {
    async score(text) {
      let best = 0;
      // Windows run one after another (batch size 1): the strongest window decides, so a payload anywhere counts.
      for (const window of tokenWindows(config.compiled, text, windowOptions)) {
        const dims = [1, window.ids.length];
        const feeds: Record<string, unknown> = { input_ids: new runtime.Tensor('int64', BigInt64Array.from(window.ids, BigInt), dims) };
        if (wantsMask) feeds.attention_mask = new runtime.Tensor('int64', new BigInt64Array(window.ids.length).fill(1n), dims);
        if (wantsTypes) feeds.token_type_ids = new runtime.Tensor('int64', BigInt64Array.from(window.typeIds, BigInt), dims);
        const outputs = await session.run(feeds);
        best = Math.max(best, attackProbability(ownValue(outputs, outputName), { ...config, attackPositions }));
      }
      return best;
    },
  };
}

/**
 * Loads a user-supplied ONNX text classifier from a local directory; never downloads anything. Hugging Face /
 * Optimum exports (model.onnx + tokenizer.json + config.json, WordPiece or Unigram tokenizers) and Rampart's
 * hashed-feature models (rampart.json) are supported; any inference error makes `score` throw.
 */
export async function loadOnnxClassifier(directory: string, options: OnnxLoadOptions): Promise<ExternalClassifier> {
  const config = readOnnxModelConfig(directory);
  if (!existsSync(config.modelPath)) throw externalModelError(`${config.modelPath} does not exist`);
  const attackLabels = config.tokenizer === 'huggingface' ? config.attackLabels ?? options.attackLabels : options.attackLabels;
  const attackPositions = config.labels.flatMap((label, index) => (attackLabels.includes(label) ? [index] : []));
  if (attackPositions.length === 0) throw externalModelError(`none of the labels ${config.labels.join(', ')} is an attack label (${attackLabels.join(', ')})`);
  if (attackPositions.length === config.labels.length) throw externalModelError(`every label (${config.labels.join(', ')}) is an attack label, so every text would score 1`);
  const runtime = await importRuntime(options.runtimePackage ?? 'onnxruntime-node');
  const session = await createSession(runtime, config.modelPath);
  return config.tokenizer === 'hashed' ? hashedScorer(runtime, session, config, attackPositions) : transformerScorer(runtime, session, config, attackPositions);
}

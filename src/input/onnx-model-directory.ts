import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, resolve, sep } from 'node:path';
import { RampartError, errorMessage } from '../kernel/errors.ts';
import { isPlainObject, ownValue } from '../kernel/own.ts';
import { compileHfTokenizer, type HfTokenizer } from './hf-tokenizer.ts';

/** `rampart.json` with `tokenizer: "hashed"`: the model takes one float32 tensor of hashed n-gram features. */
export interface HashedModelConfig {
  /** Discriminant: Rampart's hashed n-gram features. */
  readonly tokenizer: 'hashed';
  /** `<directory>/model.onnx`. */
  readonly modelPath: string;
  /** log2 of the input width. */
  readonly bits: number;
  /** Include character 3-5-grams. */
  readonly characters: boolean;
  /** Output labels in output order, e.g. ["BENIGN", "INJECTION"]. */
  readonly labels: readonly string[];
  /** Whether the output holds probabilities or logits (softmaxed here). */
  readonly output: 'logits' | 'probabilities';
}

/** A Hugging Face / Optimum export: model.onnx, tokenizer.json and config.json (optionally tuned by rampart.json). */
export interface HuggingFaceModelConfig {
  /** Discriminant: a Hugging Face tokenizer.json. */
  readonly tokenizer: 'huggingface';
  /** The ONNX file: model_file, else model.onnx, else onnx/model.onnx. */
  readonly modelPath: string;
  /** The tokenizer.json file. */
  readonly tokenizerPath: string;
  /** The compiled tokenizer.json. */
  readonly compiled: HfTokenizer;
  /** Output labels in output order (config.json `id2label`, or rampart.json `labels`). */
  readonly labels: readonly string[];
  /** rampart.json `attack_labels`, which describe the model and so win over the policy's list. */
  readonly attackLabels: readonly string[] | undefined;
  /** Tokens per model input, special tokens included. */
  readonly maxLength: number;
  /** Tokens shared by consecutive windows of a long text. */
  readonly stride: number;
  /** Windows scored per text: the first `maxWindows - 1` plus the last. */
  readonly maxWindows: number;
  /** Whether the output holds logits (softmaxed here) or probabilities. */
  readonly output: 'logits' | 'probabilities';
}

/** The model directory as read from disk. */
export type OnnxModelConfig = HashedModelConfig | HuggingFaceModelConfig;

const defaultMaxLength = 512;
const defaultStride = 128;
const defaultMaxWindows = 4;
const huggingFaceKeys = new Set(['tokenizer', 'model_file', 'tokenizer_file', 'max_length', 'stride', 'max_windows', 'labels', 'attack_labels', 'output']);

/** A `CONFIG_INVALID` error in the `detection.external_model: <path>: message` form. */
export function externalModelError(message: string, cause?: unknown): RampartError {
  return new RampartError('CONFIG_INVALID', `detection.external_model: ${message}`, cause === undefined ? {} : { cause });
}

function readJson(path: string): unknown {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw externalModelError(`${path}: cannot read: ${errorMessage(error)}`, error);
  }
}

function isStringList(value: unknown, minimum: number): value is string[] {
  return Array.isArray(value) && value.length >= minimum && value.every((item) => typeof item === 'string' && item !== '');
}

function integerIn(document: Record<string, unknown>, key: string, path: string, low: number, high: number): number | undefined {
  const value = ownValue(document, key);
  if (value === undefined) return undefined;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < low || value > high) throw externalModelError(`${path}: ${key} must be an integer in [${low}, ${high}]`);
  return value;
}

/** A file inside the model directory; `..` and absolute paths are refused so the config cannot point elsewhere. */
function insideDirectory(directory: string, file: string, path: string, key: string): string {
  const root = resolve(directory);
  const target = resolve(root, file);
  if (!target.startsWith(root + sep)) throw externalModelError(`${path}: ${key} must name a file inside the model directory`);
  return target;
}

function hashedConfig(directory: string, document: Record<string, unknown>, path: string): HashedModelConfig {
  const { bits, characters, labels, output } = document;
  if (typeof bits !== 'number' || !Number.isInteger(bits) || bits < 4 || bits > 20) throw externalModelError(`${path}: bits must be an integer in [4, 20]`);
  if (typeof characters !== 'boolean') throw externalModelError(`${path}: characters must be a boolean`);
  if (!isStringList(labels, 2)) throw externalModelError(`${path}: labels must list at least two strings`);
  if (output !== 'logits' && output !== 'probabilities') throw externalModelError(`${path}: output must be "logits" or "probabilities"`);
  return { tokenizer: 'hashed', modelPath: join(directory, 'model.onnx'), bits, characters, labels, output };
}

/** Labels from config.json `id2label`: keys must be exactly 0..n-1. */
function labelsFromConfig(path: string): string[] {
  const config = readJson(path);
  const mapping = isPlainObject(config) ? ownValue(config, 'id2label') : undefined;
  if (!isPlainObject(mapping)) throw externalModelError(`${path}: id2label must be an object such as {"0": "SAFE", "1": "INJECTION"}`);
  const entries = Object.entries(mapping);
  const labels = entries.map((_, index) => ownValue(mapping, String(index)));
  if (entries.length < 2 || !isStringList(labels, 2)) throw externalModelError(`${path}: id2label must map 0..n-1 (n >= 2) to label names`);
  return labels;
}

function positionLimit(configPath: string): number | undefined {
  if (!existsSync(configPath)) return undefined;
  const config = readJson(configPath);
  const value = isPlainObject(config) ? ownValue(config, 'max_position_embeddings') : undefined;
  return typeof value === 'number' && Number.isInteger(value) && value > 0 ? value : undefined;
}

function tokenizerConfigLimit(directory: string): number | undefined {
  const path = join(directory, 'tokenizer_config.json');
  if (!existsSync(path)) return undefined;
  const config = readJson(path);
  const value = isPlainObject(config) ? ownValue(config, 'model_max_length') : undefined;
  // Files without a real limit store a huge sentinel (int(1e30)); only plausible values count.
  return typeof value === 'number' && Number.isInteger(value) && value > 0 && value <= 65_536 ? value : undefined;
}

function huggingFaceConfig(directory: string, document: Record<string, unknown>, path: string): HuggingFaceModelConfig {
  for (const key of Object.keys(document)) {
    if (!huggingFaceKeys.has(key)) throw externalModelError(`${path}: unknown field "${key}" (allowed: ${[...huggingFaceKeys].join(', ')})`);
  }
  const text = (key: string): string | undefined => {
    const value = ownValue(document, key);
    if (value !== undefined && (typeof value !== 'string' || value === '')) throw externalModelError(`${path}: ${key} must be a non-empty string`);
    return value as string | undefined;
  };
  const modelFile = text('model_file');
  let modelPath: string;
  if (modelFile !== undefined) modelPath = insideDirectory(directory, modelFile, path, 'model_file');
  else modelPath = [join(directory, 'model.onnx'), join(directory, 'onnx', 'model.onnx')].find((candidate) => existsSync(candidate)) ?? join(directory, 'model.onnx');
  if (!existsSync(modelPath)) throw externalModelError(`${modelPath} does not exist (looked for model.onnx and onnx/model.onnx; set model_file in rampart.json for e.g. onnx/model_quantized.onnx)`);
  const tokenizerPath = insideDirectory(directory, text('tokenizer_file') ?? 'tokenizer.json', path, 'tokenizer_file');
  if (!existsSync(tokenizerPath)) throw externalModelError(`${tokenizerPath} does not exist (copy tokenizer.json from the model repository)`);
  let compiled: HfTokenizer;
  try {
    compiled = compileHfTokenizer(readJson(tokenizerPath));
  } catch (error) {
    throw externalModelError(`${tokenizerPath}: ${errorMessage(error)}`, error);
  }
  const configPath = join(directory, 'config.json');
  const labels = ownValue(document, 'labels');
  if (labels !== undefined && !isStringList(labels, 2)) throw externalModelError(`${path}: labels must list at least two strings`);
  if (labels === undefined && !existsSync(configPath)) throw externalModelError(`${configPath} does not exist (it holds id2label; or list labels in rampart.json)`);
  const attackLabels = ownValue(document, 'attack_labels');
  if (attackLabels !== undefined && !isStringList(attackLabels, 1)) throw externalModelError(`${path}: attack_labels must list at least one string`);
  const declaredOutput = ownValue(document, 'output');
  const output = declaredOutput === undefined ? 'logits' : declaredOutput;
  if (output !== 'logits' && output !== 'probabilities') throw externalModelError(`${path}: output must be "logits" or "probabilities"`);
  const requested = integerIn(document, 'max_length', path, 8, 65_536) ?? compiled.maxLength ?? tokenizerConfigLimit(directory) ?? defaultMaxLength;
  const limit = positionLimit(configPath);
  return {
    tokenizer: 'huggingface',
    modelPath,
    tokenizerPath,
    compiled,
    labels: labels ?? labelsFromConfig(configPath),
    attackLabels,
    maxLength: limit === undefined ? requested : Math.min(requested, limit),
    stride: integerIn(document, 'stride', path, 0, 65_536) ?? defaultStride,
    maxWindows: integerIn(document, 'max_windows', path, 2, 256) ?? defaultMaxWindows,
    output,
  };
}

/**
 * Reads a model directory. `rampart.json` picks the mode when present (`"hashed"` or `"huggingface"`);
 * otherwise a `tokenizer.json` marks a Hugging Face / Optimum export. Every problem is a `CONFIG_INVALID`
 * error naming the file.
 */
export function readOnnxModelConfig(directory: string): OnnxModelConfig {
  if (!existsSync(directory) || !statSync(directory).isDirectory()) {
    throw externalModelError(`${directory} is not a directory (expected model.onnx with tokenizer.json + config.json, or rampart.json)`);
  }
  const rampartPath = join(directory, 'rampart.json');
  if (!existsSync(rampartPath)) {
    if (existsSync(join(directory, 'tokenizer.json'))) return huggingFaceConfig(directory, {}, rampartPath);
    throw externalModelError(`${directory}: found neither tokenizer.json (Hugging Face export) nor rampart.json next to model.onnx`);
  }
  const document = readJson(rampartPath);
  if (!isPlainObject(document)) throw externalModelError(`${rampartPath}: expected an object`);
  const tokenizer = document.tokenizer;
  if (tokenizer === 'hashed') return hashedConfig(directory, document, rampartPath);
  if (tokenizer === 'huggingface') return huggingFaceConfig(directory, document, rampartPath);
  throw externalModelError(`${rampartPath}: tokenizer must be "hashed" or "huggingface" (a tokenizer.json file with a WordPiece or Unigram model)`);
}

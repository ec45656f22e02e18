import { RampartError } from '../kernel/errors.ts';
import { isPlainObject, ownValue } from '../kernel/own.ts';

/** A JSON object read from a Hugging Face file, with the dotted path it came from (for error messages). */
export interface JsonNode {
  readonly path: string;
  readonly value: Record<string, unknown>;
}

/** A configuration error located at a path inside a tokenizer or model file. */
export function jsonError(path: string, message: string): RampartError {
  const location = path.startsWith('.') ? path.slice(1) : path;
  return new RampartError('CONFIG_INVALID', `${location === '' ? '(root)' : location}: ${message}`);
}

/** Wraps a value that must be a JSON object. */
export function asNode(value: unknown, path: string): JsonNode {
  if (!isPlainObject(value)) throw jsonError(path, 'expected an object');
  return { path, value };
}

/** Own property of a node (never inherited, so keys such as `__proto__` are plain data). */
export function field(node: JsonNode, key: string): unknown {
  return ownValue(node.value, key);
}

/** A child object, or undefined when absent or null. */
export function optionalNode(node: JsonNode, key: string): JsonNode | undefined {
  const value = field(node, key);
  return value === undefined || value === null ? undefined : asNode(value, `${node.path}.${key}`);
}

/** A required string field. */
export function stringField(node: JsonNode, key: string): string {
  const value = field(node, key);
  if (typeof value !== 'string') throw jsonError(`${node.path}.${key}`, 'expected a string');
  return value;
}

/** An optional string field. */
export function optionalString(node: JsonNode, key: string): string | undefined {
  const value = field(node, key);
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string') throw jsonError(`${node.path}.${key}`, 'expected a string');
  return value;
}

/** An optional boolean field (null counts as absent, as in tokenizer.json). */
export function optionalBoolean(node: JsonNode, key: string): boolean | undefined {
  const value = field(node, key);
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'boolean') throw jsonError(`${node.path}.${key}`, 'expected a boolean');
  return value;
}

/** An optional non-negative integer field. */
export function optionalInteger(node: JsonNode, key: string): number | undefined {
  const value = field(node, key);
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 0) throw jsonError(`${node.path}.${key}`, 'expected a non-negative integer');
  return value;
}

/** A required array field. */
export function arrayField(node: JsonNode, key: string): readonly unknown[] {
  const value = field(node, key);
  if (!Array.isArray(value)) throw jsonError(`${node.path}.${key}`, 'expected an array');
  return value;
}

/** A token id: a non-negative safe integer. */
export function tokenId(value: unknown, path: string): number {
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 0) throw jsonError(path, 'expected a token id (non-negative integer)');
  return value;
}

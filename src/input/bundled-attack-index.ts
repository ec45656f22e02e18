import { readFileSync } from 'node:fs';
import { RampartError, errorMessage } from '../kernel/errors.ts';
import { createAttackIndex, loadAttackIndexDocument, type AttackIndex } from './attack-index.ts';

/** Path of the committed seed index, resolved from this file so it works from any working directory. */
export function bundledAttackIndexPath(): string {
  return new URL('../../data/attack-index.json', import.meta.url).pathname;
}

/** Loads an index file into a fresh, extendable index; unreadable or malformed files throw MODEL_INVALID. */
export function loadAttackIndexFile(path: string): AttackIndex {
  let document: unknown;
  try {
    document = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new RampartError('MODEL_INVALID', `attack index: cannot load ${path}: ${errorMessage(error)}`, { cause: error });
  }
  return loadAttackIndexDocument(document, createAttackIndex());
}

/** Loads the committed seed index (a new instance on every call: callers may extend it). */
export function loadBundledAttackIndex(): AttackIndex {
  return loadAttackIndexFile(bundledAttackIndexPath());
}

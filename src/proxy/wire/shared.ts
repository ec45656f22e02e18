import type { z } from 'zod';
import { RampartError } from '../../kernel/errors.ts';
import { isPlainObject } from '../../kernel/own.ts';

/** Throws the error the proxy reports when an upstream answer does not have the documented shape. */
export function malformed(what: string): never {
  throw new RampartError('UPSTREAM_FAILED', `upstream sent a malformed ${what}`);
}

/** Parses upstream JSON text; malformed text is an upstream failure, never passed through. */
export function parseUpstreamJson(text: string, what: string): Record<string, unknown> {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return malformed(what);
  }
  if (!isPlainObject(value)) return malformed(what);
  return value;
}

/** The first validation problem as `path: message`. */
export function describeIssue(error: z.ZodError): string {
  const issue = error.issues[0];
  if (issue === undefined) return 'invalid request';
  const path = issue.path.map(String).join('.');
  return path === '' ? issue.message : `${path}: ${issue.message}`;
}

/** A string field of an upstream object, or a malformed-response error. */
export function stringField(record: Record<string, unknown>, key: string, what: string): string {
  const value = record[key];
  return typeof value === 'string' ? value : malformed(what);
}

/** A non-negative integer field, or 0 when absent. */
export function countField(record: unknown, key: string): number {
  if (!isPlainObject(record)) return 0;
  const value = record[key];
  return typeof value === 'number' && Number.isFinite(value) && value >= 0 ? value : 0;
}

/** Text of a content value that is a string or an array of `{ type, text }` parts. */
export function contentText(content: unknown): string {
  if (typeof content === 'string') return content;
  if (!Array.isArray(content)) return '';
  return content.map((part: unknown) => (isPlainObject(part) && typeof part['text'] === 'string' ? part['text'] : '')).join('');
}

/**
 * Input slots for a content value: a string is one slot; each text part of an array is one slot.
 * `assign` writes a new string content back to the owner.
 */
export function contentSlots(
  content: unknown,
  assign: (text: string) => void,
  textTypes: ReadonlySet<string>,
): { text: string; replace: (text: string) => void }[] {
  if (typeof content === 'string') return [{ text: content, replace: assign }];
  if (!Array.isArray(content)) return [];
  const slots: { text: string; replace: (text: string) => void }[] = [];
  for (const part of content as unknown[]) {
    if (!isPlainObject(part) || typeof part['text'] !== 'string' || !textTypes.has(String(part['type']))) continue;
    slots.push({ text: part['text'], replace: (text) => { part['text'] = text; } });
  }
  return slots;
}

/** Seconds since the epoch, as OpenAI timestamps are written. */
export function unixSeconds(): number {
  return Math.floor(Date.now() / 1000);
}

/** Splits text into pieces of at most `size` characters; absent size or empty text gives one piece. */
export function splitText(text: string, size: number | undefined): string[] {
  if (size === undefined || size <= 0 || text.length <= size) return [text];
  const pieces: string[] = [];
  for (let start = 0; start < text.length; start += size) pieces.push(text.slice(start, start + size));
  return pieces;
}

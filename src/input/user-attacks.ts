import { appendFileSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { sha256Hex } from '../kernel/crypto.ts';
import { RampartError } from '../kernel/errors.ts';
import { isPlainObject } from '../kernel/own.ts';
import type { Finding, Verdict } from '../kernel/verdict.ts';

/** One user-added known attack, as stored in `<data dir>/attacks.jsonl`. */
export interface UserAttack {
  /** `user:` plus the first 16 hex digits of the text's SHA-256. */
  readonly id: string;
  readonly text: string;
  /** ISO time it was added. */
  readonly addedAt: string;
  /** Where it came from: `cli`, `file:<name>`, `audit:<seq>`. */
  readonly origin: string;
}

/** The data directory: an explicit value, else RAMPART_DATA_DIR, else ./.rampart under `cwd`. */
export function resolveDataDirectory(explicit: string | undefined, env: NodeJS.ProcessEnv, cwd: string): string {
  return resolve(cwd, explicit ?? env['RAMPART_DATA_DIR'] ?? '.rampart');
}

/** Path of the user attack file in a data directory. */
export function userAttacksPath(dataDirectory: string): string {
  return join(dataDirectory, 'attacks.jsonl');
}

/** Reads user attacks; a missing file is empty, a malformed line throws CONFIG_INVALID naming the line. */
export function readUserAttacks(path: string): UserAttack[] {
  if (!existsSync(path)) return [];
  const attacks: UserAttack[] = [];
  readFileSync(path, 'utf8').split('\n').forEach((line, index) => {
    if (line.trim() === '') return;
    let row: unknown;
    try {
      row = JSON.parse(line);
    } catch {
      throw new RampartError('CONFIG_INVALID', `${path}:${index + 1}: not JSON`);
    }
    if (!isPlainObject(row) || typeof row['id'] !== 'string' || typeof row['text'] !== 'string') {
      throw new RampartError('CONFIG_INVALID', `${path}:${index + 1}: expected {"id": string, "text": string}`);
    }
    attacks.push({ id: row['id'], text: row['text'], addedAt: String(row['addedAt'] ?? ''), origin: String(row['origin'] ?? '') });
  });
  return attacks;
}

/** Appends one attack (skipping exact duplicates) and returns its record. */
export function appendUserAttack(path: string, text: string, origin: string, now: Date): { attack: UserAttack; added: boolean } {
  return appendUserAttacks(path, [{ text, origin }], now)[0]!;
}

/**
 * Appends several attacks reading the file once; exact duplicates (in the file or earlier in `items`)
 * are not added. `write: false` computes the same outcome without touching the file (dry runs).
 */
export function appendUserAttacks(path: string, items: readonly { text: string; origin: string }[], now: Date, options: { write?: boolean } = {}): { attack: UserAttack; added: boolean }[] {
  const known = new Set(readUserAttacks(path).map((attack) => attack.id));
  const results: { attack: UserAttack; added: boolean }[] = [];
  let lines = '';
  for (const { text, origin } of items) {
    const attack: UserAttack = { id: `user:${sha256Hex(text).slice(0, 16)}`, text, addedAt: now.toISOString(), origin };
    const added = !known.has(attack.id);
    known.add(attack.id);
    if (added) lines += `${JSON.stringify(attack)}\n`;
    results.push({ attack, added });
  }
  if (lines !== '' && options.write !== false) {
    mkdirSync(dirname(path), { recursive: true });
    appendFileSync(path, lines, { mode: 0o600 });
  }
  return results;
}

/** Most characters of one attack learned from the audit log, and of the denied input text the audit keeps by default. */
export const learnedAttackMaxChars = 4000;

/** How far an excerpt edge moves to avoid cutting a word in half. */
const wordSnapChars = 40;

/**
 * The [start, end) part of `text` worth keeping as a known attack: the whole text when it fits in
 * `limit` characters, else `limit` characters around the finding spans (the first span when they do
 * not fit together; the start of the text when there are none), with edges moved off split words and
 * surrogate pairs. A long document around an injection would otherwise teach the index benign windows.
 */
export function attackExcerptSpan(text: string, spans: readonly (readonly [number, number])[], limit = learnedAttackMaxChars): [number, number] {
  if (text.length <= limit) return [0, text.length];
  const valid = spans.filter(([start, end]) => start >= 0 && end <= text.length && start < end);
  const narrow = valid.filter(([start, end]) => end - start <= limit);
  const chosen = narrow.length > 0 ? narrow : valid;
  let [focusStart, focusEnd] = chosen.length === 0 ? [0, 0] : [Math.min(...chosen.map(([start]) => start)), Math.max(...chosen.map(([, end]) => end))];
  if (focusEnd - focusStart > limit) {
    const first = chosen.reduce((best, span) => (span[0] < best[0] ? span : best));
    [focusStart, focusEnd] = [first[0], Math.min(first[1], first[0] + limit)];
  }
  const slack = limit - (focusEnd - focusStart);
  let start = Math.max(0, focusStart - Math.floor(slack / 2));
  let end = Math.min(text.length, start + limit);
  start = Math.max(0, end - limit);
  start = snapStart(text, start, focusStart);
  end = snapEnd(text, end, focusEnd);
  return [start, end];
}

function isSpace(text: string, index: number): boolean {
  return /\s/u.test(text[index] ?? ' ');
}

function snapStart(text: string, start: number, focusStart: number): number {
  if (start > 0 && !isSpace(text, start - 1) && !isSpace(text, start)) {
    for (let index = start; index < Math.min(focusStart, start + wordSnapChars); index++) if (isSpace(text, index)) return index + 1;
  }
  const code = text.charCodeAt(start);
  return code >= 0xdc00 && code <= 0xdfff && start < focusStart ? start + 1 : start;
}

function snapEnd(text: string, end: number, focusEnd: number): number {
  if (end < text.length && !isSpace(text, end - 1) && !isSpace(text, end)) {
    for (let index = end - 1; index > Math.max(focusEnd, end - wordSnapChars); index--) if (isSpace(text, index)) return index;
  }
  const code = text.charCodeAt(end - 1);
  return code >= 0xd800 && code <= 0xdbff && end - 1 >= focusEnd ? end - 1 : end;
}

/** The audit settings that decide how much input text an `input-inspected` event stores. */
export interface InputCaptureSettings {
  readonly capture_raw: boolean;
  readonly capture_blocked_input?: boolean | undefined;
}

/**
 * What an `input-inspected` audit event stores about the text: all of it under `capture_raw`; for
 * input the detector denied (not a fail-closed `firewall.*` deny), unless `capture_blocked_input` is
 * false, the excerpt `attackExcerptSpan` picks (`text`, with `textStart` when it does not start at 0).
 * `excerpt` gives the learnable [start, end) whenever it is not the whole text, so
 * `rampart attacks add --from-audit` can cut a raw capture the same way.
 */
export function capturedInputText(text: string, verdict: Verdict, findings: readonly Finding[], audit: InputCaptureSettings): { text?: string; textStart?: number; excerpt?: [number, number] } {
  const learnable = verdict.action === 'deny' && !verdict.ruleId.startsWith('firewall.');
  if (!audit.capture_raw && !(learnable && audit.capture_blocked_input !== false)) return {};
  if (!learnable) return { text };
  const [start, end] = attackExcerptSpan(text, findings.flatMap((finding) => (finding.span === undefined ? [] : [finding.span])));
  const whole = start === 0 && end === text.length;
  if (audit.capture_raw) return whole ? { text } : { text, excerpt: [start, end] };
  return whole ? { text } : { text: text.slice(start, end), ...(start === 0 ? {} : { textStart: start }), excerpt: [start, end] };
}

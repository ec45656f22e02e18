import { appendFileSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { sha256Hex } from '../kernel/crypto.ts';
import { RampartError } from '../kernel/errors.ts';
import { isPlainObject } from '../kernel/own.ts';

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
  const id = `user:${sha256Hex(text).slice(0, 16)}`;
  const attack: UserAttack = { id, text, addedAt: now.toISOString(), origin };
  if (readUserAttacks(path).some((existing) => existing.id === id)) return { attack, added: false };
  mkdirSync(dirname(path), { recursive: true });
  appendFileSync(path, `${JSON.stringify(attack)}\n`, { mode: 0o600 });
  return { attack, added: true };
}

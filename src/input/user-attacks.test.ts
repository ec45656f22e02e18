import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { appendUserAttack, readUserAttacks, resolveDataDirectory } from './user-attacks.ts';

describe('user attacks file', () => {
  it('resolves the data directory: explicit > RAMPART_DATA_DIR > ./.rampart', () => {
    expect(resolveDataDirectory('x', { RAMPART_DATA_DIR: '/env' }, '/cwd')).toBe('/cwd/x');
    expect(resolveDataDirectory(undefined, { RAMPART_DATA_DIR: '/env' }, '/cwd')).toBe('/env');
    expect(resolveDataDirectory(undefined, {}, '/cwd')).toBe('/cwd/.rampart');
  });

  it('appends, de-duplicates and reads back', () => {
    const path = join(mkdtempSync(join(tmpdir(), 'rampart-attacks-')), 'nested', 'attacks.jsonl');
    expect(readUserAttacks(path)).toEqual([]);
    expect(appendUserAttack(path, 'one two three four', 'cli', new Date(0)).added).toBe(true);
    expect(appendUserAttack(path, 'one two three four', 'cli', new Date(0)).added).toBe(false);
    expect(readUserAttacks(path).map((attack) => attack.text)).toEqual(['one two three four']);
  });

  it('rejects a malformed line with CONFIG_INVALID naming the line', () => {
    const path = join(mkdtempSync(join(tmpdir(), 'rampart-attacks-')), 'attacks.jsonl');
    writeFileSync(path, '{"id":"a","text":"fine text here"}\n{"id": 3}\n');
    expect(() => readUserAttacks(path)).toThrow(/attacks\.jsonl:2/);
  });
});

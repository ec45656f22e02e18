import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { appendUserAttack, appendUserAttacks, attackExcerptSpan, readUserAttacks, resolveDataDirectory } from './user-attacks.ts';

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

describe('appendUserAttacks', () => {
  it('reads once, skips duplicates within the batch and writes nothing with write: false', () => {
    const path = join(mkdtempSync(join(tmpdir(), 'rampart-attacks-')), 'attacks.jsonl');
    const items = [{ text: 'alpha beta gamma', origin: 'audit:3' }, { text: 'alpha beta gamma', origin: 'audit:4' }, { text: 'delta epsilon zeta', origin: 'audit:5' }];
    expect(appendUserAttacks(path, items, new Date(0), { write: false }).map((result) => result.added)).toEqual([true, false, true]);
    expect(existsSync(path)).toBe(false);
    expect(appendUserAttacks(path, items, new Date(0)).map((result) => result.added)).toEqual([true, false, true]);
    expect(readUserAttacks(path).map((attack) => attack.origin)).toEqual(['audit:3', 'audit:5']);
    expect(appendUserAttacks(path, items.slice(2), new Date(0))[0]!.added).toBe(false);
  });
});

describe('attackExcerptSpan', () => {
  const words = fc.array(fc.constantFrom('word', 'x', 'longerword', '\u{1F600}', 'é', ' ', '  ', '\n'), { maxLength: 400 }).map((parts) => parts.join(' '));

  it('is the whole text when it fits', () => {
    expect(attackExcerptSpan('short text', [[0, 5]])).toEqual([0, 10]);
  });

  it('stays inside the text and the limit, keeps a span that fits, and never splits a surrogate pair', () => {
    fc.assert(fc.property(words, fc.integer({ min: 20, max: 300 }), fc.nat(), fc.nat(), (text, limit, a, b) => {
      const start = text.length === 0 ? 0 : a % text.length;
      const end = Math.min(text.length, start + 1 + (b % 15));
      const [from, to] = attackExcerptSpan(text, [[start, end]], limit);
      expect(from).toBeGreaterThanOrEqual(0);
      expect(to).toBeLessThanOrEqual(text.length);
      expect(to - from).toBeLessThanOrEqual(limit);
      if (text.length > limit) {
        expect(from).toBeLessThanOrEqual(start);
        expect(to).toBeGreaterThanOrEqual(end);
        const first = text.charCodeAt(from);
        const last = text.charCodeAt(to - 1);
        if (from < start) expect(first >= 0xdc00 && first <= 0xdfff).toBe(false);
        if (to > end) expect(last >= 0xd800 && last <= 0xdbff).toBe(false);
      }
    }), { numRuns: 300 });
  });

  it('centres on the findings, starts at the first one when they do not fit together, and starts at 0 without any', () => {
    const text = 'a '.repeat(5000);
    const [from, to] = attackExcerptSpan(text, [[5000, 5010]], 1000);
    expect(from).toBeGreaterThan(4400);
    expect(to).toBeLessThan(5600);
    expect(attackExcerptSpan(text, [[100, 110], [9000, 9010]], 1000)[0]).toBeLessThanOrEqual(100);
    expect(attackExcerptSpan(text, [], 1000)).toEqual([0, 1000]);
    expect(attackExcerptSpan(text, [[0, 10_000]], 1000)).toEqual([0, 1000]);
  });
});

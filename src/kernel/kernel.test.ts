import { describe, expect, it } from 'vitest';
import { secretsEqual, hashJson } from './crypto.ts';
import { isPlainObject, ownValue } from './own.ts';
import { allow, ask, deny, redact, stricter, verdictRuleIds } from './verdict.ts';

describe('verdicts', () => {
  it('orders deny > ask > redact > allow', () => {
    const verdicts = [allow(), redact('r', 'x', [[0, 1]]), ask('a', 'why'), deny('d', 'no')];
    for (const [index, a] of verdicts.entries()) {
      for (const [other, b] of verdicts.entries()) {
        expect(stricter(a, b)).toBe(other > index ? b : a);
      }
    }
  });

  it('names the rule ids a verdict carries', () => {
    expect(verdictRuleIds(deny('gate.unknown-tool', 'no'))).toEqual(['gate.unknown-tool']);
    expect(verdictRuleIds(allow({ findings: [{ ruleId: 'x', layer: 'input', severity: 'low' }] }))).toEqual(['x']);
  });
});

describe('own-property lookups', () => {
  it('never resolves inherited names', () => {
    const table: Record<string, number> = { read: 1 };
    for (const name of ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf']) {
      expect(ownValue(table, name)).toBeUndefined();
    }
    expect(ownValue(table, 'read')).toBe(1);
    expect(ownValue(undefined, 'read')).toBeUndefined();
  });

  it('recognises plain objects only', () => {
    expect(isPlainObject({})).toBe(true);
    expect(isPlainObject(Object.create(null))).toBe(true);
    expect(isPlainObject([])).toBe(false);
    expect(isPlainObject(null)).toBe(false);
    expect(isPlainObject(new Date())).toBe(false);
  });
});

describe('crypto helpers', () => {
  it('compares secrets exactly', () => {
    expect(secretsEqual('abc', 'abc')).toBe(true);
    expect(secretsEqual('abc', 'abd')).toBe(false);
    expect(secretsEqual('abc', 'abcd')).toBe(false);
    expect(secretsEqual(new Uint8Array([1, 2]), new Uint8Array([1, 2]))).toBe(true);
  });

  it('hashes JSON independently of key order', () => {
    expect(hashJson({ a: 1, b: [1, 2] })).toBe(hashJson({ b: [1, 2], a: 1 }));
    expect(hashJson({ a: 1 })).not.toBe(hashJson({ a: 2 }));
  });
});

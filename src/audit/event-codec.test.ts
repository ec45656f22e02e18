import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { auditEventTypes } from '../kernel/audit-event.ts';
import { canonicalJson } from '../kernel/canonical-json.ts';
import { bodyLinks, chainEvent, encodeData, encodeEventBody, genesisHash, rowToEvent, rowToLine, sha256, type UnchainedEvent } from './event-codec.ts';

const jsonData = fc.dictionary(fc.string(), fc.jsonValue({ maxDepth: 3 })).map((value) => JSON.parse(JSON.stringify(value)) as Record<string, unknown>);
const nullableId = fc.option(fc.string({ unit: 'grapheme' }), { nil: null });
const unchained: fc.Arbitrary<UnchainedEvent> = fc.record({
  v: fc.constant(1),
  ts: fc.date({ noInvalidDate: true, min: new Date(0), max: new Date(4e12) }).map((date) => date.toISOString()),
  type: fc.constantFrom(...auditEventTypes),
  sessionId: nullableId,
  traceId: nullableId,
  agentId: nullableId,
  decision: fc.constantFrom('allow', 'deny', 'ask', 'redact', 'info' as const),
  ruleIds: fc.array(fc.string()),
  reasons: fc.array(fc.string({ unit: 'binary' })),
  dataJson: jsonData.map((data) => encodeData(data)),
});

describe('event codec', () => {
  it('builds exactly the RFC 8785 form of the event without hash', () => {
    fc.assert(fc.property(unchained, fc.integer({ min: 1, max: 2 ** 40 }), fc.string({ unit: fc.constantFrom(...'0123456789abcdef'), minLength: 64, maxLength: 64 }), (event, seq, prevHash) => {
      const { dataJson, ...rest } = event;
      const expected = canonicalJson({ ...rest, data: JSON.parse(dataJson) as unknown, seq, prevHash });
      expect(encodeEventBody(event, seq, prevHash)).toBe(expected);
    }));
  });

  it('reads the top-level seq and prevHash even when data holds look-alike keys', () => {
    fc.assert(fc.property(unchained, fc.integer({ min: 1, max: 2 ** 40 }), (event, seq) => {
      const decoy = { ...event, dataJson: encodeData({ prevHash: 'f'.repeat(64), seq: 999, nested: { ',"seq":': 1 } }) };
      const row = chainEvent(decoy, seq, genesisHash);
      expect(bodyLinks(row.body)).toEqual({ prevHash: genesisHash, seq });
    }));
  });

  it('splices hash into the line so the line is the canonical full event', () => {
    fc.assert(fc.property(unchained, fc.integer({ min: 1, max: 1e6 }), (event, seq) => {
      const row = chainEvent(event, seq, genesisHash);
      const line = rowToLine(row);
      expect(line).toBe(canonicalJson(JSON.parse(line)));
      expect(rowToEvent(row)).toEqual(JSON.parse(line));
      expect(row.hash).toBe(sha256(row.body));
    }));
  });

  it('rejects data JSON cannot carry', () => {
    expect(() => encodeData({ score: Number.NaN })).toThrow(/non-finite/);
    expect(() => encodeData({ id: 1n })).toThrow(/bigint/);
  });

  it('returns undefined for bodies that are not audit events', () => {
    expect(bodyLinks('{}')).toBeUndefined();
    expect(bodyLinks('{"prevHash":"short","seq":1}')).toBeUndefined();
  });
});

import { generateKeyPairSync } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalJson } from '../kernel/canonical-json.ts';
import type { AuditRow } from '../kernel/stores.ts';
import { chainEvent, encodeData, sha256 } from './event-codec.ts';
import { buildMemoryLog } from './test-helpers.ts';
import { verifyAudit } from './verify-audit.ts';

type Log = Awaited<ReturnType<typeof buildMemoryLog>>;
const checkpointEvery = 4;
const eventFields = ['v', 'ts', 'type', 'sessionId', 'traceId', 'agentId', 'decision', 'ruleIds', 'reasons', 'data', 'prevHash', 'seq'] as const;

/** A value of the same field that differs from `current`. */
function differentValue(field: (typeof eventFields)[number], current: unknown): unknown {
  switch (field) {
    case 'v': case 'seq': return (current as number) + 1;
    case 'type': return current === 'policy-loaded' ? 'egress-blocked' : 'policy-loaded';
    case 'decision': return current === 'allow' ? 'deny' : 'allow';
    case 'ruleIds': case 'reasons': return [...(current as string[]), 'x'];
    case 'data': return { ...(current as object), tampered: true };
    case 'prevHash': return sha256(String(current));
    case 'ts': return '2030-01-01T00:00:00.000Z';
    case 'sessionId': case 'traceId': case 'agentId': return current === null ? 'forged' : null;
  }
}

function editBody(row: AuditRow, field: (typeof eventFields)[number]): string {
  const event = JSON.parse(row.body) as Record<string, unknown>;
  event[field] = differentValue(field, event[field]);
  return canonicalJson(event);
}

const logSize = fc.integer({ min: 6, max: 30 });

async function failureIndex(log: Log): Promise<number | 'ok'> {
  const result = await verifyAudit(log.store, log.publicKey, { pageSize: 5 });
  return result.ok ? 'ok' : result.index;
}

describe('verifyAudit', () => {
  it('accepts an untouched log and reports its head and last checkpoint', async () => {
    const log = await buildMemoryLog(25, checkpointEvery);
    const result = await verifyAudit(log.store, log.publicKey, { pageSize: 7 });
    expect(result).toEqual({ ok: true, count: log.store.rows.length, head: log.store.rows.at(-1)!.hash, lastCheckpoint: log.store.rows.length - 1, signaturesChecked: true });
  });

  it('any single edit of any field fails at that event', async () => {
    await fc.assert(fc.asyncProperty(logSize, fc.nat(), fc.constantFrom(...eventFields, 'hash' as const), async (size, pick, field) => {
      const log = await buildMemoryLog(size, checkpointEvery);
      const index = pick % log.store.rows.length;
      const row = log.store.rows[index]!;
      log.store.rows[index] = field === 'hash' ? { ...row, hash: sha256(row.hash) } : { ...row, body: editBody(row, field) };
      expect(await failureIndex(log)).toBe(row.seq);
    }), { numRuns: 150 });
  });

  it('an edit with a recomputed hash fails at the next event, or at the event itself when it is signed', async () => {
    await fc.assert(fc.asyncProperty(logSize, fc.nat(), fc.constantFrom('data', 'reasons', 'decision', 'ts'), async (size, pick, field) => {
      const log = await buildMemoryLog(size, checkpointEvery);
      const rows = log.store.rows;
      const index = pick % (rows.length - 1);
      const row = rows[index]!;
      const body = editBody(row, field);
      rows[index] = { seq: row.seq, body, hash: sha256(body) };
      const signed = log.store.checkpointRows.some((checkpoint) => checkpoint.seq === row.seq);
      expect(await failureIndex(log)).toBe(signed ? row.seq : row.seq + 1);
    }), { numRuns: 100 });
  });

  it('deleting any event fails at its seq', async () => {
    await fc.assert(fc.asyncProperty(logSize, fc.nat(), async (size, pick) => {
      const log = await buildMemoryLog(size, checkpointEvery);
      const index = pick % log.store.rows.length;
      const [removed] = log.store.rows.splice(index, 1);
      expect(await failureIndex(log)).toBe(removed!.seq);
    }), { numRuns: 100 });
  });

  it('inserting a copied event fails at its position; a forged, well-linked one fails at the event after it', async () => {
    await fc.assert(fc.asyncProperty(logSize, fc.nat(), fc.nat(), fc.boolean(), async (size, at, source, forged) => {
      const log = await buildMemoryLog(size, checkpointEvery);
      const rows = log.store.rows;
      const index = at % rows.length;
      const seq = index + 1;
      const previous = index === 0 ? '0'.repeat(64) : rows[index - 1]!.hash;
      const inserted = forged
        ? chainEvent({ v: 1, ts: '2025-01-01T00:00:00.000Z', type: 'tool-call-allowed', sessionId: 's', traceId: null, agentId: null, decision: 'allow', ruleIds: [], reasons: [], dataJson: encodeData({ forged: true }) }, seq, previous)
        : { ...rows[source % rows.length]!, seq };
      // Renumber the seq column after it, as an attacker editing the table would.
      const shifted = rows.slice(index).map((row) => ({ ...row, seq: row.seq + 1 }));
      rows.splice(index, rows.length - index, inserted, ...shifted);
      const copyOfItself = !forged && rows[index]!.body === rows[index + 1]!.body;
      // A forged event that links correctly is only caught where a signed checkpoint pins this seq or the one before.
      const pinned = log.store.checkpointRows.some((checkpoint) => checkpoint.seq === seq || checkpoint.seq === seq - 1);
      expect(await failureIndex(log)).toBe(copyOfItself || (forged && !pinned) ? seq + 1 : seq);
    }), { numRuns: 100 });
  });

  it('swapping any two events fails at the first of them', async () => {
    await fc.assert(fc.asyncProperty(logSize, fc.nat(), fc.nat(), async (size, first, second) => {
      const log = await buildMemoryLog(size, checkpointEvery);
      const rows = log.store.rows;
      const i = first % rows.length;
      const j = second % rows.length;
      fc.pre(i !== j);
      const [low, high] = i < j ? [i, j] : [j, i];
      const a = rows[low]!;
      const b = rows[high]!;
      rows[low] = { seq: a.seq, hash: b.hash, body: b.body };
      rows[high] = { seq: b.seq, hash: a.hash, body: a.body };
      expect(await failureIndex(log)).toBe(a.seq);
    }), { numRuns: 100 });
  });

  it('reordering stored rows (seq column and all) fails at the first displaced seq', async () => {
    const log = await buildMemoryLog(12, checkpointEvery);
    const rows = log.store.rows;
    [rows[3], rows[4]] = [rows[4]!, rows[3]!];
    expect(await failureIndex(log)).toBe(4);
  });

  it('truncation at or before a signed checkpoint fails at the first missing seq', async () => {
    await fc.assert(fc.asyncProperty(logSize, fc.nat(), async (size, pick) => {
      const log = await buildMemoryLog(size, checkpointEvery);
      const lastSigned = log.store.checkpointRows.at(-1)!.seq;
      // Keeping `kept` rows; the checkpoint at lastSigned also needs its event at lastSigned + 1.
      const kept = pick % (lastSigned + 1);
      log.store.rows.length = kept;
      expect(await failureIndex(log)).toBe(kept + 1);
    }), { numRuns: 100 });
  });

  it('rewriting the chain from any point without the key fails at the next signed checkpoint', async () => {
    await fc.assert(fc.asyncProperty(logSize, fc.nat(), async (size, pick) => {
      const log = await buildMemoryLog(size, checkpointEvery);
      const rows = log.store.rows;
      // The final checkpoint-signed event is past the last signature: nothing can pin it (documented).
      const start = pick % (rows.length - 1);
      let previous = start === 0 ? '0'.repeat(64) : rows[start - 1]!.hash;
      for (let index = start; index < rows.length; index++) {
        const event = JSON.parse(rows[index]!.body) as Record<string, unknown>;
        if (index === start) event['reasons'] = ['rewritten'];
        event['prevHash'] = previous;
        const body = canonicalJson(event);
        rows[index] = { seq: rows[index]!.seq, body, hash: sha256(body) };
        previous = rows[index]!.hash;
      }
      const firstSigned = log.store.checkpointRows.find((checkpoint) => checkpoint.seq >= start + 1)!.seq;
      expect(await failureIndex(log)).toBe(firstSigned);
    }), { numRuns: 60 });
  });

  it('a forged or foreign checkpoint signature fails at that checkpoint', async () => {
    const log = await buildMemoryLog(20, checkpointEvery);
    const checkpoint = log.store.checkpointRows[2]!;
    log.store.checkpointRows[2] = { ...checkpoint, signature: Buffer.alloc(64, 7).toString('base64') };
    expect(await verifyAudit(log.store, log.publicKey)).toMatchObject({ ok: false, index: checkpoint.seq, reason: expect.stringContaining('invalid signature') });
    const other = generateKeyPairSync('ed25519').publicKey;
    expect(await verifyAudit(log.store, other)).toMatchObject({ ok: false, index: log.store.checkpointRows[0]!.seq, reason: expect.stringContaining('signed by key') });
  });

  it('a checkpoint deleted from the table is caught by its checkpoint-signed event', async () => {
    const log = await buildMemoryLog(20, checkpointEvery);
    const [removed] = log.store.checkpointRows.splice(1, 1);
    expect(await verifyAudit(log.store, log.publicKey)).toMatchObject({ ok: false, index: removed!.seq + 1, reason: expect.stringContaining('missing from the checkpoint table') });
  });

  it('without a public key it still checks the chain but says signatures were not checked', async () => {
    const log = await buildMemoryLog(10, checkpointEvery);
    expect(await verifyAudit(log.store)).toMatchObject({ ok: true, signaturesChecked: false });
    log.store.rows.splice(2, 1);
    expect(await verifyAudit(log.store)).toMatchObject({ ok: false, index: 3 });
  });
});

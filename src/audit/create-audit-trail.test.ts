import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { AuditRecord } from '../kernel/audit-event.ts';
import { canonicalJson } from '../kernel/canonical-json.ts';
import type { AuditStore } from '../kernel/stores.ts';
import { createMemoryAuditStore } from '../storage/memory-audit-store.ts';
import { openSqliteAuditStore } from '../storage/sqlite-audit-store.ts';
import { createAuditTrail } from './create-audit-trail.ts';
import { genesisHash, rowToEvent, sha256 } from './event-codec.ts';
import { sampleRecord, testSigner } from './test-helpers.ts';
import { verifyAudit } from './verify-audit.ts';

const root = mkdtempSync(join(tmpdir(), 'rampart-trail-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** Counts append calls so tests can see one transaction per batch. */
function counting(store: AuditStore) {
  const calls: number[] = [];
  return { calls, store: { ...store, append: async (...args: Parameters<AuditStore['append']>) => { calls.push(args[0].length); return store.append(...args); } } };
}

describe('createAuditTrail', () => {
  it('chains events from genesis with contiguous seq, nulls for absent ids and hash over RFC 8785', async () => {
    const store = createMemoryAuditStore();
    const trail = createAuditTrail({ store: { ...store, close: async () => undefined }, signer: testSigner().signer, clock: { now: () => Date.UTC(2025, 0, 1) }, flushIntervalMs: 0 });
    trail.record({ type: 'policy-loaded', decision: 'info' });
    trail.record(sampleRecord(1));
    await trail.flush();
    const [first, second] = store.rows.map(rowToEvent);
    expect(first).toMatchObject({ v: 1, seq: 1, ts: '2025-01-01T00:00:00.000Z', sessionId: null, traceId: null, agentId: null, ruleIds: [], reasons: [], data: {}, prevHash: genesisHash });
    expect(second).toMatchObject({ seq: 2, prevHash: first!.hash, sessionId: 'session-1', traceId: null });
    const { hash, ...rest } = second!;
    expect(hash).toBe(sha256(canonicalJson(rest)));
  });

  it('writes one transaction per batch and acknowledges only on flush', async () => {
    const { calls, store } = counting(createMemoryAuditStore());
    const trail = createAuditTrail({ store, signer: testSigner().signer, batchSize: 10, checkpointEvery: 1000, flushIntervalMs: 10_000 });
    for (let index = 0; index < 25; index++) trail.record(sampleRecord(index));
    expect(trail.pending).toBeGreaterThan(0);
    await trail.flush();
    expect(trail.pending).toBe(0);
    expect(calls).toEqual([10, 10, 5]);
    expect((await store.head())?.seq).toBe(25);
  });

  it('flushes on its own after flushIntervalMs', async () => {
    const store = createMemoryAuditStore();
    const trail = createAuditTrail({ store, signer: testSigner().signer, flushIntervalMs: 5 });
    trail.record(sampleRecord(0));
    await new Promise((resolve) => setTimeout(resolve, 60));
    expect(store.rows).toHaveLength(1);
  });

  it('signs a checkpoint every N events and over the head on close', async () => {
    const store = createMemoryAuditStore();
    const { signer, publicKey } = testSigner();
    const trail = createAuditTrail({ store: { ...store, close: async () => undefined }, signer, checkpointEvery: 5, flushIntervalMs: 0 });
    for (let index = 0; index < 12; index++) trail.record(sampleRecord(index));
    await trail.close();
    expect(store.checkpointRows.map((checkpoint) => checkpoint.seq)).toEqual([5, 10, 14]);
    expect(rowToEvent(store.rows[5]!)).toMatchObject({ type: 'checkpoint-signed', seq: 6, data: { checkpointSeq: 5, checkpointHash: store.rows[4]!.hash, keyId: signer.keyId } });
    expect(await verifyAudit(store, publicKey)).toMatchObject({ ok: true, count: 15, lastCheckpoint: 14 });
  });

  it('fails closed: a store failure makes flush reject and every later record() throw', async () => {
    const store = createMemoryAuditStore();
    const trail = createAuditTrail({ store: { ...store, append: async () => { throw new Error('disk full'); } }, signer: testSigner().signer, flushIntervalMs: 0 });
    trail.record(sampleRecord(0));
    await expect(trail.flush()).rejects.toMatchObject({ code: 'STORE_UNAVAILABLE', message: 'audit trail: disk full' });
    expect(() => trail.record(sampleRecord(1))).toThrow(/disk full/);
    await expect(trail.flush()).rejects.toThrow(/disk full/);
  });

  it('refuses more records than maxPending instead of growing without bound', () => {
    const trail = createAuditTrail({ store: createMemoryAuditStore(), signer: testSigner().signer, maxPending: 3, batchSize: 100, flushIntervalMs: 10_000 });
    for (let index = 0; index < 3; index++) trail.record(sampleRecord(index));
    expect(() => trail.record(sampleRecord(3))).toThrow(expect.objectContaining({ code: 'STORE_UNAVAILABLE' }));
  });

  it('rejects malformed records as caller bugs', () => {
    const trail = createAuditTrail({ store: createMemoryAuditStore(), signer: testSigner().signer });
    const bad: unknown[] = [
      { type: 'made-up', decision: 'allow' },
      { type: 'policy-loaded', decision: 'maybe' },
      { type: 'policy-loaded', decision: 'info', data: [1] },
      { type: 'policy-loaded', decision: 'info', data: { score: Number.NaN } },
      { type: 'policy-loaded', decision: 'info', ruleIds: [1] },
      { type: 'policy-loaded', decision: 'info', sessionId: 7 },
    ];
    for (const record of bad) expect(() => trail.record(record as AuditRecord)).toThrow(expect.objectContaining({ code: 'INPUT_INVALID' }));
    expect(trail.pending).toBe(0);
  });

  it('two writers on one SQLite file re-chain after a conflict instead of forking the log', async () => {
    const file = join(root, 'shared.db');
    const { signer, publicKey } = testSigner();
    const first = createAuditTrail({ store: openSqliteAuditStore(file), signer, flushIntervalMs: 0 });
    const second = createAuditTrail({ store: openSqliteAuditStore(file), signer, flushIntervalMs: 0 });
    first.record(sampleRecord(0));
    await first.flush();
    second.record(sampleRecord(1));
    await second.flush();
    first.record(sampleRecord(2));
    await first.flush();
    await first.close();
    await second.close();
    const reader = openSqliteAuditStore(file, { readOnly: true });
    expect(await verifyAudit(reader, publicKey)).toMatchObject({ ok: true });
    await reader.close();
  });

  it('refuses a signer that did not sign the existing checkpoints', async () => {
    const store = createMemoryAuditStore();
    const original = createAuditTrail({ store: { ...store, close: async () => undefined }, signer: testSigner().signer, checkpointEvery: 1 });
    original.record(sampleRecord(0));
    await original.close();
    const impostor = createAuditTrail({ store, signer: testSigner().signer });
    impostor.record(sampleRecord(1));
    await expect(impostor.flush()).rejects.toMatchObject({ code: 'KEY_INVALID' });
  });
});

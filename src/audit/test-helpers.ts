import { generateKeyPairSync } from 'node:crypto';
import type { AuditRecord } from '../kernel/audit-event.ts';
import { createMemoryAuditStore } from '../storage/memory-audit-store.ts';
import { createAuditTrail } from './create-audit-trail.ts';
import { createEd25519Signer } from './signer.ts';

/** A fresh Ed25519 signer and its public key, for tests. */
export function testSigner() {
  const { privateKey, publicKey } = generateKeyPairSync('ed25519');
  return { signer: createEd25519Signer(privateKey), publicKey };
}

/** The i-th sample record: varied types, ids, reasons and data, deterministic. */
export function sampleRecord(index: number): AuditRecord {
  return {
    type: index % 3 === 0 ? 'tool-call-blocked' : 'tool-call-allowed',
    sessionId: `session-${index % 7}`,
    ...(index % 2 === 0 ? { traceId: `trace-${index}` } : {}),
    agentId: 'support-bot',
    decision: index % 3 === 0 ? 'deny' : 'allow',
    ruleIds: [`gate.rule.${index % 5}`],
    reasons: index % 3 === 0 ? [`blocked #${index}`] : [],
    data: { tool: 'read_document', index, tokens: { input: index * 3, output: index }, durationMs: index / 8 },
  };
}

/**
 * Writes `count` sample records through a real trail into a memory store, then closes the trail
 * (which signs the head) while keeping the store readable; returns the store and key.
 */
export async function buildMemoryLog(count: number, checkpointEvery: number) {
  const { signer, publicKey } = testSigner();
  const store = createMemoryAuditStore();
  let now = Date.parse('2025-01-01T00:00:00.000Z');
  const trail = createAuditTrail({ store: { ...store, close: async () => undefined }, signer, checkpointEvery, flushIntervalMs: 0, clock: { now: () => (now += 1) } });
  for (let index = 0; index < count; index++) trail.record(sampleRecord(index));
  await trail.close();
  return { store, publicKey, signer };
}

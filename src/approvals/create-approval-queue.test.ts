import { generateKeyPairSync } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createMemoryApprovalStore } from '../storage/memory-approval-store.ts';
import { createApprovalQueue, type ApprovalQueueOptions } from './create-approval-queue.ts';
import { signDecision, type SignedDecision } from './decision-signing.ts';
import { memoryAudit, sessionFor } from '../../test/fixtures/gate/setup.ts';

const approverKey = generateKeyPairSync('ed25519').privateKey;
const attackerKey = generateKeyPairSync('ed25519').privateKey;
const alice = { approver: 'alice', privateKey: approverKey };
const call = { id: 'c1', name: 'send_email', arguments: { to: 'a@company.com', subject: 'Q3', body: 'numbers' } };

function setup(overrides: Partial<ApprovalQueueOptions> = {}) {
  let now = 1_700_000_000_000;
  const clock = { now: () => now, advance: (ms: number) => { now += ms; } };
  const audit = memoryAudit();
  const store = createMemoryApprovalStore();
  const queue = createApprovalQueue({ store, audit, trustedKeys: [approverKey], clock, timeoutMs: 60_000, decisionTtlMs: 30_000, pollIntervalMs: 2, ...overrides });
  return { queue, clock, audit, store };
}

async function pending(queue: ReturnType<typeof setup>['queue']): Promise<string> {
  return queue.request(call, sessionFor('operator'), { ruleId: 'gate.flow.tainted-sink', reason: 'tainted', risk: 'medium' });
}

describe('approval queue', () => {
  it('persists a pending approval bound to the call and grants it once', async () => {
    const { queue, audit } = setup();
    const id = await pending(queue);
    expect(await queue.show(id)).toMatchObject({ status: 'pending', request: { tool: 'send_email', arguments: call.arguments, requester: { agentId: 'agent-1' } } });
    const waiting = queue.wait(id);
    expect(await queue.decide(id, 'granted', alice)).toMatchObject({ ok: true, record: { status: 'granted' } });
    expect(await waiting).toBe('granted');
    expect(await queue.consume(id, call)).toBe(true);
    expect(await queue.consume(id, call)).toBe(false);
    expect(audit.records.map((record) => record.type)).toEqual(['approval-requested', 'approval-granted']);
  });

  it('rejects a decision signed by an untrusted key (forged signature)', async () => {
    const { queue } = setup();
    const id = await pending(queue);
    expect(await queue.decide(id, 'granted', { approver: 'alice', privateKey: attackerKey })).toEqual({ ok: false, reason: 'forged' });
    expect((await queue.show(id))?.status).toBe('pending');
  });

  it('rejects a decision whose fields were altered after signing', async () => {
    const { queue, clock } = setup();
    const id = await pending(queue);
    const record = (await queue.show(id))!;
    const signed = signDecision({ approvalId: id, callHash: record.callHash, decision: 'denied', decidedAt: clock.now(), expiresAt: clock.now() + 10_000, approver: 'alice' }, alice);
    const altered: SignedDecision = { ...signed, decision: 'granted' };
    expect(await queue.submit(altered)).toEqual({ ok: false, reason: 'forged' });
    expect(await queue.submit({ ...signed, approver: 'mallory' })).toEqual({ ok: false, reason: 'forged' });
    expect(await queue.submit({ not: 'a decision' })).toEqual({ ok: false, reason: 'malformed' });
  });

  it('rejects a replayed decision on another approval and a second decision', async () => {
    const { queue } = setup();
    const first = await pending(queue);
    const second = await pending(queue);
    const result = await queue.decide(first, 'granted', alice);
    const decision = result.ok ? (result.record.decision as unknown as SignedDecision) : undefined;
    expect(await queue.submit({ ...decision, approvalId: second })).toEqual({ ok: false, reason: 'forged' });
    expect(await queue.submit(decision)).toEqual({ ok: false, reason: 'already-decided' });
    expect(await queue.decide(first, 'denied', alice)).toEqual({ ok: false, reason: 'already-decided' });
  });

  it('does not let a grant be used for different arguments (argument swap after approval)', async () => {
    const { queue } = setup();
    const id = await pending(queue);
    await queue.decide(id, 'granted', alice);
    expect(await queue.consume(id, { ...call, arguments: { ...call.arguments, to: 'attacker@evil.example' } })).toBe(false);
    expect(await queue.consume(id, { ...call, name: 'send_sms' })).toBe(false);
    expect(await queue.consume(id, call)).toBe(true);
  });

  it('expires a granted decision after its TTL (expired decision)', async () => {
    const { queue, clock, audit } = setup();
    const id = await pending(queue);
    await queue.decide(id, 'granted', alice);
    clock.advance(30_001);
    expect(await queue.consume(id, call)).toBe(false);
    expect((await queue.show(id))?.status).toBe('expired');
    expect(audit.records.at(-1)).toMatchObject({ type: 'approval-expired', decision: 'deny' });
  });

  it('refuses a decision that arrives after the approval timed out (late) and times out waiters into expired', async () => {
    const { queue, clock } = setup();
    const id = await pending(queue);
    const waiting = queue.wait(id);
    clock.advance(60_000);
    expect(await waiting).toBe('expired');
    expect(await queue.decide(id, 'granted', alice)).toEqual({ ok: false, reason: 'already-decided' });
    const late = await pending(queue);
    clock.advance(60_001);
    expect(await queue.decide(late, 'granted', alice)).toEqual({ ok: false, reason: 'late' });
    expect((await queue.show(late))?.status).toBe('expired');
  });

  it('refuses decisions with a lifetime longer than the TTL or a skewed clock', async () => {
    const { queue, clock } = setup();
    const id = await pending(queue);
    const { callHash } = (await queue.show(id))!;
    const now = clock.now();
    expect(await queue.submit(signDecision({ approvalId: id, callHash, decision: 'granted', decidedAt: now, expiresAt: now + 3_600_000, approver: 'alice' }, alice))).toEqual({ ok: false, reason: 'invalid-time' });
    expect(await queue.submit(signDecision({ approvalId: id, callHash, decision: 'granted', decidedAt: now + 600_000, expiresAt: now + 610_000, approver: 'alice' }, alice))).toEqual({ ok: false, reason: 'invalid-time' });
    expect(await queue.submit(signDecision({ approvalId: id, callHash: 'x'.repeat(64), decision: 'granted', decidedAt: now, expiresAt: now + 1000, approver: 'alice' }, alice))).toEqual({ ok: false, reason: 'mismatch' });
  });

  it('rejects a grant whose stored row was tampered with', async () => {
    const { queue, store } = setup();
    const id = await pending(queue);
    const denied = await queue.decide(id, 'denied', alice);
    expect(denied.ok).toBe(true);
    const decision = (await store.get(id))!.decision!;
    // Someone with database access flips the row to granted and edits the decision text.
    await store.transition(id, 'denied', 'granted', { ...decision, decision: 'granted' });
    expect(await queue.consume(id, call)).toBe(false);
  });

  it('resolves an aborted wait as expired and expires due approvals in bulk', async () => {
    const { queue, clock } = setup();
    const id = await pending(queue);
    const controller = new AbortController();
    const waiting = queue.wait(id, { signal: controller.signal });
    controller.abort();
    expect(await waiting).toBe('expired');
    const other = await pending(queue);
    clock.advance(60_000);
    expect(await queue.expireDue()).toBe(1);
    expect((await queue.show(other))?.status).toBe('expired');
    expect(await queue.wait('unknown-id')).toBe('expired');
    expect(await queue.consume('unknown-id', call)).toBe(false);
  });

  it('a denied approval waits as denied and cannot be consumed', async () => {
    const { queue } = setup();
    const id = await pending(queue);
    await queue.decide(id, 'denied', alice);
    expect(await queue.wait(id)).toBe('denied');
    expect(await queue.consume(id, call)).toBe(false);
  });
});

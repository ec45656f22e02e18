// Seed scenarios end to end through the real firewall: gate + approval queue + audit records.
import { generateKeyPairSync } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import { createApprovalQueue } from '../../src/approvals/create-approval-queue.ts';
import { createFirewall } from '../../src/firewall/create-firewall.ts';
import { createToolGate } from '../../src/gate/create-tool-gate.ts';
import { createMemoryApprovalStore } from '../../src/storage/memory-approval-store.ts';
import { createMemoryBudgetStore } from '../../src/storage/memory-budget-store.ts';
import { createMemorySessionStore } from '../../src/storage/memory-stores.ts';
import { createWorkspace, fakeDns, loadGatePolicy, memoryAudit, taint } from '../fixtures/gate/setup.ts';

const workspace = createWorkspace();
afterAll(() => workspace.cleanup());

function firewallWithApprovals() {
  let now = 1_700_000_000_000;
  const clock = { now: () => now, advance: (ms: number) => { now += ms; } };
  const approverKey = generateKeyPairSync('ed25519').privateKey;
  const policy = loadGatePolicy();
  const audit = memoryAudit();
  const sessions = createMemorySessionStore();
  const gate = createToolGate({ policy, baseDir: workspace.baseDir, budgets: createMemoryBudgetStore(), audit, resolveDns: fakeDns, clock });
  const approvals = createApprovalQueue({ store: createMemoryApprovalStore(), audit, trustedKeys: [approverKey], clock, timeoutMs: policy.approvals.timeout, decisionTtlMs: policy.approvals.decision_ttl, pollIntervalMs: 2 });
  const firewall = createFirewall({ policy, audit, sessions, clock, stages: { gate, approvals } });
  return { firewall, approvals, audit, sessions, clock, signer: { approver: 'alice', privateKey: approverKey } };
}

const email = { id: 'call-1', name: 'send_email', arguments: { to: 'cfo@company.com', subject: 'Numbers', body: 'Attached.' } };

describe('seed scenarios through the firewall', () => {
  it('a reader agent cannot call refund_order', async () => {
    const { firewall, audit } = firewallWithApprovals();
    const verdict = await firewall.checkToolCall({ id: 'r', name: 'refund_order', arguments: { order_id: 'ord_1234', amount: 10 } }, { sessionId: 's', agentId: 'support-bot' });
    expect(verdict).toMatchObject({ action: 'deny', ruleId: 'gate.role-denied' });
    expect(audit.records.at(-1)).toMatchObject({ type: 'tool-call-blocked', ruleIds: ['gate.role-denied'] });
  });

  it('the e-mail tool refuses a non-allowlisted domain', async () => {
    const { firewall } = firewallWithApprovals();
    const verdict = await firewall.checkToolCall({ ...email, arguments: { ...email.arguments, to: 'drop@evil.example' } }, { sessionId: 's', agentId: 'ops-bot' });
    expect(verdict).toMatchObject({ action: 'deny', ruleId: 'gate.value.email-domain' });
  });

  it("a tainted session's send_email waits for approval and is denied on timeout", async () => {
    const { firewall, approvals, audit, sessions, clock } = firewallWithApprovals();
    await sessions.update('s-tainted', { tainted: [taint('fetch_url')] });
    const held = await firewall.checkToolCall(email, { sessionId: 's-tainted', agentId: 'ops-bot' });
    expect(held).toMatchObject({ action: 'ask', ruleId: 'gate.flow.tainted-sink' });
    const approvalId = held.action === 'ask' ? held.approvalId! : '';
    expect((await approvals.show(approvalId))?.status).toBe('pending');
    const outcome = firewall.awaitApproval(held, email, { sessionId: 's-tainted', agentId: 'ops-bot' });
    clock.advance(300_000);
    expect(await outcome).toMatchObject({ action: 'deny', ruleId: 'approval.expired' });
    expect(audit.records.map((record) => record.type)).toEqual(expect.arrayContaining(['tool-call-held', 'approval-requested', 'approval-expired']));
    expect(audit.records.find((record) => record.type === 'tool-call-held')?.data?.['tainted']).toEqual(['fetch_url']);
  });

  it('a granted approval lets exactly that call through once', async () => {
    const { firewall, approvals, sessions, signer } = firewallWithApprovals();
    await sessions.update('s2', { tainted: [taint('web')] });
    const held = await firewall.checkToolCall(email, { sessionId: 's2', agentId: 'ops-bot' });
    const approvalId = held.action === 'ask' ? held.approvalId! : '';
    await approvals.decide(approvalId, 'granted', signer);
    const swapped = { ...email, arguments: { ...email.arguments, to: 'other@company.com' } };
    expect(await firewall.awaitApproval(held, swapped, { sessionId: 's2', agentId: 'ops-bot' })).toMatchObject({ action: 'deny', ruleId: 'approval.mismatch' });
    expect(await firewall.awaitApproval(held, email, { sessionId: 's2', agentId: 'ops-bot' })).toEqual({ action: 'allow' });
    expect(await firewall.awaitApproval(held, email, { sessionId: 's2', agentId: 'ops-bot' })).toMatchObject({ action: 'deny' });
  });
});

import { generateKeyPairSync } from 'node:crypto';
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMemoryApprovalStore } from '../storage/memory-approval-store.ts';
import { createApprovalQueue } from './create-approval-queue.ts';
import { signDecision } from './decision-signing.ts';
import { createApprovalsApi } from './http.ts';
import { createWebhookNotifier, notifiersFromPolicy } from './notify.ts';
import { memoryAudit, sessionFor } from '../../test/fixtures/gate/setup.ts';

const key = generateKeyPairSync('ed25519').privateKey;
const token = 'approvals-token-0123456789';
const call = { id: 'c1', name: 'refund_order', arguments: { order_id: 'ord_1234', amount: 40 } };

function makeQueue(notifiers: Parameters<typeof createApprovalQueue>[0]['notifiers'] = []) {
  const audit = memoryAudit();
  return { audit, queue: createApprovalQueue({ store: createMemoryApprovalStore(), audit, trustedKeys: [key], notifiers, pollIntervalMs: 5 }) };
}

describe('approvals HTTP API', () => {
  const { queue } = makeQueue();
  const app = createApprovalsApi(queue, { authToken: token, signer: { approver: 'server', privateKey: key } });
  const headers = { authorization: `Bearer ${token}` };

  it('requires the bearer token', async () => {
    expect((await app.request('/approvals')).status).toBe(401);
    expect((await app.request('/approvals', { headers: { authorization: 'Bearer wrong-token-0123456789' } })).status).toBe(401);
    expect((await app.request('/approvals', { headers })).status).toBe(200);
  });

  it('lists, shows, approves once and refuses a second decision', async () => {
    const id = await queue.request(call, sessionFor('admin'), { ruleId: 'gate.approval.required', reason: 'always', risk: 'critical' });
    const list = await (await app.request('/approvals?status=pending', { headers })).json() as { approvals: { id: string }[] };
    expect(list.approvals.map((entry) => entry.id)).toContain(id);
    expect((await app.request('/approvals?status=bogus', { headers })).status).toBe(400);
    expect((await app.request('/approvals/nope', { headers })).status).toBe(404);
    expect(await (await app.request(`/approvals/${id}`, { headers })).json()).toMatchObject({ approval: { id, status: 'pending' } });
    const approved = await app.request(`/approvals/${id}/approve`, { method: 'POST', headers });
    expect(approved.status).toBe(200);
    expect(await approved.json()).toMatchObject({ approval: { status: 'granted', decision: { approver: 'server' } } });
    expect((await app.request(`/approvals/${id}/deny`, { method: 'POST', headers })).status).toBe(409);
    expect(await queue.consume(id, call)).toBe(true);
  });

  it('accepts pre-signed decisions and rejects forged or mismatched ones', async () => {
    const id = await queue.request(call, sessionFor('admin'), { ruleId: 'gate.approval.required', reason: 'always' });
    const { callHash } = (await queue.show(id))!;
    const now = Date.now();
    const payload = { approvalId: id, callHash, decision: 'granted' as const, decidedAt: now, expiresAt: now + 60_000, approver: 'bob' };
    const forged = signDecision(payload, { approver: 'bob', privateKey: generateKeyPairSync('ed25519').privateKey });
    expect((await app.request(`/approvals/${id}/approve`, { method: 'POST', headers, body: JSON.stringify({ decision: forged }) })).status).toBe(403);
    const genuine = signDecision(payload, { approver: 'bob', privateKey: key });
    expect((await app.request(`/approvals/${id}/deny`, { method: 'POST', headers, body: JSON.stringify({ decision: genuine }) })).status).toBe(400);
    expect((await app.request(`/approvals/${id}/approve`, { method: 'POST', headers, body: 'not json' })).status).toBe(400);
    expect((await app.request(`/approvals/${id}/approve`, { method: 'POST', headers, body: JSON.stringify({ decision: genuine }) })).status).toBe(200);
  });

  it('without a server signer only signed decisions are accepted', async () => {
    const unsignedApp = createApprovalsApi(queue, { authToken: token });
    const id = await queue.request(call, sessionFor('admin'), { ruleId: 'gate.approval.required', reason: 'always' });
    expect((await unsignedApp.request(`/approvals/${id}/approve`, { method: 'POST', headers })).status).toBe(400);
    expect((await queue.show(id))?.status).toBe('pending');
    expect(() => createApprovalsApi(queue, { authToken: 'short' })).toThrow();
  });
});

describe('notifications to a local receiver', () => {
  const received: { path: string; body: Record<string, unknown> }[] = [];
  let failing = false;
  const server = createServer((request: IncomingMessage, response) => {
    let text = '';
    request.on('data', (chunk: Buffer) => { text += chunk.toString(); });
    request.on('end', () => {
      received.push({ path: request.url ?? '', body: JSON.parse(text) as Record<string, unknown> });
      response.statusCode = failing ? 500 : 200;
      response.end('ok');
    });
  });
  let base = '';
  beforeAll(async () => {
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('posts generic JSON and Slack messages without the arguments', async () => {
    received.length = 0;
    const notifiers = notifiersFromPolicy([{ webhook_env: 'HOOK' }, { slack_webhook_env: 'SLACK' }, { webhook_env: 'UNSET' }], { HOOK: `${base}/generic`, SLACK: `${base}/slack` }, fetch);
    expect(notifiers).toHaveLength(2);
    const { queue } = makeQueue(notifiers);
    const id = await queue.request(call, sessionFor('admin'), { ruleId: 'gate.approval.required', reason: 'refunds need a human', risk: 'critical' });
    await queue.notificationsSettled();
    const generic = received.find((entry) => entry.path === '/generic')!.body;
    expect(generic).toMatchObject({ type: 'approval-requested', approvalId: id, tool: 'refund_order', risk: 'critical', reason: 'refunds need a human', agentId: 'agent-1' });
    const slack = received.find((entry) => entry.path === '/slack')!.body;
    expect(String(slack['text'])).toContain('refund_order');
    expect(Array.isArray(slack['blocks'])).toBe(true);
    expect(JSON.stringify(received)).not.toContain('ord_1234');
  });

  it('a failing or unreachable webhook approves nothing and is audited', async () => {
    failing = true;
    const { queue, audit } = makeQueue([
      createWebhookNotifier({ url: `${base}/generic`, format: 'json', fetch }),
      createWebhookNotifier({ url: 'http://127.0.0.1:1/unreachable', format: 'slack', fetch, timeoutMs: 2000 }),
    ]);
    const id = await queue.request(call, sessionFor('admin'), { ruleId: 'gate.approval.required', reason: 'x' });
    await queue.notificationsSettled();
    failing = false;
    expect((await queue.show(id))?.status).toBe('pending');
    expect(audit.records.filter((record) => record.ruleIds?.[0] === 'approval.notify-failed')).toHaveLength(2);
    expect(await queue.consume(id, call)).toBe(false);
  });
});

import fc from 'fast-check';
import { realpathSync } from 'node:fs';
import { resolve, sep } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { RampartError } from '../kernel/errors.ts';
import type { BudgetStore } from '../kernel/stores.ts';
import { createMemoryBudgetStore } from '../storage/memory-budget-store.ts';
import { createToolGate, type ToolGateOptions } from './create-tool-gate.ts';
import { createEnvSecretResolver, resolveSecrets } from './secrets.ts';
import { createWorkspace, fakeDns, loadGatePolicy, memoryAudit, sessionFor, taint } from '../../test/fixtures/gate/setup.ts';

const workspace = createWorkspace();
afterAll(() => workspace.cleanup());

function gateWith(overrides: Partial<ToolGateOptions> = {}, patch?: (text: string) => string) {
  const audit = memoryAudit();
  const gate = createToolGate({ policy: loadGatePolicy(patch), baseDir: workspace.baseDir, budgets: createMemoryBudgetStore(), audit, resolveDns: fakeDns, ...overrides });
  return { gate, audit };
}

const email = { id: 'c', name: 'send_email', arguments: { to: 'a@company.com', subject: 'Hi', body: 'Report attached.' } };

describe('seed scenarios', () => {
  it('a reader cannot call refund_order; an admin is held for approval', async () => {
    const { gate } = gateWith();
    const call = { id: 'c', name: 'refund_order', arguments: { order_id: 'ord_1234', amount: 20 } };
    expect(await gate.check(call, sessionFor('reader'))).toMatchObject({ action: 'deny', ruleId: 'gate.role-denied' });
    expect(await gate.check(call, sessionFor('admin'))).toMatchObject({ action: 'ask', ruleId: 'gate.approval.required' });
  });

  it('the e-mail tool refuses a domain that is not allowlisted', async () => {
    const { gate } = gateWith();
    expect(await gate.check({ ...email, arguments: { ...email.arguments, to: 'boss@evil.example' } }, sessionFor('operator'))).toMatchObject({ action: 'deny', ruleId: 'gate.value.email-domain' });
    expect(await gate.check(email, sessionFor('operator'))).toEqual({ action: 'allow' });
  });
});

describe('flow control', () => {
  it('holds a sink in a tainted session and names the source', async () => {
    const { gate } = gateWith();
    const verdict = await gate.check(email, sessionFor('operator', { tainted: [taint('fetch_url')] }));
    expect(verdict).toMatchObject({ action: 'ask', ruleId: 'gate.flow.tainted-sink' });
    expect(verdict.action === 'ask' ? verdict.reason : '').toContain('tool-result:fetch_url');
  });

  it('treats network tools and writes outside scratch as sinks, writes inside scratch and reads as safe', async () => {
    const { gate } = gateWith();
    const tainted = sessionFor('operator', { tainted: [taint()] });
    expect(await gate.check({ id: 'c', name: 'http_request', arguments: { url: 'https://api.partner.io/x', method: 'GET' } }, tainted)).toMatchObject({ action: 'ask' });
    expect(await gate.check({ id: 'c', name: 'write_file', arguments: { path: 'docs/x.md', content: 'x' } }, tainted)).toMatchObject({ action: 'ask', ruleId: 'gate.flow.tainted-sink' });
    expect(await gate.check({ id: 'c', name: 'write_file', arguments: { path: 'scratch/x.md', content: 'x' } }, tainted)).toEqual({ action: 'allow' });
    expect(await gate.check({ id: 'c', name: 'read_document', arguments: { path: 'docs/a.txt' } }, tainted)).toEqual({ action: 'allow' });
  });

  it('follows flow.on_tainted_sink deny and allow', async () => {
    const tainted = sessionFor('operator', { tainted: [taint()] });
    const denying = gateWith({}, (text) => text.replace('on_tainted_sink: ask', 'on_tainted_sink: deny')).gate;
    expect(await denying.check(email, tainted)).toMatchObject({ action: 'deny', ruleId: 'gate.flow.tainted-sink' });
    const allowing = gateWith({}, (text) => text.replace('on_tainted_sink: ask', 'on_tainted_sink: allow')).gate;
    expect(await allowing.check(email, tainted)).toEqual({ action: 'allow' });
  });

  it('applies when-tainted and high-risk approval rules', async () => {
    const { gate } = gateWith({}, (text) => text.replace('risk: low\n    category: read\n    args: { type: object, required: [path]', 'risk: low\n    approval: when-tainted\n    category: read\n    args: { type: object, required: [path]')
      .replace('risk: high\n    category: code', 'risk: high\n    approval: high-risk\n    category: code'));
    const read = { id: 'c', name: 'read_document', arguments: { path: 'docs/a.txt' } };
    expect(await gate.check(read, sessionFor('reader'))).toEqual({ action: 'allow' });
    expect(await gate.check(read, sessionFor('reader', { tainted: [taint()] }))).toMatchObject({ action: 'ask', ruleId: 'gate.approval.when-tainted' });
    expect(await gate.check({ id: 'c', name: 'run_shell', arguments: { command: 'ls' } }, sessionFor('operator'))).toMatchObject({ action: 'ask', ruleId: 'gate.approval.high-risk' });
  });
});

describe('budgets', () => {
  it('denies the 21st send_email of a session and records budget-exceeded', async () => {
    const { gate, audit } = gateWith();
    for (let index = 0; index < 20; index++) expect((await gate.check(email, sessionFor('operator'))).action).toBe('allow');
    expect(await gate.check(email, sessionFor('operator'))).toMatchObject({ action: 'deny', ruleId: 'gate.budget.tool-session' });
    expect(await gate.check(email, sessionFor('operator', { sessionId: 'other' }))).toEqual({ action: 'allow' });
    expect(audit.records.filter((record) => record.type === 'budget-exceeded')).toHaveLength(1);
  });

  it('enforces rate limits per window with an injected clock', async () => {
    let now = 1_000_000;
    const { gate } = gateWith({ clock: { now: () => now } }, (text) => text.replace('per_session: { calls: 1000 }', 'per_session: { calls: 1000 }\n  rate_per_minute: 3'));
    const read = { id: 'c', name: 'read_document', arguments: { path: 'docs/a.txt' } };
    for (let index = 0; index < 3; index++) expect((await gate.check(read, sessionFor('reader'))).action).toBe('allow');
    expect(await gate.check(read, sessionFor('reader'))).toMatchObject({ action: 'deny', ruleId: 'gate.budget.rate' });
    now += 60_000;
    expect((await gate.check(read, sessionFor('reader'))).action).toBe('allow');
  });

  it('denies a delegation depth above the agent maximum, and charges tokens and turns', async () => {
    const { gate, audit } = gateWith({}, (text) => text.replace('per_session: { calls: 1000 }', 'per_session: { calls: 1000, tokens: 100, turns: 2 }'));
    const read = { id: 'c', name: 'read_document', arguments: { path: 'docs/a.txt' } };
    expect(await gate.check(read, sessionFor('admin', { agentId: 'root-bot', depth: 2 }))).toMatchObject({ action: 'deny', ruleId: 'gate.budget.depth' });
    expect(await gate.check(read, sessionFor('admin', { agentId: 'root-bot', depth: 1 }))).toEqual({ action: 'allow' });
    expect(await gate.chargeTokens(sessionFor('reader'), 60)).toMatchObject({ action: 'allow' });
    expect(await gate.chargeTokens(sessionFor('reader'), 60)).toMatchObject({ action: 'deny', ruleId: 'gate.budget.session-tokens' });
    expect(await gate.chargeTokens(sessionFor('reader'), -1)).toMatchObject({ action: 'deny', ruleId: 'gate.budget.invalid' });
    await gate.chargeTurn(sessionFor('reader'));
    await gate.chargeTurn(sessionFor('reader'));
    expect(await gate.chargeTurn(sessionFor('reader'))).toMatchObject({ action: 'deny', ruleId: 'gate.budget.session-turns' });
    expect(audit.records.map((record) => record.ruleIds?.[0])).toEqual(['gate.budget.depth', 'gate.budget.session-tokens', 'gate.budget.session-turns']);
  });
});

describe('fail closed', () => {
  it('denies when the budget store is unavailable', async () => {
    const broken: BudgetStore = { increment: async () => { throw new RampartError('STORE_UNAVAILABLE', 'disk gone'); }, peek: async () => 0 };
    const { gate } = gateWith({ budgets: broken });
    expect(await gate.check({ id: 'c', name: 'read_document', arguments: { path: 'docs/a.txt' } }, sessionFor('reader'))).toMatchObject({ action: 'deny', ruleId: 'gate.store-unavailable' });
  });

  it('denies an aborted check, non-object arguments and a hanging DNS resolver once aborted', async () => {
    const { gate } = gateWith({ resolveDns: () => new Promise(() => undefined) });
    const controller = new AbortController();
    controller.abort();
    expect(await gate.check({ id: 'c', name: 'read_document', arguments: { path: 'docs/a.txt' } }, sessionFor('reader'), { signal: controller.signal })).toMatchObject({ action: 'deny', ruleId: 'gate.aborted' });
    expect(await gate.check({ id: 'c', name: 'read_document', arguments: [] as unknown as Record<string, unknown> }, sessionFor('reader'))).toMatchObject({ action: 'deny', ruleId: 'gate.arguments.invalid' });
    const slow = new AbortController();
    const pending = gate.check({ id: 'c', name: 'fetch_url', arguments: { url: 'https://docs.company.com/' } }, sessionFor('reader'), { signal: slow.signal });
    setTimeout(() => slow.abort(), 20);
    expect(await pending).toMatchObject({ action: 'deny', ruleId: 'gate.url.dns-failed' });
  });

  it('refuses a policy whose argument schema ajv rejects, at construction', () => {
    expect(() => gateWith({}, (text) => text.replace('properties: { query: { type: string }, limit: { type: integer } }', 'properties: { query: { type: string, maxLenght: 3 } }'))).toThrow(/tools\.search_knowledge_base\.args/);
  });
});

describe('secrets by reference', () => {
  const call = { id: 'c', name: 'call_partner_api', arguments: { url: 'https://api.partner.io/v1', authorization: 'Bearer {{secret:PARTNER_TOKEN}}' } };

  it('checks references without ever placing the value in a verdict', async () => {
    const resolver = createEnvSecretResolver({ RAMPART_SECRET_PARTNER_TOKEN: 'tok_live_secret' });
    expect(await gateWith({ secrets: resolver }).gate.check(call, sessionFor('operator'))).toEqual({ action: 'allow' });
    expect(await gateWith({ secrets: createEnvSecretResolver({}) }).gate.check(call, sessionFor('operator'))).toMatchObject({ action: 'deny', ruleId: 'gate.secret.unknown' });
    expect(await gateWith().gate.check(call, sessionFor('operator'))).toMatchObject({ action: 'deny', ruleId: 'gate.secret.unavailable' });
    const resolved = await resolveSecrets(call.arguments, resolver);
    expect(resolved).toEqual({ ok: true, arguments: { url: 'https://api.partner.io/v1', authorization: 'Bearer tok_live_secret' } });
    expect(await resolveSecrets({ a: ['{{secret:NOPE}}'] }, resolver)).toEqual({ ok: false, missing: ['NOPE'] });
  });
});

describe('capabilities in the gate', () => {
  const key = 'k'.repeat(32);
  it('narrows an agent to the tools and paths of its task', async () => {
    const { gate } = gateWith({ capabilityKey: key });
    const token = gate.capabilities!.issue({ tools: ['read_document'], scopes: { path: { path_prefix: ['docs'] } }, ttlMs: 60_000, agent: 'agent-1' });
    const session = sessionFor('operator', { capability: token });
    expect(await gate.check({ id: 'c', name: 'read_document', arguments: { path: 'docs/a.txt' } }, session)).toEqual({ action: 'allow' });
    expect(await gate.check({ id: 'c', name: 'read_document', arguments: { path: 'notes/todo.txt' } }, session)).toMatchObject({ action: 'deny', ruleId: 'gate.capability.scope' });
    expect(await gate.check({ id: 'c', name: 'write_file', arguments: { path: 'docs/x', content: 'x' } }, session)).toMatchObject({ action: 'deny', ruleId: 'gate.capability.tool' });
    expect(await gate.check({ id: 'c', name: 'read_document', arguments: { path: 'docs/a.txt' } }, { ...session, agentId: 'other' })).toMatchObject({ action: 'deny', ruleId: 'gate.capability.agent' });
    expect(await gateWith().gate.check({ id: 'c', name: 'read_document', arguments: { path: 'docs/a.txt' } }, session)).toMatchObject({ action: 'deny', ruleId: 'gate.capability.unverifiable' });
    expect(await gateWith({ capabilityKey: key, requireCapability: true }).gate.check({ id: 'c', name: 'read_document', arguments: { path: 'docs/a.txt' } }, sessionFor('operator'))).toMatchObject({ action: 'deny', ruleId: 'gate.capability.missing' });
  });
});

describe('properties', () => {
  const { gate } = gateWith();
  const realRoot = realpathSync(workspace.root);

  it('never allows a path that resolves outside the workspace', async () => {
    const segment = fc.constantFrom('..', '.', 'docs', 'etc-link', 'escape.txt', 'dangling', '', '%2e%2e', '..\\..', 'a.txt', '~', '/etc', 'docs/env-alias');
    await fc.assert(fc.asyncProperty(fc.array(segment, { minLength: 1, maxLength: 6 }), async (parts) => {
      const path = parts.join('/');
      const verdict = await gate.check({ id: 'c', name: 'read_document', arguments: { path } }, sessionFor('reader'));
      if (verdict.action !== 'allow') return;
      let real: string;
      try { real = realpathSync(resolve(workspace.root, path)); } catch { real = resolve(realRoot, path); }
      expect(real === realRoot || real.startsWith(realRoot + sep)).toBe(true);
    }), { numRuns: 300 });
  });

  it('denies every tool name the policy does not define', async () => {
    await fc.assert(fc.asyncProperty(fc.string({ maxLength: 30 }), async (name) => {
      fc.pre(!/^(read_document|list_files|write_file|search_knowledge_base|fetch_url|http_request|call_partner_api|send_email|run_sql|run_sqlite|run_mysql|run_shell|update_order_status|refund_order)$/i.test(name.normalize('NFKC')));
      expect(await gate.check({ id: 'c', name, arguments: {} }, sessionFor('admin'))).toMatchObject({ action: 'deny', ruleId: 'gate.unknown-tool' });
    }), { numRuns: 200 });
  });
});

describe('budget keys', () => {
  it('counts case and compatibility variants of a tool name against one budget', async () => {
    const { gate } = gateWith();
    for (let index = 0; index < 20; index++) expect((await gate.check({ ...email, name: index % 2 === 0 ? 'SEND_EMAIL' : 'send_email' }, sessionFor('operator'))).action).toBe('allow');
    expect(await gate.check({ ...email, name: 'Send_Email' }, sessionFor('operator'))).toMatchObject({ action: 'deny', ruleId: 'gate.budget.tool-session' });
  });
});

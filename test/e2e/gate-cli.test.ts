import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createApprovalQueue } from '../../src/approvals/create-approval-queue.ts';
import { loadOrCreateApproverKey } from '../../src/approvals/decision-signing.ts';
import { ensureDataDir, resolveDataDir } from '../../src/storage/data-dir.ts';
import { createSqliteApprovalStore } from '../../src/storage/sqlite-approval-store.ts';
import { openSqlite } from '../../src/storage/sqlite.ts';
import { memoryAudit, sessionFor } from '../fixtures/gate/setup.ts';

const bin = join(import.meta.dirname, '../../bin/rampart.js');

function run(args: string[], options: { stdin?: string; env?: Record<string, string>; cwd?: string } = {}): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [bin, ...args], { cwd: options.cwd ?? directory, env: { ...process.env, ...options.env }, stdio: 'pipe' });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => { stdout += chunk.toString(); });
    child.stderr.on('data', (chunk: Buffer) => { stderr += chunk.toString(); });
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? -1, stdout, stderr }));
    child.stdin.end(options.stdin ?? '');
  });
}

const directory = mkdtempSync(join(tmpdir(), 'rampart-gate-cli-'));
afterAll(() => rmSync(directory, { recursive: true, force: true }));
mkdirSync(join(directory, 'workspace/docs'), { recursive: true });
writeFileSync(join(directory, 'workspace/docs/a.txt'), 'x');
const policyFile = join(directory, 'policy.yaml');
writeFileSync(policyFile, `version: 1
agents: { support-bot: { role: reader } }
roles:
  reader: { tools: [read_document, send_email, fetch_url], http: [GET] }
  admin: { tools: ["*"], db: admin, http: [GET, POST] }
tools:
  read_document: { category: read, args: { type: object, required: [path], properties: { path: { type: string } } }, validate: { path: { path: {} } } }
  send_email: { category: message, sink: true, validate: { to: { email_domain: [company.com] } } }
  fetch_url: { category: read, validate: { url: { url: { domains: [docs.company.com] } } } }
  refund_order: { risk: critical, approval: required }
`);

describe('rampart gate check', () => {
  it('allows a legitimate call (exit 0) and denies traversal (exit 1)', async () => {
    const allowed = await run(['gate', 'check', '--policy', policyFile, '--agent', 'support-bot'], { stdin: '{"name":"read_document","arguments":{"path":"docs/a.txt"}}' });
    expect(allowed).toMatchObject({ code: 0, stdout: 'allow read_document\n' });
    const denied = await run(['gate', 'check', '--policy', policyFile, '--agent', 'support-bot', '--json', '--call', '{"name":"read_document","arguments":{"path":"../../etc/passwd"}}']);
    expect(denied.code).toBe(1);
    expect(JSON.parse(denied.stdout)).toMatchObject({ action: 'deny', ruleId: 'gate.path.outside-workspace' });
  });

  it('reader cannot refund; tainted send_email is held (exit 1); DNS pinned with --resolve', async () => {
    const refund = await run(['gate', 'check', '--policy', policyFile, '--agent', 'support-bot', '--call', '{"name":"refund_order","arguments":{}}']);
    expect(refund.code).toBe(1);
    expect(refund.stdout).toMatch(/^deny gate\.role-denied/);
    const held = await run(['gate', 'check', '--policy', policyFile, '--role', 'reader', '--tainted', 'web:https://evil.example', '--call', '{"name":"send_email","arguments":{"to":"a@company.com"}}']);
    expect(held.code).toBe(1);
    expect(held.stdout).toMatch(/^ask gate\.flow\.tainted-sink: session tainted by web:https:\/\/evil\.example/);
    const rebound = await run(['gate', 'check', '--policy', policyFile, '--role', 'reader', '--resolve', 'docs.company.com=127.0.0.1', '--call', '{"name":"fetch_url","arguments":{"url":"https://docs.company.com/x"}}']);
    expect(rebound.stdout).toMatch(/^deny gate\.url\.dns-private/);
  });

  it('reports usage and policy errors with exit 2', async () => {
    expect((await run(['gate', 'check'])).code).toBe(2);
    expect((await run(['gate', 'check', '--policy', join(directory, 'missing.yaml'), '--role', 'reader', '--call', '{}'])).code).toBe(2);
    expect((await run(['gate', 'check', '--policy', policyFile, '--role', 'reader', '--call', 'not json'])).code).toBe(2);
    const usage = await run(['gate', 'check', '--help']);
    expect(usage.code).toBe(0);
    expect(usage.stdout).toContain('exit codes');
  });
});

describe('rampart approvals', () => {
  it('lists, shows and approves a pending call that the library then consumes exactly once', async () => {
    const dataDir = join(directory, 'data');
    const paths = ensureDataDir(resolveDataDir({ dataDir }));
    const database = openSqlite(paths.database);
    const queue = createApprovalQueue({ store: createSqliteApprovalStore(database), audit: memoryAudit(), trustedKeys: [loadOrCreateApproverKey(paths.keys)], pollIntervalMs: 20 });
    const call = { id: 'c1', name: 'refund_order', arguments: { order_id: 'ord_1234', amount: 25 } };
    const id = await queue.request(call, sessionFor('admin'), { ruleId: 'gate.approval.required', reason: 'this tool always needs a human approval', risk: 'critical' });
    const env = { RAMPART_DATA_DIR: dataDir };

    const listed = await run(['approvals', 'list', '--status', 'pending'], { env });
    expect(listed.code).toBe(0);
    expect(listed.stdout).toContain(id);
    expect(listed.stdout).toContain('refund_order');
    const shown = await run(['approvals', 'show', id, '--json'], { env });
    expect(JSON.parse(shown.stdout)).toMatchObject({ id, status: 'pending', request: { arguments: { amount: 25 } } });

    const approved = await run(['approvals', 'approve', id, '--as', 'alice'], { env });
    expect(approved).toMatchObject({ code: 0 });
    expect(approved.stdout).toContain('granted by alice');
    const again = await run(['approvals', 'deny', id], { env });
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('already-decided');

    expect(await queue.wait(id)).toBe('granted');
    expect(await queue.consume(id, { ...call, arguments: { order_id: 'ord_1234', amount: 2500 } })).toBe(false);
    expect(await queue.consume(id, call)).toBe(true);
    expect(await queue.consume(id, call)).toBe(false);
    database.close();
    expect((await run(['approvals', 'show', 'nope'], { env })).code).toBe(1);
  });
});

describe('rampart capability', () => {
  it('issues, narrows, enforces and revokes task tokens through the data directory', async () => {
    const env = { RAMPART_DATA_DIR: join(directory, 'capability-data') };
    const issued = await run(['capability', 'issue', '--tools', 'read_document,fetch_url', '--scope', 'path:path_prefix=docs', '--ttl', '1h', '--max-depth', '1'], { env });
    expect(issued.code).toBe(0);
    const token = issued.stdout.trim();
    expect(token).toMatch(/^rcap1\./);
    const widened = await run(['capability', 'attenuate', token, '--tools', 'read_document,send_email'], { env });
    expect(widened.code).toBe(1);
    expect(widened.stderr).toContain('gate.capability.widening');
    const child = await run(['capability', 'attenuate', token, '--tools', 'read_document'], { env });
    expect(child.code).toBe(0);
    const tooDeep = await run(['capability', 'attenuate', child.stdout.trim()], { env });
    expect(tooDeep.stderr).toContain('gate.capability.depth');
    const check = (capability: string, path: string) => run(['gate', 'check', '--policy', policyFile, '--role', 'reader', '--capability', capability, '--call', JSON.stringify({ name: 'read_document', arguments: { path } })], { env });
    expect((await check(child.stdout.trim(), 'docs/a.txt')).code).toBe(0);
    expect((await check(child.stdout.trim(), 'other/a.txt')).stdout).toMatch(/^deny gate\.capability\.scope/);
    expect((await run(['capability', 'revoke', token], { env })).code).toBe(0);
    expect((await check(child.stdout.trim(), 'docs/a.txt')).stdout).toMatch(/^deny gate\.capability\.revoked/);
    expect((await run(['capability', 'verify', token], { env })).code).toBe(1);
  });
});

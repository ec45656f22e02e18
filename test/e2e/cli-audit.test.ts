import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from '@modelcontextprotocol/client';
import { StdioClientTransport } from '@modelcontextprotocol/client/stdio';
import { afterAll, describe, expect, it } from 'vitest';
import { openAuditLog } from '../../src/audit/open-audit-trail.ts';
import { rowToEvent } from '../../src/audit/event-codec.ts';
import { verifyAudit } from '../../src/audit/verify-audit.ts';
import type { AuditEvent } from '../../src/kernel/audit-event.ts';

// The CLI surfaces that run code or decide tool calls append to the data directory's hash-chained trail.
const root = new URL('../../', import.meta.url).pathname;
const work = mkdtempSync(join(tmpdir(), 'rampart-cli-audit-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function rampart(args: string[], options: { input?: string; env?: Record<string, string> } = {}) {
  const env: Record<string, string | undefined> = { ...process.env, RAMPART_DATA_DIR: undefined, ...options.env };
  const result = spawnSync(process.execPath, [join(root, 'bin/rampart.js'), ...args], { cwd: work, input: options.input, encoding: 'utf8', timeout: 90_000, env });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Verifies the chain and signed checkpoints, then returns every event. */
async function verifiedEvents(dataDir: string): Promise<AuditEvent[]> {
  const log = openAuditLog({ dataDir });
  try {
    const verification = await verifyAudit(log.store, log.publicKey);
    expect(verification.ok).toBe(true);
    return (await log.store.range(1, 10_000)).map((row) => rowToEvent(row));
  } finally {
    await log.store.close();
  }
}

const gatePolicy = join(work, 'gate-policy.yaml');
writeFileSync(gatePolicy, `version: 1
roles:
  reader: { tools: [read_document] }
tools:
  read_document: { category: read, args: { type: object, required: [path], properties: { path: { type: string } } } }
`);

describe('CLI commands write a verifiable audit trail', () => {
  it('sandbox run records sandbox-run-started and sandbox-run-finished in --data-dir', async () => {
    const dataDir = join(work, 'sandbox-flag');
    const result = rampart(['sandbox', 'run', '--lang', 'js', '-', '--data-dir', dataDir], { input: "console.log('audited')" });
    expect(result).toMatchObject({ code: 0, stdout: 'audited\n' });
    const events = await verifiedEvents(dataDir);
    const types = events.map((event) => event.type);
    expect(types).toEqual(expect.arrayContaining(['sandbox-run-started', 'sandbox-run-finished', 'checkpoint-signed']));
    const finished = events.find((event) => event.type === 'sandbox-run-finished');
    expect(finished?.data).toMatchObject({ language: 'javascript', exitCode: 0, isolation: 'wasm' });
  });

  it('sandbox run follows RAMPART_DATA_DIR and extends the same chain on the next run', async () => {
    const dataDir = join(work, 'sandbox-env');
    expect(rampart(['sandbox', 'run', '--lang', 'js', '-'], { input: '1', env: { RAMPART_DATA_DIR: dataDir } }).code).toBe(0);
    expect(rampart(['sandbox', 'run', '--lang', 'js', '-', '--timeout', '100'], { input: 'for (;;) {}', env: { RAMPART_DATA_DIR: dataDir } }).code).toBe(1);
    const finished = (await verifiedEvents(dataDir)).filter((event) => event.type === 'sandbox-run-finished');
    expect(finished.map((event) => event.ruleIds)).toEqual([[], ['sandbox.limit.time']]);
  });

  it('gate check records tool-call-allowed and tool-call-blocked', async () => {
    const dataDir = join(work, 'gate');
    const allowed = rampart(['gate', 'check', '--policy', gatePolicy, '--role', 'reader', '--data-dir', dataDir, '--call', '{"name":"read_document","arguments":{"path":"a.txt"}}']);
    expect(allowed.code).toBe(0);
    const denied = rampart(['gate', 'check', '--policy', gatePolicy, '--role', 'reader', '--data-dir', dataDir, '--call', '{"name":"delete_everything","arguments":{}}']);
    expect(denied.code).toBe(1);
    const events = (await verifiedEvents(dataDir)).filter((event) => event.type.startsWith('tool-call-'));
    expect(events.map((event) => [event.type, event.data['tool']])).toEqual([['tool-call-allowed', 'read_document'], ['tool-call-blocked', 'delete_everything']]);
    expect(events[1]?.decision).toBe('deny');
  });

  it('fails closed: no run and exit 2 when the audit trail cannot be opened', () => {
    const blocker = join(work, 'a-file');
    writeFileSync(blocker, 'not a directory');
    const result = rampart(['sandbox', 'run', '--lang', 'js', '-', '--data-dir', join(blocker, 'data')], { input: "console.log('must not run')" });
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    const gate = rampart(['gate', 'check', '--policy', gatePolicy, '--role', 'reader', '--data-dir', join(blocker, 'data'), '--call', '{"name":"read_document","arguments":{"path":"a.txt"}}']);
    expect(gate.code).toBe(2);
    expect(gate.stdout).toBe('');
  });

  it('mcp code-interpreter audits every tool call and closes the trail when the client hangs up', async () => {
    const dataDir = join(work, 'mcp');
    const transport = new StdioClientTransport({ command: process.execPath, args: [join(root, 'bin/rampart.js'), 'mcp', 'code-interpreter', '--data-dir', dataDir], cwd: work, stderr: 'pipe' });
    const client = new Client({ name: 'cli-audit-e2e', version: '1.0.0' });
    await client.connect(transport);
    try {
      const result = await client.callTool({ name: 'run_javascript', arguments: { code: 'console.log(6 * 7)' } });
      expect(result.structuredContent).toMatchObject({ stdout: '42\n', exitCode: 0 });
    } finally {
      await client.close();
    }
    const events = await verifiedEvents(dataDir);
    expect(events.map((event) => event.type)).toEqual(expect.arrayContaining(['sandbox-run-started', 'sandbox-run-finished', 'checkpoint-signed']));
  }, 60_000);
});

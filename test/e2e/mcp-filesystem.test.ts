import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Client } from '@modelcontextprotocol/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApprovalQueue } from '../../src/approvals/create-approval-queue.ts';
import { loadOrCreateApproverKey } from '../../src/approvals/decision-signing.ts';
import { createSqliteApprovalStore } from '../../src/storage/sqlite-approval-store.ts';
import { openSqlite } from '../../src/storage/sqlite.ts';
import { filesystemServer, startGatewayHarness, temporaryDirectory, writePolicy, type GatewayHarness } from './mcp-harness.ts';

type ToolResult = { content: { type: string; text?: string }[]; isError?: boolean; _meta?: Record<string, { ruleId: string }> };
const ruleOf = (result: unknown) => (result as ToolResult)._meta?.['dev.rampart/verdict']?.ruleId;
const textOf = (result: unknown) => (result as ToolResult).content.map((block) => block.text ?? '').join('');

describe('server-filesystem behind the gateway', () => {
  const directory = temporaryDirectory('mcp-fs');
  const workspace = join(directory.path, 'workspace');
  const dataDir = join(directory.path, 'data');
  let harness: GatewayHarness;
  let client: Client;

  beforeAll(async () => {
    mkdirSync(workspace);
    writeFileSync(join(workspace, 'notes.txt'), 'meeting at noon\n');
    writeFileSync(join(workspace, '.env'), 'DATABASE_PASSWORD=hunter2-but-longer\n');
    writeFileSync(join(directory.path, 'outside.txt'), 'not yours\n');
    const policyPath = writePolicy(directory.path, `version: 1
default_role: agent
roles:
  agent: { tools: [read_text_file, list_directory, write_file, list_allowed_directories] }
workspace: { root: ./workspace }
tools:
  read_text_file: { risk: low, category: read, validate: { path: { path: { mode: read } } } }
  list_directory: { risk: low, category: read, validate: { path: { path: { mode: read } } } }
  list_allowed_directories: { risk: low, category: read }
  write_file: { risk: medium, category: write, approval: required, validate: { path: { path: { mode: write } } } }
approvals: { timeout: 20s }
# The bundled classifier scores read_text_file's stock description at 0.67; the balanced profile's
# 0.6 would hide it. Operators tune this per source; the poisoning rules still apply in full.
detection: { thresholds: { tool_description: 0.8 } }
`);
    // The server itself may touch the whole temporary directory: only the policy keeps the agent in ./workspace.
    harness = await startGatewayHarness({ policyPath, dataDir, command: filesystemServer(directory.path), server: 'filesystem', approvalHeartbeatMs: 50 });
    client = new Client({ name: 'rampart-e2e', version: '1.0.0' });
    await client.connect(harness.clientTransport);
  }, 60_000);

  afterAll(async () => {
    await client?.close();
    await harness?.close();
    directory.cleanup();
  });

  it('shows only the tools the role grants', async () => {
    const names = (await client.listTools()).tools.map((tool) => tool.name).sort();
    expect(names).toEqual(['list_allowed_directories', 'list_directory', 'read_text_file', 'write_file']);
  });

  it('allows reads inside the workspace', async () => {
    const result = await client.callTool({ name: 'read_text_file', arguments: { path: join(workspace, 'notes.txt') } });
    expect(result.isError).not.toBe(true);
    expect(textOf(result)).toContain('meeting at noon');
  });

  it('denies .env and reads outside the workspace by policy (the server would have allowed them)', async () => {
    const secret = await client.callTool({ name: 'read_text_file', arguments: { path: join(workspace, '.env') } });
    expect(secret.isError).toBe(true);
    expect(ruleOf(secret)).toMatch(/^gate\./);
    expect(JSON.stringify(secret)).not.toContain('hunter2');
    const outside = await client.callTool({ name: 'read_text_file', arguments: { path: join(directory.path, 'outside.txt') } });
    expect(outside.isError).toBe(true);
    expect(ruleOf(outside)).toMatch(/^gate\./);
    const traversal = await client.callTool({ name: 'read_text_file', arguments: { path: `${workspace}/../outside.txt` } });
    expect(traversal.isError).toBe(true);
  });

  it('holds a write until a human approves it, and blocks it when denied', async () => {
    const database = openSqlite(join(dataDir, 'rampart.db'));
    const queue = createApprovalQueue({ store: createSqliteApprovalStore(database), audit: { record: () => undefined, flush: async () => undefined }, trustedKeys: [loadOrCreateApproverKey(join(dataDir, "keys"))] });
    const signer = { approver: 'e2e-reviewer', privateKey: loadOrCreateApproverKey(join(dataDir, 'keys')) };
    async function decideNext(decision: 'granted' | 'denied', delayMs = 0): Promise<void> {
      await new Promise((resolve) => setTimeout(resolve, delayMs));
      for (let attempt = 0; attempt < 200; attempt++) {
        const [pending] = await queue.list({ status: 'pending' });
        if (pending !== undefined) {
          const outcome = await queue.decide(pending.id, decision, signer);
          expect(outcome.ok).toBe(true);
          return;
        }
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      throw new Error('no approval was requested');
    }
    try {
      const target = join(workspace, 'approved.txt');
      const progress: string[] = [];
      const held = client.callTool({ name: 'write_file', arguments: { path: target, content: 'approved content' } }, { onprogress: (update) => progress.push(update.message ?? ''), resetTimeoutOnProgress: true });
      const [written] = await Promise.all([held, decideNext('granted', 300)]);
      expect(written.isError).not.toBe(true);
      // While held, the client heard why it is waiting.
      expect(progress.length).toBeGreaterThan(0);
      expect(progress[0]).toMatch(/waiting for human approval/);
      expect(readFileSync(target, 'utf8')).toBe('approved content');
      const refused = join(workspace, 'refused.txt');
      const [blocked] = await Promise.all([client.callTool({ name: 'write_file', arguments: { path: refused, content: 'nope' } }), decideNext('denied')]);
      expect(blocked.isError).toBe(true);
      expect(ruleOf(blocked)).toBe('approval.denied');
      expect(existsSync(refused)).toBe(false);
    } finally {
      database.close();
    }
  }, 30_000);
});

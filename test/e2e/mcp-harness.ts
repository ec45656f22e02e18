import { mkdtempSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { PassThrough } from 'node:stream';
import { Client } from '@modelcontextprotocol/client';
import type { Transport } from '@modelcontextprotocol/server';
import { createLineTransport } from '../../src/mcp/line-transport.ts';
import { openMcpFirewall, type OpenedMcpFirewall } from '../../src/mcp/open-mcp-firewall.ts';
import { startStdioGateway, type StdioGateway } from '../../src/mcp/stdio-gateway.ts';

/** Repository root, for paths to bin/ and node_modules/. */
export const repositoryRoot = resolve(import.meta.dirname, '../..');

/** Command line of the npm server-everything in stdio mode. */
export const everythingServer = [process.execPath, join(repositoryRoot, 'node_modules/@modelcontextprotocol/server-everything/dist/index.js'), 'stdio'] as const;

/** Command line of the npm server-filesystem over a directory. */
export function filesystemServer(directory: string): string[] {
  return [process.execPath, join(repositoryRoot, 'node_modules/@modelcontextprotocol/server-filesystem/dist/index.js'), directory];
}

/** Command line of the malicious test server with a scenario. */
export function maliciousServer(scenario: string): string[] {
  return [process.execPath, join(repositoryRoot, 'test/e2e/mcp-malicious-server.ts'), scenario];
}

/** A temporary directory removed by `cleanup`. */
export function temporaryDirectory(prefix: string): { path: string; cleanup: () => void } {
  const path = realpathSync(mkdtempSync(join(tmpdir(), `rampart-${prefix}-`)));
  return { path, cleanup: () => rmSync(path, { recursive: true, force: true }) };
}

/** Writes a policy file into a directory and returns its path. */
export function writePolicy(directory: string, yaml: string): string {
  const path = join(directory, 'rampart.yaml');
  writeFileSync(path, yaml);
  return path;
}

/**
 * Policy that allows every tool server-everything exposes (by name or glob), with the given mcp
 * section. Injection findings on results are flagged, not blocked: the detector's classifier scores
 * some of the server's benign prompt texts as attacks, and this policy tests protocol transparency.
 */
export function everythingPolicy(mcp = '{ call_timeout: 20s }'): string {
  return `version: 1
default_role: agent
roles:
  agent: { tools: ["*"] }
tools:
  echo: { risk: low }
  "get-*": { risk: low }
  "trigger-*": { risk: low }
  "toggle-*": { risk: low }
  gzip-file-as-resource: { risk: low }
  simulate-research-query: { risk: low }
detection: { on_untrusted: flag }
mcp: ${mcp}
`;
}

/** An in-process `rampart mcp wrap` with an SDK-ready client transport. */
export interface GatewayHarness {
  readonly opened: OpenedMcpFirewall;
  readonly gateway: StdioGateway;
  /** Connect an SDK Client to this. */
  readonly clientTransport: Transport;
  /** Raw access to the client side of the pipes, for malformed-input tests. */
  readonly toGateway: PassThrough;
  readonly fromGateway: PassThrough;
  close(): Promise<void>;
}

/** Starts the stdio gateway in this process around a child server command. */
export async function startGatewayHarness(options: { policyPath: string; dataDir: string; command: readonly string[]; server?: string; agentId?: string; env?: Record<string, string | undefined>; approvalHeartbeatMs?: number }): Promise<GatewayHarness> {
  const opened = await openMcpFirewall({ policyPath: options.policyPath, dataDir: options.dataDir, env: options.env ?? {}, cwd: repositoryRoot });
  const toGateway = new PassThrough();
  const fromGateway = new PassThrough();
  const [command, ...args] = options.command;
  const gateway = await startStdioGateway({
    opened, command: command!, args, input: toGateway, output: fromGateway, stderr: 'ignore', env: { ...process.env, ...options.env },
    ...(options.server === undefined ? {} : { server: options.server }),
    ...(options.agentId === undefined ? {} : { agentId: options.agentId }),
    ...(options.approvalHeartbeatMs === undefined ? {} : { approvalHeartbeatMs: options.approvalHeartbeatMs }),
  });
  const clientTransport = createLineTransport({ input: fromGateway, output: toGateway, maxMessageBytes: 64 * 1024 * 1024, answerBadInput: false });
  return {
    opened, gateway, clientTransport, toGateway, fromGateway,
    async close() {
      toGateway.end();
      await gateway.close();
      await opened.close();
    },
  };
}

/** Every audit event recorded in a data directory so far (after the trail was flushed). */
export async function auditEvents(dataDir: string): Promise<{ type: string; ruleIds: string[]; data: Record<string, unknown> }[]> {
  const { openAuditLog } = await import('../../src/audit/index.ts');
  const log = openAuditLog({ dataDir });
  try {
    const events: { type: string; ruleIds: string[]; data: Record<string, unknown> }[] = [];
    for await (const page of log.store.pages()) for (const row of page) events.push(JSON.parse(row.body) as { type: string; ruleIds: string[]; data: Record<string, unknown> });
    return events;
  } finally {
    await log.store.close();
  }
}

/** Everything a client observes in one scripted session, normalised for comparison. */
export async function transcript(transport: Transport): Promise<Record<string, unknown>> {
  const client = new Client({ name: 'rampart-e2e', version: '1.0.0' });
  await client.connect(transport);
  try {
    const tools = await client.listTools();
    const resources = await client.listResources();
    const firstResource = resources.resources[0];
    const prompts = await client.listPrompts();
    const progress: number[] = [];
    const longRunning = await client.callTool({ name: 'trigger-long-running-operation', arguments: { duration: 0.3, steps: 3 } }, { onprogress: (update) => progress.push(update.progress) });
    const controller = new AbortController();
    const cancelled = client.callTool({ name: 'trigger-long-running-operation', arguments: { duration: 5, steps: 5 } }, { signal: controller.signal });
    setTimeout(() => controller.abort('test cancels'), 300);
    const cancellation = await cancelled.then(() => 'completed', () => 'rejected');
    return {
      server: client.getServerVersion()?.name,
      capabilities: client.getServerCapabilities(),
      tools: tools.tools,
      echo: await client.callTool({ name: 'echo', arguments: { message: 'hello through the gateway' } }),
      sum: await client.callTool({ name: 'get-sum', arguments: { a: 2, b: 40 } }),
      structured: await client.callTool({ name: 'get-structured-content', arguments: { location: 'New York' } }),
      image: await client.callTool({ name: 'get-tiny-image', arguments: {} }),
      resources: resources.resources.map((resource) => resource.uri),
      nextCursor: resources.nextCursor ?? null,
      read: firstResource === undefined ? null : await client.readResource({ uri: firstResource.uri }),
      templates: (await client.listResourceTemplates()).resourceTemplates,
      prompts: prompts.prompts,
      prompt: await client.getPrompt({ name: 'simple-prompt', arguments: {} }),
      longRunning,
      // The SDK client may drop the last progress update when the result lands in the same read
      // (seen directly too), so the comparison is on ordered progress, not on the exact count.
      progress: progress.length >= 2 && progress.every((value, index) => index === 0 || value > progress[index - 1]!) && progress.every((value) => value <= 3),
      cancellation,
      afterCancellation: await client.callTool({ name: 'echo', arguments: { message: 'still alive' } }),
    };
  } finally {
    await client.close();
  }
}


import { Client } from '@modelcontextprotocol/client';
import { StdioClientTransport } from '@modelcontextprotocol/client/stdio';
import { Client as ClientV1 } from '@modelcontextprotocol/sdk/client/index.js';
import { StdioClientTransport as StdioClientTransportV1 } from '@modelcontextprotocol/sdk/client/stdio.js';
import type { Transport } from '@modelcontextprotocol/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { everythingPolicy, everythingServer, startGatewayHarness, temporaryDirectory, writePolicy, type GatewayHarness } from './mcp-harness.ts';

/** Everything a client observes in one scripted session, normalised for comparison. */
async function transcript(transport: Transport): Promise<Record<string, unknown>> {
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
      progress,
      cancellation,
      afterCancellation: await client.callTool({ name: 'echo', arguments: { message: 'still alive' } }),
    };
  } finally {
    await client.close();
  }
}

describe('server-everything behind `rampart mcp wrap`', () => {
  const directory = temporaryDirectory('mcp-everything');
  let direct: Record<string, unknown>;
  let harness: GatewayHarness;

  beforeAll(async () => {
    const [command, ...args] = everythingServer;
    direct = await transcript(new StdioClientTransport({ command, args, stderr: 'ignore' }));
    harness = await startGatewayHarness({ policyPath: writePolicy(directory.path, everythingPolicy()), dataDir: `${directory.path}/data`, command: everythingServer });
  }, 60_000);

  afterAll(async () => {
    await harness?.close();
    directory.cleanup();
  });

  it('behaves exactly as the server without the gateway: tools, resources, prompts, progress, cancellation', async () => {
    const wrapped = await transcript(harness.clientTransport);
    expect(direct['cancellation']).toBe('rejected');
    expect((direct['progress'] as number[]).length).toBe(3);
    expect(wrapped).toEqual(direct);
  }, 60_000);

  it('pins every listed tool on first sight', async () => {
    const pins = await harness.opened.pins.list(harness.gateway.server);
    expect(pins.map((pin) => pin.tool)).toEqual(expect.arrayContaining(['echo', 'get-sum', 'trigger-long-running-operation']));
  });
});

describe('the v1 SDK client through the CLI gateway', () => {
  const directory = temporaryDirectory('mcp-v1');
  afterAll(() => directory.cleanup());

  it('lists and calls tools through `node bin/rampart.js mcp wrap`', async () => {
    const policyPath = writePolicy(directory.path, everythingPolicy());
    const transport = new StdioClientTransportV1({
      command: process.execPath,
      args: ['bin/rampart.js', 'mcp', 'wrap', '--policy', policyPath, '--data-dir', `${directory.path}/data`, '--name', 'everything', '--', ...everythingServer],
      stderr: 'ignore',
    });
    const client = new ClientV1({ name: 'rampart-e2e-v1', version: '1.0.0' });
    await client.connect(transport);
    const tools = await client.listTools();
    expect(tools.tools.map((tool) => tool.name)).toContain('echo');
    const result = await client.callTool({ name: 'echo', arguments: { message: 'v1 says hi' } });
    expect(result.content).toEqual([{ type: 'text', text: 'Echo: v1 says hi' }]);
    const unknown = await client.callTool({ name: 'no-such-tool', arguments: {} }).then(() => 'resolved', (error: Error) => error.message);
    expect(unknown).toMatch(/Unknown tool: no-such-tool/);
    await client.close();
  }, 60_000);
});

import { StdioClientTransport } from '@modelcontextprotocol/client/stdio';
import { Client as ClientV1 } from '@modelcontextprotocol/sdk/client/index.js';
import { StdioClientTransport as StdioClientTransportV1 } from '@modelcontextprotocol/sdk/client/stdio.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { everythingPolicy, everythingServer, startGatewayHarness, temporaryDirectory, transcript, writePolicy, type GatewayHarness } from './mcp-harness.ts';

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
    expect(direct['progress']).toBe(true);
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

import { Client } from '@modelcontextprotocol/client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { maliciousServer, startGatewayHarness, temporaryDirectory, writePolicy, type GatewayHarness } from './mcp-harness.ts';

const policy = `version: 1
default_role: agent
roles:
  agent: { tools: ["*"] }
tools:
  get_weather: { risk: low }
  crash: { risk: low }
  hang: { risk: low }
  flood: { risk: low }
  garbage: { risk: low }
mcp: { call_timeout: 3s, max_message_bytes: 65536 }
`;

/** Reads JSON lines the gateway writes to the client until one matches. */
function nextLine(harness: GatewayHarness, predicate: (message: Record<string, unknown>) => boolean): Promise<Record<string, unknown>> {
  return new Promise((resolve) => {
    let buffer = '';
    const onData = (chunk: Buffer) => {
      buffer += chunk.toString('utf8');
      let newline: number;
      while ((newline = buffer.indexOf('\n')) !== -1) {
        const line = buffer.slice(0, newline);
        buffer = buffer.slice(newline + 1);
        const message = JSON.parse(line) as Record<string, unknown>;
        if (predicate(message)) {
          harness.fromGateway.off('data', onData);
          resolve(message);
          return;
        }
      }
    };
    harness.fromGateway.on('data', onData);
  });
}

const isAlive = (pid: number | undefined) => {
  if (pid === undefined) return false;
  try { process.kill(pid, 0); return true; } catch { return false; }
};

describe('bad input through the stdio gateway', () => {
  let directory: ReturnType<typeof temporaryDirectory>;
  let harness: GatewayHarness;

  beforeEach(async () => {
    directory = temporaryDirectory('mcp-bad');
    harness = await startGatewayHarness({ policyPath: writePolicy(directory.path, policy), dataDir: `${directory.path}/data`, command: maliciousServer('all'), server: 'evil' });
  });
  afterEach(async () => {
    await harness.close();
    directory.cleanup();
  });

  async function connect(): Promise<Client> {
    const client = new Client({ name: 'rampart-e2e', version: '1.0.0' });
    await client.connect(harness.clientTransport);
    await client.listTools();
    return client;
  }

  it('answers malformed JSON, non-JSON-RPC and oversized messages with clear errors and keeps serving', async () => {
    const parse = nextLine(harness, (message) => (message['error'] as { code?: number } | undefined)?.code === -32700);
    harness.toGateway.write('{"jsonrpc": "2.0", "id": 1, "method": \n');
    expect(await parse).toMatchObject({ id: null, error: { code: -32700 } });
    const invalid = nextLine(harness, (message) => message['id'] === 7);
    harness.toGateway.write('{"jsonrpc":"2.0","id":7,"bogus":true}\n');
    expect(await invalid).toMatchObject({ id: 7, error: { code: -32600 } });
    const large = nextLine(harness, (message) => message['id'] === 8);
    harness.toGateway.write(`{"jsonrpc":"2.0","id":8,"method":"tools/call","params":{"name":"get_weather","arguments":{"city":"${'x'.repeat(70_000)}"}}}\n`);
    expect(await large).toMatchObject({ id: 8, error: { code: -32003 } });
    const client = await connect();
    expect((await client.callTool({ name: 'get_weather', arguments: { city: 'Rome' } })).content).toEqual([{ type: 'text', text: 'Sunny in Rome.' }]);
  }, 30_000);

  it('a server that hangs: the call times out with an error, the gateway keeps serving', async () => {
    const client = await connect();
    await expect(client.callTool({ name: 'hang', arguments: {} })).rejects.toThrow(/did not answer tools\/call within 3000 ms/);
    expect((await client.callTool({ name: 'get_weather', arguments: { city: 'Lima' } })).content).toEqual([{ type: 'text', text: 'Sunny in Lima.' }]);
  }, 30_000);

  it('a server that floods notifications or writes junk: results still arrive, forged responses are dropped', async () => {
    const client = await connect();
    expect((await client.callTool({ name: 'flood', arguments: { count: 3_000 } })).content).toEqual([{ type: 'text', text: 'flooded' }]);
    expect((await client.callTool({ name: 'garbage', arguments: {} })).content).toEqual([{ type: 'text', text: 'after garbage' }]);
    expect((await client.callTool({ name: 'get_weather', arguments: { city: 'Kyiv' } })).content).toEqual([{ type: 'text', text: 'Sunny in Kyiv.' }]);
  }, 60_000);

  it('a server that crashes mid-call: the call fails with an error and the gateway shuts down cleanly', async () => {
    const client = await connect();
    await expect(client.callTool({ name: 'crash', arguments: {} })).rejects.toThrow(/went away|closed/i);
    expect(await harness.gateway.child.exited).toBe(3);
    await harness.gateway.connection.closed;
  }, 30_000);

  it('a client that disconnects mid-call: the child server is stopped, nothing hangs', async () => {
    const client = await connect();
    const pending = client.callTool({ name: 'hang', arguments: {} }).catch(() => 'failed');
    await new Promise((resolve) => setTimeout(resolve, 100));
    harness.toGateway.end();
    await harness.gateway.connection.closed;
    await harness.gateway.child.exited;
    expect(isAlive(harness.gateway.child.pid)).toBe(false);
    await client.close();
    expect(await pending).toBe('failed');
  }, 30_000);
});

import { spawn, type ChildProcess } from 'node:child_process';
import { request as httpRequest } from 'node:http';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { Client, StreamableHTTPClientTransport } from '@modelcontextprotocol/client';
import { StdioClientTransport } from '@modelcontextprotocol/client/stdio';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHttpGateway, type HttpGateway } from '../../src/mcp/http-gateway.ts';
import { openMcpFirewall, type OpenedMcpFirewall } from '../../src/mcp/open-mcp-firewall.ts';
import { createAuthenticator } from '../../src/firewall/authenticate.ts';
import { everythingPolicy, everythingServer, repositoryRoot, temporaryDirectory, transcript, writePolicy } from './mcp-harness.ts';

const keys = { RAMPART_KEY_ALICE: 'alice-key-0123456789abcdef', RAMPART_KEY_BOB: 'bob-key-0123456789abcdef' };
const policyWithAgents = everythingPolicy().replace('default_role: agent\n', 'agents:\n  alice: { role: agent, key_env: RAMPART_KEY_ALICE }\n  bob: { role: agent, key_env: RAMPART_KEY_BOB }\n');

function httpClientTransport(url: string, key: string, headers: Record<string, string> = {}): StreamableHTTPClientTransport {
  return new StreamableHTTPClientTransport(new URL(url), { requestInit: { headers: { authorization: `Bearer ${key}`, ...headers } } });
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** A raw POST (node:http, because fetch may not set Host) returning the status code. */
function post(url: string, headers: Record<string, string>): Promise<number> {
  return new Promise((resolve, reject) => {
    const request = httpRequest(url, { method: 'POST', headers: { 'content-type': 'application/json', accept: 'application/json, text/event-stream', ...headers } }, (response) => {
      response.resume();
      resolve(response.statusCode ?? 0);
    });
    request.on('error', reject);
    request.end(JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'ping' }));
  });
}

describe('`rampart mcp serve` (Streamable HTTP) in front of server-everything', () => {
  const directory = temporaryDirectory('mcp-http');
  let opened: OpenedMcpFirewall;
  let stdioGateway: HttpGateway;
  let httpGateway: HttpGateway;
  let upstreamProcess: ChildProcess;
  let direct: Record<string, unknown>;

  beforeAll(async () => {
    const [command, ...args] = everythingServer;
    direct = await transcript(new StdioClientTransport({ command, args, stderr: 'ignore' }));
    opened = await openMcpFirewall({ policyPath: writePolicy(directory.path, policyWithAgents), dataDir: join(directory.path, 'data'), env: keys, cwd: repositoryRoot });
    const auth = createAuthenticator(opened.firewall.policy, keys);
    const authenticate = (authorization: string | undefined) => auth.authenticate({ authorization });
    stdioGateway = await startHttpGateway({ opened, upstream: { command, args }, server: 'everything', authenticate, port: 0, stderr: 'ignore' });
    const port = await freePort();
    upstreamProcess = spawn(process.execPath, [everythingServer[1], 'streamableHttp'], { env: { ...process.env, PORT: String(port) }, stdio: ['ignore', 'ignore', 'pipe'] });
    await new Promise<void>((resolve) => upstreamProcess.stderr!.on('data', (chunk: Buffer) => { if (chunk.toString().includes('listening')) resolve(); }));
    httpGateway = await startHttpGateway({ opened, upstream: { url: `http://127.0.0.1:${port}/mcp` }, server: 'everything-http', authenticate, port: 0 });
  }, 60_000);

  afterAll(async () => {
    await stdioGateway?.close();
    await httpGateway?.close();
    upstreamProcess?.kill();
    await opened?.close();
    directory.cleanup();
  });

  it('stdio upstream: behaves exactly as the server without the gateway', async () => {
    expect(await transcript(httpClientTransport(stdioGateway.url, keys.RAMPART_KEY_ALICE))).toEqual(direct);
  }, 60_000);

  it('HTTP upstream: tools, calls, resources and prompts pass through', async () => {
    const client = new Client({ name: 'rampart-e2e', version: '1.0.0' });
    await client.connect(httpClientTransport(httpGateway.url, keys.RAMPART_KEY_BOB));
    expect((await client.listTools()).tools.map((tool) => tool.name)).toEqual((direct['tools'] as { name: string }[]).map((tool) => tool.name));
    expect(await client.callTool({ name: 'echo', arguments: { message: 'hello through the gateway' } })).toEqual(direct['echo']);
    expect((await client.getPrompt({ name: 'simple-prompt', arguments: {} })).messages).toEqual((direct['prompt'] as { messages: unknown }).messages);
    await client.close();
  }, 60_000);

  it('rejects missing tokens, foreign Hosts and Origins, and another agent\'s session', async () => {
    const { host } = new URL(stdioGateway.url);
    expect(await post(stdioGateway.url, {})).toBe(401);
    expect(await post(stdioGateway.url, { authorization: 'Bearer wrong-key-0123456789abcdef' })).toBe(401);
    expect(await post(stdioGateway.url, { authorization: `Bearer ${keys.RAMPART_KEY_ALICE}`, host: 'evil.example:80' })).toBe(421);
    expect(await post(stdioGateway.url, { authorization: `Bearer ${keys.RAMPART_KEY_ALICE}`, origin: 'https://evil.example' })).toBe(403);
    const client = new Client({ name: 'rampart-e2e', version: '1.0.0' });
    const transport = httpClientTransport(stdioGateway.url, keys.RAMPART_KEY_ALICE);
    await client.connect(transport);
    expect(transport.sessionId).toBeDefined();
    expect(await post(stdioGateway.url, { authorization: `Bearer ${keys.RAMPART_KEY_BOB}`, 'mcp-session-id': transport.sessionId!, 'mcp-protocol-version': '2025-11-25', host })).toBe(404);
    await client.close();
  }, 60_000);
});

// MCP gateway overhead benchmark: `node bench/mcp.bench.ts`; writes docs/benchmarks/mcp.md.
// Target (issue 7): tools/call through the gateway adds <= 1 ms p50 over calling the server directly, stdio and HTTP.
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { Client, StreamableHTTPClientTransport } from '@modelcontextprotocol/client';
import { StdioClientTransport } from '@modelcontextprotocol/client/stdio';
import type { Transport } from '@modelcontextprotocol/server';
import { startHttpGateway } from '../src/mcp/http-gateway.ts';
import { createLineTransport } from '../src/mcp/line-transport.ts';
import { openMcpFirewall } from '../src/mcp/open-mcp-firewall.ts';
import { startStdioGateway } from '../src/mcp/stdio-gateway.ts';

const root = new URL('..', import.meta.url).pathname;
const echoServer = join(root, 'bench/mcp-echo-server.ts');
const warmup = 50;
const calls = 400;
const message = 'What is the weather in Oslo tomorrow?';

function percentile(sorted: readonly number[], fraction: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * fraction))]!;
}

async function measure(transport: Transport): Promise<{ p50: number; p95: number }> {
  const client = new Client({ name: 'bench', version: '1.0.0' });
  await client.connect(transport);
  await client.listTools();
  const times: number[] = [];
  for (let index = 0; index < warmup + calls; index++) {
    const started = performance.now();
    // A different result every call: the detector's result cache would otherwise answer for the repeated text.
    const result = await client.callTool({ name: 'echo', arguments: { message: `${message} (request ${index})` } });
    const elapsed = performance.now() - started;
    if (JSON.stringify(result).includes('Rampart blocked')) throw new Error(`the gateway blocked the benchmark call: ${JSON.stringify(result)}`);
    if (index >= warmup) times.push(elapsed);
  }
  await client.close();
  times.sort((left, right) => left - right);
  return { p50: percentile(times, 0.5), p95: percentile(times, 0.95) };
}

const startLoad = loadavg().map((value) => value.toFixed(1)).join(' / ');
const directory = mkdtempSync(join(tmpdir(), 'rampart-mcp-bench-'));
const policyPath = join(directory, 'rampart.yaml');
writeFileSync(policyPath, 'version: 1\nagents:\n  bench: { role: agent, key_env: RAMPART_KEY_BENCH }\ndefault_role: agent\nroles:\n  agent: { tools: [echo] }\ntools:\n  echo: { risk: low }\n');
const env = { RAMPART_KEY_BENCH: 'bench-key-0123456789abcdef' };
const opened = await openMcpFirewall({ policyPath, dataDir: join(directory, 'data'), env, cwd: root });

// stdio: direct child vs the same child behind the in-process stdio gateway.
const directStdio = await measure(new StdioClientTransport({ command: process.execPath, args: [echoServer], stderr: 'ignore' }));
const toGateway = new PassThrough();
const fromGateway = new PassThrough();
const stdioGateway = await startStdioGateway({ opened, command: process.execPath, args: [echoServer], input: toGateway, output: fromGateway, stderr: 'ignore', server: 'bench-echo' });
const gatewayStdio = await measure(createLineTransport({ input: fromGateway, output: toGateway, maxMessageBytes: 1 << 24, answerBadInput: false }));
await stdioGateway.close();

// HTTP: the echo server over Streamable HTTP, direct vs behind `mcp serve`.
const upstream = spawn(process.execPath, [echoServer, 'http', '0'], { stdio: ['ignore', 'pipe', 'ignore'] });
const port = await new Promise<number>((resolve) => upstream.stdout.once('data', (chunk: Buffer) => resolve((JSON.parse(chunk.toString()) as { port: number }).port)));
const upstreamUrl = `http://127.0.0.1:${port}/mcp`;
const directHttp = await measure(new StreamableHTTPClientTransport(new URL(upstreamUrl)));
const httpGateway = await startHttpGateway({ opened, upstream: { url: upstreamUrl }, server: 'bench-echo-http', authenticate: (authorization) => (authorization === `Bearer ${env.RAMPART_KEY_BENCH}` ? 'bench' : undefined), port: 0 });
const gatewayHttp = await measure(new StreamableHTTPClientTransport(new URL(httpGateway.url), { requestInit: { headers: { authorization: `Bearer ${env.RAMPART_KEY_BENCH}` } } }));
await httpGateway.close();
upstream.kill();
await opened.close();
rmSync(directory, { recursive: true, force: true });

const format = (value: number) => `${value.toFixed(3)} ms`;
const row = (mode: string, direct: { p50: number; p95: number }, gateway: { p50: number; p95: number }) => {
  const added = gateway.p50 - direct.p50;
  return `| ${mode} | ${format(direct.p50)} / ${format(direct.p95)} | ${format(gateway.p50)} / ${format(gateway.p95)} | ${format(added)} | ${added <= 1 ? 'met' : 'NOT met'} |`;
};
const section = [
  '## MCP gateway',
  '',
  `Measured ${new Date().toISOString().slice(0, 10)} on ${cpus()[0]?.model ?? 'unknown CPU'}, ${cpus().length} cores, Node ${process.version}; 1/5/15-minute load average ${startLoad} at the start (the machine is shared).`,
  `${calls} sequential tools/call (after ${warmup} warm-up calls) of a one-tool echo server, direct and through the gateway, in the same run.`,
  'The gateway path includes the full firewall: gate (role, schema, budgets on SQLite), injection detector and output inspection on the result, and the audit trail on SQLite.',
  '',
  '| Mode | Direct p50 / p95 | Through Rampart p50 / p95 | Added p50 | Target <= 1 ms |',
  '| --- | --- | --- | --- | --- |',
  row('stdio (`mcp wrap`)', directStdio, gatewayStdio),
  row('Streamable HTTP (`mcp serve`)', directHttp, gatewayHttp),
  '',
  'Over HTTP the gateway adds a second HTTP exchange (gateway to upstream, SSE response), which alone costs about as much as the direct call; the firewall share is the stdio figure. Where that time goes (CPU profile of this benchmark, `node --cpu-prof bench/mcp.bench.ts`): the firewall share is mostly the injection detector on the untrusted result and the SQLite audit append; the rest is the MCP SDK\'s Streamable HTTP machinery on both legs (web-stream SSE encoding and parsing, and undici fetch writing each request body through an async iterator). A fetch over undici `request()` with a one-write body was tried for the upstream leg and changed nothing measurable (1.22 ms added), so it was not kept. On this shared 2-core machine the HTTP figure varies between runs with the same code (0.85 to 1.64 ms added p50 seen, 1.21 and 1.22 ms in two runs on 2026-11-22 at load average about 3.8): a single "met" is not proof that the target holds; the HTTP target is not reliably met.',
  '',
].join('\n');
process.stdout.write(`${section}\n`);
mkdirSync(join(root, 'docs/benchmarks'), { recursive: true });
writeFileSync(join(root, 'docs/benchmarks/mcp.md'), section);

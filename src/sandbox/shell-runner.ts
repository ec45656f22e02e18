import { chownSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { constants as osConstants, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { findExecutable, systemMounts, type IsolationProbe, type SandboxMount } from './bubblewrap.ts';
import { killConfined, spawnConfined } from './confined-process.ts';
import { createOutputCapture } from './output-capture.ts';
import { buildSeccompFilter } from './seccomp-filter.ts';
import type { LimitName, ResolvedLimits } from './run-types.ts';
import { timeoutExitCode } from './run-types.ts';

/** What a shell run produced. */
export interface ShellOutcome {
  readonly stdout: string;
  readonly stderr: string;
  readonly files: Map<string, Uint8Array>;
  readonly exitCode: number;
  readonly limitsHit: LimitName[];
  readonly notes: string[];
}

/** Where the in-sandbox forwarder finds the egress proxy: a unix socket inside a directory Rampart owns. */
export interface EgressEndpoint {
  readonly socketDirectory: string;
  readonly socketName: string;
}

/** What every shell run of one sandbox shares, resolved once: system mounts, the seccomp program and helper binaries. */
export interface ShellLauncher {
  readonly probe: IsolationProbe;
  readonly systemMounts: readonly SandboxMount[];
  /** The `unix-and-inet` seccomp program, assembled once instead of per run. */
  readonly seccompProgram: Uint8Array;
  readonly prlimit: string;
  /** The in-sandbox egress forwarder; undefined when socat is not installed. */
  readonly socat: string | undefined;
}

/** Prepares the per-sandbox part of shell runs; `etcView` is a createEtcView directory (absent: one bind per allowed /etc file). */
export function prepareShellLauncher(probe: IsolationProbe, etcView?: string): ShellLauncher {
  return {
    probe,
    systemMounts: systemMounts(etcView),
    seccompProgram: buildSeccompFilter('unix-and-inet'),
    prlimit: findExecutable('prlimit', '/usr/bin:/bin') ?? '/usr/bin/prlimit',
    socat: findExecutable('socat', '/usr/bin:/bin'),
  };
}

/** Options for one shell run. */
export interface ShellRunOptions {
  readonly launcher: ShellLauncher;
  readonly code: string;
  readonly files: Map<string, Uint8Array>;
  readonly limits: ResolvedLimits;
  /** Absent: the sandbox has no network at all, and no forwarder is started. */
  readonly egress?: EgressEndpoint;
}

const maxProcesses = 64;
const proxyPort = 3128;

// Starts a forwarder from 127.0.0.1:3128 in the sandbox's own network namespace to the proxy's unix socket,
// waits until it listens (127.0.0.1:3128 = 0100007F:0C38 in /proc/net/tcp, state 0A = LISTEN), then runs the guest
// command. The first polls use shell builtins only (no fork per poll); after those it sleeps between polls.
function egressWrapper(socat: string): string {
  return `${socat} TCP-LISTEN:${proxyPort},bind=127.0.0.1,reuseaddr,fork UNIX-CONNECT:/run/rampart/egress.sock 2>/dev/null &
i=0
while [ $i -lt 400 ]; do
  while read -r _ local _ state _; do [ "$local" = 0100007F:0C38 ] && [ "$state" = 0A ] && break 2; done < /proc/net/tcp
  i=$((i+1)); [ $i -lt 50 ] || sleep 0.005
done
exec /bin/sh -c "$1"`;
}

function writeWorkspace(root: string, files: Map<string, Uint8Array>, owner: number | undefined): void {
  for (const [name, bytes] of files) {
    const path = join(root, name);
    mkdirSync(dirname(path), { recursive: true, mode: 0o700 });
    writeFileSync(path, bytes, { mode: 0o600 });
  }
  if (owner === undefined) return;
  const chownTree = (path: string): void => {
    chownSync(path, owner, owner);
    if (lstatSync(path).isDirectory()) for (const entry of readdirSync(path)) chownTree(join(path, entry));
  };
  chownTree(root);
}

/** Reads back regular files only: symlinks the guest planted are never followed, so they cannot pull host files out. */
function readWorkspace(root: string, filesBytes: number, limitsHit: Set<LimitName>): Map<string, Uint8Array> {
  const files = new Map<string, Uint8Array>();
  let total = 0;
  let entries = 0;
  const walk = (directory: string, prefix: string, depth: number): void => {
    if (depth > 32) return;
    for (const name of readdirSync(directory)) {
      if (++entries > 10_000) { limitsHit.add('files'); return; }
      const path = join(directory, name);
      const stat = lstatSync(path);
      if (stat.isDirectory()) walk(path, `${prefix}${name}/`, depth + 1);
      else if (stat.isFile()) {
        if (total + stat.size > filesBytes) { limitsHit.add('files'); continue; }
        total += stat.size;
        files.set(`${prefix}${name}`, readFileSync(path));
      }
    }
  };
  walk(root, '', 0);
  return files;
}

/** Runs `sh -c CODE` under bubblewrap + seccomp with a writable workspace only, resource limits and (optionally) proxied egress. */
export async function runShell(options: ShellRunOptions): Promise<ShellOutcome> {
  const { launcher, limits } = options;
  const { probe, socat } = launcher;
  const owner = probe.available ? probe.dropToUid : undefined;
  const workspace = mkdtempSync(join(tmpdir(), 'rampart-sandbox-'));
  const notes: string[] = [];
  const limitsHit = new Set<LimitName>();
  try {
    writeWorkspace(workspace, options.files, owner);
    const mounts: SandboxMount[] = [...launcher.systemMounts, { kind: 'bind', source: workspace, target: '/workspace' }];
    const environment: Record<string, string> = { PATH: '/usr/local/bin:/usr/bin:/bin', HOME: '/workspace', LANG: 'C.UTF-8', TMPDIR: '/tmp' };
    let command = ['/bin/sh', '-c', options.code];
    if (options.egress !== undefined && socat === undefined) notes.push('egress is allowed by policy but socat is not installed, so the sandbox has no network');
    if (options.egress !== undefined && socat !== undefined) {
      mounts.push({ kind: 'ro-bind', source: options.egress.socketDirectory, target: '/run/rampart' });
      const proxy = `http://127.0.0.1:${proxyPort}`;
      Object.assign(environment, { HTTP_PROXY: proxy, HTTPS_PROXY: proxy, http_proxy: proxy, https_proxy: proxy, NO_PROXY: '', no_proxy: '' });
      command = ['/bin/sh', '-c', egressWrapper(socat), 'sandbox', options.code];
    }
    const child = spawnConfined({
      probe, mounts, environment, workingDirectory: '/workspace', sockets: 'unix-and-inet', seccompProgram: launcher.seccompProgram, dropPrivileges: true,
      command: [launcher.prlimit, `--as=${limits.memoryMb * 1024 * 1024}`, `--nproc=${maxProcesses}`, `--fsize=${limits.filesBytes}`, '--core=0', '--nofile=256', '--', ...command],
    });
    const output = createOutputCapture(limits.outputBytes);
    child.stdin?.end();
    child.stdin?.on('error', () => { /* the command need not read stdin */ });
    const onData = (stream: 'stdout' | 'stderr') => (chunk: Buffer) => {
      if (!output.write(stream, chunk)) { limitsHit.add('output'); killConfined(child); }
    };
    child.stdout?.on('data', onData('stdout'));
    child.stderr?.on('data', onData('stderr'));
    let timedOut = false;
    const timer = setTimeout(() => { timedOut = true; killConfined(child); }, limits.timeMs);
    const [code, signal] = await new Promise<[number | null, NodeJS.Signals | null]>((resolve) => {
      child.once('error', () => resolve([null, 'SIGKILL']));
      child.once('close', (exitCode, exitSignal) => resolve([exitCode, exitSignal]));
    });
    clearTimeout(timer);
    if (timedOut) limitsHit.add('time');
    const { stdout, stderr } = output.finish();
    if (/Cannot allocate memory|MemoryError|out of memory/i.test(stderr)) limitsHit.add('memory');
    if (/fork: |Resource temporarily unavailable|can't fork|Cannot fork/i.test(stderr)) limitsHit.add('processes');
    const exitCode = timedOut ? timeoutExitCode : code ?? 128 + (signal === null ? 0 : osConstants.signals[signal]);
    const files = readWorkspace(workspace, limits.filesBytes, limitsHit);
    return { stdout, stderr, files, exitCode, limitsHit: [...limitsHit], notes };
  } finally {
    rmSync(workspace, { recursive: true, force: true });
  }
}

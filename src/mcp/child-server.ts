import { spawn, type ChildProcess } from 'node:child_process';
import { RampartError } from '../kernel/errors.ts';
import { createLineTransport, type LineTransport } from './line-transport.ts';

/** How to launch an upstream MCP server over stdio. */
export interface ChildServerOptions {
  readonly command: string;
  readonly args: readonly string[];
  /** Environment for the child; absent: the gateway's own environment. */
  readonly env?: Readonly<Record<string, string | undefined>>;
  readonly cwd?: string;
  /** Where the child's stderr (its log) goes: the gateway's stderr, nowhere, or a stream. */
  readonly stderr?: 'inherit' | 'ignore' | NodeJS.WritableStream;
  readonly maxMessageBytes: number;
  /** Grace period between closing stdin and SIGTERM, and between SIGTERM and SIGKILL. */
  readonly graceMs?: number;
}

/** A launched upstream server: its transport and a way to make sure it is gone. */
export interface ChildServer {
  readonly transport: LineTransport;
  readonly pid: number | undefined;
  /** Resolves with the exit code (or signal) once the child has exited. */
  readonly exited: Promise<number | string | null>;
  /** Stops the child: closes stdin, then SIGTERM, then SIGKILL to its whole process group. */
  stop(): Promise<void>;
  /** Kills the process group at once (for process exit handlers, which cannot wait). */
  killNow(): void;
}

function signalGroup(child: ChildProcess, signal: NodeJS.Signals, detached: boolean): void {
  if (child.pid === undefined) return;
  // Signal the group even after the leader exited: a launcher (npx, sh) may leave its server behind.
  if (!detached) {
    if (child.exitCode === null && child.signalCode === null) child.kill(signal);
    return;
  }
  try {
    // The child leads its own process group, so launchers like npx take their grandchildren with them.
    process.kill(-child.pid, signal);
  } catch {
    // ESRCH: the whole group is already gone.
  }
}

/**
 * Spawns an MCP server as a child process without a shell (arguments are never re-parsed) and
 * wraps its stdio in a bounded line transport. The child's exit closes the transport.
 */
export function startChildServer(options: ChildServerOptions): ChildServer {
  if (options.command === '') throw new RampartError('CONFIG_INVALID', 'mcp: no server command given');
  const stderr = options.stderr ?? 'inherit';
  const detached = process.platform !== 'win32';
  const child = spawn(options.command, [...options.args], {
    stdio: ['pipe', 'pipe', stderr === 'inherit' ? 'inherit' : stderr === 'ignore' ? 'ignore' : 'pipe'],
    env: (options.env ?? process.env) as NodeJS.ProcessEnv,
    ...(options.cwd === undefined ? {} : { cwd: options.cwd }),
    detached,
    windowsHide: true,
  });
  if (typeof stderr === 'object' && child.stderr !== null) child.stderr.pipe(stderr, { end: false });
  const transport = createLineTransport({ input: child.stdout!, output: child.stdin!, maxMessageBytes: options.maxMessageBytes, answerBadInput: false });
  const exited = new Promise<number | string | null>((resolve) => {
    child.once('exit', (code, signal) => resolve(code ?? signal));
    child.once('error', (error) => {
      transport.onerror?.(new Error(`cannot start '${options.command}': ${error.message}`));
      resolve(null);
    });
  });
  void exited.then(() => transport.close());
  const grace = options.graceMs ?? 1500;
  let stopping: Promise<void> | undefined;
  const wait = (ms: number) => Promise.race([exited.then(() => true), new Promise<boolean>((resolve) => setTimeout(() => resolve(false), ms).unref())]);
  return {
    transport,
    pid: child.pid,
    exited,
    killNow: () => signalGroup(child, 'SIGKILL', detached),
    stop() {
      stopping ??= (async () => {
        // MCP stdio shutdown: close the server's input, then SIGTERM, then SIGKILL.
        child.stdin?.end();
        if (await wait(grace)) return signalGroup(child, 'SIGKILL', detached);
        signalGroup(child, 'SIGTERM', detached);
        if (await wait(grace)) return signalGroup(child, 'SIGKILL', detached);
        signalGroup(child, 'SIGKILL', detached);
        await wait(grace);
      })();
      return stopping;
    },
  };
}

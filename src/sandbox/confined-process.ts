import { spawn, type ChildProcess } from 'node:child_process';
import type { Writable } from 'node:stream';
import { RampartError } from '../kernel/errors.ts';
import { bubblewrapArguments, privilegeDrop, type IsolationProbe, type SandboxMount } from './bubblewrap.ts';
import { buildSeccompFilter, type SocketPolicy } from './seccomp-filter.ts';

/** One confined process: what it sees, which sockets it may open, and what it runs. */
export interface ConfinedCommand {
  readonly probe: IsolationProbe;
  readonly mounts: readonly SandboxMount[];
  /** Run as the unprivileged uid when Rampart is root (needed for RLIMIT_NPROC); every mounted host path must then be readable by that uid. */
  readonly dropPrivileges: boolean;
  readonly sockets: SocketPolicy;
  /** The seccomp program for `sockets`, built once per sandbox; absent: built for this spawn. */
  readonly seccompProgram?: Uint8Array;
  readonly environment: Readonly<Record<string, string>>;
  readonly workingDirectory: string;
  readonly command: readonly string[];
}

const seccompFd = 3;

/**
 * Spawns bwrap directly (as the unprivileged uid when Rampart is root) in its own process group with the seccomp
 * program on fd 3; the caller owns stdin/stdout/stderr. Killing the group, or Rampart dying, tears down the PID namespace.
 */
export function spawnConfined(spec: ConfinedCommand): ChildProcess {
  if (!spec.probe.available) throw new RampartError('SANDBOX_UNAVAILABLE', spec.probe.reason);
  const args = bubblewrapArguments({
    mounts: spec.mounts,
    seccompFd,
    environment: spec.environment,
    workingDirectory: spec.workingDirectory,
    command: spec.command,
  });
  const drop = spec.dropPrivileges ? privilegeDrop(spec.probe) : { prefix: [] };
  const command = [...drop.prefix, spec.probe.bubblewrap, ...args];
  const child = spawn(command[0]!, command.slice(1), {
    stdio: ['pipe', 'pipe', 'pipe', 'pipe'], detached: true, env: {},
    ...(drop.uid === undefined ? {} : { uid: drop.uid, gid: drop.uid }),
  });
  const filterPipe = child.stdio[seccompFd] as Writable | null | undefined;
  filterPipe?.on('error', () => { /* bwrap exited before reading the filter; the exit is reported by the caller */ });
  filterPipe?.end(spec.seccompProgram ?? buildSeccompFilter(spec.sockets));
  return child;
}

/** SIGKILLs the whole process group of a confined child; safe to call more than once. */
export function killConfined(child: ChildProcess): void {
  if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) return;
  try { process.kill(-child.pid, 'SIGKILL'); } catch { /* already gone */ }
}

import { spawnSync } from 'node:child_process';
import { accessSync, chmodSync, constants, cpSync, lstatSync, mkdirSync, readFileSync, readlinkSync } from 'node:fs';
import { delimiter, dirname, join } from 'node:path';

/**
 * Whether the OS isolation tier can run on this host, and why not when it cannot. As root, `dropToUid` is the
 * unprivileged uid the sandbox runs as; `setpriv` is set only when Rampart holds inheritable capabilities,
 * which a plain setuid keeps, so the drop must go through setpriv instead of the spawn's uid/gid options.
 */
export type IsolationProbe =
  | { readonly available: true; readonly bubblewrap: string; readonly dropToUid?: number; readonly setpriv?: string }
  | { readonly available: false; readonly reason: string };

/** A host path made visible inside the sandbox (or an empty directory / tmpfs / symlink created there). */
export type SandboxMount =
  | { readonly kind: 'ro-bind' | 'bind'; readonly source: string; readonly target: string }
  | { readonly kind: 'symlink'; readonly source: string; readonly target: string }
  | { readonly kind: 'tmpfs' | 'dir'; readonly target: string; readonly sizeBytes?: number };

/** What one bwrap invocation needs; every host path is opt-in (nothing of the host is visible by default). */
export interface BubblewrapSpec {
  readonly mounts: readonly SandboxMount[];
  /** Descriptor number (inside the spawned process) that carries the seccomp BPF program. */
  readonly seccompFd: number;
  readonly environment: Readonly<Record<string, string>>;
  readonly workingDirectory: string;
  readonly command: readonly string[];
}

/** Unprivileged uid/gid used when Rampart runs as root: the kernel exempts real root from RLIMIT_NPROC even inside a user namespace. */
export const unprivilegedId = 65534;

// /etc entries that programs need and that hold no secrets; passwd, shadow, hosts and resolv.conf are synthesised or absent.
const etcAllowlist = ['ld.so.cache', 'ld.so.conf', 'ld.so.conf.d', 'alternatives', 'ssl/certs', 'ca-certificates.conf', 'localtime', 'nsswitch.conf', 'mime.types'];

function exists(path: string): boolean {
  try { accessSync(path, constants.R_OK); return true; } catch { return false; }
}

/** Finds an executable on PATH (or a fixed list of system directories). */
export function findExecutable(name: string, searchPath = process.env['PATH'] ?? ''): string | undefined {
  const directories = [...searchPath.split(delimiter), '/usr/bin', '/bin', '/usr/sbin', '/usr/local/bin'];
  for (const directory of directories) {
    if (directory === '') continue;
    const candidate = join(directory, name);
    try { accessSync(candidate, constants.X_OK); return candidate; } catch { /* try the next directory */ }
  }
  return undefined;
}

/**
 * Copies the /etc allowlist into `directory` (symlinks kept as symlinks), so a sandbox binds one
 * directory as /etc instead of one mount per file: every mount costs bwrap start-up time.
 */
export function createEtcView(directory: string): void {
  mkdirSync(directory, { recursive: true, mode: 0o755 });
  chmodSync(directory, 0o755);
  for (const entry of etcAllowlist) {
    const source = `/etc/${entry}`;
    if (!exists(source)) continue;
    const target = join(directory, entry);
    mkdirSync(dirname(target), { recursive: true, mode: 0o755 });
    cpSync(source, target, { recursive: true, verbatimSymlinks: true, dereference: false, preserveTimestamps: false });
  }
}

/** Read-only system mounts: /usr plus the top-level /bin, /sbin and /lib* entries (as symlinks on merged-/usr hosts) and a minimal /etc (`etcView` from createEtcView, else one bind per allowed file). */
export function systemMounts(etcView?: string): SandboxMount[] {
  const mounts: SandboxMount[] = [{ kind: 'ro-bind', source: '/usr', target: '/usr' }];
  for (const name of ['bin', 'sbin', 'lib', 'lib32', 'lib64', 'libx32']) {
    const path = `/${name}`;
    let stat;
    try { stat = lstatSync(path); } catch { continue; }
    if (stat.isSymbolicLink()) mounts.push({ kind: 'symlink', source: readlinkSync(path), target: path });
    else if (stat.isDirectory()) mounts.push({ kind: 'ro-bind', source: path, target: path });
  }
  if (etcView !== undefined) {
    mounts.push({ kind: 'ro-bind', source: etcView, target: '/etc' });
    return mounts;
  }
  for (const entry of etcAllowlist) {
    const path = `/etc/${entry}`;
    if (exists(path)) mounts.push({ kind: 'ro-bind', source: path, target: path });
  }
  return mounts;
}

/** Turns a spec into bwrap arguments: every namespace unshared, no user namespaces inside, new session, cleared environment. */
export function bubblewrapArguments(spec: BubblewrapSpec): string[] {
  const args = [
    '--unshare-all', '--unshare-user', '--disable-userns', '--die-with-parent', '--new-session',
    '--hostname', 'sandbox', '--proc', '/proc', '--dev', '/dev', '--tmpfs', '/tmp',
    '--seccomp', String(spec.seccompFd), '--clearenv',
  ];
  for (const mount of spec.mounts) {
    switch (mount.kind) {
      case 'ro-bind': case 'bind': args.push(`--${mount.kind}`, mount.source, mount.target); break;
      case 'symlink': args.push('--symlink', mount.source, mount.target); break;
      case 'tmpfs':
        if (mount.sizeBytes !== undefined) args.push('--size', String(mount.sizeBytes));
        args.push('--tmpfs', mount.target); break;
      case 'dir': args.push('--dir', mount.target); break;
    }
  }
  for (const [name, value] of Object.entries(spec.environment)) args.push('--setenv', name, value);
  args.push('--chdir', spec.workingDirectory, '--', ...spec.command);
  return args;
}

/**
 * How bwrap is started without root: spawn's uid/gid options (setuid clears permitted, effective and ambient
 * capabilities and libuv drops supplementary groups), or a setpriv prefix when inheritable capabilities must be cleared too.
 * Spawning bwrap directly saves one exec per run.
 */
export function privilegeDrop(probe: IsolationProbe): { readonly prefix: readonly string[]; readonly uid?: number } {
  if (!probe.available || probe.dropToUid === undefined) return { prefix: [] };
  if (probe.setpriv !== undefined) return { prefix: setprivPrefix(probe.setpriv, probe.dropToUid) };
  return { prefix: [], uid: probe.dropToUid };
}

function setprivPrefix(setpriv: string, uid: number): string[] {
  return [setpriv, `--reuid=${uid}`, `--regid=${uid}`, '--clear-groups', '--inh-caps=-all', '--'];
}

/** Reads this process's inheritable capability mask from /proc (undefined when it cannot be read). */
export function inheritableCapabilities(status = '/proc/self/status'): bigint | undefined {
  try {
    const line = /^CapInh:\s*([0-9a-f]+)$/m.exec(readFileSync(status, 'utf8'))?.[1];
    return line === undefined ? undefined : BigInt(`0x${line}`);
  } catch {
    return undefined;
  }
}

/**
 * Checks once, by running it, that bwrap can create every namespace here (user namespaces may be disabled,
 * or a container may forbid them). When running as root, also requires setpriv so the sandbox runs unprivileged.
 */
export function probeIsolation(): IsolationProbe {
  if (process.platform !== 'linux') return { available: false, reason: `OS isolation needs Linux (this is ${process.platform})` };
  if (process.arch !== 'x64' && process.arch !== 'arm64') return { available: false, reason: `the seccomp filter supports x86_64 and aarch64 only (this is ${process.arch})` };
  const bubblewrap = findExecutable('bwrap');
  if (bubblewrap === undefined) return { available: false, reason: 'bwrap is not installed (Debian package: bubblewrap)' };
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  let probe: IsolationProbe = { available: true, bubblewrap };
  if (isRoot) {
    // Unknown inheritable capabilities count as present: the slower setpriv path is the safe one.
    if (inheritableCapabilities() === 0n) probe = { available: true, bubblewrap, dropToUid: unprivilegedId };
    else {
      const setpriv = findExecutable('setpriv');
      if (setpriv === undefined) return { available: false, reason: 'running as root with inheritable capabilities needs setpriv (Debian package: util-linux) to drop them' };
      probe = { available: true, bubblewrap, dropToUid: unprivilegedId, setpriv };
    }
  }
  // The probe starts bwrap exactly as a run will (same privilege drop), so a broken drop shows up here.
  const drop = privilegeDrop(probe);
  const trueBinary = findExecutable('true') ?? '/bin/true';
  const probeArgs = ['--unshare-all', '--unshare-user', '--disable-userns', '--die-with-parent', '--ro-bind', '/', '/', '--', trueBinary];
  const command = [...drop.prefix, bubblewrap, ...probeArgs];
  const result = spawnSync(command[0]!, command.slice(1), {
    encoding: 'utf8', timeout: 10_000, stdio: ['ignore', 'ignore', 'pipe'],
    ...(drop.uid === undefined ? {} : { uid: drop.uid, gid: drop.uid }),
  });
  if (result.status !== 0) {
    const detail = (result.stderr || result.error?.message || `exit ${String(result.status)}`).trim().split('\n')[0];
    return { available: false, reason: `bwrap cannot create namespaces here (user namespaces disabled?): ${detail}` };
  }
  return probe;
}

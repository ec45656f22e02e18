import { chownSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { inheritableCapabilities, privilegeDrop, probeIsolation, unprivilegedId } from './bubblewrap.ts';
import { spawnConfined } from './confined-process.ts';
import { createSandbox } from './create-sandbox.ts';
import { prepareShellLauncher } from './shell-runner.ts';
import { createRecordingAuditSink, sandboxPolicy } from './test-support.ts';

const work = mkdtempSync(join(tmpdir(), 'rampart-privdrop-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function statusFile(text: string): string {
  const path = join(work, `status-${Math.random().toString(36).slice(2)}`);
  writeFileSync(path, text);
  return path;
}

describe('inheritableCapabilities', () => {
  it.each([
    ['Name:\tnode\nCapInh:\t0000000000000000\nCapPrm:\t000001ffffffffff\n', 0n],
    ['CapInh:\t00000000a80425fb\n', 0xa80425fbn],
  ])('reads the CapInh mask from %j', (text, expected) => {
    expect(inheritableCapabilities(statusFile(text))).toBe(expected);
  });

  it('is undefined (treated as "has capabilities") when the file or the line is missing', () => {
    expect(inheritableCapabilities(join(work, 'absent'))).toBeUndefined();
    expect(inheritableCapabilities(statusFile('Name:\tnode\n'))).toBeUndefined();
  });
});

describe('privilegeDrop', () => {
  it('spawns bwrap directly with uid/gid when no inheritable capabilities need clearing', () => {
    expect(privilegeDrop({ available: true, bubblewrap: '/usr/bin/bwrap', dropToUid: 65534 })).toEqual({ prefix: [], uid: 65534 });
  });

  it('goes through setpriv, clearing inheritable capabilities and groups, when the probe asks for it', () => {
    const drop = privilegeDrop({ available: true, bubblewrap: '/usr/bin/bwrap', dropToUid: 65534, setpriv: '/usr/bin/setpriv' });
    expect(drop.uid).toBeUndefined();
    expect(drop.prefix).toEqual(['/usr/bin/setpriv', '--reuid=65534', '--regid=65534', '--clear-groups', '--inh-caps=-all', '--']);
  });

  it('does nothing when Rampart is not root or isolation is unavailable', () => {
    expect(privilegeDrop({ available: true, bubblewrap: '/usr/bin/bwrap' })).toEqual({ prefix: [] });
    expect(privilegeDrop({ available: false, reason: 'no bwrap' })).toEqual({ prefix: [] });
  });
});

const probe = probeIsolation();
const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;

describe.runIf(probe.available && isRoot)('shell runs after the privilege drop (Rampart is root)', () => {
  it('run as the unprivileged uid with no supplementary groups and no capabilities of any kind', async () => {
    const policy = sandboxPolicy();
    const sandbox = createSandbox({ sandbox: policy.sandbox, egress: policy.egress, audit: createRecordingAuditSink(), probe });
    try {
      const result = await sandbox.run({ language: 'shell', code: 'grep -E "^(Groups|Cap(Inh|Prm|Eff|Bnd|Amb)):" /proc/self/status' });
      expect(result.exitCode).toBe(0);
      const fields = Object.fromEntries(result.stdout.split('\n').filter((line) => line.includes(':')).map((line) => {
        const [name, value] = line.split(':') as [string, string];
        return [name, value.trim().split(/\s+/)];
      }));
      expect(fields['Groups']).toEqual(['']);
      for (const set of ['CapInh', 'CapPrm', 'CapEff', 'CapBnd', 'CapAmb']) expect(fields[set]).toEqual(['0000000000000000']);
    } finally {
      await sandbox.close();
    }
  }, 30_000);

  it('writes files on the host as the unprivileged uid and gid, never as root', async () => {
    const workspace = mkdtempSync(join(tmpdir(), 'rampart-privdrop-ws-'));
    try {
      chownSync(workspace, unprivilegedId, unprivilegedId);
      const launcher = prepareShellLauncher(probe);
      const child = spawnConfined({
        probe, mounts: [...launcher.systemMounts, { kind: 'bind', source: workspace, target: '/workspace' }], dropPrivileges: true,
        sockets: 'unix-and-inet', seccompProgram: launcher.seccompProgram, environment: { PATH: '/usr/bin:/bin' }, workingDirectory: '/workspace',
        command: ['/bin/sh', '-c', 'echo x > /workspace/made-inside'],
      });
      const code = await new Promise<number | null>((resolve) => child.once('close', resolve));
      expect(code).toBe(0);
      const stat = statSync(join(workspace, 'made-inside'));
      expect([stat.uid, stat.gid]).toEqual([unprivilegedId, unprivilegedId]);
    } finally {
      rmSync(workspace, { recursive: true, force: true });
    }
  }, 30_000);
});

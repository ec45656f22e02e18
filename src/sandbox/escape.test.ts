import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { probeIsolation } from './bubblewrap.ts';
import { createSandbox, type Sandbox } from './create-sandbox.ts';
import type { RunResult, SandboxLanguage } from './run-types.ts';
import { createRecordingAuditSink, sandboxPolicy } from './test-support.ts';

// Every attempt runs in the real sandbox. Containment is checked by effect (no secret in any output,
// zero connections at a loopback listener, no file on the host), not by which layer stopped it.
const secret = `rampart-escape-secret-${process.pid}`;
const dataDir = mkdtempSync(join(tmpdir(), 'rampart-escape-data-'));
const hostMarker = join(tmpdir(), `rampart-escape-marker-${process.pid}`);
const hostPasswdLine = readFileSync('/etc/passwd', 'utf8').split('\n')[0] ?? 'root:x:0:0';
let listener: Server;
let port = 0;
let connections = 0;
let sandbox: Sandbox;

beforeAll(async () => {
  writeFileSync(join(dataDir, 'rampart.db'), secret);
  process.env['RAMPART_ESCAPE_SECRET'] = secret;
  listener = createServer((socket) => { connections += 1; socket.destroy(); });
  await new Promise<void>((resolve) => listener.listen(0, '127.0.0.1', resolve));
  port = (listener.address() as { port: number }).port;
  const policy = sandboxPolicy({ sandbox: { pool_size: 3, limits: { memory_mb: 64, time: 3000, output_bytes: 65_536 } } });
  sandbox = createSandbox({ sandbox: policy.sandbox, egress: policy.egress, audit: createRecordingAuditSink(), dataDir });
  await sandbox.warmUp();
});

afterAll(async () => {
  await sandbox.close();
  listener.close();
  delete process.env['RAMPART_ESCAPE_SECRET'];
  rmSync(dataDir, { recursive: true, force: true });
  rmSync(hostMarker, { force: true });
});

interface Attempt {
  readonly name: string;
  readonly language: SandboxLanguage;
  readonly code: () => string;
  readonly expect?: (result: RunResult) => void;
}

const noHostData = (result: RunResult) => {
  const everything = `${result.stdout}\n${result.stderr}\n${Object.values(result.files).map((bytes) => Buffer.from(bytes).toString('latin1')).join('\n')}`;
  expect(everything).not.toContain(secret);
  expect(everything).not.toContain(hostPasswdLine);
};
const limit = (name: string) => (result: RunResult) => { expect(result.limitsHit).toContain(name); expect(result.exitCode).not.toBe(0); };
const printed = (pattern: RegExp) => (result: RunResult) => { expect(result.stdout + result.stderr).toMatch(pattern); };
const failed = (result: RunResult) => { expect(result.exitCode).not.toBe(0); };

const attempts: Attempt[] = [
  // JavaScript (QuickJS in WASM, in process).
  { name: 'read /etc/passwd through fs', language: 'javascript', code: () => "fs.readFile('/etc/passwd')", expect: printed(/invalid workspace path/) },
  { name: 'path traversal through fs', language: 'javascript', code: () => "fs.readFile('../../../../etc/passwd')", expect: printed(/invalid workspace path/) },
  { name: 'write outside the workspace', language: 'javascript', code: () => `fs.writeFile(${JSON.stringify(hostMarker)}, 'x')`, expect: failed },
  { name: 'host globals (process, require, fetch, WebAssembly, std/os)', language: 'javascript', code: () => "console.log([typeof process, typeof require, typeof fetch, typeof WebAssembly, typeof std, typeof os, typeof Deno, typeof __rampart].join(','))", expect: printed(/^(undefined,){7}undefined\n$/) },
  { name: 'constructor chain to the global object', language: 'javascript', code: () => "const g = (function(){}).constructor('return this')(); console.log(typeof g.process, typeof g.require, Object.keys(g).join(','))", expect: printed(/^undefined undefined console,fs\n$/) },
  { name: 'dynamic import of a host module', language: 'javascript', code: () => "import('fs').then(() => console.log('loaded'), (e) => console.log('blocked', e.message))", expect: (result) => { expect(result.stdout).not.toContain('loaded'); } },
  { name: 'environment variables', language: 'javascript', code: () => "console.log(typeof process === 'undefined' ? 'no env' : JSON.stringify(process.env))", expect: printed(/no env/) },
  { name: 'infinite loop', language: 'javascript', code: () => 'for (;;) {}', expect: limit('time') },
  { name: 'memory bomb (array growth)', language: 'javascript', code: () => 'const a = []; for (;;) a.push(new Array(10000).fill(1.5))', expect: (result) => { expect(result.limitsHit.some((name) => name === 'memory' || name === 'time')).toBe(true); } },
  { name: 'deep recursion', language: 'javascript', code: () => 'const f = (n) => f(n + 1) + 1; f(0)', expect: limit('stack') },
  { name: '1 GB of output', language: 'javascript', code: () => "const chunk = 'x'.repeat(1 << 20); for (let i = 0; i < 1024; i++) console.log(chunk)", expect: (result) => { limit('output')(result); expect(result.stdout.length).toBeLessThanOrEqual(65_536); } },
  { name: 'host error messages carry no host paths', language: 'javascript', code: () => "fs.readFile('missing.txt')", expect: (result) => { expect(result.stderr).toMatch(/ENOENT/); expect(result.stderr).not.toMatch(/\/(work|root|home)\//); } },

  // Python (Pyodide in a confined process).
  { name: 'read /etc/passwd', language: 'python', code: () => "print(open('/etc/passwd').read())", expect: failed },
  { name: 'read the Rampart data dir', language: 'python', code: () => `print(open(${JSON.stringify(join(dataDir, 'rampart.db'))}).read())`, expect: failed },
  { name: 'environment variables', language: 'python', code: () => 'import os; print(dict(os.environ))', expect: (result) => { expect(result.stdout).not.toContain('RAMPART_ESCAPE_SECRET'); } },
  { name: 'write outside the workspace', language: 'python', code: () => `open(${JSON.stringify(hostMarker)}, 'w').write('x'); print('wrote inside wasm only')` },
  { name: 'import js', language: 'python', code: () => 'import js; print(js.process.env)', expect: printed(/not available in the sandbox/) },
  { name: 'import pyodide_js', language: 'python', code: () => 'import pyodide_js; print(pyodide_js)', expect: printed(/not available in the sandbox/) },
  { name: 'run_js', language: 'python', code: () => "from pyodide.code import run_js; print(run_js('process.env'))", expect: printed(/not available in the sandbox/) },
  { name: 'constructor chain via gc to a JsProxy', language: 'python', code: () => `import gc
found = [o for o in gc.get_objects() if 'JsProxy' in type(o).__name__ or 'pyodide' in type(o).__module__]
print('candidates', len(found))
for o in found[:50]:
    try:
        fn = o.constructor.constructor("return process.binding('fs')")
        print('bridge', fn())
    except BaseException as e:
        pass
    try:
        print('read', o.constructor.constructor("return require('fs').readFileSync('/etc/passwd','utf8')")())
    except BaseException as e:
        pass` },
  { name: 'sys.modules leftovers of the bridge', language: 'python', code: () => "import sys; print(sorted(m for m in sys.modules if m.split('.')[0] in ('js','pyodide_js','pyodide','_pyodide')))", expect: printed(/^\[\]\n$/) },
  { name: 'TCP connect to a loopback listener', language: 'python', code: () => `import socket
s = socket.socket(); s.settimeout(1)
s.connect(('127.0.0.1', ${port})); print('connected')`, expect: (result) => { expect(result.stdout).not.toContain('connected'); } },
  // Emscripten answers getaddrinfo with synthetic 172.29.x.x addresses and sends nothing: no real resolution happens.
  { name: 'DNS lookup', language: 'python', code: () => "import socket; print([a[4][0] for a in socket.getaddrinfo('example.com', 80)])", expect: (result) => { for (const address of result.stdout.match(/\d+\.\d+\.\d+\.\d+/g) ?? []) expect(address).toMatch(/^172\.29\./); } },
  { name: 'spawn a process', language: 'python', code: () => "import os; print(os.system('id'))\nimport subprocess; subprocess.run(['id'])", expect: failed },
  { name: 'the inspector port', language: 'python', code: () => "import socket; s = socket.socket(); s.connect(('127.0.0.1', 9229)); print('inspector reachable')", expect: (result) => { expect(result.stdout).not.toContain('reachable'); } },
  { name: 'infinite loop', language: 'python', code: () => 'while True: pass', expect: (result) => { limit('time')(result); expect(result.exitCode).toBe(124); } },
  { name: 'memory bomb (list growth)', language: 'python', code: () => "x = []\nwhile True: x.append(' ' * 100000)", expect: limit('memory') },
  { name: 'memory bomb (bytearray)', language: 'python', code: () => 'x = bytearray(1 << 30); print(len(x))', expect: limit('memory') },
  { name: 'wasm memory growth past the cap', language: 'python', code: () => "chunks = [bytearray(16 << 20) for _ in range(64)]; print('grew', len(chunks))", expect: (result) => { limit('memory')(result); expect(result.stdout).not.toContain('grew'); } },
  { name: 'deep recursion', language: 'python', code: () => 'import sys; sys.setrecursionlimit(10**6)\ndef f(n): return f(n + 1) + 1\nf(0)', expect: failed },
  { name: '1 GB of output', language: 'python', code: () => "import sys\nchunk = 'x' * (1 << 20)\nfor _ in range(1024): sys.stdout.write(chunk)", expect: (result) => { limit('output')(result); expect(result.stdout.length).toBeLessThanOrEqual(65_536); } },
  { name: 'read /proc', language: 'python', code: () => "print(open('/proc/self/environ').read())", expect: failed },

  // Shell (bubblewrap + seccomp, unprivileged).
  { name: 'cat /etc/passwd and /etc/shadow', language: 'shell', code: () => 'cat /etc/passwd /etc/shadow', expect: failed },
  { name: 'read the Rampart data dir and home', language: 'shell', code: () => `cat ${dataDir}/rampart.db; ls /root /home`, expect: failed },
  { name: 'environment variables', language: 'shell', code: () => 'env; cat /proc/self/environ /proc/1/environ | tr "\\0" "\\n"' },
  { name: 'write outside the workspace', language: 'shell', code: () => `touch ${hostMarker}; touch /usr/escape; echo done`, expect: printed(/Read-only file system|No such file|Permission denied/) },
  { name: 'symlink to a host file in the workspace', language: 'shell', code: () => 'ln -s /etc/hostname link; ln -s /etc/passwd passwd-link; echo made', expect: (result) => { expect(Object.keys(result.files)).not.toContain('link'); expect(Object.keys(result.files)).not.toContain('passwd-link'); } },
  { name: '/proc/1/root and /proc/self/root', language: 'shell', code: () => 'ls /proc/1/root/; cat /proc/1/root/etc/passwd; cat /proc/self/root/etc/shadow; ls /proc/*/cwd/ 2>&1 | head -20' },
  { name: 'TCP connect via /dev/tcp, curl and python3', language: 'shell', code: () => `bash -c 'echo hi > /dev/tcp/127.0.0.1/${port}'; curl -sS -m 2 http://127.0.0.1:${port}/; python3 -c "import socket; socket.create_connection(('127.0.0.1', ${port}), 1)"; echo tried` },
  { name: 'DNS lookup', language: 'shell', code: () => 'getent hosts example.com || echo no-dns; curl -sS -m 2 https://example.com/ || echo no-network', expect: printed(/no-dns/) },
  { name: 'new user namespace and mount', language: 'shell', code: () => 'unshare -r id; unshare -m true; mount -t tmpfs none /tmp; echo tried', expect: (result) => { expect(result.stdout).not.toMatch(/uid=0\(root\)/); } },
  { name: 'ptrace through ctypes', language: 'shell', code: () => 'python3 -c "import ctypes, os; libc = ctypes.CDLL(None, use_errno=True); print(libc.ptrace(16, 1, 0, 0), ctypes.get_errno())"', expect: printed(/-1 1\n/) },
  { name: 'fork bomb', language: 'shell', code: () => 'f() { f | f & }; f; sleep 1; echo survived', expect: (result) => { expect(result.limitsHit.some((name) => name === 'processes' || name === 'output' || name === 'time')).toBe(true); } },
  { name: 'infinite loop', language: 'shell', code: () => 'while :; do :; done', expect: limit('time') },
  { name: 'memory bomb', language: 'shell', code: () => 'python3 -c "x = bytearray(1 << 30); print(len(x))"', expect: (result) => { expect(result.stdout).not.toContain(String(1 << 30)); } },
  { name: '1 GB of output', language: 'shell', code: () => 'head -c 1073741824 /dev/zero', expect: (result) => { limit('output')(result); expect(result.durationMs).toBeLessThan(3000); } },
  { name: 'processes on the host', language: 'shell', code: () => 'ps -e -o pid=,comm= | wc -l', expect: (result) => { expect(Number(result.stdout.trim())).toBeLessThan(10); } },
];

describe('escape suite', () => {
  it('has at least 40 attempts across the three languages', () => {
    expect(attempts.length).toBeGreaterThanOrEqual(40);
    expect(new Set(attempts.map((attempt) => attempt.language)).size).toBe(3);
  });

  describe.runIf(probeIsolation().available)('contained', () => {
    for (const attempt of attempts) {
      it.concurrent(`${attempt.language}: ${attempt.name}`, async () => {
        const result = await sandbox.run({ language: attempt.language, code: attempt.code() });
        noHostData(result);
        attempt.expect?.(result);
        expect(existsSync(hostMarker)).toBe(false);
      }, 60_000);
    }

    it('leaves no state for the next run (all languages)', async () => {
      const plant = { javascript: 'globalThis.leak = 42; fs.writeFile("leak.txt", "x")', python: "import builtins; builtins.leak = 42; open('/tmp/leak', 'w').write('x'); open('leak.txt', 'w').write('x')", shell: 'echo x > /tmp/leak; echo x > leak.txt' } as const;
      const probe = { javascript: 'console.log(typeof globalThis.leak, fs.exists("leak.txt"))', python: "import builtins, os; print(hasattr(builtins, 'leak'), os.path.exists('/tmp/leak'), os.path.exists('leak.txt'))", shell: 'ls /tmp/leak leak.txt 2>&1 | wc -l; cat /tmp/leak leak.txt 2>/dev/null || echo clean' } as const;
      for (const language of ['javascript', 'python', 'shell'] as const) {
        await sandbox.run({ language, code: plant[language] });
        const next = await sandbox.run({ language, code: probe[language] });
        expect(next.stdout, language).toMatch(/undefined false|False False False|clean/);
      }
    }, 120_000);

    it('the loopback listener received zero connections', () => {
      expect(connections).toBe(0);
    });
  });
});

import { afterAll, describe, expect, it } from 'vitest';
import { isRampartError } from '../kernel/errors.ts';
import { createSandbox } from './create-sandbox.ts';
import { truncationMarker } from './output-capture.ts';
import { createRecordingAuditSink, sandboxPolicy } from './test-support.ts';

const text = (bytes: Uint8Array | undefined) => (bytes === undefined ? undefined : Buffer.from(bytes).toString('utf8'));
const policy = sandboxPolicy({ sandbox: { pool_size: 1, limits: { memory_mb: 64, time: 4000, output_bytes: 4096 } } });
const audit = createRecordingAuditSink();
const sandbox = createSandbox({ sandbox: policy.sandbox, egress: policy.egress, audit });
const osIsolation = sandbox.isolation.available;
afterAll(async () => { await sandbox.close(); });

describe('createSandbox: JavaScript', () => {
  it('runs code with console output and a virtual workspace passed in and out', async () => {
    const result = await sandbox.run({ language: 'javascript', code: "console.log('sum', 1 + 2); fs.writeFile('out/result.txt', fs.readFile('in.txt').toUpperCase()); console.error(fs.list().join(','))", files: { 'in.txt': 'hello' } });
    expect(result).toMatchObject({ stdout: 'sum 3\n', stderr: 'in.txt,out/result.txt\n', exitCode: 0, limitsHit: [], isolation: 'wasm' });
    expect(text(result.files['out/result.txt'])).toBe('HELLO');
  });

  it('round-trips binary files', async () => {
    const result = await sandbox.run({ language: 'javascript', code: "const b = fs.readFileBytes('b.bin'); fs.writeFile('c.bin', b.map((x) => 255 - x))", files: { 'b.bin': new Uint8Array([0, 1, 254]) } });
    expect([...(result.files['c.bin'] ?? [])]).toEqual([255, 254, 1]);
  });

  it('reports an uncaught error and an async rejection as exit code 1', async () => {
    const thrown = await sandbox.run({ language: 'javascript', code: "throw new TypeError('bad input')" });
    expect(thrown.exitCode).toBe(1);
    expect(thrown.stderr).toContain('TypeError: bad input');
    const rejected = await sandbox.run({ language: 'javascript', code: "(async () => { await null; throw new Error('later') })()" });
    expect(rejected.exitCode).toBe(1);
    expect(rejected.stderr).toContain('Error: later');
  });

  it('lets a request lower the policy limits but never raise them', async () => {
    const lowered = await sandbox.run({ language: 'javascript', code: 'while (true) {}', limits: { timeMs: 100 } });
    expect(lowered.limitsHit).toContain('time');
    expect(lowered.durationMs).toBeLessThan(1500);
    const raised = await sandbox.run({ language: 'javascript', code: "console.log('x'.repeat(10000))", limits: { outputBytes: 10_000_000 } });
    expect(raised.limitsHit).toContain('output');
    expect(raised.stdout.length).toBeLessThanOrEqual(4096);
    expect(raised.stderr).toContain(truncationMarker.trim());
  });

  it('rejects invalid workspace paths and limits as caller errors', async () => {
    for (const name of ['/etc/passwd', '../escape', 'a/../../b', '']) {
      await expect(sandbox.run({ language: 'javascript', code: '1', files: { [name]: 'x' } })).rejects.toSatisfy((error) => isRampartError(error, 'INPUT_INVALID'));
    }
    await expect(sandbox.run({ language: 'javascript', code: '1', limits: { timeMs: -1 } })).rejects.toSatisfy((error) => isRampartError(error, 'INPUT_INVALID'));
    await expect(sandbox.run({ language: 'ruby' as 'shell', code: '1' })).rejects.toSatisfy((error) => isRampartError(error, 'INPUT_INVALID'));
  });

  it('records sandbox-run-started and sandbox-run-finished with hashes, not code', async () => {
    const before = audit.records.length;
    await sandbox.run({ language: 'javascript', code: "console.log('secret-code-body')", sessionId: 's1', agentId: 'a1' });
    const [started, finished] = audit.records.slice(before);
    expect(started).toMatchObject({ type: 'sandbox-run-started', sessionId: 's1', agentId: 'a1', decision: 'info' });
    expect(finished).toMatchObject({ type: 'sandbox-run-finished', data: { language: 'javascript', exitCode: 0 } });
    expect(JSON.stringify([started, finished])).not.toContain('secret-code-body');
  });
});

describe('createSandbox: fail closed', () => {
  const unavailable = { available: false as const, reason: 'bwrap is not installed (test)' };

  it('refuses Python with SANDBOX_UNAVAILABLE and the reason when OS isolation is missing', async () => {
    const records = createRecordingAuditSink();
    const confined = createSandbox({ sandbox: policy.sandbox, egress: policy.egress, audit: records, probe: unavailable });
    await expect(confined.run({ language: 'python', code: 'print(1)' })).rejects.toSatisfy((error) => isRampartError(error, 'SANDBOX_UNAVAILABLE') && /bwrap is not installed/.test((error as Error).message));
    expect(records.records.at(-1)).toMatchObject({ type: 'sandbox-run-finished', decision: 'deny' });
    await confined.close();
  });

  it('refuses shell commands without OS isolation, even in weak mode', async () => {
    const weak = sandboxPolicy({ sandbox: { python: 'weak', pool_size: 0 } });
    const box = createSandbox({ sandbox: weak.sandbox, egress: weak.egress, audit: createRecordingAuditSink(), probe: unavailable });
    await expect(box.run({ language: 'shell', code: 'true' })).rejects.toSatisfy((error) => isRampartError(error, 'SANDBOX_UNAVAILABLE'));
    await box.close();
  });

  it('refuses tiers the policy turns off', async () => {
    const off = sandboxPolicy({ sandbox: { python: 'off', commands: 'off' } });
    const box = createSandbox({ sandbox: off.sandbox, egress: off.egress, audit: createRecordingAuditSink() });
    await expect(box.run({ language: 'python', code: 'print(1)' })).rejects.toSatisfy((error) => isRampartError(error, 'SANDBOX_UNAVAILABLE'));
    await expect(box.run({ language: 'shell', code: 'true' })).rejects.toSatisfy((error) => isRampartError(error, 'SANDBOX_UNAVAILABLE'));
    await box.close();
    await expect(box.run({ language: 'javascript', code: '1' })).rejects.toSatisfy((error) => isRampartError(error, 'SANDBOX_UNAVAILABLE'));
  });

  it('runs Python in weak mode only when the operator opted in, and says so', async () => {
    const weak = sandboxPolicy({ sandbox: { python: 'weak', pool_size: 0 } });
    const box = createSandbox({ sandbox: weak.sandbox, egress: weak.egress, audit: createRecordingAuditSink(), probe: unavailable });
    const result = await box.run({ language: 'python', code: 'print(6 * 7)' });
    expect(result).toMatchObject({ stdout: '42\n', exitCode: 0, isolation: 'weak' });
    expect(result.notes.join(' ')).toMatch(/WEAK mode.*bwrap is not installed/);
    await box.close();
  });
});

describe.runIf(osIsolation)('createSandbox: Python and shell', () => {
  it('runs Python confined with files in and out', async () => {
    const result = await sandbox.run({ language: 'python', code: "data = open('in.txt').read()\nopen('sub/out.txt', 'w').write(data[::-1]) if __import__('os').makedirs('sub', exist_ok=True) is None else None\nprint(len(data))", files: { 'in.txt': 'abc' } });
    expect(result).toMatchObject({ stdout: '3\n', exitCode: 0, isolation: 'confined' });
    expect(text(result.files['sub/out.txt'])).toBe('cba');
  });

  it('reports Python exceptions and sys.exit codes', async () => {
    const failed = await sandbox.run({ language: 'python', code: "raise ValueError('nope')" });
    expect(failed.exitCode).toBe(1);
    expect(failed.stderr).toContain('ValueError: nope');
    const exited = await sandbox.run({ language: 'python', code: 'import sys; sys.exit(3)' });
    expect(exited.exitCode).toBe(3);
  });

  it('runs shell commands with a writable workspace and the real exit code', async () => {
    const result = await sandbox.run({ language: 'shell', code: 'wc -c < in.txt; mkdir -p d && echo made > d/new.txt; exit 5', files: { 'in.txt': 'four' } });
    expect(result).toMatchObject({ stdout: '4\n', exitCode: 5, isolation: 'confined' });
    expect(text(result.files['d/new.txt'])).toBe('made\n');
  });
});

import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const bin = new URL('../../bin/rampart.js', import.meta.url).pathname;

function run(args: string[], input = ''): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = execFile(process.execPath, [bin, ...args], { timeout: 20_000 }, (error, stdout, stderr) => {
      resolve({ code: error === null ? 0 : typeof error.code === 'number' ? error.code : 99, stdout, stderr });
    });
    child.stdin?.end(input);
  });
}

describe('rampart scan --output', () => {
  it('blocks a secret with exit 1 and masks it in the findings', async () => {
    const result = await run(['scan', '--output'], 'key AKIAQWERTYUIOPASDFGH\n');
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('output.secret.aws-access-key critical [4, 24) AKIA…(20 chars)');
    expect(result.stdout).not.toContain('AKIAQWERTYUIOPASDFGH');
  });

  it('prints redacted text and JSON counts with exit 0', async () => {
    const result = await run(['scan', '--output', '--json'], 'mail anna.k@firma.de\n');
    expect(result.code).toBe(0);
    const parsed = JSON.parse(result.stdout) as { action: string; text: string; counts: Record<string, number> };
    expect(parsed).toMatchObject({ action: 'redact', text: 'mail [EMAIL_1]\n', counts: { 'output.pii.email': 1 } });
  });

  it('reads a file, honours a policy file and a canary', async () => {
    const directory = mkdtempSync(join(tmpdir(), 'rampart-scan-output-'));
    writeFileSync(join(directory, 'policy.yaml'), 'version: 1\noutput:\n  pii: flag\n  redaction: mask\n');
    writeFileSync(join(directory, 'reply.txt'), 'mail anna.k@firma.de\n');
    const flagged = await run(['scan', '--output', '--policy', join(directory, 'policy.yaml'), join(directory, 'reply.txt')]);
    expect(flagged.code).toBe(0);
    expect(flagged.stdout).toContain('verdict: allow');
    const canary = 'rampart-canary-abcdefghijklmnopqrstuvwxyz';
    const leaked = await run(['scan', '--output', '--canary', canary], `the marker is ${canary.toUpperCase()}`);
    expect(leaked.code).toBe(1);
    expect(leaked.stdout).toContain('output.canary.leak');
  });

  it('reports usage and policy errors with exit 2', async () => {
    expect((await run(['scan', '--output', '--nope'])).code).toBe(2);
    const directory = mkdtempSync(join(tmpdir(), 'rampart-scan-output-'));
    writeFileSync(join(directory, 'bad.yaml'), 'version: 1\noutput:\n  pii: shred\n');
    const bad = await run(['scan', '--output', '--policy', join(directory, 'bad.yaml')], 'x');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/output\.pii/);
    expect((await run(['scan', '--output', '--help'])).stdout).toContain('usage: rampart scan --output');
  });
});

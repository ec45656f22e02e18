// `rampart replay` and `rampart demo` through the CLI entry point with the real policy loader and stages.
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.ts';

async function cli(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  let err = '';
  stdout.on('data', (chunk: Buffer) => { out += chunk.toString(); });
  stderr.on('data', (chunk: Buffer) => { err += chunk.toString(); });
  const code = await main(args, { stdout, stderr, stdin: new PassThrough(), env: {}, cwd: process.cwd() });
  return { code, stdout: out, stderr: err };
}

const policy = ['--policy', 'examples/policies/default.yaml'];

describe('rampart replay', () => {
  it('exits 0 and prints a table for an allowed OpenAI trace', async () => {
    const result = await cli(['replay', 'examples/traces/support-allowed.openai.json', ...policy]);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/search_knowledge_base +allow/);
    expect(result.stdout).toContain('result: no step denied');
  });

  it('exits 1 and names the gate rule for the e-mail exfiltration trace', async () => {
    const result = await cli(['replay', 'examples/traces/email-exfiltration.openai.json', ...policy, '--json']);
    expect(result.code).toBe(1);
    const report = JSON.parse(result.stdout) as { format: string; steps: { kind: string; subject: string; decision: string; ruleIds: string[] }[] };
    expect(report.format).toBe('openai');
    expect(report.steps.find((step) => step.subject === 'send_email')).toMatchObject({ kind: 'tool-call', decision: 'deny', ruleIds: ['gate.value.email-domain'] });
    expect(report.steps.find((step) => step.kind === 'tool-result')?.decision).toBe('allow');
  });

  it('reads Anthropic traces and denies the reader deleting a database', async () => {
    const result = await cli(['replay', 'examples/traces/reader-deletes-database.anthropic.json', ...policy, '--json']);
    expect(result.code).toBe(1);
    const report = JSON.parse(result.stdout) as { format: string; steps: { subject: string; decision: string; ruleIds: string[] }[] };
    expect(report.format).toBe('anthropic');
    expect(report.steps.find((step) => step.subject === 'delete_database' && step.decision === 'deny')?.ruleIds).toEqual(['gate.role-denied']);
  });

  it.each([
    [['replay', 'examples/traces/support-allowed.openai.json'], /--policy/],
    [['replay', 'examples/traces/missing.json', ...policy], /missing\.json/],
    [['replay', 'package.json', ...policy], /messages must be a non-empty array/],
  ])('exits 2 on %j', async (args, message) => {
    const result = await cli(args);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(message);
  });
});

describe('rampart demo', () => {
  it('stops all four seed attacks at the expected layer and narrates them', async () => {
    const result = await cli(['demo', '--json']);
    expect(result.stderr).toBe('');
    const outcomes = JSON.parse(result.stdout) as { id: string; expected: string; blockedBy: string | null; text: string; toolCalls: string[] }[];
    expect(outcomes.map((outcome) => [outcome.id, outcome.blockedBy])).toEqual([
      ['email-exfiltration', 'gate'], ['portfolio-liquidation', 'gate'], ['system-prompt-leak', 'output'], ['reader-deletes-database', 'gate'],
    ]);
    expect(outcomes.every((outcome) => outcome.toolCalls.length === 0)).toBe(true);
    expect(outcomes.find((outcome) => outcome.id === 'system-prompt-leak')?.text).not.toContain('EX-7731');
    expect(result.code).toBe(0);
  }, 60_000);
});

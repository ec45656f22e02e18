import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { everythingServer, maliciousServer, repositoryRoot, temporaryDirectory } from './mcp-harness.ts';

interface Report { server: string; status: string; tools: { name: string; change: string; findings: { ruleId: string }[] }[]; configFindings: { ruleId: string }[] }

function scan(args: string[]): { code: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, ['bin/rampart.js', 'mcp', 'scan', ...args], { cwd: repositoryRoot, encoding: 'utf8', timeout: 90_000, input: '' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('rampart mcp scan', () => {
  const directory = temporaryDirectory('mcp-scan');
  const dataDir = join(directory.path, 'data');
  const config = join(directory.path, 'claude_desktop_config.json');
  const writeConfig = (rugPulled: boolean) => {
    const [evilCommand, ...evilArgs] = maliciousServer('all');
    const [everythingCommand, ...everythingArgs] = everythingServer;
    writeFileSync(config, JSON.stringify({ mcpServers: {
      'totally-harmless': { command: evilCommand, args: evilArgs, env: rugPulled ? { RUG_PULLED: '1' } : {} },
      everything: { command: everythingCommand, args: everythingArgs },
      mailer: { url: 'https://mail.example/mcp' },
    } }));
  };
  afterAll(() => directory.cleanup());

  it('starts nothing without --yes when there is no terminal to ask', () => {
    writeConfig(false);
    const result = scan([config, '--json', '--data-dir', dataDir]);
    const reports = (JSON.parse(result.stdout) as { started: boolean; reports: Report[] });
    expect(reports.started).toBe(false);
    expect(reports.reports.map((report) => report.status)).toEqual(['not-started', 'not-started', 'remote-skipped']);
  });

  it('reports poisoning and shadowing per tool, and exits 1', () => {
    const result = scan([config, '--yes', '--json', '--data-dir', dataDir]);
    expect(result.code).toBe(1);
    const reports = (JSON.parse(result.stdout) as { reports: Report[] }).reports;
    const evil = reports.find((report) => report.server === 'totally-harmless')!;
    const rules = (tool: string) => evil.tools.find((entry) => entry.name === tool)!.findings.map((finding) => finding.ruleId);
    expect(rules('add')).toEqual(expect.arrayContaining(['mcp.poison.pseudo-tag', 'mcp.poison.sensitive-file']));
    expect(rules('daily_quote')).toContain('mcp.poison.shadowing');
    expect(rules('word_count')).toContain('mcp.poison.invisible-unicode');
    expect(rules('get_weather')).toEqual([]);
    expect(reports.find((report) => report.server === 'everything')!.tools.length).toBeGreaterThan(5);
    expect(reports.find((report) => report.server === 'mailer')!.status).toBe('remote-skipped');
  }, 90_000);

  it('reports a changed tool definition since the last scan (table output)', () => {
    writeConfig(true);
    const result = scan([config, '--yes', '--data-dir', dataDir]);
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/totally-harmless get_weather: definition changed since the last scan/);
    expect(result.stdout).toMatch(/^CLIENT\s+SERVER\s+STATUS/m);
  }, 90_000);
});

import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from '@modelcontextprotocol/client';
import { StdioClientTransport } from '@modelcontextprotocol/client/stdio';
import { afterAll, describe, expect, it } from 'vitest';
import { probeIsolation } from '../../src/sandbox/bubblewrap.ts';

const root = new URL('../../', import.meta.url).pathname;
const work = mkdtempSync(join(tmpdir(), 'rampart-sandbox-cli-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function rampart(args: string[], input?: string) {
  const result = spawnSync(process.execPath, [join(root, 'bin/rampart.js'), ...args], { cwd: work, input, encoding: 'utf8', timeout: 90_000 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('rampart sandbox run', () => {
  it('runs a JavaScript file with a workspace file and prints its output', () => {
    writeFileSync(join(work, 'main.js'), "console.log('read:', fs.readFile('data.txt').trim())");
    writeFileSync(join(work, 'data.txt'), 'payload\n');
    expect(rampart(['sandbox', 'run', '--lang', 'js', 'main.js', '--file', 'data.txt=data.txt'])).toMatchObject({ code: 0, stdout: 'read: payload\n' });
  });

  it('prints JSON with --json and exits 1 when a limit is hit', () => {
    const result = rampart(['sandbox', 'run', '--lang', 'js', '-', '--json', '--timeout', '200'], 'for (;;) {}');
    expect(result.code).toBe(1);
    expect(JSON.parse(result.stdout)).toMatchObject({ exitCode: 1, limitsHit: ['time'], isolation: 'wasm' });
  });

  it('rejects usage errors with exit code 2 and one line', () => {
    const result = rampart(['sandbox', 'run', '--lang', 'cobol', 'main.js']);
    expect(result.code).toBe(2);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(rampart(['sandbox', 'run', '--help']).stdout).toContain('usage: rampart sandbox run');
  });

  it.runIf(probeIsolation().available)('runs shell and Python confined', () => {
    expect(rampart(['sandbox', 'run', '--lang', 'sh', '-'], 'echo $((6 * 7)); test -e /etc/shadow || echo no-shadow')).toMatchObject({ code: 0, stdout: '42\nno-shadow\n' });
    expect(rampart(['sandbox', 'run', '--lang', 'python', '-'], 'print(sum(range(10)))')).toMatchObject({ code: 0, stdout: '45\n' });
  }, 90_000);
});

describe.runIf(probeIsolation().available)('rampart mcp code-interpreter', () => {
  it('serves run_javascript and run_python to a real MCP client over stdio', async () => {
    const transport = new StdioClientTransport({ command: process.execPath, args: [join(root, 'bin/rampart.js'), 'mcp', 'code-interpreter'], cwd: work, stderr: 'pipe' });
    const client = new Client({ name: 'sandbox-e2e', version: '1.0.0' });
    await client.connect(transport);
    try {
      const tools = await client.listTools();
      expect(tools.tools.map((tool) => tool.name).sort()).toEqual(['run_javascript', 'run_python']);
      const js = await client.callTool({ name: 'run_javascript', arguments: { code: "fs.writeFile('o.txt', 'x' + fs.readFile('i.txt')); console.log(2 ** 10)", files: { 'i.txt': 'y' } } });
      expect(js.isError).not.toBe(true);
      expect(js.structuredContent).toMatchObject({ stdout: '1024\n', exitCode: 0, files: { 'o.txt': 'xy', 'i.txt': 'y' } });
      const python = await client.callTool({ name: 'run_python', arguments: { code: "import js" } });
      expect(python.isError).toBe(true);
      expect(JSON.stringify(python.content)).toContain('not available in the sandbox');
      const ok = await client.callTool({ name: 'run_python', arguments: { code: "print('py', 3 * 3)" } });
      expect(ok.structuredContent).toMatchObject({ stdout: 'py 9\n', exitCode: 0, isolation: 'confined' });
    } finally {
      await client.close();
    }
  }, 120_000);
});

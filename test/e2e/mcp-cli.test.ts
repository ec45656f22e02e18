import { spawn, spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import { Client, StreamableHTTPClientTransport } from '@modelcontextprotocol/client';
import { afterAll, describe, expect, it } from 'vitest';
import { serverNameFromCommand } from '../../src/mcp/stdio-gateway.ts';
import { everythingPolicy, everythingServer, repositoryRoot, temporaryDirectory, writePolicy } from './mcp-harness.ts';

const rampart = (args: string[], env: Record<string, string> = {}) => spawnSync(process.execPath, ['bin/rampart.js', ...args], { cwd: repositoryRoot, encoding: 'utf8', env: { ...process.env, ...env }, timeout: 30_000 });

describe('mcp CLI commands', () => {
  const directory = temporaryDirectory('mcp-cli');
  afterAll(() => directory.cleanup());

  it.each([
    [['mcp', 'wrap'], /no server command/],
    [['mcp', 'wrap', '--bogus', '--', 'x'], /bogus/],
    [['mcp', 'serve', '--stdio'], /needs a server command/],
    [['mcp', 'serve', '--upstream', 'ftp://x', '--policy', 'nope.yaml'], /expected http/],
    [['mcp', 'serve'], /exactly one of --upstream/],
    [['mcp', 'pins', 'frobnicate', 'a', 'b', '--data-dir', '/tmp/rampart-mcp-cli-unused'], /unknown action/],
  ])('%j is a usage error (exit 2, one line)', (args, message) => {
    const result = rampart(args);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(message);
  });

  it('prints --help for every mcp command', () => {
    for (const command of ['wrap', 'serve', 'scan', 'pins']) {
      const result = rampart(['mcp', command, '--help']);
      expect(result.status).toBe(0);
      expect(result.stdout).toMatch(new RegExp(`usage: rampart mcp ${command}`));
    }
  });

  it('`rampart mcp serve --stdio` serves authenticated agents and stops cleanly on SIGTERM', async () => {
    const key = 'cli-key-0123456789abcdefghij';
    const policyPath = writePolicy(directory.path, everythingPolicy().replace('default_role: agent\n', 'agents:\n  cli: { role: agent, key_env: RAMPART_KEY_CLI }\n'));
    const child = spawn(process.execPath, ['bin/rampart.js', 'mcp', 'serve', '--policy', policyPath, '--data-dir', `${directory.path}/data`, '--port', '0', '--stdio', '--', ...everythingServer], { cwd: repositoryRoot, env: { ...process.env, RAMPART_KEY_CLI: key }, stdio: ['ignore', 'pipe', 'ignore'] });
    const lines = createInterface({ input: child.stdout });
    const [line] = (await once(lines, 'line')) as [string];
    const url = /listening on (\S+)/.exec(line)![1]!;
    const client = new Client({ name: 'cli-e2e', version: '1.0.0' });
    await client.connect(new StreamableHTTPClientTransport(new URL(url), { requestInit: { headers: { authorization: `Bearer ${key}` } } }));
    expect((await client.callTool({ name: 'echo', arguments: { message: 'over http' } })).content).toEqual([{ type: 'text', text: 'Echo: over http' }]);
    await client.close();
    child.kill('SIGTERM');
    const [code] = (await once(child, 'exit')) as [number];
    expect(code).toBe(0);
  }, 60_000);

  it.each([
    [['npx', ['-y', '@modelcontextprotocol/server-filesystem@2026.8.31', '/tmp']], 'server-filesystem'],
    [['uvx', ['mcp-server-git']], 'mcp-server-git'],
    [['node', ['/opt/servers/weather.js']], 'weather'],
    [['/usr/local/bin/my-server', []], 'my-server'],
  ] as const)('names the server of %j', ([command, args], name) => {
    expect(serverNameFromCommand(command, args)).toBe(name);
  });
});

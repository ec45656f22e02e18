import { describe, expect, it } from 'vitest';
import { clientForPath, defaultConfigPaths, parseClientConfig } from './client-configs.ts';
import { configRisks, toolCapabilities } from './config-risks.ts';

describe('MCP client configs', () => {
  it.each([
    ['Claude Desktop', '/home/u/.config/Claude/claude_desktop_config.json', '{"mcpServers":{"files":{"command":"npx","args":["-y","@modelcontextprotocol/server-filesystem","/tmp"]}}}', 'claude-desktop'],
    ['Cursor', '/home/u/.cursor/mcp.json', '{"mcpServers":{"files":{"command":"npx","args":["x"]},"remote":{"url":"https://mcp.example/mcp"}}}', 'cursor'],
    ['VS Code mcp.json with comments', '/p/.vscode/mcp.json', '{\n // comment\n "servers": {"files": {"type": "stdio", "command": "npx", "args": ["x"]},},\n "inputs": []\n}', 'vscode'],
    ['VS Code settings.json', '/home/u/.config/Code/User/settings.json', '{"mcp": {"servers": {"files": {"command": "npx", "args": ["x"]}}}}', 'vscode'],
  ])('reads %s', (_, path, text, client) => {
    const config = parseClientConfig(path, text);
    expect(config.error).toBeUndefined();
    expect(config.client).toBe(client);
    expect(config.servers[0]).toMatchObject({ name: 'files', command: 'npx' });
  });

  it('reports broken files instead of throwing', () => {
    expect(parseClientConfig('/x/mcp.json', '{ nope').error).toMatch(/not valid JSON/);
    expect(parseClientConfig('/x/mcp.json', '[]').error).toMatch(/JSON object/);
  });

  it('recognises servers already wrapped by Rampart', () => {
    const config = parseClientConfig('/x/claude_desktop_config.json', JSON.stringify({ mcpServers: {
      a: { command: 'rampart', args: ['mcp', 'wrap', '--', 'npx', 'x'] },
      b: { command: 'node', args: ['/opt/rampart/bin/rampart.js', 'mcp', 'wrap', '--', 'x'] },
      c: { command: 'npx', args: ['x'] },
    } }));
    expect(config.servers.map((server) => server.wrapped)).toEqual([true, true, false]);
  });

  it.each([
    ['darwin', '/Users/u/Library/Application Support/Claude/claude_desktop_config.json'],
    ['linux', '/home/u/.config/Claude/claude_desktop_config.json'],
    ['win32', 'C:/Users/u/AppData/Roaming/Claude/claude_desktop_config.json'],
  ] as const)('knows where Claude Desktop keeps its config on %s', (platform, expected) => {
    const home = platform === 'darwin' ? '/Users/u' : platform === 'win32' ? 'C:/Users/u' : '/home/u';
    const paths = defaultConfigPaths({ platform, home, env: platform === 'win32' ? { APPDATA: 'C:/Users/u/AppData/Roaming' } : {} }).map((entry) => entry.path.replaceAll('\\', '/'));
    expect(paths).toContain(expected);
    expect(clientForPath(expected)).toBe('claude-desktop');
  });
});

describe('config risks and capabilities', () => {
  const server = (entry: Record<string, unknown>) => parseClientConfig('/x/mcp.json', JSON.stringify({ mcpServers: { s: entry } })).servers[0]!;
  const ids = (findings: readonly { ruleId: string }[]) => findings.map((finding) => finding.ruleId);

  it.each([
    [{ command: 'npx', args: ['-y', 'pkg'], env: { GITHUB_TOKEN: 'ghp_abcdefghijklmnopqrstuvwxyz0123456789' } }, 'mcp.config.secret-in-config'],
    [{ command: 'npx', args: ['-y', '@scope/pkg'] }, 'mcp.config.unpinned-package'],
    [{ command: 'docker', args: ['run', '--privileged', 'img'] }, 'mcp.config.privileged-container'],
    [{ url: 'http://mcp.example.com/mcp' }, 'mcp.config.cleartext-remote'],
  ])('flags %j', (entry, ruleId) => {
    expect(ids(configRisks(server(entry)))).toContain(ruleId);
  });

  it('accepts pinned packages, env references, loopback http', () => {
    const risks = ids(configRisks(server({ command: 'npx', args: ['-y', '@scope/pkg@1.2.3'], env: { API_KEY: '${input:key}', MODE: 'fast' } })));
    expect(risks).not.toContain('mcp.config.unpinned-package');
    expect(risks).not.toContain('mcp.config.secret-in-config');
    expect(ids(configRisks(server({ url: 'http://127.0.0.1:3000/mcp' })))).not.toContain('mcp.config.cleartext-remote');
  });

  it('never repeats the secret it found', () => {
    const text = JSON.stringify(configRisks(server({ command: 'x', env: { OPENAI_API_KEY: 'sk-abcdefghijklmnopqrstuvwxyz' } })));
    expect(text).not.toContain('sk-abcdefghijklmnopqrstuvwxyz');
  });

  it('names risky capabilities', () => {
    expect(ids(toolCapabilities({ name: 'run_command', description: 'Runs a shell command.' }))).toContain('mcp.capability.code-execution');
    expect(ids(toolCapabilities({ name: 'send_email', description: 'Sends an email.' }))).toContain('mcp.capability.network-send');
    expect(ids(toolCapabilities({ name: 'get_weather', description: 'Returns the weather.' }))).toEqual([]);
  });
});

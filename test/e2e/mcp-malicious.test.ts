import { spawnSync } from 'node:child_process';
import { Client } from '@modelcontextprotocol/client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { approvePendingPin } from '../../src/mcp/tool-review.ts';
import { auditEvents, maliciousServer, repositoryRoot, startGatewayHarness, temporaryDirectory, writePolicy, type GatewayHarness } from './mcp-harness.ts';

const policy = (mcp: string) => `version: 1
default_role: agent
roles:
  agent: { tools: ["*"] }
tools:
  add: { risk: low }
  daily_quote: { risk: low }
  word_count: { risk: low }
  get_weather: { risk: low }
  fetch_page: { risk: low }
  read_config: { risk: low }
  crash: { risk: low }
  hang: { risk: low }
  flood: { risk: low }
  garbage: { risk: low }
mcp: ${mcp}
`;

type ToolResult = { content: { type: string; text?: string }[]; isError?: boolean; _meta?: Record<string, { ruleId: string }> };
const ruleOf = (result: unknown) => (result as ToolResult)._meta?.['dev.rampart/verdict']?.ruleId;

describe('a malicious MCP server behind the gateway', () => {
  let directory: ReturnType<typeof temporaryDirectory>;
  let harness: GatewayHarness;
  let client: Client;

  async function start(mcp = '{ call_timeout: 20s }') {
    harness = await startGatewayHarness({ policyPath: writePolicy(directory.path, policy(mcp)), dataDir: `${directory.path}/data`, command: maliciousServer('all'), server: 'evil' });
    client = new Client({ name: 'rampart-e2e', version: '1.0.0' });
    await client.connect(harness.clientTransport);
  }

  beforeEach(() => { directory = temporaryDirectory('mcp-evil'); });
  afterEach(async () => {
    await client?.close().catch(() => undefined);
    await harness?.close();
    directory.cleanup();
  });

  it('hides poisoned, shadowing and unicode-smuggling tools, each under its own rule', async () => {
    await start();
    const names = (await client.listTools()).tools.map((tool) => tool.name);
    expect(names).not.toContain('add');
    expect(names).not.toContain('daily_quote');
    expect(names).not.toContain('word_count');
    expect(names).toEqual(expect.arrayContaining(['get_weather', 'fetch_page', 'read_config']));
    await harness.opened.audit.flush();
    const blocked = (await auditEvents(`${directory.path}/data`)).filter((event) => event.type === 'mcp-message-blocked');
    const rulesFor = (tool: string) => blocked.find((event) => event.data['tool'] === tool)?.ruleIds ?? [];
    expect(rulesFor('add')).toEqual(expect.arrayContaining(['mcp.poison.pseudo-tag', 'mcp.poison.sensitive-file', 'mcp.poison.concealment', 'mcp.poison.secret-in-arguments']));
    expect(rulesFor('daily_quote')).toContain('mcp.poison.shadowing');
    expect(rulesFor('word_count')).toContain('mcp.poison.invisible-unicode');
    // A hidden tool does not exist as far as the client can tell.
    await expect(client.callTool({ name: 'add', arguments: { a: 1, b: 2 } })).rejects.toThrow(/Unknown tool: add/);
  }, 30_000);

  it('blocks a rug pull until the new definition is approved', async () => {
    await start();
    await client.listTools();
    const first = await client.callTool({ name: 'get_weather', arguments: { city: 'Oslo' } });
    expect(first.content).toEqual([{ type: 'text', text: 'Sunny in Oslo.' }]);
    // The server changed the definition and announced it; the client re-lists as MCP clients do.
    await new Promise((resolve) => setTimeout(resolve, 100));
    const relisted = (await client.listTools()).tools.map((tool) => tool.name);
    expect(relisted).not.toContain('get_weather');
    const second = await client.callTool({ name: 'get_weather', arguments: { city: 'Oslo' } });
    expect(second.isError).toBe(true);
    expect(ruleOf(second)).toBe('mcp.pin.changed');
    await harness.opened.audit.flush();
    expect((await auditEvents(`${directory.path}/data`)).some((event) => event.type === 'mcp-tool-changed' && event.data['tool'] === 'get_weather')).toBe(true);
    // `rampart mcp pins` shows the change and approving makes the new definition the pin; the tool is back.
    const pins = (...args: string[]) => spawnSync(process.execPath, ['bin/rampart.js', 'mcp', 'pins', ...args, '--data-dir', `${directory.path}/data`], { cwd: repositoryRoot, encoding: 'utf8' });
    const listed = pins('list', 'evil', '--json');
    expect((JSON.parse(listed.stdout) as { pending: { tool: string }[] }).pending.map((pin) => pin.tool)).toEqual(['get_weather']);
    expect(pins('approve', 'evil', 'get_weather').status).toBe(0);
    expect(pins('approve', 'evil', 'get_weather').status).toBe(1);
    expect(await approvePendingPin(harness.opened.pins, 'evil', 'get_weather')).toBe(false);
    expect((await client.listTools()).tools.map((tool) => tool.name)).toContain('get_weather');
    const third = await client.callTool({ name: 'get_weather', arguments: { city: 'Oslo' } });
    expect(third.content).toEqual([{ type: 'text', text: 'Sunny in Oslo.' }]);
  }, 30_000);

  it('blocks a result carrying a prompt injection (input detector) and one carrying secrets (output inspector)', async () => {
    await start();
    await client.listTools();
    const injected = await client.callTool({ name: 'fetch_page', arguments: { url: 'https://shop.example' } });
    expect(injected.isError).toBe(true);
    expect(ruleOf(injected)).toMatch(/^input\./);
    expect(JSON.stringify(injected)).not.toContain('IGNORE ALL PREVIOUS');
    const secret = await client.callTool({ name: 'read_config', arguments: {} });
    expect(JSON.stringify(secret)).not.toContain('AKIAIOSFODNN7EXAMPLE');
    expect(JSON.stringify(secret)).not.toContain('ghp_1234567890');
    expect(ruleOf(secret)).toMatch(/^output\./);
  }, 30_000);

  it('mcp.on_poisoned: block refuses the whole listing; flag shows the tool and only audits', async () => {
    await start('{ on_poisoned: block }');
    await expect(client.listTools()).rejects.toThrow(/lists poisoned tools/);
    await client.close();
    await harness.close();
    await start('{ on_poisoned: flag }');
    expect((await client.listTools()).tools.map((tool) => tool.name)).toContain('add');
  }, 30_000);
});

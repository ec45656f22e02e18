// Runs the MCP conformance suite (@modelcontextprotocol/conformance) against `rampart mcp serve`
// fronting the conformance fixture server over stdio: `node test/e2e/mcp-conformance.run.ts [--flag-injections]`.
// Prints the suite's summary; docs/mcp.md records the result and explains every failure.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startHttpGateway } from '../../src/mcp/http-gateway.ts';
import { openMcpFirewall } from '../../src/mcp/open-mcp-firewall.ts';

const root = new URL('../..', import.meta.url).pathname;
const directory = mkdtempSync(join(tmpdir(), 'rampart-conformance-'));
const policyPath = join(directory, 'rampart.yaml');
writeFileSync(policyPath, `version: 1
agents:
  conformance: { role: tester }
roles:
  tester: { tools: ["*"] }
tools:
  "test_*": { risk: low }
  json_schema_2020_12_tool: { risk: low }
mcp: { sampling: allow, elicitation: allow }
${process.argv.includes('--flag-injections') ? 'detection: { on_untrusted: flag }\n' : ''}`);
const opened = await openMcpFirewall({ policyPath, dataDir: join(directory, 'data'), env: {}, cwd: root });
// The suite cannot send credentials, so this run maps every request to one agent (loopback only).
const gateway = await startHttpGateway({
  opened, server: 'conformance', authenticate: () => 'conformance', port: 0, stderr: 'ignore',
  upstream: { command: process.execPath, args: [join(root, 'test/e2e/mcp-conformance-server.ts')] },
});
const result = spawnSync(process.execPath, [join(root, 'node_modules/@modelcontextprotocol/conformance/dist/index.js'), 'server', '--url', gateway.url, '-o', join(directory, 'results')], { encoding: 'utf8', timeout: 300_000 });
const summary = result.stdout.slice(result.stdout.indexOf('=== SUMMARY ==='));
process.stdout.write(`${summary}\n`);
if (process.argv.includes('--verbose')) process.stdout.write(result.stdout);
await gateway.close();
await opened.close();
rmSync(directory, { recursive: true, force: true });

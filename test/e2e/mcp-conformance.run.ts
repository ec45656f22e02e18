// Runs the MCP conformance suite (@modelcontextprotocol/conformance) against `rampart mcp serve`
// fronting the conformance fixture server over stdio: `node test/e2e/mcp-conformance.run.ts [--flag-injections]`.
// Prints the suite's summary; docs/mcp.md records the result and explains every failure.
import { spawn } from 'node:child_process';
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
// Asynchronous on purpose: the gateway runs in this process and must keep serving while the suite runs.
const suite = spawn(process.execPath, [join(root, 'node_modules/@modelcontextprotocol/conformance/dist/index.js'), 'server', '--url', gateway.url, '-o', join(directory, 'results')], { stdio: ['ignore', 'pipe', 'pipe'] });
let output = '';
suite.stdout.on('data', (chunk: Buffer) => { output += chunk.toString('utf8'); });
suite.stderr.on('data', (chunk: Buffer) => { output += chunk.toString('utf8'); });
await new Promise((resolve) => suite.once('exit', resolve));
if (process.argv.includes('--verbose')) process.stdout.write(output);
process.stdout.write(`${output.slice(output.indexOf('=== SUMMARY ==='))}\n`);
await gateway.close();
await opened.close();
rmSync(directory, { recursive: true, force: true });

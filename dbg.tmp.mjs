import { Client } from '@modelcontextprotocol/client';
import { StdioClientTransport } from '@modelcontextprotocol/client/stdio';
import { findToolPoisoning } from './src/mcp/poisoning-rules.ts';
import { createInjectionDetector } from './src/input/create-injection-detector.ts';
import { definitionTexts } from './src/mcp/tool-definition.ts';
import { policySchema } from './src/policy/schema.ts';
const detector = createInjectionDetector({ detection: policySchema.parse({version:1}).detection });
const client = new Client({ name: 'x', version: '1' });
const [cmd, args] = process.argv[2] === 'fs' ? [process.execPath, ['node_modules/@modelcontextprotocol/server-filesystem/dist/index.js', '/tmp']] : [process.execPath, ['node_modules/@modelcontextprotocol/server-everything/dist/index.js', 'stdio']];
await client.connect(new StdioClientTransport({ command: cmd, args, stderr: 'ignore' }));
for (const tool of (await client.listTools()).tools) {
  const f = findToolPoisoning(tool);
  const r = await detector.inspect(definitionTexts(tool).map(t => t.text).join('\n'), { source: 'tool-description' });
  if (f.length || r.verdict.action !== 'allow') console.log(tool.name, JSON.stringify(f.map(x => x.evidence)), r.verdict.action, r.verdict.ruleId ?? '', r.score.toFixed(2));
}
await client.close();

// Policy compile and lookup benchmark: `node bench/policy.bench.ts`; writes docs/benchmarks/policy.md.
// Targets (issue 2): compile of a 200-tool policy < 50 ms; one lookup for a tool call < 5 µs p50.
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { compilePolicy } from '../src/policy/compile.ts';
import { parsePolicy } from '../src/policy/load.ts';
import { policySchema } from '../src/policy/schema.ts';

const root = new URL('..', import.meta.url).pathname;

/** A realistic 200-tool policy: 170 exact tools with validators and 30 glob entries, 12 roles. */
function generatePolicy(): Record<string, unknown> {
  const tools: Record<string, unknown> = {};
  for (let index = 0; index < 170; index++) {
    tools[`service${index % 17}_action_${index}`] = {
      risk: ['low', 'medium', 'high', 'critical'][index % 4],
      category: 'other',
      sink: index % 5 === 0,
      args: { type: 'object', required: ['id'], properties: { id: { type: 'string' }, to: { type: 'string' } } },
      validate: {
        id: { pattern: `ID${index}-[0-9]{1,8}`, max_length: 64 },
        to: { email_domain: ['company.com', `*.team${index % 7}.example.org`] },
        amount: { min: 0, max: 1000 },
      },
      budget: { per_session: 20 },
    };
  }
  for (let index = 0; index < 30; index++) tools[`mcp_server${index}_*`] = { risk: 'medium', approval: index % 3 === 0 ? 'required' : 'never' };
  const roles: Record<string, unknown> = {};
  for (let index = 0; index < 12; index++) {
    roles[`role${index}`] = { tools: [`service${index}_*`, `service${index + 1}_action_${index + 1}`, `mcp_server${index}_*`], db: 'read-only', http: ['GET'] };
  }
  roles['admin'] = { tools: ['*'], db: 'admin' };
  return { version: 1, roles, tools, egress: { allow: ['api.github.com', '*.company.com'] } };
}

function percentile(sorted: readonly number[], fraction: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * fraction))]!;
}

const document = generatePolicy();
const yamlText = stringify(document);
const parsed = policySchema.parse(document);

// Warm up the JIT, then time each phase 20 times.
for (let warm = 0; warm < 5; warm++) compilePolicy(parsePolicy(yamlText, 'bench.yaml'), { baseDir: root });
const compileTimes: number[] = [];
const loadTimes: number[] = [];
for (let run = 0; run < 20; run++) {
  let started = performance.now();
  compilePolicy(parsed, { baseDir: root });
  compileTimes.push(performance.now() - started);
  started = performance.now();
  compilePolicy(parsePolicy(yamlText, 'bench.yaml'), { baseDir: root });
  loadTimes.push(performance.now() - started);
}
compileTimes.sort((left, right) => left - right);
loadTimes.sort((left, right) => left - right);

// One "lookup for a tool call" = findTool + roleGrants, over a mix of exact hits, glob hits and misses.
const compiled = compilePolicy(parsed, { baseDir: root });
const names = [
  ...Array.from({ length: 24 }, (_, index) => `service${index % 17}_action_${index}`),
  ...Array.from({ length: 24 }, (_, index) => `mcp_server${index}_read_file`),
  ...Array.from({ length: 16 }, (_, index) => `unknown_tool_${index}`),
];
const batch = names.length;
const samples: number[] = [];
let granted = 0;
for (let sample = 0; sample < 3000; sample++) {
  const role = `role${sample % 12}`;
  const started = process.hrtime.bigint();
  for (const name of names) {
    if (compiled.findTool(name) !== undefined && compiled.roleGrants(role, name)) granted++;
  }
  samples.push(Number(process.hrtime.bigint() - started) / batch);
}
const measured = samples.slice(500).sort((left, right) => left - right);
const lookupP50 = percentile(measured, 0.5);
const lookupP99 = percentile(measured, 0.99);

const compileP50 = percentile(compileTimes, 0.5);
const loadP50 = percentile(loadTimes, 0.5);
const verdict = (ok: boolean): string => (ok ? 'met' : 'MISSED');
const lines = [
  '## Policy',
  '',
  `Measured ${new Date().toISOString().slice(0, 10)} on ${cpus()[0]?.model ?? 'unknown CPU'}, ${cpus().length} cores, Node ${process.version}.`,
  `Policy: 200 tools (170 exact with pattern/e-mail/range validators, 30 globs), 13 roles; YAML ${(yamlText.length / 1024).toFixed(0)} KiB.`,
  '',
  '| Measurement | Result | Target |',
  '| --- | --- | --- |',
  `| compilePolicy (validated policy -> matchers), p50 of 20 | ${compileP50.toFixed(2)} ms (max ${compileTimes.at(-1)!.toFixed(2)} ms) | < 50 ms: ${verdict(compileP50 < 50)} |`,
  `| parsePolicy + compilePolicy (YAML text -> matchers), p50 of 20 | ${loadP50.toFixed(2)} ms | (informational) |`,
  `| lookup: findTool + roleGrants, p50 | ${lookupP50.toFixed(0)} ns | < 5 µs: ${verdict(lookupP50 < 5000)} |`,
  `| lookup: findTool + roleGrants, p99 | ${lookupP99.toFixed(0)} ns | |`,
  '',
  `Lookups are timed in batches of ${batch} (exact hits, glob hits, misses) and divided, so timer overhead does not dominate; ${granted} grants observed.`,
  '',
];
const text = lines.join('\n');
process.stdout.write(`${text}\n`);
mkdirSync(join(root, 'docs', 'benchmarks'), { recursive: true });
writeFileSync(join(root, 'docs', 'benchmarks', 'policy.md'), text);

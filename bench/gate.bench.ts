// Tool-gate benchmark: full decisions (schema + validators + budget, no DNS) and every validator on its own.
// Run: node bench/gate.bench.ts   (writes docs/benchmarks/gate.md)
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { createToolGate } from '../src/gate/create-tool-gate.ts';
import { createPathValidator } from '../src/gate/validators/path.ts';
import { createShellValidator } from '../src/gate/validators/shell.ts';
import { createSqlValidator } from '../src/gate/validators/sql.ts';
import { createUrlValidator } from '../src/gate/validators/url.ts';
import { createValueValidator } from '../src/gate/validators/values.ts';
import { domainAllowed } from '../src/policy/domain.ts';
import { createMemoryBudgetStore } from '../src/storage/memory-budget-store.ts';
import { createWorkspace, loadGatePolicy, memoryAudit, sessionFor } from '../test/fixtures/gate/setup.ts';

const workspace = createWorkspace();
const budgetMs = 4000;

async function measure(run: () => unknown, iterations: number): Promise<{ p50: number; p99: number; count: number }> {
  for (let index = 0; index < Math.min(200, iterations); index++) await run();
  const samples: number[] = [];
  const deadline = performance.now() + budgetMs;
  for (let index = 0; index < iterations && performance.now() < deadline; index++) {
    const started = performance.now();
    await run();
    samples.push(performance.now() - started);
  }
  samples.sort((left, right) => left - right);
  const at = (quantile: number): number => samples[Math.min(samples.length - 1, Math.floor(samples.length * quantile))]! * 1000;
  return { p50: at(0.5), p99: at(0.99), count: samples.length };
}

const gate = createToolGate({
  policy: loadGatePolicy((text) => text.replace('per_session: { calls: 1000 }', 'per_session: {}')), baseDir: workspace.baseDir,
  budgets: createMemoryBudgetStore(), audit: memoryAudit(), resolveDns: async () => { throw new Error('no DNS in the benchmark'); },
});
const session = sessionFor('operator');
const noDns = (text: string) => text.replace('validate: { url: { url: { domains: [api.partner.io, api.company.com], method_arg: method, methods: [GET, POST] } } }', 'validate: { url: { url: { domains: [api.partner.io, api.company.com], method_arg: method, methods: [GET, POST], resolve_dns: false } } }');
const noDnsGate = createToolGate({ policy: loadGatePolicy((text) => noDns(text).replace('per_session: { calls: 1000 }', 'per_session: {}')), baseDir: workspace.baseDir, budgets: createMemoryBudgetStore(), audit: memoryAudit() });

const path = createPathValidator({ root: workspace.root, deny: ['.env', '.ssh/', '.git/'], mode: 'read', allowDotfiles: false });
const url = createUrlValidator({ schemes: ['https'], domainAllowed: domainAllowed(['api.partner.io']), resolveDns: false, blockPrivate: true, resolver: async () => [] });
const values = createValueValidator({ emailDomain: domainAllowed(['company.com']), maxLength: 200 });
const postgres = createSqlValidator({ dialect: 'postgresql', statements: ['select'], tables: ['orders', 'customers'], columns: { customers: ['id', 'name'] }, maxRows: 100 });
const sqlite = createSqlValidator({ dialect: 'sqlite', statements: ['select'], tables: ['orders', 'customers'], maxRows: 100 });
const shell = createShellValidator({ commands: ['ls', 'grep', 'wc', 'cat'], allowPipes: true, allowChaining: false, allowRedirects: true, workspace: { root: workspace.root, deny: ['.env'], allowDotfiles: false } });
const query = 'select o.id, c.name from orders o join customers c on c.id = o.customer_id where o.total > 100 order by o.id limit 50';

const rows: [string, { p50: number; p99: number; count: number }, string][] = [
  ['Full decision: read_document (schema + path + budget)', await measure(() => gate.check({ id: 'b', name: 'read_document', arguments: { path: 'docs/a.txt' } }, session), 200_000), '<= 50 µs'],
  ['Full decision: send_email (schema + email domain + budget)', await measure(() => gate.check({ id: 'b', name: 'send_email', arguments: { to: 'a@company.com', subject: 'Hi', body: 'Report' } }, session), 200_000), '<= 50 µs'],
  ['Full decision: http_request (schema + url + method + budget, no DNS)', await measure(() => noDnsGate.check({ id: 'b', name: 'http_request', arguments: { url: 'https://api.partner.io/v1/orders', method: 'GET' } }, session), 200_000), '<= 50 µs'],
  ['Full decision: update_order_status (schema + pattern + enum + budget)', await measure(() => gate.check({ id: 'b', name: 'update_order_status', arguments: { order_id: 'ord_1234', status: 'shipped' } }, session), 200_000), '<= 50 µs'],
  ['Full decision: denied unknown tool', await measure(() => gate.check({ id: 'b', name: 'drop_database', arguments: {} }, session), 200_000), ''],
  ['Path validator (realpath)', await measure(() => path('docs/a.txt'), 200_000), ''],
  ['URL validator (no DNS)', await measure(() => url('https://api.partner.io/v1/orders?x=1', { method: 'GET', roleMethods: ['GET'] }), 200_000), ''],
  ['Value validators (email + max_length)', await measure(() => values('someone@company.com'), 200_000), ''],
  ['SQL validator, PostgreSQL (pgsql-ast-parser)', await measure(() => postgres(query, 'read-only'), 20_000), '<= 2 ms'],
  ['SQL validator, SQLite (node-sql-parser)', await measure(() => sqlite('select o.id from orders o join customers c on c.id = o.customer_id where o.total > 100 limit 50', 'read-only'), 20_000), '<= 2 ms'],
  ['Shell validator (tree-sitter-bash)', await measure(() => shell('cat docs/a.txt | grep x | wc -l > scratch/out.txt'), 20_000), '<= 2 ms'],
];
workspace.cleanup();

const format = (micros: number): string => (micros >= 1000 ? `${(micros / 1000).toFixed(2)} ms` : `${micros.toFixed(1)} µs`);
const lines = [
  '## Tool gate',
  '',
  `Measured ${new Date().toISOString().slice(0, 10)} on ${cpus()[0]?.model ?? 'unknown CPU'} (${cpus().length} cores, shared), Node ${process.version}, ${process.platform}.`,
  'In-memory budget store, real files for path checks, no DNS. Each row runs for at most 4 s after a warm-up.',
  '',
  '| Operation | p50 | p99 | Samples | Target (p50) |',
  '|---|---:|---:|---:|---:|',
  ...rows.map(([name, result, target]) => `| ${name} | ${format(result.p50)} | ${format(result.p99)} | ${result.count.toLocaleString('en')} | ${target} |`),
  '',
];
const output = lines.join('\n');
process.stdout.write(`${output}\n`);
mkdirSync(join(import.meta.dirname, '..', 'docs', 'benchmarks'), { recursive: true });
writeFileSync(join(import.meta.dirname, '..', 'docs', 'benchmarks', 'gate.md'), `${output}\n`);

// Normalisation + heuristic rules benchmark: p50/p99 latency and p50 per KB at 100 B, 1 KB, 10 KB and 100 KB, on
// benign documents (shared datasets, or a built-in paragraph) and on obfuscated attacks.
// Run: node bench/normalize.bench.ts   (writes docs/benchmarks/normalize.md)
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { createHeuristicRules } from '../src/input/heuristics.ts';
import { normalizeText } from '../src/input/normalize.ts';

const root = new URL('..', import.meta.url);
const datasetPath = new URL('../shared/datasets/selfinstruct_t0_documents.jsonl', root);
const fallback = 'The museum reopened after a two-year renovation, with new galleries for textiles and ceramics. Visitors '
  + 'can book guided tours online; groups larger than ten should call ahead. Parking is limited on weekdays. ';
const benignCorpus = existsSync(datasetPath)
  ? readFileSync(datasetPath, 'utf8').split('\n').filter(Boolean).map((line) => (JSON.parse(line) as { text: string }).text).join('\n')
  : fallback.repeat(600);
const suite = readFileSync(new URL('test/fixtures/detection/obfuscation-suite.jsonl', root), 'utf8')
  .split('\n').filter(Boolean).map((line) => (JSON.parse(line) as { text: string }).text);
const attackCorpus = suite.join('\n');
const rules = createHeuristicRules();

function corpusOf(source: string, size: number): string {
  let text = source;
  while (text.length < size) text += source;
  return text.slice(0, size);
}

function measure(text: string, budgetMs: number): { p50: number; p99: number; runs: number } {
  for (let warm = 0; warm < 5; warm += 1) rules.scan(normalizeText(text).views);
  const times: number[] = [];
  const started = performance.now();
  while (performance.now() - started < budgetMs && times.length < 2000) {
    const begin = performance.now();
    rules.scan(normalizeText(text).views);
    times.push(performance.now() - begin);
  }
  times.sort((first, second) => first - second);
  return { p50: times[Math.floor(times.length * 0.5)] ?? 0, p99: times[Math.floor(times.length * 0.99)] ?? 0, runs: times.length };
}

const rows: string[] = [];
for (const [label, source] of [['benign documents', benignCorpus], ['obfuscated attacks', attackCorpus]] as const) {
  for (const size of [100, 1024, 10 * 1024, 100 * 1024]) {
    const result = measure(corpusOf(source, size), size >= 100 * 1024 ? 8000 : 3000);
    const perKb = result.p50 / (size / 1024);
    rows.push(`| ${label} | ${size >= 1024 ? `${size / 1024} KB` : `${size} B`} | ${result.p50.toFixed(3)} | ${result.p99.toFixed(3)} | ${perKb.toFixed(3)} | ${result.runs} |`);
    process.stdout.write(`${rows.at(-1) ?? ''}\n`);
  }
}
const startedSuite = performance.now();
let flagged = 0;
for (const text of suite) if (rules.scan(normalizeText(text).views).some((finding) => (finding.score ?? 0) >= 0.5 && finding.ruleId.startsWith('input.heuristic.'))) flagged += 1;
const suiteMs = performance.now() - startedSuite;

const section = [
  '## Normalisation and heuristic rules',
  '',
  `Measured ${new Date().toISOString().slice(0, 10)} on ${cpus()[0]?.model ?? 'unknown CPU'} (${cpus().length} cores, shared), Node ${process.version}, one thread.`,
  'Each run is `normalizeText` (all views: NFKC, confusables, hidden HTML, decoders to depth 3) plus `createHeuristicRules().scan` over every view.',
  '',
  '| input | size | p50 ms | p99 ms | p50 ms per KB | runs |',
  '|---|---:|---:|---:|---:|---:|',
  ...rows,
  '',
  `Obfuscation suite: ${suite.length} inputs in ${suiteMs.toFixed(0)} ms (${(suiteMs / suite.length).toFixed(3)} ms each), ${flagged} flagged by heuristics alone.`,
  '',
];
mkdirSync(new URL('docs/benchmarks/', root), { recursive: true });
writeFileSync(new URL('docs/benchmarks/normalize.md', root), section.join('\n'));
process.stdout.write(`${section.join('\n')}\n`);

/**
 * Counts heuristic-rule matches on the benign corpora (false positives) and, with --attacks, the attack rows each
 * attack file has matched by any heuristic. Benign rows: every `label: benign` row of /work/shared/datasets/*.jsonl
 * (source 'document' for benign_document rows, 'user' otherwise), data/training/*benign*.jsonl (as 'document') and
 * test/fixtures/detection/benign-lookalikes.jsonl (as both 'user' and 'document'). A finding counts at score >= 0.5.
 * Run: `node scripts/count-rule-matches.ts [--attacks] [--datasets DIR] [--save FILE] [--compare FILE] [--category NAME]`.
 * --save writes the matched benign rows as JSON; --compare prints the benign rows matched now but not in that file.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { createHeuristicRules } from '../src/input/heuristics.ts';
import { normalizeText } from '../src/input/normalize.ts';
import type { ContentSource } from '../src/kernel/types.ts';

interface Row {
  readonly corpus: string;
  readonly index: number;
  readonly text: string;
  readonly source: ContentSource;
}

const root = resolve(new URL('..', import.meta.url).pathname);
const { values } = parseArgs({
  options: {
    attacks: { type: 'boolean', default: false },
    datasets: { type: 'string', default: '/work/shared/datasets' },
    save: { type: 'string' },
    compare: { type: 'string' },
    category: { type: 'string' },
  },
});
const rules = createHeuristicRules();

function readRows(path: string): Record<string, unknown>[] {
  if (!existsSync(path)) return [];
  return readFileSync(path, 'utf8').split('\n').filter((line) => line.trim() !== '').map((line) => JSON.parse(line) as Record<string, unknown>);
}

function jsonlFiles(directory: string, keep: (name: string) => boolean): string[] {
  if (!existsSync(directory)) return [];
  return readdirSync(directory).filter((name) => name.endsWith('.jsonl') && keep(name)).sort().map((name) => resolve(directory, name));
}

function benignRows(): Row[] {
  const rows: Row[] = [];
  for (const path of jsonlFiles(values.datasets, () => true)) {
    const corpus = path.split('/').at(-1) ?? path;
    readRows(path).forEach((row, index) => {
      if (row.label !== 'benign' || typeof row.text !== 'string') return;
      rows.push({ corpus, index, text: row.text, source: row.kind === 'benign_document' ? 'document' : 'user' });
    });
  }
  for (const path of jsonlFiles(resolve(root, 'data', 'training'), (name) => name.includes('benign'))) {
    const corpus = `training/${path.split('/').at(-1) ?? path}`;
    readRows(path).forEach((row, index) => {
      if (typeof row.text === 'string' && row.label !== 'attack') rows.push({ corpus, index, text: row.text, source: 'document' });
    });
  }
  const lookalikes = resolve(root, 'test', 'fixtures', 'detection', 'benign-lookalikes.jsonl');
  readRows(lookalikes).forEach((row, index) => {
    if (typeof row.text !== 'string') return;
    for (const source of ['user', 'document'] as const) rows.push({ corpus: `fixtures/benign-lookalikes(${source})`, index, text: row.text, source });
  });
  return rows;
}

/** Rule id and language of every finding of score >= 0.5, e.g. `addressed-instruction en`. */
function matchedRules(text: string, source: ContentSource): Set<string> {
  const matched = new Set<string>();
  for (const finding of rules.scan(normalizeText(text).views, { source })) {
    if ((finding.score ?? 0) < 0.5 || !finding.ruleId.startsWith('input.heuristic.')) continue;
    const language = /^([a-z]{2,3})\b/.exec(finding.evidence ?? '')?.[1] ?? '?';
    matched.add(`${finding.ruleId.replace('input.heuristic.', '')} ${language}`);
  }
  return matched;
}

function printTable(title: string, header: string, lines: string[]): void {
  console.log(`\n### ${title}\n\n${header}\n${header.replace(/[^|]/g, '-')}`);
  for (const line of lines) console.log(line);
}

const started = performance.now();
const benign = benignRows();
const perRule = new Map<string, number>();
const matchedRows: { key: string; rules: string[]; text: string }[] = [];
for (const row of benign) {
  const matched = matchedRules(row.text, row.source);
  if (matched.size === 0) continue;
  for (const rule of matched) perRule.set(rule, (perRule.get(rule) ?? 0) + 1);
  matchedRows.push({ key: `${row.corpus}#${row.index}`, rules: [...matched].sort(), text: row.text.slice(0, 300) });
}
const ruleLines = [...perRule].sort((left, right) => right[1] - left[1] || left[0].localeCompare(right[0]))
  .map(([rule, count]) => { const [id, language] = rule.split(' '); return `| ${id} | ${language} | ${count} |`; });
printTable(`Benign texts with a heuristic finding (score >= 0.5): ${matchedRows.length} of ${benign.length} rows`, '| rule | language | benign texts |', ruleLines);

if (values.save !== undefined) writeFileSync(values.save, JSON.stringify(matchedRows, null, 1));
if (values.compare !== undefined) {
  const earlier = new Map((JSON.parse(readFileSync(values.compare, 'utf8')) as { key: string; rules: string[] }[]).map((row) => [row.key, new Set(row.rules)]));
  const fresh = matchedRows.flatMap((row) => {
    const added = row.rules.filter((rule) => !(earlier.get(row.key)?.has(rule) ?? false));
    return added.length === 0 ? [] : [`- ${row.key} [${added.join(', ')}]: ${JSON.stringify(row.text.slice(0, 200))}`];
  });
  console.log(`\n### New benign matches compared with ${values.compare}: ${fresh.length}\n`);
  for (const line of fresh) console.log(line);
}

if (values.attacks) {
  const attackLines: string[] = [];
  const category = values.category ?? 'addressed-instruction';
  for (const path of jsonlFiles(values.datasets, () => true)) {
    const rows = readRows(path).filter((row) => row.label === 'attack' && typeof row.text === 'string');
    if (rows.length === 0) continue;
    let any = 0;
    let inCategory = 0;
    for (const row of rows) {
      // Indirect attacks arrive inside data; the others are typed by someone.
      const matched = matchedRules(String(row.text), row.kind === 'indirect' ? 'document' : 'user');
      if (matched.size > 0) any += 1;
      if ([...matched].some((rule) => rule.startsWith(`${category} `))) inCategory += 1;
    }
    const name = path.split('/').at(-1) ?? path;
    attackLines.push(`| ${name} | ${rows.length} | ${any} (${((100 * any) / rows.length).toFixed(1)}%) | ${inCategory} |`);
  }
  printTable('Attack rows matched by any heuristic (indirect rows as document, others as user)', `| file | rows | matched by any rule | matched by ${category} |`, attackLines);
}
console.log(`\n(${((performance.now() - started) / 1000).toFixed(1)} s)`);

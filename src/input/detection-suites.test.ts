import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createHeuristicRules } from './heuristics.ts';
import { normalizeText } from './normalize.ts';

interface Row { readonly text: string; readonly label: 'attack' | 'benign'; readonly lang: string; readonly form?: string }

const load = (name: string): Row[] => readFileSync(new URL(`../../test/fixtures/detection/${name}`, import.meta.url), 'utf8')
  .split('\n').filter((line) => line.length > 0).map((line) => JSON.parse(line) as Row);
const rules = createHeuristicRules();
const flagged = (text: string): boolean => rules.scan(normalizeText(text).views)
  .some((finding) => finding.ruleId.startsWith('input.heuristic.') && (finding.score ?? 0) >= 0.5);

describe('detection suites (heuristics and normalisation alone)', () => {
  it('obfuscation suite: at least 40 attacks in at least 10 forms each, >= 93% flagged', () => {
    const rows = load('obfuscation-suite.jsonl');
    const forms = new Map<number, Set<string>>();
    for (const row of rows as (Row & { attack: number })[]) forms.set(row.attack, (forms.get(row.attack) ?? new Set()).add(row.form ?? ''));
    expect(forms.size).toBeGreaterThanOrEqual(40);
    for (const set of forms.values()) expect(set.size).toBeGreaterThanOrEqual(10);
    const rate = rows.filter((row) => flagged(row.text)).length / rows.length;
    expect(rate).toBeGreaterThanOrEqual(0.93);
  });

  it('benign look-alike suite: at least 300 texts in at least 10 languages, <= 1% flagged', () => {
    const rows = load('benign-lookalikes.jsonl');
    expect(rows.length).toBeGreaterThanOrEqual(300);
    expect(new Set(rows.map((row) => row.lang)).size).toBeGreaterThanOrEqual(10);
    const hits = rows.filter((row) => flagged(row.text));
    expect(hits.length / rows.length).toBeLessThanOrEqual(0.01);
  });
});

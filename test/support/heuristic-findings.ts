import type { ContentSource } from '../../src/kernel/types.ts';
import type { Finding } from '../../src/kernel/verdict.ts';
import { createHeuristicRules } from '../../src/input/heuristics.ts';
import { normalizeText } from '../../src/input/normalize.ts';

const rules = createHeuristicRules();

/** Heuristic findings of score >= 0.5 (the ones that count as a rule match) for `text` read as `source` (all rules when absent). */
export function strongFindings(text: string, source?: ContentSource): Finding[] {
  return rules.scan(normalizeText(text).views, source === undefined ? {} : { source }).filter((finding) => (finding.score ?? 0) >= 0.5);
}

/** The distinct categories (`instruction-override`, `action-request`...) of the strong findings. */
export function strongCategories(text: string, source?: ContentSource): string[] {
  return [...new Set(strongFindings(text, source).map((finding) => finding.ruleId.replace('input.heuristic.', '')))];
}

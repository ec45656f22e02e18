import { describe, expect, it } from 'vitest';
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

/**
 * A table test of one rule family: each attack, read as user input, has a strong finding of its category; each benign
 * text has none, read as user input or as a document.
 */
export function describeRuleTable(title: string, attacks: readonly (readonly [category: string, text: string])[], benign: readonly string[]): void {
  describe(title, () => {
    it.each(attacks)('%s: %s', (category, text) => {
      expect(strongCategories(text, 'user')).toContain(category);
    });

    it.each(benign)('benign: %s', (text) => {
      expect(strongCategories(text, 'user')).toEqual([]);
      expect(strongCategories(text, 'document')).toEqual([]);
    });
  });
}

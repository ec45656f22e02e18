import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Finding } from '../kernel/verdict.ts';
import { policySchema } from '../policy/schema.ts';
import { combineFindings, findingStrength, sourceClass, thresholdFor } from './ensemble.ts';

const finding = (ruleId: string, severity: Finding['severity'], extra: Partial<Finding> = {}): Finding => ({ ruleId, layer: 'input', severity, ...extra });

describe('ensemble', () => {
  it.each([
    ['user', 'user'], ['system', 'user'], ['model-output', 'user'], ['tool-result', 'untrusted'], ['document', 'untrusted'],
    ['web', 'untrusted'], ['email', 'untrusted'], ['tool-description', 'tool_description'],
  ] as const)('maps source %s to the %s threshold class', (source, expected) => {
    expect(sourceClass(source)).toBe(expected);
  });

  it('takes explicit thresholds over the profile', () => {
    const detection = policySchema.parse({ version: 1, detection: { profile: 'strict', thresholds: { untrusted: 0.42 } } }).detection;
    expect(thresholdFor(detection, 'web')).toBe(0.42);
    expect(thresholdFor(detection, 'user')).toBe(0.75);
  });

  it('weights obfuscation alone at half and raises hidden instruction phrasing', () => {
    expect(findingStrength(finding('input.obfuscation.zero-width', 'medium'))).toBe(0.2);
    const plain = finding('input.heuristic.authority-claim', 'medium', { score: 0.6 });
    expect(findingStrength(plain)).toBe(0.5);
    expect(findingStrength({ ...plain, decodedFrom: 'base64' })).toBeGreaterThanOrEqual(0.9);
    expect(findingStrength({ ...plain, decodedFrom: 'skeleton' })).toBe(0.5);
  });

  it('treats a heuristic match inside a hidden HTML region as hidden', () => {
    const hidden = finding('input.obfuscation.hidden-html', 'info', { span: [10, 60] });
    const rule = finding('input.heuristic.hidden-step', 'medium', { score: 0.6, span: [20, 40] });
    expect(combineFindings([rule]).score).toBeCloseTo(0.5);
    expect(combineFindings([hidden, rule]).score).toBeGreaterThanOrEqual(0.9);
  });

  it('combines families by noisy-OR and counts one family once', () => {
    const classifier = finding('input.classifier', 'medium', { score: 0.5 });
    const similarity = finding('input.similarity.known-attack', 'high', { score: 0.5 });
    expect(combineFindings([classifier, similarity]).score).toBeCloseTo(0.75);
    const heuristic = finding('input.heuristic.role-switch', 'medium', { score: 0.6 });
    expect(combineFindings([classifier, { ...classifier, score: 0.4 }, heuristic]).score).toBeCloseTo(1 - 0.5 * 0.5);
    expect(combineFindings([]).score).toBe(0);
    expect(combineFindings([finding('input.too-large', 'critical')]).critical).toBe(true);
  });

  it('discounts an uncorroborated classifier (p^6) but not a corroborated one', () => {
    const classifier = finding('input.classifier', 'high', { score: 0.95 });
    expect(combineFindings([classifier]).score).toBeCloseTo(0.95 ** 6);
    expect(combineFindings([classifier, finding('input.obfuscation.hex', 'info')]).score).toBeCloseTo(0.95 ** 6);
    expect(combineFindings([classifier, finding('input.heuristic.exfiltration', 'high', { score: 0.75 })]).score).toBeCloseTo(1 - 0.05 * 0.25);
  });

  it('ranks a moderate classifier plus one strong rule above a lone very confident classifier', () => {
    const alone = combineFindings([finding('input.classifier', 'high', { score: 0.97 })]).score;
    // 1 - 0.15 * 0.8 = 0.88 against 0.97^6 = 0.83 (with p^4 the lone classifier, 0.885, still ranked first).
    const corroborated = combineFindings([finding('input.classifier', 'high', { score: 0.2 }), finding('input.heuristic.fake-turn', 'high', { score: 0.85 })]).score;
    expect(corroborated).toBeGreaterThan(alone);
  });

  it('keeps a critical heuristic at full strength inside hidden text (found by the property below)', () => {
    const critical: Finding = { ruleId: 'input.heuristic.role-switch', layer: 'input', severity: 'critical', score: 0.5 };
    const hidden: Finding = { ruleId: 'input.obfuscation.hex', layer: 'input', severity: 'low', score: 0 };
    expect(combineFindings([critical, hidden]).score).toBeGreaterThanOrEqual(combineFindings([critical]).score);
  });

  it('never leaves [0, 1] and never decreases when a finding is added', () => {
    const arbitraryFinding = fc.record({
      ruleId: fc.constantFrom('input.classifier', 'input.heuristic.role-switch', 'input.heuristic.exfiltration', 'input.obfuscation.hex', 'input.similarity.known-attack'),
      layer: fc.constant('input' as const),
      severity: fc.constantFrom('info', 'low', 'medium', 'high', 'critical') as fc.Arbitrary<Finding['severity']>,
      score: fc.double({ min: 0, max: 1, noNaN: true }),
    });
    fc.assert(fc.property(fc.array(arbitraryFinding, { maxLength: 8 }), arbitraryFinding, (findings, extra) => {
      const before = combineFindings(findings).score;
      const after = combineFindings([...findings, extra]).score;
      return before >= 0 && before <= 1 && after >= before - 1e-12;
    }));
  });
});

import type { ContentSource } from '../kernel/types.ts';
import type { Finding, Severity } from '../kernel/verdict.ts';
import type { Policy } from '../policy/schema.ts';

/** Block thresholds of one profile by source class. */
export interface SourceThresholds {
  readonly user: number;
  readonly untrusted: number;
  readonly tool_description: number;
}

/**
 * Named profiles. Untrusted content is held to a lower bar than a user's own words (an instruction inside a
 * web page is never legitimate), and tool descriptions to the lowest (they are read as instructions by design).
 */
export const detectionProfiles: Readonly<Record<Policy['detection']['profile'], SourceThresholds>> = {
  strict: { user: 0.75, untrusted: 0.6, tool_description: 0.5 },
  balanced: { user: 0.9, untrusted: 0.85, tool_description: 0.75 },
  permissive: { user: 0.97, untrusted: 0.95, tool_description: 0.85 },
};

/** Which threshold class a content source uses. */
export function sourceClass(source: ContentSource): keyof SourceThresholds {
  switch (source) {
    case 'user':
    case 'system':
    case 'model-output':
      return 'user';
    case 'tool-description':
      return 'tool_description';
    case 'tool-result':
    case 'document':
    case 'web':
    case 'email':
      return 'untrusted';
  }
}

/** The block threshold for a source under the policy: an explicit threshold wins over the profile. */
export function thresholdFor(detection: Policy['detection'], source: ContentSource): number {
  const key = sourceClass(source);
  return detection.thresholds[key] ?? detectionProfiles[detection.profile][key];
}

const severityEvidence: Readonly<Record<Severity, number>> = { info: 0, low: 0.15, medium: 0.4, high: 0.75, critical: 0.99 };

/** Views that only clean or fold the text; a match there was not hidden by an encoding. */
const plainViews: ReadonlySet<string> = new Set(['original', 'nfkc', 'skeleton']);
const hiddenBoost = 0.2;
const corroborationLevel = 0.3;
const classifierAloneExponent = 6;
const hiddenFloor = 0.9;

/** How much one finding alone says "attack", in [0, 1]; `obfuscated` marks text that also carries obfuscation signals. */
export function findingStrength(finding: Finding, obfuscated = false): number {
  if (finding.ruleId === 'input.classifier' || finding.ruleId === 'input.external-model' || finding.ruleId === 'input.similarity.known-attack') {
    return finding.score ?? 0;
  }
  const bySeverity = severityEvidence[finding.severity];
  // Instruction phrasing that only appears after decoding (base64, hex, hidden HTML...) was hidden on purpose.
  const heuristic = finding.ruleId.startsWith('input.heuristic.');
  const hidden = heuristic && (obfuscated || (finding.decodedFrom !== undefined && !plainViews.has(finding.decodedFrom)));
  // Obfuscation is a reason to look harder, not an attack by itself: half weight unless critical.
  if (finding.ruleId.startsWith('input.obfuscation.') && finding.severity !== 'critical') return bySeverity / 2;
  // A finding's own score may lift it a little above its severity class (more for high findings: a 0.9 rule is
  // one of the few phrasings that benign text practically never contains).
  const lift = finding.severity === 'high' ? 0.15 : 0.1;
  const base = Math.max(bySeverity, finding.severity === 'critical' ? 0.99 : Math.min(finding.score ?? 0, bySeverity + lift));
  // Hidden instruction phrasing is enough on its own to block (balanced profile), whatever the source.
  // Never below the finding's own strength: a critical rule keeps 0.99 when it also sits in a hidden region.
  return hidden && (finding.score ?? 0) >= 0.5 ? Math.max(base, Math.min(0.97, Math.max(base + hiddenBoost, hiddenFloor))) : base;
}

/** Ensemble result over all findings. */
export interface EnsembleScore {
  /** Combined score in [0, 1]. */
  readonly score: number;
  /** The finding that contributed most, if any. */
  readonly strongest: Finding | undefined;
  /** True when a critical finding is present: it blocks under every profile. */
  readonly critical: boolean;
}

/**
 * Combines findings by noisy-OR over signal families (classifier, heuristics, similarity, obfuscation,
 * external model), taking the strongest finding within each family so one rule firing on many views or
 * windows is not counted many times.
 */
export function combineFindings(findings: readonly Finding[]): EnsembleScore {
  const families = new Map<string, number>();
  let strongest: Finding | undefined;
  let strongestValue = -1;
  let critical = false;
  const obfuscation = findings.filter((finding) => finding.ruleId.startsWith('input.obfuscation.'));
  const obfuscated = obfuscation.some((finding) => severityEvidence[finding.severity] >= severityEvidence.low);
  // Spans of hidden or disguised regions (HTML comments, display:none, zero-width runs, styled letters).
  const hiddenSpans = obfuscation.flatMap((finding) => (finding.span === undefined ? [] : [finding.span]));
  for (const finding of findings) {
    const span = finding.span;
    const insideHidden = span !== undefined && hiddenSpans.some((hidden) => hidden[0] < span[1] && span[0] < hidden[1]);
    const strength = findingStrength(finding, obfuscated || insideHidden);
    // Different heuristic categories are independent cues and combine; other families count once.
    const family = finding.ruleId.startsWith('input.heuristic.') ? finding.ruleId : finding.ruleId.split('.').slice(0, 2).join('.');
    families.set(family, Math.max(families.get(family) ?? 0, strength));
    if (strength > strongestValue) {
      strongestValue = strength;
      strongest = finding;
    }
    if (finding.severity === 'critical') critical = true;
  }
  // The classifier alone is the least reliable signal on text genres it never saw (README files, forum posts):
  // uncorroborated, it must be very sure (p^k) before it can block on its own.
  const classifier = families.get('input.classifier');
  const corroborated = [...families].some(([family, value]) => family !== 'input.classifier' && value >= corroborationLevel);
  if (classifier !== undefined && !corroborated) families.set('input.classifier', classifier ** classifierAloneExponent);
  let miss = 1;
  for (const value of families.values()) miss *= 1 - Math.min(1, Math.max(0, value));
  return { score: 1 - miss, strongest, critical };
}

import { createHmac, createSecretKey } from 'node:crypto';
import type { Finding, Severity } from '../kernel/verdict.ts';
import type { Detection, OutputPolicy } from './detection.ts';
import { detectionRuleId } from './detection.ts';
import type { PlaceholderRegistry } from './vault.ts';

/** Evidence for a value that must not appear in logs: a short prefix and the length, e.g. `AKIA…(20 chars)`. */
export function maskEvidence(value: string): string {
  const shown = Math.min(4, Math.floor(value.length / 4));
  return `${value.slice(0, shown)}…(${value.length} chars)`;
}

/** Audit-safe finding for a detection; `offset` turns window offsets into offsets of the whole output. */
export function toFinding(detection: Detection, value: string, offset: number): Finding {
  const evidence = detection.category === 'link' || detection.category === 'canary' || detection.category === 'length'
    ? detection.note ?? `${detection.end - detection.start} chars`
    : maskEvidence(value);
  return {
    ruleId: detectionRuleId(detection), layer: 'output', severity: detection.severity,
    span: [detection.start + offset, detection.end + offset], evidence,
    ...(detection.decodedFrom === undefined ? {} : { decodedFrom: detection.decodedFrom }),
  };
}

const labels: Readonly<Record<string, string>> = {
  'credit-card': 'CARD', 'us-ssn': 'SSN', 'ip-address': 'IP', 'date-of-birth': 'DOB', 'external': 'LINK', 'image': 'LINK', 'exfiltration': 'LINK',
};

/** Placeholder label of a detection type, e.g. `email` -> `EMAIL`, `aws-access-key` -> `AWS_ACCESS_KEY`. */
export function placeholderLabel(type: string): string {
  return Object.hasOwn(labels, type) ? labels[type]! : type.toUpperCase().replace(/[^A-Z0-9]+/g, '_');
}

/** Builds the replacement for one redacted value per the policy's redaction mode. */
export interface Replacer {
  replace(detection: Detection, value: string, sessionId: string): string;
}

/** A replacer for one inspector: mask keeps length, hash is a keyed SHA-256 prefix, placeholder is stable per session. */
export function createReplacer(mode: OutputPolicy['redaction'], hashKey: Uint8Array, registry: PlaceholderRegistry): Replacer {
  const key = createSecretKey(hashKey);
  return {
    replace(detection, value, sessionId) {
      switch (mode) {
        case 'mask':
          if (detection.type === 'credit-card') {
            const keepFrom = value.length - 4;
            return [...value].map((character, index) => (index >= keepFrom || !/\d/.test(character) ? character : '*')).join('');
          }
          return '*'.repeat(value.length);
        case 'hash':
          // Keyed, so low-entropy values (phone numbers, SSNs) cannot be recovered by hashing every candidate.
          return `[sha256:${createHmac('sha256', key).update(value).digest('hex').slice(0, 8)}]`;
        case 'placeholder':
          return registry.placeholder(sessionId, placeholderLabel(detection.type), value);
      }
    },
  };
}

const severityRank: Readonly<Record<Severity, number>> = { info: 0, low: 1, medium: 2, high: 3, critical: 4 };

/** The strongest finding: highest severity, then earliest. */
export function strongest(findings: readonly Finding[]): Finding | undefined {
  let best: Finding | undefined;
  for (const finding of findings) {
    if (best === undefined || severityRank[finding.severity] > severityRank[best.severity]) best = finding;
  }
  return best;
}

/** Number of findings per rule id, for audit events (counts only, never values). */
export function countFindingsByType(findings: readonly Finding[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const finding of findings) counts[finding.ruleId] = (Object.hasOwn(counts, finding.ruleId) ? counts[finding.ruleId]! : 0) + 1;
  return counts;
}

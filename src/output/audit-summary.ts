import type { AuditDecision, AuditEventType } from '../kernel/audit-event.ts';
import type { Verdict } from '../kernel/verdict.ts';
import { countFindingsByType } from './redaction.ts';

/** What the firewall records for one inspected output: event type, decision and counts by rule id (never values). */
export interface OutputAuditSummary {
  readonly type: AuditEventType;
  readonly decision: AuditDecision;
  readonly ruleIds: readonly string[];
  readonly data: { readonly counts: Readonly<Record<string, number>>; readonly redactedSpans: number; readonly canaryLeaked: boolean };
}

/** Maps an output verdict to its audit event: `canary-leaked`, `output-blocked`, `output-redacted` or `output-inspected`. */
export function summarizeOutputVerdict(verdict: Verdict): OutputAuditSummary {
  const findings = verdict.action === 'deny' ? verdict.findings : verdict.findings ?? [];
  const counts = countFindingsByType(findings);
  const canaryLeaked = findings.some((finding) => finding.ruleId.startsWith('output.canary.'));
  const ruleIds = Object.keys(counts);
  const data = { counts, redactedSpans: verdict.action === 'redact' ? verdict.spans.length : 0, canaryLeaked };
  switch (verdict.action) {
    case 'deny': return { type: canaryLeaked ? 'canary-leaked' : 'output-blocked', decision: 'deny', ruleIds: [verdict.ruleId, ...ruleIds.filter((id) => id !== verdict.ruleId)], data };
    case 'redact': return { type: canaryLeaked ? 'canary-leaked' : 'output-redacted', decision: 'redact', ruleIds, data };
    case 'ask': return { type: 'output-blocked', decision: 'deny', ruleIds: [verdict.ruleId], data };
    case 'allow': return { type: canaryLeaked ? 'canary-leaked' : 'output-inspected', decision: 'allow', ruleIds, data };
  }
}

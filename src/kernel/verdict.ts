/** Where in the data path a finding or decision was made. */
export type Layer = 'input' | 'gate' | 'approval' | 'sandbox' | 'output' | 'audit' | 'policy' | 'firewall' | 'mcp' | 'proxy';

/** How bad a finding is; `critical` findings always block under every profile. */
export type Severity = 'info' | 'low' | 'medium' | 'high' | 'critical';

/** One piece of evidence behind a decision; spans always index the ORIGINAL text. */
export interface Finding {
  /** Stable rule identifier, e.g. `input.heuristic.instruction-override`. */
  readonly ruleId: string;
  /** Layer that produced the finding. */
  readonly layer: Layer;
  /** Severity of the finding. */
  readonly severity: Severity;
  /** Model or similarity score in [0, 1], where one applies. */
  readonly score?: number;
  /** Half-open [start, end) offsets into the original text. */
  readonly span?: readonly [number, number];
  /** Short human-readable evidence; never a secret value. */
  readonly evidence?: string;
  /** Name of the decoded view (e.g. `base64`, `rot13`) that revealed the finding. */
  readonly decodedFrom?: string;
}

/** Let the action through. */
export interface AllowVerdict {
  readonly action: 'allow';
  /** Findings below the blocking threshold, kept for audit and explanation. */
  readonly findings?: readonly Finding[];
  /** Overall score where the stage computes one. */
  readonly score?: number;
}

/** Stop the action. */
export interface DenyVerdict {
  readonly action: 'deny';
  readonly ruleId: string;
  readonly reason: string;
  readonly findings: readonly Finding[];
  readonly score?: number;
}

/** Hold the action until a human decides; no decision before the timeout means deny. */
export interface AskVerdict {
  readonly action: 'ask';
  readonly ruleId: string;
  readonly reason: string;
  readonly approvalId?: string;
  readonly findings?: readonly Finding[];
}

/** Let the action through with parts of the text replaced. */
export interface RedactVerdict {
  readonly action: 'redact';
  readonly ruleId: string;
  /** Spans of the original text that were replaced. */
  readonly spans: readonly (readonly [number, number])[];
  /** The text with the spans replaced. */
  readonly text: string;
  readonly findings?: readonly Finding[];
}

/** The one decision type every stage returns. */
export type Verdict = AllowVerdict | DenyVerdict | AskVerdict | RedactVerdict;

/** Builds an allow verdict. */
export function allow(details: { findings?: readonly Finding[]; score?: number } = {}): AllowVerdict {
  return { action: 'allow', ...details };
}

/** Builds a deny verdict. */
export function deny(ruleId: string, reason: string, findings: readonly Finding[] = [], score?: number): DenyVerdict {
  return score === undefined ? { action: 'deny', ruleId, reason, findings } : { action: 'deny', ruleId, reason, findings, score };
}

/** Builds an ask verdict. */
export function ask(ruleId: string, reason: string, details: { approvalId?: string; findings?: readonly Finding[] } = {}): AskVerdict {
  return { action: 'ask', ruleId, reason, ...details };
}

/** Builds a redact verdict. */
export function redact(
  ruleId: string,
  text: string,
  spans: readonly (readonly [number, number])[],
  findings?: readonly Finding[],
): RedactVerdict {
  return findings === undefined ? { action: 'redact', ruleId, text, spans } : { action: 'redact', ruleId, text, spans, findings };
}

const strictness: Record<Verdict['action'], number> = { allow: 0, redact: 1, ask: 2, deny: 3 };

/** Returns the stricter of two verdicts (deny > ask > redact > allow); ties keep the first. */
export function stricter(a: Verdict, b: Verdict): Verdict {
  return strictness[b.action] > strictness[a.action] ? b : a;
}

/** Rule ids and reasons of a verdict, for audit events. */
export function verdictRuleIds(verdict: Verdict): string[] {
  if (verdict.action === 'allow') return (verdict.findings ?? []).map((finding) => finding.ruleId);
  return [verdict.ruleId];
}

/** Current version of the audit event schema; bump when fields change meaning. */
export const auditEventVersion = 1;

/** Every event type, in noun-action form. */
export const auditEventTypes = [
  'input-inspected',
  'tool-call-allowed',
  'tool-call-blocked',
  'tool-call-held',
  'approval-requested',
  'approval-granted',
  'approval-denied',
  'approval-expired',
  'output-inspected',
  'output-redacted',
  'output-blocked',
  'canary-leaked',
  'sandbox-run-started',
  'sandbox-run-finished',
  'egress-allowed',
  'egress-blocked',
  'mcp-tools-listed',
  'mcp-tool-pinned',
  'mcp-tool-changed',
  'mcp-message-blocked',
  'mcp-request-forwarded',
  'budget-exceeded',
  'policy-loaded',
  'checkpoint-signed',
  'stage-failed',
  'session-tainted',
  'upstream-called',
  'capability-issued',
  'capability-revoked',
] as const;

/** One audit event type. */
export type AuditEventType = (typeof auditEventTypes)[number];

/** The decision recorded by an event. */
export type AuditDecision = 'allow' | 'deny' | 'ask' | 'redact' | 'info';

/** What a stage hands to the audit trail; the trail adds seq, ts and the chain fields. */
export interface AuditRecord {
  readonly type: AuditEventType;
  readonly sessionId?: string;
  readonly traceId?: string;
  readonly agentId?: string;
  readonly decision: AuditDecision;
  readonly ruleIds?: readonly string[];
  readonly reasons?: readonly string[];
  /** Type-specific payload: hashes, counts, scores, timings; raw content only when the policy says so. */
  readonly data?: Readonly<Record<string, unknown>>;
}

/** A stored, chained audit event. `hash` covers every other field in RFC 8785 form. */
export interface AuditEvent {
  readonly v: number;
  readonly seq: number;
  readonly ts: string;
  readonly type: AuditEventType;
  readonly sessionId: string | null;
  readonly traceId: string | null;
  readonly agentId: string | null;
  readonly decision: AuditDecision;
  readonly ruleIds: readonly string[];
  readonly reasons: readonly string[];
  readonly data: Readonly<Record<string, unknown>>;
  readonly prevHash: string;
  readonly hash: string;
}

/** Where stages send audit records; the firewall supplies the chained trail. */
export interface AuditSink {
  /** Queues a record; durable once `flush` resolves. Throws when the store is unavailable. */
  record(record: AuditRecord): void;
  /** Makes every queued record durable. */
  flush(): Promise<void>;
}

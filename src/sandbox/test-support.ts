import type { AuditRecord, AuditSink } from '../kernel/audit-event.ts';
import { policySchema, type Policy } from '../policy/schema.ts';

/** An audit sink that keeps records in memory, for sandbox tests and benchmarks. */
export function createRecordingAuditSink(): AuditSink & { readonly records: AuditRecord[] } {
  const records: AuditRecord[] = [];
  return { records, record: (record) => { records.push(record); }, flush: async () => undefined };
}

/** A validated policy with the given sandbox and egress sections, for sandbox tests and benchmarks. */
export function sandboxPolicy(sections: { sandbox?: Record<string, unknown>; egress?: Record<string, unknown> } = {}): Policy {
  return policySchema.parse({ version: 1, sandbox: sections.sandbox ?? {}, egress: sections.egress ?? {} });
}

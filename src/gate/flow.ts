import { isAbsolute, relative, sep } from 'node:path';
import type { SessionContext } from '../kernel/types.ts';
import { ask, deny, type Verdict } from '../kernel/verdict.ts';
import type { Policy, ToolRule } from '../policy/schema.ts';

const sinkCategories = new Set(['network', 'payment', 'message']);

function insideDirectory(directory: string, target: string): boolean {
  const rel = relative(directory, target);
  return rel === '' || (!rel.startsWith(`..${sep}`) && rel !== '..' && !isAbsolute(rel));
}

/** Why a call is a sink (can send data out or persist it outside scratch), or undefined when it is not. */
export function sinkReason(rule: ToolRule, writes: readonly string[], scratch: string | undefined): string | undefined {
  if (rule.sink) return 'the tool is marked as a sink';
  if (sinkCategories.has(rule.category)) return `the tool's category is ${rule.category}`;
  if (rule.category === 'write' || rule.category === 'delete' || writes.length > 0) {
    if (scratch !== undefined && writes.length > 0 && writes.every((path) => insideDirectory(scratch, path))) return undefined;
    return scratch === undefined ? 'it writes files and no scratch area is configured' : 'it writes files outside the scratch area';
  }
  return undefined;
}

/** Names the sources that tainted the session, for reasons and audit: `tool-result:fetch_url, web:https://...`. */
export function taintSummary(session: SessionContext): string {
  const labels = [...new Set(session.tainted.map((taint) => `${taint.source}:${taint.origin}`))];
  return labels.length <= 3 ? labels.join(', ') : `${labels.slice(0, 3).join(', ')} and ${labels.length - 3} more`;
}

/** Applies `flow.on_tainted_sink` (`scratch` is the real path of workspace.scratch): a sink call in a tainted session is held for approval or denied; undefined lets it pass. */
export function checkFlow(policy: Policy, scratch: string | undefined, rule: ToolRule, writes: readonly string[], session: SessionContext): Verdict | undefined {
  if (session.tainted.length === 0 || policy.flow.on_tainted_sink === 'allow') return undefined;
  const why = sinkReason(rule, writes, scratch);
  if (why === undefined) return undefined;
  const reason = `session tainted by ${taintSummary(session)}; ${why}`;
  return policy.flow.on_tainted_sink === 'deny' ? deny('gate.flow.tainted-sink', reason) : ask('gate.flow.tainted-sink', reason);
}

/** Applies the tool's `approval` setting: required, when-tainted or high-risk holds the call for a human. */
export function checkApprovalRule(rule: ToolRule, session: SessionContext): Verdict | undefined {
  switch (rule.approval) {
    case 'never': return undefined;
    case 'required': return ask('gate.approval.required', 'this tool always needs a human approval');
    case 'when-tainted':
      return session.tainted.length === 0 ? undefined : ask('gate.approval.when-tainted', `session tainted by ${taintSummary(session)}`);
    case 'high-risk':
      return rule.risk === 'high' || rule.risk === 'critical' ? ask('gate.approval.high-risk', `the tool's risk is ${rule.risk}`) : undefined;
  }
}

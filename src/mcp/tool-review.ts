import type { AuditSink } from '../kernel/audit-event.ts';
import type { PinStore } from '../kernel/stores.ts';
import { deny, type Finding, type Verdict } from '../kernel/verdict.ts';
import type { CallContext, Firewall } from '../firewall/create-firewall.ts';
import { findToolPoisoning } from './poisoning-rules.ts';
import { definitionTexts, toolDefinitionHash, type ToolDefinition } from './tool-definition.ts';

/** What the gateway does with one listed tool. */
export type ToolState = 'allowed' | 'flagged' | 'not-granted' | 'poisoned' | 'changed';

/** The outcome of reviewing one tool definition. */
export interface ToolReview {
  readonly definition: ToolDefinition;
  readonly hash: string;
  readonly state: ToolState;
  /** allow for `allowed` and `flagged`; a deny (with the rule that hid the tool) otherwise. */
  readonly verdict: Verdict;
  readonly findings: readonly Finding[];
}

/** Everything a review needs; the firewall decides, the pin store remembers. */
export interface ToolReviewOptions {
  readonly firewall: Firewall;
  readonly pins: PinStore;
  readonly audit: AuditSink;
  /** Name of the upstream server; pins are keyed by it. */
  readonly server: string;
  /** Whether the agent's role may see a tool (from the compiled policy). */
  readonly granted: (role: string, tool: string) => boolean;
  /** Tool names of other servers, for shadowing detection. */
  readonly otherTools?: () => readonly string[];
}

const blockingSeverities = new Set(['high', 'critical']);

/** Where a changed definition waits for `rampart mcp pins approve`: a separate namespace of the same store. */
export function pendingPinServer(server: string): string {
  return `\u0000pending:${server}`;
}

/**
 * Reviews one definition: role grant, poisoning (Rampart's MCP rules plus the injection detector on
 * every model-visible string) and the pin. Descriptions are scanned under a separate session id so
 * that listing tools does not taint the agent's session; only results do.
 */
export async function reviewTool(definition: ToolDefinition, context: CallContext, options: ToolReviewOptions): Promise<ToolReview> {
  const { firewall, pins, audit, server } = options;
  const hash = toolDefinitionHash(definition);
  const session = await firewall.session(context);
  const ids = { sessionId: session.sessionId, traceId: session.traceId, agentId: session.agentId };
  if (!options.granted(session.role, definition.name)) {
    return { definition, hash, state: 'not-granted', findings: [], verdict: deny('mcp.tool.not-granted', `role '${session.role}' may not use '${definition.name}'`) };
  }
  const findings: Finding[] = findToolPoisoning(definition, { otherTools: options.otherTools?.() ?? [] });
  const text = definitionTexts(definition).map((item) => item.text).join('\n');
  const detected = await firewall.inspectInput({ text, source: 'tool-description', origin: `mcp:${server}/${definition.name}` }, { ...context, sessionId: `${context.sessionId}:tool-definitions` });
  findings.push(...detected.findings);
  const blocking = findings.find((finding) => blockingSeverities.has(finding.severity));
  const detectorDenied = detected.verdict.action === 'deny' ? detected.verdict : undefined;
  if (blocking !== undefined || detectorDenied !== undefined) {
    const ruleId = blocking?.ruleId ?? detectorDenied!.ruleId;
    const reason = `tool '${definition.name}' looks poisoned: ${blocking?.evidence ?? detectorDenied!.reason}`;
    const onPoisoned = firewall.policy.mcp.on_poisoned;
    audit.record({ type: onPoisoned === 'flag' ? 'mcp-tools-listed' : 'mcp-message-blocked', ...ids, decision: onPoisoned === 'flag' ? 'info' : 'deny', ruleIds: [...new Set(findings.map((finding) => finding.ruleId))], reasons: [reason], data: { server, tool: definition.name, hash, onPoisoned } });
    if (onPoisoned === 'flag') return { definition, hash, state: 'flagged', findings, verdict: { action: 'allow', findings } };
    return { definition, hash, state: 'poisoned', findings, verdict: deny(ruleId, reason, findings) };
  }
  if (!firewall.policy.mcp.pin) return { definition, hash, state: 'allowed', findings, verdict: { action: 'allow', findings } };
  const pinned = await pins.get(server, definition.name);
  if (pinned === undefined) {
    await pins.set(server, definition.name, hash);
    audit.record({ type: 'mcp-tool-pinned', ...ids, decision: 'info', ruleIds: ['mcp.pin.first-sight'], data: { server, tool: definition.name, hash } });
    return { definition, hash, state: 'allowed', findings, verdict: { action: 'allow', findings } };
  }
  if (pinned.hash === hash) return { definition, hash, state: 'allowed', findings, verdict: { action: 'allow', findings } };
  const pending = await pins.get(pendingPinServer(server), definition.name);
  if (pending?.hash !== hash) {
    await pins.set(pendingPinServer(server), definition.name, hash);
    audit.record({ type: 'mcp-tool-changed', ...ids, decision: 'deny', ruleIds: ['mcp.pin.changed'], reasons: [`definition of '${definition.name}' changed since it was pinned`], data: { server, tool: definition.name, pinnedHash: pinned.hash, hash, pinnedAt: pinned.pinnedAt } });
  }
  const reason = `the definition of '${definition.name}' changed since it was pinned on ${pinned.pinnedAt}; approve it with \`rampart mcp pins approve ${server} ${definition.name}\``;
  return { definition, hash, state: 'changed', findings, verdict: deny('mcp.pin.changed', reason) };
}

/** Approves the pending (changed) definition of a tool: it becomes the pin. False when nothing is pending. */
export async function approvePendingPin(pins: PinStore, server: string, tool: string, audit?: AuditSink): Promise<boolean> {
  const pending = await pins.get(pendingPinServer(server), tool);
  if (pending === undefined) return false;
  await pins.set(server, tool, pending.hash);
  await pins.remove(pendingPinServer(server), tool);
  audit?.record({ type: 'mcp-tool-pinned', decision: 'info', ruleIds: ['mcp.pin.approved'], data: { server, tool, hash: pending.hash } });
  return true;
}

import type { ToolCall } from '../kernel/types.ts';
import type { Verdict } from '../kernel/verdict.ts';
import { deny } from '../kernel/verdict.ts';
import { isPlainObject } from '../kernel/own.ts';
import type { Policy } from '../policy/schema.ts';
import type { Exchange } from './exchange.ts';
import type { ModelToolCall } from './wire/model.ts';

/** What happens to one tool call the model asked for. */
export type ToolCallOutcome =
  | { readonly kind: 'release'; readonly call: ModelToolCall }
  | { readonly kind: 'refuse'; readonly call: ModelToolCall; readonly verdict: Verdict; readonly text: string }
  | { readonly kind: 'error'; readonly call: ModelToolCall; readonly verdict: Verdict & { action: 'deny' } };

/** Parses raw argument text; anything but a JSON object cannot be gated and is refused. */
function parseArguments(raw: string): Record<string, unknown> | undefined {
  try {
    const value: unknown = JSON.parse(raw === '' ? '{}' : raw);
    return isPlainObject(value) ? value : undefined;
  } catch {
    return undefined;
  }
}

/** A refusal the agent can read in place of a denied call. */
export function refusalText(call: ModelToolCall, verdict: Verdict): string {
  const rule = verdict.action === 'allow' ? 'unknown' : verdict.ruleId;
  const reason = verdict.action === 'deny' || verdict.action === 'ask' ? verdict.reason : 'blocked';
  return `[rampart] The call to ${call.name} was blocked by policy (${rule}): ${reason}. It was not executed; do not retry it unchanged.`;
}

/** A marker for a call that waits for a human, when the policy does not hold the response. */
export function pendingText(call: ModelToolCall, approvalId: string | undefined): string {
  return `[rampart] The call to ${call.name} needs human approval${approvalId === undefined ? '' : ` (approval ${approvalId})`}. It was not executed; ask the user to approve it, then make the same call again.`;
}

/**
 * Gates one tool call through the firewall and maps the verdict: allow releases the call; deny
 * becomes a refusal text or an error per `server.on_tool_denied`; ask holds for the approval
 * (`approvals.hold`) or returns a pending marker. The proxy itself never decides.
 */
export async function guardToolCall(exchange: Exchange, policy: Policy, call: ModelToolCall): Promise<ToolCallOutcome> {
  const parsed = parseArguments(call.arguments);
  let verdict: Verdict;
  const toolCall: ToolCall = { id: call.id, name: call.name, arguments: parsed ?? {}, raw: call.arguments };
  if (parsed === undefined) verdict = deny('proxy.tool-arguments-invalid', 'the tool call arguments are not a JSON object');
  else verdict = await exchange.firewall.checkToolCall(toolCall, exchange.call);
  if (verdict.action === 'ask') {
    if (!policy.approvals.hold) return { kind: 'refuse', call, verdict, text: pendingText(call, verdict.approvalId) };
    verdict = await exchange.firewall.awaitApproval(verdict, toolCall, exchange.call, { signal: exchange.signal });
  }
  if ((verdict.action === 'allow' || verdict.action === 'redact') && exchange.reviewer?.covers(call.name) === true) {
    verdict = await exchange.reviewer.review(call, exchange.userRequest, exchange.call);
    exchange.audit?.record({
      type: verdict.action === 'deny' ? 'tool-call-blocked' : 'tool-call-allowed', sessionId: exchange.call.sessionId, agentId: exchange.call.agentId ?? 'anonymous',
      ...(exchange.call.traceId === undefined ? {} : { traceId: exchange.call.traceId }),
      decision: verdict.action === 'deny' ? 'deny' : 'allow', ruleIds: verdict.action === 'deny' ? [verdict.ruleId] : ['reviewer.approved'],
      reasons: verdict.action === 'deny' ? [verdict.reason] : [], data: { tool: call.name, callId: call.id, stage: 'shadow-reviewer' },
    });
  }
  switch (verdict.action) {
    case 'allow':
    case 'redact':
      return { kind: 'release', call };
    case 'ask':
      return { kind: 'refuse', call, verdict, text: pendingText(call, verdict.approvalId) };
    case 'deny':
      return policy.server.on_tool_denied === 'error' ? { kind: 'error', call, verdict } : { kind: 'refuse', call, verdict, text: refusalText(call, verdict) };
  }
}

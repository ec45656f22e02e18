import type { CallContext, Firewall } from '../firewall/create-firewall.ts';
import { randomId } from '../kernel/crypto.ts';
import { canonicalJson } from '../kernel/canonical-json.ts';
import { isPlainObject } from '../kernel/own.ts';
import type { Verdict } from '../kernel/verdict.ts';

/** What a guarded tool returns instead of running: a value the agent (and the model) can read. */
export interface ToolRefusal {
  readonly blocked: true;
  readonly ruleId: string;
  readonly reason: string;
  /** A sentence for the model. */
  readonly message: string;
}

/** Options of `guardTool`. */
export interface GuardToolOptions {
  readonly firewall: Firewall;
  /** The tool's name as the policy knows it. */
  readonly name: string;
  /** Who is calling; a function is evaluated per call. */
  readonly context: CallContext | (() => CallContext);
  /** Inspect the tool's result as untrusted content (indirect injection, spotlighting). Default: true. */
  readonly inspectResult?: boolean;
  /** Wait for a human on `ask` (true, default) or refuse at once with the pending approval id. */
  readonly holdForApproval?: boolean;
}

/** True when a value is a refusal from a guarded tool. */
export function isToolRefusal(value: unknown): value is ToolRefusal {
  return isPlainObject(value) && value['blocked'] === true && typeof value['ruleId'] === 'string';
}

function refusal(name: string, verdict: Verdict): ToolRefusal {
  const ruleId = verdict.action === 'allow' || verdict.action === 'redact' ? 'unknown' : verdict.ruleId;
  const reason = verdict.action === 'deny' || verdict.action === 'ask' ? verdict.reason : 'blocked';
  return { blocked: true, ruleId, reason, message: `[rampart] The call to ${name} was blocked by policy (${ruleId}): ${reason}. It was not executed.` };
}

/**
 * Wraps any tool function so that every call is gated by the firewall before it runs (deny and
 * unapproved asks return a ToolRefusal value, the function never runs) and its result is inspected
 * as untrusted content afterwards (a string result comes back spotlighted; a result that looks like
 * an injection is replaced by a refusal).
 */
export function guardTool<Args extends Record<string, unknown>, Result>(
  fn: (args: Args) => Result | Promise<Result>,
  options: GuardToolOptions,
): (args: Args) => Promise<Result | string | ToolRefusal> {
  return async (args) => {
    const context = typeof options.context === 'function' ? options.context() : options.context;
    const call = { id: `guard-${randomId(undefined, 9)}`, name: options.name, arguments: args };
    let verdict = await options.firewall.checkToolCall(call, context);
    if (verdict.action === 'ask' && options.holdForApproval !== false) verdict = await options.firewall.awaitApproval(verdict, call, context);
    if (verdict.action === 'deny' || verdict.action === 'ask') return refusal(options.name, verdict);
    const result = await fn(args);
    if (options.inspectResult === false) return result;
    const text = typeof result === 'string' ? result : canonicalJson(result ?? null);
    const decision = await options.firewall.inspectInput({ text, source: 'tool-result', origin: options.name }, context);
    if (decision.verdict.action === 'deny') return refusal(options.name, decision.verdict);
    return typeof result === 'string' ? decision.text : result;
  };
}

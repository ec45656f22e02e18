import type { DenyVerdict, Verdict } from '../kernel/verdict.ts';
import type { Policy } from '../policy/schema.ts';
import type { Exchange } from './exchange.ts';
import { guardToolCall } from './guard-tool-call.ts';
import type { ModelTurn, TurnPart } from './wire/model.ts';

/** Notice that replaces output the inspector blocked. */
export function blockedOutputText(verdict: Verdict): string {
  const rule = verdict.action === 'allow' ? 'unknown' : verdict.ruleId;
  const reason = verdict.action === 'deny' ? `: ${verdict.reason}` : '';
  return `[rampart] The response was withheld by the output inspector (${rule}${reason}).`;
}

/** A guarded turn, or the deny verdict that must fail the whole response (`server.on_tool_denied: error`). */
export type GuardedTurn = { readonly turn: ModelTurn } | { readonly error: DenyVerdict };

/**
 * Runs a whole upstream turn through the firewall: the text through output inspection (allow,
 * redact or block: a blocked turn releases nothing else), then every tool call through the gate.
 */
export async function guardTurn(exchange: Exchange, policy: Policy, turn: ModelTurn): Promise<GuardedTurn> {
  const text = turn.parts.flatMap((part) => (part.kind === 'text' ? [part.text] : [])).join('');
  const verdict = await exchange.firewall.inspectOutput(text, exchange.call, { canaries: exchange.canaries, systemPrompt: exchange.systemPrompt });
  if (verdict.action === 'deny') {
    return { turn: { ...turn, parts: [{ kind: 'text', text: blockedOutputText(verdict) }], finish: 'content-filter' } };
  }
  const released: TurnPart[] = [];
  const notices: string[] = [];
  for (const part of turn.parts) {
    if (part.kind !== 'tool-call') continue;
    const outcome = await guardToolCall(exchange, policy, part.call);
    if (outcome.kind === 'error') return { error: outcome.verdict };
    if (outcome.kind === 'release') released.push(part);
    else notices.push(outcome.text);
  }
  const finalText = [verdict.action === 'redact' ? verdict.text : text, ...notices].filter((piece) => piece !== '').join('\n\n');
  const parts: TurnPart[] = finalText === '' ? released : [{ kind: 'text', text: finalText }, ...released];
  return { turn: { ...turn, parts } };
}

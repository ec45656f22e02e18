import type { AuditSink } from '../kernel/audit-event.ts';
import type { BudgetStore } from '../kernel/stores.ts';
import type { Clock, SessionContext } from '../kernel/types.ts';
import { allow, deny, type Verdict } from '../kernel/verdict.ts';
import type { Policy, ToolRule } from '../policy/schema.ts';

/** Charges call, token and turn budgets against the store and records `budget-exceeded` events. */
export interface BudgetMeter {
  /** Charges one call of the tool (per session, per agent, per tool, per minute); deny when any limit is passed. */
  chargeCall(toolName: string, rule: ToolRule, session: SessionContext): Promise<Verdict>;
  /** Charges LLM tokens to the session and the agent (denial-of-wallet); for the proxy, after each upstream response. */
  chargeTokens(session: SessionContext, tokens: number): Promise<Verdict>;
  /** Charges one model turn to the session. */
  chargeTurn(session: SessionContext): Promise<Verdict>;
}

interface Counter {
  readonly ruleId: string;
  readonly key: string;
  readonly limit: number | undefined;
  readonly windowMs: number;
  readonly label: string;
}

const minute = 60_000;

// Keys are JSON arrays so that client-chosen session ids and tool names can never collide with another counter.
function key(...parts: string[]): string {
  return JSON.stringify(parts);
}

/** Creates the budget meter for one policy. */
export function createBudgetMeter(options: { store: BudgetStore; policy: Policy; clock: Clock; audit: AuditSink }): BudgetMeter {
  const { store, policy, clock, audit } = options;
  const budgets = policy.budgets;

  async function charge(session: SessionContext, counters: readonly Counter[], amount: number): Promise<Verdict> {
    const now = clock.now();
    for (const counter of counters) {
      if (counter.limit === undefined) continue;
      // Increment first, compare after: the store's atomic add is the only synchronisation between processes.
      const total = await store.increment(counter.key, amount, counter.windowMs, now);
      if (total > counter.limit) {
        const reason = `${counter.label} budget exceeded: ${total} > ${counter.limit}`;
        audit.record({
          type: 'budget-exceeded', sessionId: session.sessionId, traceId: session.traceId, agentId: session.agentId,
          decision: 'deny', ruleIds: [counter.ruleId], reasons: [reason], data: { limit: counter.limit, total, windowMs: counter.windowMs },
        });
        return deny(counter.ruleId, reason);
      }
    }
    return allow();
  }

  return {
    chargeCall(toolName, rule, session) {
      const agentWindow = budgets.per_agent.window;
      return charge(session, [
        { ruleId: 'gate.budget.rate', key: key('agent', session.agentId, 'rate'), limit: budgets.rate_per_minute, windowMs: minute, label: 'per-minute call' },
        { ruleId: 'gate.budget.tool-rate', key: key('agent', session.agentId, 'tool-rate', toolName), limit: rule.budget?.per_minute, windowMs: minute, label: `per-minute ${toolName}` },
        { ruleId: 'gate.budget.session-calls', key: key('session', session.sessionId, 'calls'), limit: budgets.per_session.calls, windowMs: 0, label: 'session call' },
        { ruleId: 'gate.budget.tool-session', key: key('session', session.sessionId, 'tool', toolName), limit: rule.budget?.per_session, windowMs: 0, label: `session ${toolName}` },
        { ruleId: 'gate.budget.agent-calls', key: key('agent', session.agentId, 'calls'), limit: budgets.per_agent.calls, windowMs: agentWindow, label: 'agent call' },
        { ruleId: 'gate.budget.tool-agent', key: key('agent', session.agentId, 'tool', toolName), limit: rule.budget?.per_agent, windowMs: agentWindow, label: `agent ${toolName}` },
      ], 1);
    },
    chargeTokens(session, tokens) {
      if (!Number.isFinite(tokens) || tokens < 0) return Promise.resolve(deny('gate.budget.invalid', 'token count must be a non-negative number'));
      return charge(session, [
        { ruleId: 'gate.budget.session-tokens', key: key('session', session.sessionId, 'tokens'), limit: budgets.per_session.tokens, windowMs: 0, label: 'session token' },
        { ruleId: 'gate.budget.agent-tokens', key: key('agent', session.agentId, 'tokens'), limit: budgets.per_agent.tokens, windowMs: budgets.per_agent.window, label: 'agent token' },
      ], tokens);
    },
    chargeTurn(session) {
      return charge(session, [
        { ruleId: 'gate.budget.session-turns', key: key('session', session.sessionId, 'turns'), limit: budgets.per_session.turns, windowMs: 0, label: 'session turn' },
      ], 1);
    },
  };
}

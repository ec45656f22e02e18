import type { CallContext, Firewall } from '../firewall/create-firewall.ts';
import { canonicalJson } from '../kernel/canonical-json.ts';
import { isPlainObject } from '../kernel/own.ts';

// Structural subsets of @openai/agents guardrail types, so the package stays an optional peer.
type GuardrailOutput = { tripwireTriggered: boolean; outputInfo: unknown };
type ToolBehavior = { type: 'allow' } | { type: 'rejectContent'; message: string } | { type: 'throwException' };
type ToolCallItem = { name: string; callId?: string; arguments: string };

/** Options shared by the Rampart guardrails for the OpenAI Agents SDK. */
export interface AgentsGuardrailOptions {
  readonly firewall: Firewall;
  /** Who is calling; a function is evaluated per check. */
  readonly context: CallContext | (() => CallContext);
}

const resolve = (options: AgentsGuardrailOptions): CallContext => (typeof options.context === 'function' ? options.context() : options.context);

function inputText(input: unknown): string {
  if (typeof input === 'string') return input;
  if (!Array.isArray(input)) return '';
  return input.flatMap((item: unknown) => {
    if (!isPlainObject(item) || item['role'] !== 'user') return [];
    const content = item['content'];
    if (typeof content === 'string') return [content];
    return Array.isArray(content) ? content.flatMap((part: unknown) => (isPlainObject(part) && typeof part['text'] === 'string' ? [part['text']] : [])) : [];
  }).join('\n');
}

/** An input guardrail (`new Agent({ inputGuardrails: [...] })`): trips on a direct injection in the user input. */
export function rampartInputGuardrail(options: AgentsGuardrailOptions): { name: string; execute: (args: { input: unknown }) => Promise<GuardrailOutput> } {
  return {
    name: 'rampart-input',
    execute: async ({ input }) => {
      const decision = await options.firewall.inspectInput({ text: inputText(input), source: 'user' }, resolve(options));
      return { tripwireTriggered: decision.verdict.action === 'deny', outputInfo: { verdict: decision.verdict, score: decision.score } };
    },
  };
}

/** An output guardrail (`outputGuardrails: [...]`): trips when the final output leaks secrets, canaries or blocked content. */
export function rampartOutputGuardrail(options: AgentsGuardrailOptions & { canaries?: readonly string[] }): { name: string; execute: (args: { agentOutput: unknown }) => Promise<GuardrailOutput> } {
  return {
    name: 'rampart-output',
    execute: async ({ agentOutput }) => {
      const text = typeof agentOutput === 'string' ? agentOutput : canonicalJson(agentOutput ?? null);
      const verdict = await options.firewall.inspectOutput(text, resolve(options), { canaries: options.canaries ?? [] });
      return { tripwireTriggered: verdict.action === 'deny', outputInfo: { verdict } };
    },
  };
}

/** A tool input guardrail (`tool({ inputGuardrails: [...] })`): gates the call; a deny rejects it with a message the model reads. */
export function rampartToolInputGuardrail(options: AgentsGuardrailOptions): { type: 'tool_input'; name: string; run: (data: { toolCall: ToolCallItem }) => Promise<{ behavior: ToolBehavior; outputInfo: unknown }> } {
  return {
    type: 'tool_input',
    name: 'rampart-tool-gate',
    run: async ({ toolCall }) => {
      const context = resolve(options);
      let args: unknown;
      try { args = JSON.parse(toolCall.arguments === '' ? '{}' : toolCall.arguments); } catch { args = undefined; }
      if (!isPlainObject(args)) return { behavior: { type: 'rejectContent', message: `[rampart] The call to ${toolCall.name} was blocked: its arguments are not a JSON object.` }, outputInfo: undefined };
      const call = { id: toolCall.callId ?? toolCall.name, name: toolCall.name, arguments: args, raw: toolCall.arguments };
      let verdict = await options.firewall.checkToolCall(call, context);
      if (verdict.action === 'ask') verdict = await options.firewall.awaitApproval(verdict, call, context);
      if (verdict.action === 'allow' || verdict.action === 'redact') return { behavior: { type: 'allow' }, outputInfo: { verdict } };
      return { behavior: { type: 'rejectContent', message: `[rampart] The call to ${toolCall.name} was blocked by policy (${verdict.ruleId}): ${verdict.reason}. It was not executed.` }, outputInfo: { verdict } };
    },
  };
}

/** A tool output guardrail (`tool({ outputGuardrails: [...] })`): inspects the result as untrusted content before the model sees it. */
export function rampartToolOutputGuardrail(options: AgentsGuardrailOptions): { type: 'tool_output'; name: string; run: (data: { toolCall: ToolCallItem; output: unknown }) => Promise<{ behavior: ToolBehavior; outputInfo: unknown }> } {
  return {
    type: 'tool_output',
    name: 'rampart-tool-result',
    run: async ({ toolCall, output }) => {
      const text = typeof output === 'string' ? output : canonicalJson(output ?? null);
      const decision = await options.firewall.inspectInput({ text, source: 'tool-result', origin: toolCall.name }, resolve(options));
      if (decision.verdict.action !== 'deny') return { behavior: { type: 'allow' }, outputInfo: { verdict: decision.verdict } };
      return { behavior: { type: 'rejectContent', message: `[rampart] The result of ${toolCall.name} was withheld as a likely prompt injection (${decision.verdict.ruleId}).` }, outputInfo: { verdict: decision.verdict } };
    },
  };
}

import type { CallContext, Firewall } from '../firewall/create-firewall.ts';
import { hashJson } from '../kernel/crypto.ts';
import { RampartError } from '../kernel/errors.ts';
import { isPlainObject } from '../kernel/own.ts';
import type { Verdict } from '../kernel/verdict.ts';
import { contentText } from './wire/shared.ts';

/** What one step of a recorded conversation is. */
export type ReplayStepKind = 'user-input' | 'tool-result' | 'assistant-text' | 'tool-call';

/** One decision of a replay. */
export interface ReplayStep {
  readonly step: number;
  /** Index of the message in the trace. */
  readonly message: number;
  readonly kind: ReplayStepKind;
  /** Tool name, or `user` / `assistant`. */
  readonly subject: string;
  readonly decision: Verdict['action'];
  readonly ruleIds: readonly string[];
  readonly reason: string;
}

/** The result of replaying one trace. */
export interface ReplayResult {
  readonly format: 'openai' | 'anthropic';
  readonly agentId: string | undefined;
  readonly steps: readonly ReplayStep[];
  /** True when any step was denied. */
  readonly denied: boolean;
}

type Event =
  | { message: number; kind: 'user-input' | 'tool-result' | 'assistant-text'; subject: string; text: string }
  | { message: number; kind: 'tool-call'; subject: string; id: string; arguments: unknown; raw: string };

const invalid = (message: string): never => { throw new RampartError('INPUT_INVALID', `trace: ${message}`); };

function detectFormat(trace: Record<string, unknown>, messages: readonly Record<string, unknown>[]): 'openai' | 'anthropic' {
  if (trace['format'] === 'openai' || trace['format'] === 'anthropic') return trace['format'];
  const anthropicBlock = messages.some((message) => Array.isArray(message['content']) && (message['content'] as unknown[]).some((block) => isPlainObject(block) && (block['type'] === 'tool_use' || block['type'] === 'tool_result')));
  return anthropicBlock || typeof trace['system'] === 'string' ? 'anthropic' : 'openai';
}

function openAiEvents(messages: readonly Record<string, unknown>[]): Event[] {
  const names = new Map<string, string>();
  const events: Event[] = [];
  messages.forEach((message, index) => {
    const role = message['role'];
    if (role === 'user') events.push({ message: index, kind: 'user-input', subject: 'user', text: contentText(message['content']) });
    else if (role === 'tool' || role === 'function') events.push({ message: index, kind: 'tool-result', subject: names.get(String(message['tool_call_id'])) ?? String(message['name'] ?? 'tool'), text: contentText(message['content']) });
    else if (role === 'assistant') {
      const text = contentText(message['content']);
      if (text !== '') events.push({ message: index, kind: 'assistant-text', subject: 'assistant', text });
      for (const call of Array.isArray(message['tool_calls']) ? (message['tool_calls'] as unknown[]) : []) {
        if (!isPlainObject(call) || !isPlainObject(call['function'])) invalid(`messages[${index}].tool_calls: malformed call`);
        const fn = (call as { function: Record<string, unknown> }).function;
        const raw = typeof fn['arguments'] === 'string' ? fn['arguments'] : JSON.stringify(fn['arguments'] ?? {});
        const id = String((call as Record<string, unknown>)['id'] ?? `call_${events.length}`);
        names.set(id, String(fn['name']));
        events.push({ message: index, kind: 'tool-call', subject: String(fn['name']), id, arguments: parseJson(raw), raw });
      }
    }
  });
  return events;
}

function anthropicEvents(messages: readonly Record<string, unknown>[]): Event[] {
  const names = new Map<string, string>();
  const events: Event[] = [];
  messages.forEach((message, index) => {
    const role = message['role'];
    const content = message['content'];
    const blocks: unknown[] = typeof content === 'string' ? [{ type: 'text', text: content }] : Array.isArray(content) ? content : [];
    for (const block of blocks) {
      if (!isPlainObject(block)) continue;
      if (block['type'] === 'text') {
        const text = String(block['text'] ?? '');
        events.push(role === 'assistant' ? { message: index, kind: 'assistant-text', subject: 'assistant', text } : { message: index, kind: 'user-input', subject: 'user', text });
      } else if (block['type'] === 'tool_use') {
        const id = String(block['id']);
        names.set(id, String(block['name']));
        events.push({ message: index, kind: 'tool-call', subject: String(block['name']), id, arguments: block['input'] ?? {}, raw: JSON.stringify(block['input'] ?? {}) });
      } else if (block['type'] === 'tool_result') {
        events.push({ message: index, kind: 'tool-result', subject: names.get(String(block['tool_use_id'])) ?? 'tool', text: contentText(block['content']) });
      }
    }
  });
  return events;
}

function parseJson(raw: string): unknown {
  try { return JSON.parse(raw === '' ? '{}' : raw); } catch { return undefined; }
}

function describe(verdict: Verdict): { ruleIds: string[]; reason: string } {
  switch (verdict.action) {
    case 'allow': return { ruleIds: (verdict.findings ?? []).map((finding) => finding.ruleId), reason: '' };
    case 'redact': return { ruleIds: [verdict.ruleId], reason: `${verdict.spans.length} span(s) redacted` };
    case 'ask': case 'deny': return { ruleIds: [verdict.ruleId], reason: verdict.reason };
  }
}

/**
 * Replays a recorded conversation (OpenAI chat or Anthropic messages) through the firewall, one
 * session for the whole trace so taint carries over as it did live. Tool calls that would wait for a
 * human are reported as `ask` and not waited for.
 */
export async function replayTrace(firewall: Firewall, trace: unknown, options: { agentId?: string | undefined } = {}): Promise<ReplayResult> {
  const record = Array.isArray(trace) ? { messages: trace } : isPlainObject(trace) ? trace : invalid('expected a JSON object with messages, or an array of messages');
  const messages = record['messages'];
  if (!Array.isArray(messages) || messages.length === 0 || !messages.every(isPlainObject)) return invalid('messages must be a non-empty array of objects');
  const format = detectFormat(record, messages);
  const agentId = options.agentId ?? (typeof record['agent'] === 'string' ? record['agent'] : undefined);
  const systemPrompt = format === 'anthropic' ? contentText(record['system']) : contentText(messages.find((message) => message['role'] === 'system' || message['role'] === 'developer')?.['content']);
  const sessionId = `replay-${hashJson(messages).slice(0, 24)}`;
  const call: CallContext = { sessionId, traceId: sessionId, ...(agentId === undefined ? {} : { agentId }) };
  const events = format === 'anthropic' ? anthropicEvents(messages) : openAiEvents(messages);
  const steps: ReplayStep[] = [];
  for (const event of events) {
    let verdict: Verdict;
    if (event.kind === 'tool-call') {
      verdict = isPlainObject(event.arguments)
        ? await firewall.checkToolCall({ id: event.id, name: event.subject, arguments: event.arguments, raw: event.raw }, call)
        : { action: 'deny', ruleId: 'proxy.tool-arguments-invalid', reason: 'the tool call arguments are not a JSON object', findings: [] };
    } else if (event.kind === 'assistant-text') {
      verdict = await firewall.inspectOutput(event.text, call, { canaries: [], systemPrompt });
    } else {
      verdict = (await firewall.inspectInput({ text: event.text, source: event.kind === 'user-input' ? 'user' : 'tool-result', origin: event.subject }, call)).verdict;
    }
    steps.push({ step: steps.length + 1, message: event.message, kind: event.kind, subject: event.subject, decision: verdict.action, ...describe(verdict) });
  }
  return { format, agentId, steps, denied: steps.some((step) => step.decision === 'deny') };
}

import { z } from 'zod';
import { isPlainObject } from '../../kernel/own.ts';
import type { FinishReason, InputSlot, ModelToolCall, ModelTurn, ParsedRequest, StreamDecoder, StreamEncoder, StreamEncoderOptions, TurnEvent, TurnPart, WireProtocol } from './model.ts';
import { finishFor } from './model.ts';
import { contentSlots, contentText, countField, describeIssue, malformed, splitText, stringField, unixSeconds } from './shared.ts';
import { sseFrame } from './sse.ts';

const messageSchema = z.looseObject({
  role: z.enum(['system', 'developer', 'user', 'assistant', 'tool', 'function']),
  content: z.union([z.string(), z.array(z.looseObject({ type: z.string() })), z.null()]).optional(),
});

const requestSchema = z.looseObject({
  model: z.string().min(1),
  messages: z.array(messageSchema).min(1),
  stream: z.boolean().optional(),
  n: z.literal(1, 'only n = 1 is supported through Rampart').optional(),
  stream_options: z.looseObject({ include_usage: z.boolean().optional() }).nullable().optional(),
});

const textParts: ReadonlySet<string> = new Set(['text']);
const finishNames: Record<FinishReason, string> = { 'stop': 'stop', 'tool-calls': 'tool_calls', 'length': 'length', 'content-filter': 'content_filter' };

function finishFrom(value: unknown): FinishReason {
  if (value === 'tool_calls' || value === 'function_call') return 'tool-calls';
  if (value === 'length') return 'length';
  if (value === 'content_filter') return 'content-filter';
  return 'stop';
}

function parseRequest(raw: unknown): ParsedRequest | { invalid: string } {
  const result = requestSchema.safeParse(raw);
  if (!result.success) return { invalid: describeIssue(result.error) };
  const body = raw as Record<string, unknown> & { messages: Record<string, unknown>[] };
  const messages = body.messages;
  let lastAssistant = -1;
  messages.forEach((message, index) => { if (message['role'] === 'assistant') lastAssistant = index; });
  const toolNames = new Map<string, string>();
  for (const message of messages) {
    if (message['role'] !== 'assistant' || !Array.isArray(message['tool_calls'])) continue;
    for (const call of message['tool_calls'] as unknown[]) {
      if (isPlainObject(call) && typeof call['id'] === 'string' && isPlainObject(call['function'])) toolNames.set(call['id'], String(call['function']['name']));
    }
  }
  const inputs: InputSlot[] = [];
  for (const message of messages.slice(lastAssistant + 1)) {
    const role = message['role'];
    if (role !== 'user' && role !== 'tool' && role !== 'function') continue;
    const source = role === 'user' ? 'user' : 'tool-result';
    const origin = role === 'user' ? 'user' : toolNames.get(String(message['tool_call_id'])) ?? String(message['name'] ?? 'tool');
    for (const slot of contentSlots(message['content'], (text) => { message['content'] = text; }, textParts)) inputs.push({ source, origin, ...slot });
  }
  const system = messages.find((message) => message['role'] === 'system' || message['role'] === 'developer');
  const firstUser = messages.find((message) => message['role'] === 'user');
  const systemPrompt = system === undefined ? '' : contentText(system['content']);
  return {
    model: result.data.model,
    stream: result.data.stream === true,
    body,
    inputs,
    systemPrompt,
    userRequest: contentText(firstUser?.['content']),
    includeUsage: result.data.stream_options?.include_usage === true,
    appendSystem(text) {
      if (system !== undefined && typeof system['content'] === 'string') system['content'] = `${system['content']}\n\n${text}`;
      else if (system !== undefined && Array.isArray(system['content'])) (system['content'] as unknown[]).push({ type: 'text', text });
      else messages.unshift({ role: 'system', content: text });
    },
  };
}

function decodeResponse(json: unknown): ModelTurn {
  if (!isPlainObject(json) || !Array.isArray(json['choices'])) return malformed('chat completion');
  const choice: unknown = json['choices'][0];
  if (!isPlainObject(choice) || !isPlainObject(choice['message'])) return malformed('chat completion choice');
  const message = choice['message'];
  const parts: TurnPart[] = [];
  if (typeof message['content'] === 'string' && message['content'] !== '') parts.push({ kind: 'text', text: message['content'] });
  const calls: unknown = message['tool_calls'] ?? [];
  if (!Array.isArray(calls)) return malformed('tool_calls list');
  for (const call of calls as unknown[]) {
    if (!isPlainObject(call) || !isPlainObject(call['function'])) return malformed('tool call');
    const fn = call['function'];
    parts.push({ kind: 'tool-call', call: { id: stringField(call, 'id', 'tool call id'), name: stringField(fn, 'name', 'tool call name'), arguments: stringField(fn, 'arguments', 'tool call arguments') } });
  }
  return {
    id: typeof json['id'] === 'string' ? json['id'] : 'chatcmpl-rampart',
    model: typeof json['model'] === 'string' ? json['model'] : '',
    parts,
    finish: finishFrom(choice['finish_reason']),
    usage: { input: countField(json['usage'], 'prompt_tokens'), output: countField(json['usage'], 'completion_tokens') },
  };
}

function encodeResponse(turn: ModelTurn): Record<string, unknown> {
  const text = turn.parts.flatMap((part) => (part.kind === 'text' ? [part.text] : [])).join('');
  const calls = turn.parts.flatMap((part) => (part.kind === 'tool-call' ? [toolCallJson(part.call)] : []));
  return {
    id: turn.id, object: 'chat.completion', created: unixSeconds(), model: turn.model,
    choices: [{
      index: 0,
      message: { role: 'assistant', content: text === '' && calls.length > 0 ? null : text, refusal: null, ...(calls.length > 0 ? { tool_calls: calls } : {}) },
      logprobs: null,
      finish_reason: finishNames[finishFor(turn.parts, turn.finish)],
    }],
    usage: usageJson(turn.usage),
  };
}

function toolCallJson(call: ModelToolCall): Record<string, unknown> {
  return { id: call.id, type: 'function', function: { name: call.name, arguments: call.arguments } };
}

function usageJson(usage: ModelTurn['usage']): Record<string, unknown> {
  return { prompt_tokens: usage.input, completion_tokens: usage.output, total_tokens: usage.input + usage.output };
}

function createStreamDecoder(): StreamDecoder {
  let started = false;
  let done = false;
  let finish: FinishReason = 'stop';
  let usage = { input: 0, output: 0 };
  const calls = new Map<number, { id: string; name: string; arguments: string }>();
  const flush = (): TurnEvent[] => {
    done = true;
    const events: TurnEvent[] = [...calls.keys()].sort((a, b) => a - b).map((index) => ({ type: 'tool-call', call: calls.get(index)! }));
    return [...events, { type: 'finish', finish, usage }];
  };
  return {
    push(message) {
      if (done) return [];
      if (message.data === '[DONE]') return flush();
      let chunk: unknown;
      try { chunk = JSON.parse(message.data); } catch { return malformed('stream chunk'); }
      if (!isPlainObject(chunk)) return malformed('stream chunk');
      if (isPlainObject(chunk['error'])) return malformed(`stream (upstream error: ${String(chunk['error']['message'])})`);
      const events: TurnEvent[] = [];
      if (!started) {
        started = true;
        events.push({ type: 'start', id: typeof chunk['id'] === 'string' ? chunk['id'] : 'chatcmpl-rampart', model: typeof chunk['model'] === 'string' ? chunk['model'] : '' });
      }
      if (isPlainObject(chunk['usage'])) usage = { input: countField(chunk['usage'], 'prompt_tokens'), output: countField(chunk['usage'], 'completion_tokens') };
      const choice: unknown = Array.isArray(chunk['choices']) ? chunk['choices'][0] : undefined;
      if (!isPlainObject(choice)) return events;
      const delta = choice['delta'];
      if (isPlainObject(delta)) {
        if (typeof delta['content'] === 'string' && delta['content'] !== '') events.push({ type: 'text-delta', text: delta['content'] });
        if (Array.isArray(delta['tool_calls'])) for (const part of delta['tool_calls'] as unknown[]) addCallDelta(calls, part);
      }
      if (typeof choice['finish_reason'] === 'string') finish = finishFrom(choice['finish_reason']);
      return events;
    },
    end() {
      if (!done) return malformed('stream (it ended before [DONE])');
      return [];
    },
  };
}

function addCallDelta(calls: Map<number, { id: string; name: string; arguments: string }>, part: unknown): void {
  if (!isPlainObject(part) || typeof part['index'] !== 'number') return malformed('tool call delta');
  const entry = calls.get(part['index']) ?? { id: '', name: '', arguments: '' };
  if (typeof part['id'] === 'string') entry.id = part['id'];
  const fn = part['function'];
  if (isPlainObject(fn)) {
    if (typeof fn['name'] === 'string') entry.name += fn['name'];
    if (typeof fn['arguments'] === 'string') entry.arguments += fn['arguments'];
  }
  calls.set(part['index'], entry);
}

function createStreamEncoder(options: StreamEncoderOptions): StreamEncoder {
  let id = 'chatcmpl-rampart';
  let model = '';
  let callIndex = 0;
  const created = unixSeconds();
  const chunk = (delta: Record<string, unknown>, finish: string | null = null): string =>
    sseFrame({ id, object: 'chat.completion.chunk', created, model, choices: [{ index: 0, delta, logprobs: null, finish_reason: finish }] });
  return {
    encode(event) {
      switch (event.type) {
        case 'start':
          id = event.id; model = event.model;
          return chunk({ role: 'assistant', content: '', refusal: null });
        case 'text-delta':
          return chunk({ content: event.text });
        case 'tool-call': {
          const index = callIndex++;
          const [first = '', ...rest] = splitText(event.call.arguments, options.argumentChunkSize);
          return chunk({ tool_calls: [{ index, id: event.call.id, type: 'function', function: { name: event.call.name, arguments: first } }] })
            + rest.map((piece) => chunk({ tool_calls: [{ index, function: { arguments: piece } }] })).join('');
        }
        case 'finish': {
          const finish = callIndex > 0 ? 'tool-calls' : event.finish === 'tool-calls' ? 'stop' : event.finish;
          const usage = options.includeUsage ? sseFrame({ id, object: 'chat.completion.chunk', created, model, choices: [], usage: usageJson(event.usage) }) : '';
          return `${chunk({}, finishNames[finish])}${usage}data: [DONE]\n\n`;
        }
      }
    },
    error(message, type) {
      return sseFrame({ error: { message, type, code: type } });
    },
  };
}

/** The OpenAI Chat Completions wire format (`POST /v1/chat/completions`). */
export const openAiChat: WireProtocol = {
  name: 'openai-chat',
  provider: 'openai',
  upstreamPath: '/chat/completions',
  parseRequest,
  decodeResponse,
  encodeResponse,
  createStreamDecoder,
  createStreamEncoder,
  errorBody: (type, message, code) => ({ error: { message, type, param: null, code: code ?? type } }),
};

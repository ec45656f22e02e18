import { z } from 'zod';
import { isPlainObject } from '../../kernel/own.ts';
import type { FinishReason, InputSlot, ModelToolCall, ModelTurn, ParsedRequest, StreamDecoder, StreamEncoder, StreamEncoderOptions, TokenUsage, TurnPart, WireProtocol } from './model.ts';
import { finishFor } from './model.ts';
import { contentSlots, contentText, countField, describeIssue, malformed, parseUpstreamJson, splitText, stringField, unixSeconds } from './shared.ts';
import { sseFrame } from './sse.ts';

const itemSchema = z.looseObject({ type: z.string().optional(), role: z.string().optional() });
const requestSchema = z.looseObject({
  model: z.string().min(1),
  input: z.union([z.string(), z.array(itemSchema).min(1)]),
  instructions: z.string().nullable().optional(),
  stream: z.boolean().optional(),
});

const inputTextTypes: ReadonlySet<string> = new Set(['input_text', 'output_text', 'text']);
const assistantTypes: ReadonlySet<string> = new Set(['function_call', 'reasoning', 'web_search_call', 'file_search_call', 'computer_call']);

function parseRequest(raw: unknown): ParsedRequest | { invalid: string } {
  const result = requestSchema.safeParse(raw);
  if (!result.success) return { invalid: describeIssue(result.error) };
  const body = raw as Record<string, unknown>;
  if (typeof body['input'] === 'string') body['input'] = [{ role: 'user', content: body['input'] }];
  const items = body['input'] as Record<string, unknown>[];
  let lastAssistant = -1;
  items.forEach((item, index) => {
    if (item['role'] === 'assistant' || assistantTypes.has(String(item['type']))) lastAssistant = index;
  });
  const toolNames = new Map<string, string>();
  for (const item of items) if (item['type'] === 'function_call') toolNames.set(String(item['call_id']), String(item['name']));
  const inputs: InputSlot[] = [];
  for (const item of items.slice(lastAssistant + 1)) {
    if (item['type'] === 'function_call_output') {
      const origin = toolNames.get(String(item['call_id'])) ?? 'tool';
      for (const slot of contentSlots(item['output'], (text) => { item['output'] = text; }, inputTextTypes)) inputs.push({ source: 'tool-result', origin, ...slot });
    } else if (item['role'] === 'user') {
      for (const slot of contentSlots(item['content'], (text) => { item['content'] = text; }, inputTextTypes)) inputs.push({ source: 'user', origin: 'user', ...slot });
    }
  }
  const systemItem = items.find((item) => item['role'] === 'system' || item['role'] === 'developer');
  const systemPrompt = [typeof body['instructions'] === 'string' ? body['instructions'] : '', contentText(systemItem?.['content'])].filter((text) => text !== '').join('\n\n');
  const first = items.find((item) => item['role'] === 'user');
  return {
    model: result.data.model,
    stream: result.data.stream === true,
    body,
    inputs,
    systemPrompt,
    userRequest: contentText(first?.['content']),
    includeUsage: true,
    appendSystem(text) {
      const instructions = body['instructions'];
      body['instructions'] = typeof instructions === 'string' && instructions !== '' ? `${instructions}\n\n${text}` : text;
    },
  };
}

function decodeResponse(json: unknown): ModelTurn {
  if (!isPlainObject(json) || !Array.isArray(json['output'])) return malformed('response');
  const parts: TurnPart[] = [];
  for (const item of json['output'] as unknown[]) {
    if (!isPlainObject(item)) return malformed('output item');
    if (item['type'] === 'message' && Array.isArray(item['content'])) {
      for (const part of item['content'] as unknown[]) {
        if (isPlainObject(part) && part['type'] === 'output_text') parts.push({ kind: 'text', text: stringField(part, 'text', 'output_text') });
      }
    } else if (item['type'] === 'function_call') {
      parts.push({ kind: 'tool-call', call: { id: stringField(item, 'call_id', 'function_call call_id'), name: stringField(item, 'name', 'function_call name'), arguments: stringField(item, 'arguments', 'function_call arguments') } });
    }
  }
  const incomplete = json['status'] === 'incomplete';
  return {
    id: typeof json['id'] === 'string' ? json['id'] : 'resp_rampart',
    model: typeof json['model'] === 'string' ? json['model'] : '',
    parts,
    finish: incomplete ? 'length' : parts.some((part) => part.kind === 'tool-call') ? 'tool-calls' : 'stop',
    usage: usageFrom(json['usage']),
  };
}

function usageFrom(usage: unknown): TokenUsage {
  return { input: countField(usage, 'input_tokens'), output: countField(usage, 'output_tokens') };
}

function messageItem(id: string, text: string, status: string): Record<string, unknown> {
  return { id, type: 'message', status, role: 'assistant', content: status === 'in_progress' ? [] : [{ type: 'output_text', text, annotations: [] }] };
}

function callItem(call: ModelToolCall, status: string): Record<string, unknown> {
  return { id: `fc_${call.id}`, type: 'function_call', status, call_id: call.id, name: call.name, arguments: status === 'in_progress' ? '' : call.arguments };
}

function responseJson(meta: { id: string; model: string; created: number }, output: unknown[], finish: FinishReason | 'in-progress', usage: TokenUsage): Record<string, unknown> {
  const status = finish === 'in-progress' ? 'in_progress' : finish === 'length' ? 'incomplete' : 'completed';
  return {
    id: meta.id, object: 'response', created_at: meta.created, status, error: null,
    incomplete_details: finish === 'length' ? { reason: 'max_output_tokens' } : null,
    instructions: null, max_output_tokens: null, model: meta.model, output, parallel_tool_calls: true,
    previous_response_id: null, reasoning: { effort: null, summary: null }, store: false, temperature: 1,
    text: { format: { type: 'text' } }, tool_choice: 'auto', tools: [], top_p: 1, truncation: 'disabled', metadata: {},
    usage: finish === 'in-progress' ? null : {
      input_tokens: usage.input, input_tokens_details: { cached_tokens: 0 },
      output_tokens: usage.output, output_tokens_details: { reasoning_tokens: 0 }, total_tokens: usage.input + usage.output,
    },
  };
}

function encodeResponse(turn: ModelTurn): Record<string, unknown> {
  const output: unknown[] = [];
  const text = turn.parts.flatMap((part) => (part.kind === 'text' ? [part.text] : [])).join('');
  if (text !== '') output.push(messageItem(`msg_${turn.id}`, text, 'completed'));
  for (const part of turn.parts) if (part.kind === 'tool-call') output.push(callItem(part.call, 'completed'));
  return responseJson({ id: turn.id, model: turn.model, created: unixSeconds() }, output, finishFor(turn.parts, turn.finish), turn.usage);
}

function createStreamDecoder(): StreamDecoder {
  let done = false;
  return {
    push(message) {
      if (done) return [];
      const data = parseUpstreamJson(message.data, 'stream event');
      const type = data['type'];
      const response = isPlainObject(data['response']) ? data['response'] : {};
      switch (type) {
        case 'response.created':
          return [{ type: 'start', id: String(response['id'] ?? 'resp_rampart'), model: String(response['model'] ?? '') }];
        case 'response.output_text.delta':
          return typeof data['delta'] === 'string' && data['delta'] !== '' ? [{ type: 'text-delta', text: data['delta'] }] : [];
        case 'response.output_item.done': {
          const item = isPlainObject(data['item']) ? data['item'] : malformed('output_item.done');
          if (item['type'] !== 'function_call') return [];
          return [{ type: 'tool-call', call: { id: stringField(item, 'call_id', 'function_call call_id'), name: stringField(item, 'name', 'function_call name'), arguments: stringField(item, 'arguments', 'function_call arguments') } }];
        }
        case 'response.completed':
        case 'response.incomplete': {
          done = true;
          const turn = decodeResponse({ ...response, output: Array.isArray(response['output']) ? response['output'] : [] });
          return [{ type: 'finish', finish: type === 'response.incomplete' ? 'length' : turn.finish, usage: turn.usage }];
        }
        case 'response.failed':
        case 'error':
          return malformed(`stream (upstream error: ${String((isPlainObject(response['error']) ? response['error']['message'] : data['message']) ?? 'unknown')})`);
        default:
          return [];
      }
    },
    end() {
      if (!done) return malformed('stream (it ended before response.completed)');
      return [];
    },
  };
}

function createStreamEncoder(options: StreamEncoderOptions): StreamEncoder {
  let sequence = 0;
  const meta = { id: 'resp_rampart', model: '', created: unixSeconds() };
  const output: Record<string, unknown>[] = [];
  let text: { id: string; index: number; text: string } | undefined;
  const frame = (type: string, payload: Record<string, unknown>): string => sseFrame({ type, sequence_number: sequence++, ...payload }, type);
  const closeText = (): string => {
    if (text === undefined) return '';
    const { id, index } = text;
    const part = { type: 'output_text', text: text.text, annotations: [] };
    const item = messageItem(id, text.text, 'completed');
    output[index] = item;
    text = undefined;
    return frame('response.output_text.done', { item_id: id, output_index: index, content_index: 0, text: part.text, logprobs: [] })
      + frame('response.content_part.done', { item_id: id, output_index: index, content_index: 0, part })
      + frame('response.output_item.done', { output_index: index, item });
  };
  return {
    encode(event) {
      switch (event.type) {
        case 'start': {
          meta.id = event.id; meta.model = event.model;
          const response = responseJson(meta, [], 'in-progress', { input: 0, output: 0 });
          return frame('response.created', { response }) + frame('response.in_progress', { response });
        }
        case 'text-delta': {
          let open = '';
          if (text === undefined) {
            text = { id: `msg_${meta.id}_${output.length}`, index: output.length, text: '' };
            output.push(messageItem(text.id, '', 'in_progress'));
            open = frame('response.output_item.added', { output_index: text.index, item: messageItem(text.id, '', 'in_progress') })
              + frame('response.content_part.added', { item_id: text.id, output_index: text.index, content_index: 0, part: { type: 'output_text', text: '', annotations: [] } });
          }
          text.text += event.text;
          return open + frame('response.output_text.delta', { item_id: text.id, output_index: text.index, content_index: 0, delta: event.text, logprobs: [] });
        }
        case 'tool-call': {
          const close = closeText();
          const index = output.length;
          const item = callItem(event.call, 'completed');
          output.push(item);
          return close
            + frame('response.output_item.added', { output_index: index, item: callItem(event.call, 'in_progress') })
            + splitText(event.call.arguments, options.argumentChunkSize).map((delta) => frame('response.function_call_arguments.delta', { item_id: item['id'], output_index: index, delta })).join('')
            + frame('response.function_call_arguments.done', { item_id: item['id'], output_index: index, name: event.call.name, arguments: event.call.arguments })
            + frame('response.output_item.done', { output_index: index, item });
        }
        case 'finish': {
          const close = closeText();
          const hasCalls = output.some((item) => item['type'] === 'function_call');
          const finish = hasCalls ? 'tool-calls' : event.finish === 'tool-calls' ? 'stop' : event.finish;
          const type = finish === 'length' ? 'response.incomplete' : 'response.completed';
          return close + frame(type, { response: responseJson(meta, output, finish, event.usage) });
        }
      }
    },
    error(message, type) {
      return frame('error', { code: type, message, param: null });
    },
  };
}

/** The OpenAI Responses wire format (`POST /v1/responses`). */
export const openAiResponses: WireProtocol = {
  name: 'openai-responses',
  provider: 'openai',
  upstreamPath: '/responses',
  parseRequest,
  decodeResponse,
  encodeResponse,
  createStreamDecoder,
  createStreamEncoder,
  errorBody: (type, message, code) => ({ error: { message, type, param: null, code: code ?? type } }),
};

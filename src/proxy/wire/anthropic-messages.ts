import { z } from 'zod';
import { isPlainObject } from '../../kernel/own.ts';
import type { FinishReason, InputSlot, ModelTurn, ParsedRequest, StreamDecoder, StreamEncoder, StreamEncoderOptions, TurnEvent, TurnPart, WireProtocol } from './model.ts';
import { finishFor } from './model.ts';
import { contentSlots, contentText, countField, describeIssue, malformed, parseUpstreamJson, splitText, stringField } from './shared.ts';
import { sseFrame } from './sse.ts';

const blockSchema = z.looseObject({ type: z.string() });
const requestSchema = z.looseObject({
  model: z.string().min(1),
  max_tokens: z.number().int().positive(),
  messages: z.array(z.looseObject({ role: z.enum(['user', 'assistant']), content: z.union([z.string(), z.array(blockSchema)]) })).min(1),
  system: z.union([z.string(), z.array(blockSchema)]).optional(),
  stream: z.boolean().optional(),
});

const textBlocks: ReadonlySet<string> = new Set(['text']);
const stopNames: Record<FinishReason, string> = { 'stop': 'end_turn', 'tool-calls': 'tool_use', 'length': 'max_tokens', 'content-filter': 'refusal' };

function finishFrom(value: unknown): FinishReason {
  if (value === 'tool_use') return 'tool-calls';
  if (value === 'max_tokens') return 'length';
  if (value === 'refusal') return 'content-filter';
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
    if (message['role'] !== 'assistant' || !Array.isArray(message['content'])) continue;
    for (const block of message['content'] as unknown[]) {
      if (isPlainObject(block) && block['type'] === 'tool_use' && typeof block['id'] === 'string') toolNames.set(block['id'], String(block['name']));
    }
  }
  const inputs: InputSlot[] = [];
  for (const message of messages.slice(lastAssistant + 1)) {
    for (const slot of contentSlots(message['content'], (text) => { message['content'] = text; }, textBlocks)) inputs.push({ source: 'user', origin: 'user', ...slot });
    if (!Array.isArray(message['content'])) continue;
    for (const block of message['content'] as unknown[]) {
      if (!isPlainObject(block) || block['type'] !== 'tool_result') continue;
      const origin = toolNames.get(String(block['tool_use_id'])) ?? 'tool';
      for (const slot of contentSlots(block['content'], (text) => { block['content'] = text; }, textBlocks)) inputs.push({ source: 'tool-result', origin, ...slot });
    }
  }
  const systemPrompt = contentText(body['system']);
  const first = messages.find((message) => message['role'] === 'user');
  return {
    model: result.data.model,
    stream: result.data.stream === true,
    body,
    inputs,
    systemPrompt,
    userRequest: contentText(first?.['content']),
    includeUsage: true,
    appendSystem(text) {
      const system = body['system'];
      if (Array.isArray(system)) system.push({ type: 'text', text });
      else body['system'] = typeof system === 'string' && system !== '' ? `${system}\n\n${text}` : text;
    },
  };
}

function decodeResponse(json: unknown): ModelTurn {
  if (!isPlainObject(json) || !Array.isArray(json['content'])) return malformed('message');
  const parts: TurnPart[] = [];
  for (const block of json['content'] as unknown[]) {
    if (!isPlainObject(block)) return malformed('content block');
    if (block['type'] === 'text') parts.push({ kind: 'text', text: stringField(block, 'text', 'text block') });
    else if (block['type'] === 'tool_use') {
      if (!isPlainObject(block['input'])) return malformed('tool_use input');
      parts.push({ kind: 'tool-call', call: { id: stringField(block, 'id', 'tool_use id'), name: stringField(block, 'name', 'tool_use name'), arguments: JSON.stringify(block['input']) } });
    }
  }
  return {
    id: typeof json['id'] === 'string' ? json['id'] : 'msg_rampart',
    model: typeof json['model'] === 'string' ? json['model'] : '',
    parts,
    finish: finishFrom(json['stop_reason']),
    usage: { input: countField(json['usage'], 'input_tokens'), output: countField(json['usage'], 'output_tokens') },
  };
}

function blockJson(part: TurnPart): Record<string, unknown> {
  if (part.kind === 'text') return { type: 'text', text: part.text };
  return { type: 'tool_use', id: part.call.id, name: part.call.name, input: parseUpstreamJson(part.call.arguments === '' ? '{}' : part.call.arguments, 'tool_use input') };
}

function encodeResponse(turn: ModelTurn): Record<string, unknown> {
  return {
    id: turn.id, type: 'message', role: 'assistant', model: turn.model,
    content: turn.parts.map(blockJson),
    stop_reason: stopNames[finishFor(turn.parts, turn.finish)],
    stop_sequence: null,
    usage: { input_tokens: turn.usage.input, output_tokens: turn.usage.output },
  };
}

function createStreamDecoder(): StreamDecoder {
  let done = false;
  let finish: FinishReason = 'stop';
  let usage = { input: 0, output: 0 };
  const tools = new Map<number, { id: string; name: string; arguments: string }>();
  return {
    push(message) {
      if (done || message.event === 'ping') return [];
      const data = parseUpstreamJson(message.data, 'stream event');
      const type = data['type'];
      if (type === 'error') return malformed(`stream (upstream error: ${isPlainObject(data['error']) ? String(data['error']['message']) : 'unknown'})`);
      if (type === 'message_start') {
        const start = isPlainObject(data['message']) ? data['message'] : malformed('message_start');
        usage = { input: countField(start['usage'], 'input_tokens'), output: countField(start['usage'], 'output_tokens') };
        return [{ type: 'start', id: typeof start['id'] === 'string' ? start['id'] : 'msg_rampart', model: typeof start['model'] === 'string' ? start['model'] : '' }];
      }
      const index = typeof data['index'] === 'number' ? data['index'] : -1;
      if (type === 'content_block_start' && isPlainObject(data['content_block']) && data['content_block']['type'] === 'tool_use') {
        const block = data['content_block'];
        tools.set(index, { id: stringField(block, 'id', 'tool_use id'), name: stringField(block, 'name', 'tool_use name'), arguments: '' });
      } else if (type === 'content_block_delta' && isPlainObject(data['delta'])) {
        const delta = data['delta'];
        if (delta['type'] === 'text_delta' && typeof delta['text'] === 'string') return [{ type: 'text-delta', text: delta['text'] }];
        const tool = tools.get(index);
        if (delta['type'] === 'input_json_delta' && tool !== undefined) tool.arguments += String(delta['partial_json'] ?? '');
      } else if (type === 'content_block_stop') {
        const tool = tools.get(index);
        if (tool !== undefined) {
          tools.delete(index);
          return [{ type: 'tool-call', call: { ...tool, arguments: tool.arguments === '' ? '{}' : tool.arguments } }];
        }
      } else if (type === 'message_delta') {
        if (isPlainObject(data['delta'])) finish = finishFrom(data['delta']['stop_reason']);
        usage = { input: usage.input, output: countField(data['usage'], 'output_tokens') };
      } else if (type === 'message_stop') {
        done = true;
        return [{ type: 'finish', finish, usage }];
      }
      return [];
    },
    end() {
      if (!done) return malformed('stream (it ended before message_stop)');
      return [];
    },
  };
}

function createStreamEncoder(options: StreamEncoderOptions): StreamEncoder {
  let index = 0;
  let textOpen = false;
  let calls = 0;
  const closeText = (): string => {
    if (!textOpen) return '';
    textOpen = false;
    return sseFrame({ type: 'content_block_stop', index: index++ }, 'content_block_stop');
  };
  return {
    encode(event: TurnEvent) {
      switch (event.type) {
        case 'start':
          return sseFrame({ type: 'message_start', message: { id: event.id, type: 'message', role: 'assistant', model: event.model, content: [], stop_reason: null, stop_sequence: null, usage: { input_tokens: 0, output_tokens: 0 } } }, 'message_start');
        case 'text-delta': {
          const open = textOpen ? '' : sseFrame({ type: 'content_block_start', index, content_block: { type: 'text', text: '' } }, 'content_block_start');
          textOpen = true;
          return `${open}${sseFrame({ type: 'content_block_delta', index, delta: { type: 'text_delta', text: event.text } }, 'content_block_delta')}`;
        }
        case 'tool-call': {
          calls++;
          const close = closeText();
          const at = index;
          const frames = [close,
            sseFrame({ type: 'content_block_start', index: at, content_block: { type: 'tool_use', id: event.call.id, name: event.call.name, input: {} } }, 'content_block_start'),
            ...splitText(event.call.arguments, options.argumentChunkSize).map((piece) => sseFrame({ type: 'content_block_delta', index: at, delta: { type: 'input_json_delta', partial_json: piece } }, 'content_block_delta')),
            sseFrame({ type: 'content_block_stop', index: at }, 'content_block_stop'),
          ];
          index++;
          return frames.join('');
        }
        case 'finish': {
          const finish = calls > 0 ? 'tool-calls' : event.finish === 'tool-calls' ? 'stop' : event.finish;
          return `${closeText()}${sseFrame({ type: 'message_delta', delta: { stop_reason: stopNames[finish], stop_sequence: null }, usage: { input_tokens: event.usage.input, output_tokens: event.usage.output } }, 'message_delta')}${sseFrame({ type: 'message_stop' }, 'message_stop')}`;
        }
      }
    },
    error(message, type) {
      return sseFrame({ type: 'error', error: { type, message } }, 'error');
    },
  };
}

/** The Anthropic Messages wire format (`POST /v1/messages`). */
export const anthropicMessages: WireProtocol = {
  name: 'anthropic-messages',
  provider: 'anthropic',
  upstreamPath: '/messages',
  parseRequest,
  decodeResponse,
  encodeResponse,
  createStreamDecoder,
  createStreamEncoder,
  errorBody: (type, message) => ({ type: 'error', error: { type, message } }),
};

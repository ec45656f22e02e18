import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isRampartError } from '../../kernel/errors.ts';
import type { ModelTurn, SseMessage, TurnEvent, TurnPart, WireProtocol } from './model.ts';
import { protocols } from './protocols.ts';
import { createSseReader } from './sse.ts';

const all = Object.values(protocols);

const partArbitrary: fc.Arbitrary<TurnPart> = fc.oneof(
  fc.string({ minLength: 1, maxLength: 40 }).map((text): TurnPart => ({ kind: 'text', text })),
  fc.record({ id: fc.stringMatching(/^call_[a-z0-9]{1,8}$/), name: fc.stringMatching(/^[a-z_]{1,12}$/), value: fc.dictionary(fc.stringMatching(/^[a-z]{1,6}$/), fc.oneof(fc.string(), fc.integer(), fc.boolean())) })
    .map(({ id, name, value }): TurnPart => ({ kind: 'tool-call', call: { id, name, arguments: JSON.stringify(value) } })),
);

/** Text joined and calls in order: what every format must preserve (formats merge adjacent text parts). */
function essence(parts: readonly TurnPart[]) {
  return {
    text: parts.flatMap((part) => (part.kind === 'text' ? [part.text] : [])).join(''),
    calls: parts.flatMap((part) => (part.kind === 'tool-call' ? [{ ...part.call, arguments: JSON.parse(part.call.arguments) as unknown }] : [])),
  };
}

function streamRoundTrip(protocol: WireProtocol, turn: ModelTurn, argumentChunkSize: number, split: number): TurnEvent[] {
  const encoder = protocol.createStreamEncoder({ includeUsage: true, argumentChunkSize });
  const events: TurnEvent[] = [{ type: 'start', id: turn.id, model: turn.model }];
  for (const part of turn.parts) events.push(part.kind === 'text' ? { type: 'text-delta', text: part.text } : { type: 'tool-call', call: part.call });
  events.push({ type: 'finish', finish: turn.finish, usage: turn.usage });
  const wire = events.map((event) => encoder.encode(event)).join('');
  const decoder = protocol.createStreamDecoder();
  const messages: SseMessage[] = [];
  const reader = createSseReader((message) => messages.push(message));
  for (let start = 0; start < wire.length; start += split) reader.feed(wire.slice(start, start + split));
  const decoded = messages.flatMap((message) => decoder.push(message));
  decoder.end();
  return decoded;
}

describe.each(all.map((protocol) => [protocol.name, protocol] as const))('%s wire format', (_name, protocol) => {
  it('keeps text and tool calls through a non-streamed encode and decode', () => {
    fc.assert(fc.property(fc.array(partArbitrary, { maxLength: 6 }), (parts) => {
      const turn: ModelTurn = { id: 'id-1', model: 'm', parts, finish: 'stop', usage: { input: 3, output: 4 } };
      const decoded = protocol.decodeResponse(JSON.parse(JSON.stringify(protocol.encodeResponse(turn))));
      expect(essence(decoded.parts)).toEqual(essence(parts));
      expect(decoded.usage).toEqual({ input: 3, output: 4 });
      expect(decoded.finish).toBe(parts.some((part) => part.kind === 'tool-call') ? 'tool-calls' : 'stop');
    }), { numRuns: 100 });
  });

  it('keeps text and assembled tool calls through a stream split at any byte', () => {
    fc.assert(fc.property(fc.array(partArbitrary, { maxLength: 6 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 200 }), (parts, chunk, split) => {
      const turn: ModelTurn = { id: 'id-2', model: 'm', parts, finish: 'stop', usage: { input: 5, output: 6 } };
      const events = streamRoundTrip(protocol, turn, chunk, split);
      const rebuilt: TurnPart[] = events.flatMap((event): TurnPart[] => (event.type === 'text-delta' ? [{ kind: 'text', text: event.text }] : event.type === 'tool-call' ? [{ kind: 'tool-call', call: event.call }] : []));
      expect(essence(rebuilt)).toEqual(essence(parts));
      expect(events[0]?.type).toBe('start');
      expect(events.at(-1)).toMatchObject({ type: 'finish', usage: { output: 6 } });
    }), { numRuns: 100 });
  });

  it('rejects a stream that ends early and a malformed chunk', () => {
    const encoder = protocol.createStreamEncoder({ includeUsage: false });
    const decoder = protocol.createStreamDecoder();
    const messages: SseMessage[] = [];
    createSseReader((message) => messages.push(message)).feed(encoder.encode({ type: 'start', id: 'x', model: 'm' }) + encoder.encode({ type: 'text-delta', text: 'partial' }));
    for (const message of messages) decoder.push(message);
    expect(() => decoder.end()).toThrow(/ended before/);
    const fresh = protocol.createStreamDecoder();
    expect(() => fresh.push({ data: '{not json' })).toThrow(/malformed/);
  });

  it.each([
    ['not an object', 'hello'],
    ['missing content', {}],
  ])('refuses a malformed upstream response (%s)', (_label, body) => {
    try {
      protocol.decodeResponse(body);
      expect.unreachable();
    } catch (error) {
      expect(isRampartError(error, 'UPSTREAM_FAILED')).toBe(true);
    }
  });
});

describe('request parsing', () => {
  it.each([
    ['openai-chat', { model: 'm', messages: 'hi' }, /messages/],
    ['openai-chat', { model: 'm', messages: [{ role: 'user', content: 'x' }], n: 2 }, /n = 1/],
    ['openai-chat', { messages: [{ role: 'user', content: 'x' }] }, /model/],
    ['anthropic-messages', { model: 'm', messages: [{ role: 'user', content: 'x' }] }, /max_tokens/],
    ['anthropic-messages', { model: 'm', max_tokens: 5, messages: [{ role: 'bot', content: 'x' }] }, /role/],
    ['openai-responses', { model: 'm', input: 5 }, /input/],
  ] as const)('%s rejects %j', (name, body, message) => {
    const parsed = protocols[name].parseRequest(structuredClone(body));
    expect(parsed).toHaveProperty('invalid');
    expect((parsed as { invalid: string }).invalid).toMatch(message);
  });

  it('finds only the content after the last assistant turn, with tool names for results', () => {
    const parsed = protocols['openai-chat'].parseRequest({
      model: 'm',
      messages: [
        { role: 'system', content: 'be nice' },
        { role: 'user', content: 'old question' },
        { role: 'assistant', content: null, tool_calls: [{ id: 'c1', type: 'function', function: { name: 'read_email', arguments: '{}' } }] },
        { role: 'tool', tool_call_id: 'c1', content: 'email body' },
        { role: 'user', content: [{ type: 'text', text: 'new question' }] },
      ],
    });
    if ('invalid' in parsed) throw new Error(parsed.invalid);
    expect(parsed.inputs.map((slot) => [slot.source, slot.origin, slot.text])).toEqual([['tool-result', 'read_email', 'email body'], ['user', 'user', 'new question']]);
    parsed.inputs[0]!.replace('withheld');
    parsed.appendSystem('canary');
    const messages = parsed.body['messages'] as { content: unknown }[];
    expect(messages[3]!.content).toBe('withheld');
    expect(messages[0]!.content).toBe('be nice\n\ncanary');
    expect(parsed.systemPrompt).toBe('be nice');
  });

  it('reads Anthropic tool_result blocks and Responses function_call_output items as tool results', () => {
    const anthropic = protocols['anthropic-messages'].parseRequest({
      model: 'm', max_tokens: 10,
      messages: [
        { role: 'user', content: 'go' },
        { role: 'assistant', content: [{ type: 'tool_use', id: 't1', name: 'fetch_page', input: {} }] },
        { role: 'user', content: [{ type: 'tool_result', tool_use_id: 't1', content: [{ type: 'text', text: 'page' }] }, { type: 'text', text: 'and?' }] },
      ],
    });
    if ('invalid' in anthropic) throw new Error(anthropic.invalid);
    expect(anthropic.inputs.map((slot) => [slot.source, slot.origin, slot.text])).toEqual([['user', 'user', 'and?'], ['tool-result', 'fetch_page', 'page']]);
    const responses = protocols['openai-responses'].parseRequest({
      model: 'm',
      input: [{ role: 'user', content: 'go' }, { type: 'function_call', call_id: 'f1', name: 'search', arguments: '{}' }, { type: 'function_call_output', call_id: 'f1', output: 'results' }],
    });
    if ('invalid' in responses) throw new Error(responses.invalid);
    expect(responses.inputs.map((slot) => [slot.source, slot.origin, slot.text])).toEqual([['tool-result', 'search', 'results']]);
  });
});

import { PassThrough, Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createLineTransport } from './line-transport.ts';

function setup(maxMessageBytes = 1024, maxQueuedBytes?: number) {
  const input = new PassThrough();
  const output = new PassThrough();
  const transport = createLineTransport({ input, output, maxMessageBytes, answerBadInput: true, ...(maxQueuedBytes === undefined ? {} : { maxQueuedBytes }) });
  const received: unknown[] = [];
  const errors: string[] = [];
  transport.onmessage = (message) => { received.push(message); };
  transport.onerror = (error) => { errors.push(error.message); };
  const written = () => output.read()?.toString('utf8').trim().split('\n').map((line: string) => JSON.parse(line) as Record<string, unknown>) ?? [];
  return { input, output, transport, received, errors, written };
}

const tick = () => new Promise((resolve) => setImmediate(resolve));

describe('line transport', () => {
  it('reassembles messages split across chunks and several messages per chunk', async () => {
    const { input, transport, received } = setup();
    await transport.start();
    input.write('{"jsonrpc":"2.0","id":1,"met');
    input.write('hod":"ping"}\n{"jsonrpc":"2.0","method":"notifications/initialized"}\n');
    await tick();
    expect(received).toEqual([{ jsonrpc: '2.0', id: 1, method: 'ping' }, { jsonrpc: '2.0', method: 'notifications/initialized' }]);
  });

  it.each([
    ['not JSON', '{"jsonrpc":', -32700, null],
    ['not JSON-RPC', '{"hello":"world","id":3}', -32600, 3],
    ['wrong version', '{"jsonrpc":"1.0","id":"a","method":"ping"}', -32600, 'a'],
    ['array batch', '[{"jsonrpc":"2.0","id":1,"method":"ping"}]', -32600, null],
  ])('answers %s with a JSON-RPC error and delivers nothing', async (_, line, code, id) => {
    const { input, transport, received, written, errors } = setup();
    await transport.start();
    input.write(`${line}\n`);
    await tick();
    expect(received).toEqual([]);
    expect(errors.length).toBe(1);
    expect(written()).toEqual([{ jsonrpc: '2.0', id, error: { code, message: expect.any(String) } }]);
  });

  it('discards an oversized message, answers with its id, and keeps reading the next one', async () => {
    const { input, transport, received, written } = setup(100);
    await transport.start();
    input.write(`{"jsonrpc":"2.0","id":42,"method":"tools/call","params":{"x":"${'a'.repeat(200)}"}}\n{"jsonrpc":"2.0","id":43,"method":"ping"}\n`);
    await tick();
    expect(written()).toEqual([{ jsonrpc: '2.0', id: 42, error: { code: -32003, message: expect.stringContaining('100 bytes') } }]);
    expect(received).toEqual([{ jsonrpc: '2.0', id: 43, method: 'ping' }]);
  });

  it('drops notifications, never responses, while the reader lags behind', async () => {
    const chunks: string[] = [];
    // A reader that never acknowledges: everything written stays queued in the stream.
    const output = new Writable({ write(chunk: Buffer, _encoding, _callback) { chunks.push(chunk.toString('utf8')); } });
    const transport = createLineTransport({ input: new PassThrough(), output, maxMessageBytes: 1024, maxQueuedBytes: 10, answerBadInput: false });
    await transport.start();
    void transport.send({ jsonrpc: '2.0', method: 'notifications/message', params: { level: 'info', data: 'x'.repeat(64) } });
    await transport.send({ jsonrpc: '2.0', method: 'notifications/message', params: { level: 'info', data: 'dropped' } });
    void transport.send({ jsonrpc: '2.0', id: 1, result: {} });
    await tick();
    expect(transport.dropped()).toBe(1);
    expect(output.writableLength).toBeGreaterThan(10);
    expect(chunks.join('')).not.toContain('dropped');
  });

  it('closes when the input ends and ends its output', async () => {
    const { input, output, transport } = setup();
    let closed = false;
    transport.onclose = () => { closed = true; };
    await transport.start();
    input.end();
    await tick();
    expect(closed).toBe(true);
    expect(output.writableEnded).toBe(true);
  });
});

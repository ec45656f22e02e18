import { createServer, request as httpRequest, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Agent } from 'undici';
import { afterEach, describe, expect, it } from 'vitest';
import { ruleFirewall, testEnv, testPolicy } from '../../test/support/rule-stages.ts';
import { dispatchRequest } from './dispatch-request.ts';
import { startProxyServer, type RunningProxy } from './start-proxy-server.ts';

// The proxy reads request bodies from the Node request and calls upstreams through a plain dispatch handler
// (see request-io.ts and dispatch-request.ts for why); these tests hold the limits and abort paths of both.

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => { await Promise.all(cleanups.splice(0).map((cleanup) => cleanup())); });

/** A raw upstream owned by the test: it records each request and whether the client went away before an answer. */
async function rawUpstream(handle: (request: IncomingMessage, respond: (status: number, body: string) => void) => void) {
  const seen: { closedEarly: boolean }[] = [];
  const server: Server = createServer((request, response) => {
    const entry = { closedEarly: false };
    seen.push(entry);
    response.on('close', () => { if (!response.writableFinished) entry.closedEarly = true; });
    request.resume();
    handle(request, (status, body) => { response.writeHead(status, { 'content-type': 'application/json' }); response.end(body); });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  cleanups.push(() => new Promise((resolve) => { server.closeAllConnections(); server.close(() => resolve()); }));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1`, seen };
}

async function proxyFor(upstreamUrl: string, overrides: Parameters<typeof testPolicy>[1] = {}): Promise<RunningProxy> {
  const { firewall } = ruleFirewall(testPolicy(upstreamUrl, overrides));
  const proxy = await startProxyServer({ firewall, env: testEnv, host: '127.0.0.1', port: 0 });
  cleanups.push(() => proxy.close());
  return proxy;
}

const chatBody = (content: string) => JSON.stringify({ model: 'gpt-4o-mini', messages: [{ role: 'user', content }] });
const completion = JSON.stringify({ id: 'c1', object: 'chat.completion', created: 1, model: 'gpt-4o-mini', choices: [{ index: 0, message: { role: 'assistant', content: 'fine' }, finish_reason: 'stop' }] });

/** Posts a body in chunks without a content-length header (chunked transfer encoding). */
function postChunked(origin: string, chunks: readonly (string | Buffer)[]): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    const target = new URL('/v1/chat/completions', origin);
    const request = httpRequest({ host: target.hostname, port: target.port, path: target.pathname, method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${testEnv.TEST_KEY_SUPPORT}` } }, (response) => {
      const parts: Buffer[] = [];
      response.on('data', (part: Buffer) => parts.push(part));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, text: Buffer.concat(parts).toString() }));
    });
    // A proxy that answers 413 early may close the socket while the rest is still being written.
    request.on('error', (error) => (String((error as { code?: unknown }).code).startsWith('EPIPE') || String((error as { code?: unknown }).code) === 'ECONNRESET' ? undefined : reject(error)));
    for (const chunk of chunks) request.write(chunk);
    request.end();
  });
}

describe('request bodies read from the Node request', () => {
  it('refuses a chunked body without content-length once it passes server.body_limit, before calling upstream', async () => {
    const upstream = await rawUpstream((_request, respond) => respond(200, completion));
    const proxy = await proxyFor(upstream.url, { server: { body_limit: 2048 } });
    const body = chatBody('x'.repeat(8192));
    const response = await postChunked(proxy.origin, [body.slice(0, 1000), body.slice(1000, 5000), body.slice(5000)]);
    expect(response.status).toBe(413);
    expect(response.text).toMatch(/larger than 2048 bytes/);
    expect(upstream.seen).toHaveLength(0);
  });

  it('accepts a chunked body under the limit, split inside a multi-byte character', async () => {
    const upstream = await rawUpstream((_request, respond) => respond(200, completion));
    const proxy = await proxyFor(upstream.url);
    const body = Buffer.from(chatBody('Grüße aus Köln — 東京'));
    const split = body.indexOf(Buffer.from('ü')) + 1;
    const response = await postChunked(proxy.origin, [body.subarray(0, split), body.subarray(split)]);
    expect(response.status).toBe(200);
    expect(JSON.parse(response.text)).toMatchObject({ choices: [{ message: { content: 'fine' } }] });
  });
});

describe('request signal', () => {
  it('answers an upstream timeout when the request outlives server.request_timeout, and aborts the upstream call', async () => {
    const upstream = await rawUpstream(() => undefined);
    const proxy = await proxyFor(upstream.url, { server: { request_timeout: 300 } });
    const started = performance.now();
    const response = await fetch(`${proxy.origin}/v1/chat/completions`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${testEnv.TEST_KEY_SUPPORT}` }, body: chatBody('hello') });
    expect(response.status).toBe(504);
    expect(performance.now() - started).toBeLessThan(1500);
    await expect.poll(() => upstream.seen[0]?.closedEarly).toBe(true);
  });

  it('aborts the upstream call when the client disconnects before the answer', async () => {
    const upstream = await rawUpstream(() => undefined);
    const proxy = await proxyFor(upstream.url);
    const controller = new AbortController();
    const pending = fetch(`${proxy.origin}/v1/chat/completions`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${testEnv.TEST_KEY_SUPPORT}` }, body: chatBody('hello'), signal: controller.signal });
    await expect.poll(() => upstream.seen.length).toBe(1);
    controller.abort();
    await expect(pending).rejects.toThrow();
    await expect.poll(() => upstream.seen[0]?.closedEarly).toBe(true);
  });
});

describe('dispatchRequest', () => {
  const agent = new Agent();
  const options = { method: 'GET' as const, headers: {}, headersTimeout: 2000, bodyTimeout: 2000 };

  it('streams the body with status and headers', async () => {
    const upstream = await rawUpstream((_request, respond) => respond(201, '{"ok":true}'));
    const response = await dispatchRequest(agent, `${upstream.url}/models?x=1`, { ...options, signal: new AbortController().signal });
    expect(response.statusCode).toBe(201);
    expect(response.headers['content-type']).toBe('application/json');
    expect(await response.body.toArray().then((parts) => Buffer.concat(parts as Buffer[]).toString())).toBe('{"ok":true}');
  });

  it('rejects an already aborted signal without sending, and a connection failure with the network error', async () => {
    const upstream = await rawUpstream((_request, respond) => respond(200, '{}'));
    const aborted = new AbortController();
    aborted.abort(new DOMException('stop', 'TimeoutError'));
    await expect(dispatchRequest(agent, upstream.url, { ...options, signal: aborted.signal })).rejects.toMatchObject({ name: 'TimeoutError' });
    expect(upstream.seen).toHaveLength(0);
    await expect(dispatchRequest(agent, 'http://127.0.0.1:9/v1', { ...options, signal: new AbortController().signal })).rejects.toMatchObject({ code: 'ECONNREFUSED' });
  });

  it('aborts the upstream request when the body is discarded before its end', async () => {
    // An upstream that sends the head and one chunk, then stalls.
    const stalling = createServer((_request, response) => { response.writeHead(200, { 'content-type': 'text/event-stream' }); response.write('data: 1\n\n'); });
    const closed = new Promise<void>((resolve) => stalling.on('connection', (socket) => socket.on('close', () => resolve())));
    await new Promise<void>((resolve) => stalling.listen(0, '127.0.0.1', resolve));
    cleanups.push(() => new Promise((resolve) => { stalling.closeAllConnections(); stalling.close(() => resolve()); }));
    const response = await dispatchRequest(agent, `http://127.0.0.1:${(stalling.address() as AddressInfo).port}/`, { ...options, signal: new AbortController().signal });
    for await (const chunk of response.body) {
      expect(String(chunk)).toContain('data: 1');
      break;
    }
    await closed;
  });
});

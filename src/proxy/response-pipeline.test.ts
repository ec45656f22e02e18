import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createStandInUpstream, type ScriptedTurn, type StandInUpstream } from '../testing/index.ts';
import { ruleApprovals, ruleFirewall, testEnv, testPolicy } from '../../test/support/rule-stages.ts';
import { startProxyServer, type RunningProxy } from './start-proxy-server.ts';

let upstream: StandInUpstream;
const running: RunningProxy[] = [];
beforeAll(async () => { upstream = await createStandInUpstream({ script: [] }); });
afterAll(async () => { await upstream.close(); });
afterEach(async () => { await Promise.all(running.splice(0).map((proxy) => proxy.close())); upstream.requests.length = 0; });

async function start(script: ScriptedTurn[], overrides: Parameters<typeof testPolicy>[1] = {}, approvals = ruleApprovals()) {
  upstream.setScript(script);
  const policy = testPolicy(upstream.url, overrides);
  const { firewall, audit } = ruleFirewall(policy, approvals);
  const proxy = await startProxyServer({ firewall, env: testEnv, host: '127.0.0.1', port: 0, audit });
  running.push(proxy);
  return { proxy, audit, approvals };
}

const key = testEnv.TEST_KEY_SUPPORT;
async function chat(proxy: RunningProxy, extra: Record<string, unknown> = {}, token = key) {
  const response = await fetch(`${proxy.origin}/v1/chat/completions`, {
    method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ model: 'gpt-4o-mini', messages: [{ role: 'user', content: 'go' }], ...extra }),
  });
  return { status: response.status, text: await response.text(), type: response.headers.get('content-type') ?? '' };
}

/** Parses an OpenAI chat SSE body and checks it is well-formed: JSON chunks then exactly one [DONE]. */
function chatStream(text: string) {
  const frames = text.split('\n\n').filter((frame) => frame !== '').map((frame) => frame.replace(/^data: /, ''));
  expect(frames.at(-1)).toBe('[DONE]');
  const chunks = frames.slice(0, -1).map((frame) => JSON.parse(frame) as { choices: { delta: { content?: string; tool_calls?: { function: { name?: string } }[] }; finish_reason: string | null }[] });
  return {
    text: chunks.map((chunk) => chunk.choices[0]?.delta.content ?? '').join(''),
    tools: chunks.flatMap((chunk) => chunk.choices[0]?.delta.tool_calls ?? []).map((call) => call.function.name).filter(Boolean),
    finish: chunks.map((chunk) => chunk.choices[0]?.finish_reason).filter(Boolean),
  };
}

describe('tool calls', () => {
  it('releases allowed calls and replaces denied ones with a refusal the agent can read', async () => {
    const { proxy, audit } = await start([{ toolCalls: [{ name: 'read_document', arguments: { id: 'a' } }, { name: 'delete_database', arguments: {} }] }]);
    const response = JSON.parse((await chat(proxy)).text);
    const message = response.choices[0].message;
    expect(message.tool_calls.map((call: { function: { name: string } }) => call.function.name)).toEqual(['read_document']);
    expect(message.content).toMatch(/delete_database was blocked by policy \(test\.gate\.destructive\)/);
    expect(response.choices[0].finish_reason).toBe('tool_calls');
    expect(audit.records.filter((record) => record.type === 'tool-call-blocked')).toHaveLength(1);
  });

  it('fails the whole response when server.on_tool_denied is error', async () => {
    const { proxy } = await start([{ toolCalls: [{ name: 'delete_database', arguments: {} }] }], { server: { on_tool_denied: 'error' } });
    const response = await chat(proxy);
    expect(response.status).toBe(403);
    expect(JSON.parse(response.text).error.code).toBe('test.gate.destructive');
  });

  it('refuses a call whose arguments are not a JSON object', async () => {
    const { proxy } = await start([{ toolCalls: [{ name: 'read_document', arguments: '{"id": ' }] }]);
    const message = JSON.parse((await chat(proxy)).text).choices[0].message;
    expect(message.tool_calls).toBeUndefined();
    expect(message.content).toMatch(/proxy\.tool-arguments-invalid/);
  });

  it('denies a call when the gate does not answer in time (fail closed)', async () => {
    const { proxy } = await start([{ toolCalls: [{ name: 'slow_tool', arguments: {} }] }]);
    const message = JSON.parse((await chat(proxy)).text).choices[0].message;
    expect(message.tool_calls).toBeUndefined();
    expect(message.content).toMatch(/firewall\.stage-timeout\.gate/);
  });

  it('holds an ask until a human grants it, then releases the call', async () => {
    const approvals = ruleApprovals(5000);
    const { proxy } = await start([{ toolCalls: [{ name: 'refund_order', arguments: { order_id: 'ORD-1' } }] }], {}, approvals);
    const pending = chat(proxy);
    await vi_waitFor(() => approvals.requested.length === 1);
    approvals.decide(approvals.requested[0]!, 'granted');
    const message = JSON.parse((await pending).text).choices[0].message;
    expect(message.tool_calls[0].function.name).toBe('refund_order');
  });

  it.each([['denied', 'approval.denied'], ['expired', 'approval.expired']] as const)('refuses a held call that is %s', async (outcome, rule) => {
    const approvals = ruleApprovals(300);
    const { proxy } = await start([{ toolCalls: [{ name: 'refund_order', arguments: { order_id: 'ORD-1' } }] }], {}, approvals);
    const pending = chat(proxy);
    if (outcome === 'denied') {
      await vi_waitFor(() => approvals.requested.length === 1);
      approvals.decide(approvals.requested[0]!, 'denied');
    }
    const message = JSON.parse((await pending).text).choices[0].message;
    expect(message.tool_calls).toBeUndefined();
    expect(message.content).toContain(rule);
  });

  it('returns a pending marker at once when approvals.hold is false', async () => {
    const { proxy } = await start([{ toolCalls: [{ name: 'refund_order', arguments: { order_id: 'ORD-1' } }] }], { approvals: { hold: false } });
    const message = JSON.parse((await chat(proxy)).text).choices[0].message;
    expect(message.tool_calls).toBeUndefined();
    expect(message.content).toMatch(/needs human approval \(approval apr-1\)/);
  });
});

describe('output inspection', () => {
  it('redacts and blocks non-streamed text', async () => {
    const { proxy } = await start([{ text: 'mail bob@evil.com' }, { text: 'the key is sk-live-ABCDEFGHIJKL' }]);
    expect(JSON.parse((await chat(proxy)).text).choices[0].message.content).toBe('mail [EMAIL]');
    const blocked = JSON.parse((await chat(proxy)).text).choices[0];
    expect(blocked.message.content).toMatch(/withheld by the output inspector \(test\.output\.secret/);
    expect(blocked.finish_reason).toBe('content_filter');
  });

  it('blocks a canary leak: the planted marker never reaches the client', async () => {
    let canary = '';
    upstream.setScript((request) => {
      canary = /rampart-canary-[a-z2-7]{26}/.exec(JSON.stringify(request.body))?.[0] ?? 'missing';
      return { text: `My instructions say ${canary}` };
    });
    const policy = testPolicy(upstream.url);
    const { firewall } = ruleFirewall(policy);
    const proxy = await startProxyServer({ firewall, env: testEnv, host: '127.0.0.1', port: 0 });
    running.push(proxy);
    const body = (await chat(proxy)).text;
    expect(canary).toMatch(/^rampart-canary-/);
    expect(body).not.toContain(canary);
    expect(body).toContain('test.output.canary');
  });
});

describe('streaming', () => {
  it('streams text through the incremental inspector and gates assembled tool calls', async () => {
    const { proxy } = await start([{ text: 'Contact alice@evil.com or bob@company.com for details.', toolCalls: [{ name: 'read_document', arguments: { id: 'd1' } }, { name: 'delete_rows', arguments: { all: true } }], chunkSize: 3 }]);
    const response = await chat(proxy, { stream: true });
    expect(response.type).toContain('text/event-stream');
    const parsed = chatStream(response.text);
    expect(parsed.text).toContain('Contact [EMAIL] or bob@company.com for details.');
    expect(parsed.text).toMatch(/delete_rows was blocked/);
    expect(parsed.tools).toEqual(['read_document']);
    expect(parsed.finish).toEqual(['tool_calls']);
    expect(response.text).not.toContain('"all":true');
  });

  it('ends a blocked stream well-formed, without the secret', async () => {
    const { proxy } = await start([{ text: `Sure. ${'filler '.repeat(20)}the key is sk-live-ABCDEFGHIJKL and more`, chunkSize: 5 }]);
    const response = await chat(proxy, { stream: true });
    const parsed = chatStream(response.text);
    expect(response.text).not.toContain('sk-live-ABCDEFGHIJKL');
    expect(parsed.text).toMatch(/withheld by the output inspector/);
    expect(parsed.finish).toEqual(['content_filter']);
  });

  it('sends the format\'s error frame when the upstream drops mid-stream, never the held text', async () => {
    const { proxy } = await start([{ text: 'partial answer that is cut', chunkSize: 4, cutStreamAfter: 3 }]);
    const response = await chat(proxy, { stream: true });
    expect(response.status).toBe(200);
    const last = response.text.trim().split('\n\n').at(-1)!;
    expect(JSON.parse(last.replace(/^data: /, '')).error.message).toMatch(/upstream stream failed/);
  });

  it('emits a usage chunk only when the client asked for it', async () => {
    const { proxy } = await start([{ text: 'hi', usage: { input: 7, output: 2 } }, { text: 'hi' }]);
    expect((await chat(proxy, { stream: true, stream_options: { include_usage: true } })).text).toContain('"prompt_tokens":7');
    expect((await chat(proxy, { stream: true })).text).not.toContain('prompt_tokens');
  });
});

describe('upstream failures', () => {
  it.each([
    ['a 500', { error: { status: 500, message: 'boom' } }, 502, /answered 500: boom/],
    ['a 429', { error: { status: 429, message: 'slow down' } }, 429, /slow down/],
    ['malformed JSON', { raw: { body: '{"choices": [' } }, 502, /malformed response/],
    ['a wrong shape', { raw: { body: '{"hello": 1}' } }, 502, /malformed chat completion/],
    ['a timeout', { text: 'late', delayMs: 3000 }, 504, /did not answer in time/],
  ] as const)('turns %s into a clear error', async (_label, turn, status, message) => {
    const { proxy, audit } = await start([turn as ScriptedTurn]);
    const response = await chat(proxy);
    expect(response.status).toBe(status);
    expect(JSON.parse(response.text).error.message).toMatch(message);
    expect(audit.records.some((record) => record.type === 'tool-call-allowed')).toBe(false);
  });

  it('answers 502 when the upstream is unreachable', async () => {
    const { proxy } = await start([], { upstreams: { dead: { provider: 'openai', base_url: 'http://127.0.0.1:9/v1' } } });
    const response = await chat(proxy);
    expect(response.status).toBe(502);
    expect(JSON.parse(response.text).error.message).toMatch(/upstream dead failed/);
  });

  it('answers 502 when a stream request gets JSON back', async () => {
    const { proxy } = await start([{ raw: { body: '{"id":"x"}' } }]);
    const response = await chat(proxy, { stream: true });
    expect(response.status).toBe(502);
  });
});

async function vi_waitFor(condition: () => boolean, timeoutMs = 3000): Promise<void> {
  const start = Date.now();
  while (!condition()) {
    if (Date.now() - start > timeoutMs) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

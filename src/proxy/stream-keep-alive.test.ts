import OpenAI from 'openai';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createStandInUpstream, type StandInUpstream } from '../testing/index.ts';
import { ruleApprovals, ruleFirewall, testEnv, testPolicy } from '../../test/support/rule-stages.ts';
import { keepAliveFrame } from './guard-stream.ts';
import { startProxyServer, type RunningProxy } from './start-proxy-server.ts';

// A streamed tool call held for a human must not let idle timeouts (load balancers, SDK read timeouts) cut the
// stream: the proxy sends SSE comment frames while the call waits, and clients still parse the stream unchanged.

let upstream: StandInUpstream;
const running: RunningProxy[] = [];
beforeAll(async () => { upstream = await createStandInUpstream({ script: [] }); });
afterAll(async () => { await upstream.close(); });
afterEach(async () => { await Promise.all(running.splice(0).map((proxy) => proxy.close())); });

async function heldRefund() {
  upstream.setScript([{ text: 'Checking.', toolCalls: [{ name: 'refund_order', arguments: { order_id: 'ORD-1' } }] }]);
  const approvals = ruleApprovals(5000);
  const { firewall } = ruleFirewall(testPolicy(upstream.url), approvals);
  const proxy = await startProxyServer({ firewall, env: testEnv, host: '127.0.0.1', port: 0, streamKeepAliveMs: 40 });
  running.push(proxy);
  // The human decides after about ten keep-alive intervals.
  const decideLater = (async () => {
    while (approvals.requested.length === 0) await new Promise((resolve) => setTimeout(resolve, 10));
    await new Promise((resolve) => setTimeout(resolve, 400));
    approvals.decide(approvals.requested[0]!, 'granted');
  })();
  return { proxy, decideLater };
}

const body = JSON.stringify({ model: 'gpt-4o-mini', stream: true, messages: [{ role: 'user', content: 'refund my order' }] });

describe('keep-alive frames while a streamed tool call is held', () => {
  it('sends SSE comments during the hold and then the released call in a well-formed stream', async () => {
    const { proxy, decideLater } = await heldRefund();
    const response = await fetch(`${proxy.origin}/v1/chat/completions`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${testEnv.TEST_KEY_SUPPORT}` }, body });
    const text = await response.text();
    await decideLater;
    const frames = text.split('\n\n').filter((frame) => frame !== '');
    const comments = frames.filter((frame) => `${frame}\n\n` === keepAliveFrame);
    expect(comments.length).toBeGreaterThanOrEqual(3);
    const data = frames.filter((frame) => !frame.startsWith(':')).map((frame) => frame.replace(/^data: /, ''));
    expect(data.at(-1)).toBe('[DONE]');
    const names = data.slice(0, -1).flatMap((frame) => (JSON.parse(frame) as { choices: { delta: { tool_calls?: { function: { name?: string } }[] } }[] }).choices[0]?.delta.tool_calls ?? []).map((call) => call.function.name);
    expect(names).toContain('refund_order');
  });

  it('is invisible to the official openai client', async () => {
    const { proxy, decideLater } = await heldRefund();
    const client = new OpenAI({ baseURL: `${proxy.origin}/v1`, apiKey: testEnv.TEST_KEY_SUPPORT });
    const stream = await client.chat.completions.create({ model: 'gpt-4o-mini', stream: true, messages: [{ role: 'user', content: 'refund my order' }] });
    const names: string[] = [];
    let text = '';
    for await (const chunk of stream) {
      text += chunk.choices[0]?.delta.content ?? '';
      for (const call of chunk.choices[0]?.delta.tool_calls ?? []) if (call.function?.name !== undefined) names.push(call.function.name);
    }
    await decideLater;
    expect(text).toBe('Checking.');
    expect(names).toEqual(['refund_order']);
  });
});

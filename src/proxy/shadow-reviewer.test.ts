import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createStandInUpstream, type ScriptedTurn, type StandInUpstream } from '../testing/index.ts';
import { ruleFirewall, testEnv, testPolicy } from '../../test/support/rule-stages.ts';
import { startProxyServer, type RunningProxy } from './start-proxy-server.ts';

let model: StandInUpstream;
let reviewer: StandInUpstream;
const running: RunningProxy[] = [];
beforeAll(async () => { model = await createStandInUpstream({ script: [] }); reviewer = await createStandInUpstream({ script: [] }); });
afterAll(async () => { await model.close(); await reviewer.close(); });
afterEach(async () => { await Promise.all(running.splice(0).map((proxy) => proxy.close())); reviewer.requests.length = 0; });

async function callWire(reviews: ScriptedTurn[], calls: number = 1) {
  model.setScript(Array.from({ length: calls }, () => ({ toolCalls: [{ name: 'wire_money', arguments: { amount: 900 } }, { name: 'read_document', arguments: { id: 'x' } }] })));
  reviewer.setScript(reviews);
  const policy = testPolicy(model.url, {
    tools: { read_document: { risk: 'low' }, wire_money: { risk: 'critical' } },
    reviewer: { base_url: reviewer.url, model: 'reviewer-model', min_risk: 'high', timeout: 300, max_calls_per_session: 1 },
  });
  const { firewall, audit } = ruleFirewall(policy);
  const proxy = await startProxyServer({ firewall, env: testEnv, audit, host: '127.0.0.1', port: 0 });
  running.push(proxy);
  const messages: unknown[] = [];
  for (let index = 0; index < calls; index++) {
    const response = await fetch(`${proxy.origin}/v1/chat/completions`, {
      method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${testEnv.TEST_KEY_ADMIN}`, 'x-rampart-session': 'review-1' },
      body: JSON.stringify({ model: 'gpt-4o-mini', messages: [{ role: 'user', content: 'Summarise my invoices' }] }),
    });
    messages.push(((await response.json()) as { choices: { message: unknown }[] }).choices[0]!.message);
  }
  return { messages: messages as { content: string | null; tool_calls?: { function: { name: string } }[] }[], audit };
}

const answer = (decision: string, reason = 'fine') => ({ text: JSON.stringify({ decision, reason }) });

describe('shadow reviewer', () => {
  it('releases a high-risk call the reviewer approves and sends it the original request', async () => {
    const { messages } = await callWire([answer('approve')]);
    expect(messages[0]!.tool_calls?.map((call) => call.function.name)).toEqual(['wire_money', 'read_document']);
    expect(reviewer.requests).toHaveLength(1);
    expect(JSON.stringify(reviewer.requests[0]!.body)).toContain('Summarise my invoices');
  });

  it.each([
    ['objects', [answer('object', 'the user asked for a summary, not a payment')], /reviewer\.objected.*summary, not a payment/],
    ['times out', [{ ...answer('approve'), delayMs: 1000 }], /reviewer\.timeout/],
    ['answers malformed JSON', [{ text: 'sure, looks fine' }], /reviewer\.failed|reviewer\.malformed/],
    ['answers an error', [{ error: { status: 500, message: 'down' } }], /reviewer\.failed/],
  ])('denies when the reviewer %s (fail closed) and never reviews low-risk calls', async (_label, reviews, rule) => {
    const { messages, audit } = await callWire(reviews as ScriptedTurn[]);
    expect(messages[0]!.tool_calls?.map((call) => call.function.name)).toEqual(['read_document']);
    expect(messages[0]!.content).toMatch(rule);
    expect(audit.records.some((record) => record.type === 'tool-call-blocked' && record.ruleIds?.some((id) => id.startsWith('reviewer.')))).toBe(true);
    expect(reviewer.requests.length).toBeLessThanOrEqual(1);
  });

  it('denies once the per-session reviewer budget is spent', async () => {
    const { messages } = await callWire([answer('approve'), answer('approve')], 2);
    expect(messages[0]!.tool_calls?.map((call) => call.function.name)).toContain('wire_money');
    expect(messages[1]!.content).toMatch(/reviewer\.budget/);
  });
});

// Real clients (openai, @anthropic-ai/sdk, ai + @ai-sdk/openai, @openai/agents) against the proxy on a loopback
// port, with every real stage (detector, gate, approvals, output inspector, audit) wired by openFirewall.
import Anthropic from '@anthropic-ai/sdk';
import { createOpenAI } from '@ai-sdk/openai';
import { Agent, OpenAIResponsesModel, run, setTracingDisabled, tool as agentTool } from '@openai/agents';
import { generateText, stepCountIs, streamText, tool } from 'ai';
import OpenAI from 'openai';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { openFirewall, type OpenedFirewall } from '../../src/firewall/open-firewall.ts';
import { startProxyServer, type RunningProxy } from '../../src/proxy/start-proxy-server.ts';
import { createStandInUpstream, type RecordedRequest, type ScriptedTurn, type StandInUpstream } from '../../src/testing/index.ts';
import { testEnv, testPolicy } from '../support/rule-stages.ts';

let upstream: StandInUpstream;
let proxy: RunningProxy;
let opened: OpenedFirewall;

beforeAll(async () => {
  setTracingDisabled(true);
  upstream = await createStandInUpstream({ script: [] });
  const policy = testPolicy(upstream.url, { detection: { on_untrusted: 'block' }, output: { links: { action: 'redact', allow_domains: ['company.com'] } } });
  opened = await openFirewall({ policy, storage: 'memory', env: testEnv });
  proxy = await startProxyServer({ firewall: opened.firewall, env: testEnv, audit: opened.audit, budgets: opened.gate, host: '127.0.0.1', port: 0 });
}, 60_000);
afterAll(async () => { await proxy.close(); await opened.close(); await upstream.close(); });

const openai = () => new OpenAI({ baseURL: `${proxy.origin}/v1`, apiKey: testEnv.TEST_KEY_SUPPORT, maxRetries: 0 });
const anthropic = () => new Anthropic({ baseURL: proxy.origin, apiKey: testEnv.TEST_KEY_SUPPORT, maxRetries: 0 });

/** Scripts a tool-using turn first, then a final text once the request carries a tool result. */
function toolThenText(calls: ScriptedTurn['toolCalls'], final: string) {
  return (request: RecordedRequest): ScriptedTurn => {
    const body = JSON.stringify(request.body);
    const hasResult = body.includes('"role":"tool"') || body.includes('function_call_output') || body.includes('tool_result');
    return hasResult ? { text: final } : { toolCalls: calls ?? [] };
  };
}

describe('openai package', () => {
  it('chat completions, non-streamed and streamed, with parallel tool calls', async () => {
    upstream.setScript([
      { text: 'Your order ORD-1234 has shipped.' },
      { text: 'Looking that up.', toolCalls: [{ name: 'read_document', arguments: { id: 'faq' } }, { name: 'read_document', arguments: { id: 'policy' } }] },
    ]);
    const client = openai();
    const plain = await client.chat.completions.create({ model: 'gpt-4o-mini', messages: [{ role: 'user', content: 'Where is my order?' }] });
    expect(plain.choices[0]?.message.content).toBe('Your order ORD-1234 has shipped.');
    const stream = client.chat.completions.stream({
      model: 'gpt-4o-mini', parallel_tool_calls: true, tool_choice: 'auto',
      messages: [{ role: 'user', content: 'Check the FAQ and the policy' }],
      tools: [{ type: 'function', function: { name: 'read_document', parameters: { type: 'object', properties: { id: { type: 'string' } } } } }],
    });
    const final = await stream.finalChatCompletion();
    expect(final.choices[0]?.message.tool_calls?.map((call) => call.type === 'function' ? JSON.parse(call.function.arguments) : null)).toEqual([{ id: 'faq' }, { id: 'policy' }]);
    expect(final.choices[0]?.finish_reason).toBe('tool_calls');
  });

  it('responses API, non-streamed and streamed, with a function call', async () => {
    upstream.setScript([
      { text: 'Hello from responses.' },
      { toolCalls: [{ name: 'read_document', arguments: { id: 'faq' } }] },
    ]);
    const client = openai();
    const plain = await client.responses.create({ model: 'gpt-4o-mini', input: 'Say hello' });
    expect(plain.output_text).toBe('Hello from responses.');
    const stream = client.responses.stream({ model: 'gpt-4o-mini', input: 'Read the FAQ', tools: [{ type: 'function', name: 'read_document', strict: false, parameters: { type: 'object', properties: { id: { type: 'string' } } } }] });
    const response = await stream.finalResponse();
    const call = response.output.find((item) => item.type === 'function_call');
    expect(call).toMatchObject({ name: 'read_document', arguments: '{"id":"faq"}' });
  });

  it('a blocked call mid-stream still yields a valid stream the SDK can finish', async () => {
    upstream.setScript([{ text: 'I will clean up now.', toolCalls: [{ name: 'delete_database', arguments: { name: 'prod' } }], chunkSize: 4 }]);
    const stream = openai().chat.completions.stream({ model: 'gpt-4o-mini', messages: [{ role: 'user', content: 'tidy up' }] });
    const final = await stream.finalChatCompletion();
    expect(final.choices[0]?.message.tool_calls ?? []).toEqual([]);
    expect(final.choices[0]?.message.content).toMatch(/delete_database was blocked by policy/);
    expect(final.choices[0]?.finish_reason).toBe('stop');
  });
});

describe('@anthropic-ai/sdk', () => {
  it('messages, non-streamed and streamed, with tool_use', async () => {
    upstream.setScript([
      { text: 'Hi from Claude.' },
      { text: 'Let me read it.', toolCalls: [{ name: 'read_document', arguments: { id: 'faq' } }] },
    ]);
    const client = anthropic();
    const plain = await client.messages.create({ model: 'claude-stand-in', max_tokens: 100, messages: [{ role: 'user', content: 'hello' }] });
    expect(plain.content).toEqual([{ type: 'text', text: 'Hi from Claude.' }]);
    const final = await client.messages.stream({ model: 'claude-stand-in', max_tokens: 100, messages: [{ role: 'user', content: 'read the faq' }], tools: [{ name: 'read_document', input_schema: { type: 'object', properties: { id: { type: 'string' } } } }] }).finalMessage();
    expect(final.content.map((block) => block.type)).toEqual(['text', 'tool_use']);
    expect(final.content[1]).toMatchObject({ name: 'read_document', input: { id: 'faq' } });
    expect(final.stop_reason).toBe('tool_use');
  });

  it('answers a missing key with the SDK\'s AuthenticationError', async () => {
    const client = new Anthropic({ baseURL: proxy.origin, apiKey: 'rk-wrong-key-000000000000', maxRetries: 0 });
    await expect(client.messages.create({ model: 'claude-stand-in', max_tokens: 10, messages: [{ role: 'user', content: 'hi' }] })).rejects.toBeInstanceOf(Anthropic.AuthenticationError);
  });
});

describe('ai + @ai-sdk/openai', () => {
  const provider = () => createOpenAI({ baseURL: `${proxy.origin}/v1`, apiKey: testEnv.TEST_KEY_SUPPORT });
  const readDocument = tool({ description: 'Reads a document', inputSchema: z.object({ id: z.string() }), execute: async ({ id }) => `contents of ${id}: refunds take 5 days` });

  it('generateText runs a tool loop through the proxy (chat completions)', async () => {
    upstream.setScript(toolThenText([{ name: 'read_document', arguments: { id: 'refunds' } }], 'Refunds take 5 days.'));
    const result = await generateText({ model: provider().chat('gpt-4o-mini'), prompt: 'How long do refunds take?', tools: { read_document: readDocument }, stopWhen: stepCountIs(3) });
    expect(result.text).toBe('Refunds take 5 days.');
    expect(result.steps[0]?.toolCalls[0]?.toolName).toBe('read_document');
  });

  it('streamText runs a tool loop through the proxy (responses)', async () => {
    upstream.setScript(toolThenText([{ name: 'read_document', arguments: { id: 'refunds' } }], 'Five days.'));
    const result = streamText({ model: provider().responses('gpt-4o-mini'), prompt: 'How long do refunds take?', tools: { read_document: readDocument }, stopWhen: stepCountIs(3) });
    expect(await result.text).toBe('Five days.');
  });
});

describe('@openai/agents', () => {
  it('runs a tool-using agent through the proxy', async () => {
    upstream.setScript(toolThenText([{ name: 'read_document', arguments: { id: 'hours' } }], 'We are open 9 to 5.'));
    let executed = 0;
    const agent = new Agent({
      name: 'support',
      instructions: 'Answer from the documents.',
      model: new OpenAIResponsesModel(openai(), 'gpt-4o-mini'),
      tools: [agentTool({ name: 'read_document', description: 'Reads a document', parameters: z.object({ id: z.string() }), execute: async ({ id }) => { executed++; return `doc ${id}: 9-5`; } })],
    });
    const result = await run(agent, 'When are you open?');
    expect(result.finalOutput).toBe('We are open 9 to 5.');
    expect(executed).toBe(1);
  });
});

describe('spotlighting through the proxy', () => {
  it('marks an allowed tool result and explains the marking in the system prompt the upstream receives', async () => {
    upstream.setScript([{ text: 'The FAQ says returns are accepted within 30 days.' }]);
    const before = upstream.requests.length;
    const reply = await openai().chat.completions.create({
      model: 'gpt-4o-mini',
      messages: [
        { role: 'system', content: 'You are a support assistant.' },
        { role: 'user', content: 'What is the return policy?' },
        { role: 'assistant', content: null, tool_calls: [{ id: 'call_1', type: 'function', function: { name: 'read_document', arguments: '{"id":"faq"}' } }] },
        { role: 'tool', tool_call_id: 'call_1', content: 'Returns are accepted within 30 days of delivery.' },
      ],
    });
    expect(reply.choices[0]?.message.content).toContain('30 days');
    const sent = upstream.requests.slice(before).at(-1)?.body as { messages: { role: string; content: string }[] };
    const tool = sent.messages.find((message) => message.role === 'tool');
    const system = sent.messages.find((message) => message.role === 'system');
    const boundary = /«UNTRUSTED-[0-9a-f]+»/u.exec(tool?.content ?? '')?.[0];
    expect(boundary).toBeDefined();
    expect(tool?.content).toContain('Returns are accepted within 30 days of delivery.');
    expect(system?.content).toContain('You are a support assistant.');
    expect(system?.content).toContain(boundary);
  });
});

import type { AuditRecord } from '../kernel/audit-event.ts';
import { randomId, secureRandomBytes, type RandomBytes } from '../kernel/crypto.ts';
import { parsePolicy } from '../policy/load.ts';
import { createStandInUpstream, type ScriptedTurn } from '../testing/stand-in-upstream.ts';
import { openFirewall } from '../firewall/open-firewall.ts';
import { demoPolicyYaml, demoScenarios, type DemoScenario } from './demo-scenarios.ts';
import { startProxyServer } from './start-proxy-server.ts';
import { createSseReader } from './wire/sse.ts';

/** What happened to one scenario. */
export interface DemoOutcome {
  readonly scenario: DemoScenario;
  readonly status: number;
  /** The text the agent received. */
  readonly text: string;
  /** Tool calls the agent received (released by the gate). */
  readonly toolCalls: readonly string[];
  /** What the stand-in model asked for before the firewall saw it. */
  readonly modelTurn: ScriptedTurn | undefined;
  /** Audit records of this scenario's session, in order. */
  readonly events: readonly AuditRecord[];
  /** The first layer that blocked something, if any. */
  readonly blockedBy: 'input' | 'gate' | 'output' | undefined;
}

function blockedLayer(events: readonly AuditRecord[]): DemoOutcome['blockedBy'] {
  for (const event of events) {
    if (event.decision !== 'deny') continue;
    if (event.type === 'input-inspected') return 'input';
    if (event.type === 'tool-call-blocked') return 'gate';
    if (event.type === 'output-blocked' || event.type === 'canary-leaked') return 'output';
  }
  return undefined;
}

async function readAnswer(response: Response, stream: boolean): Promise<{ text: string; toolCalls: string[] }> {
  if (!stream) {
    const body = await response.json() as { choices?: { message?: { content?: string | null; tool_calls?: { function: { name: string; arguments: string } }[] } }[]; error?: { message?: string } };
    const message = body.choices?.[0]?.message;
    return { text: message?.content ?? body.error?.message ?? '', toolCalls: (message?.tool_calls ?? []).map((call) => `${call.function.name} ${call.function.arguments}`) };
  }
  let text = '';
  const calls = new Map<number, string>();
  const reader = createSseReader((message) => {
    if (message.data === '[DONE]') return;
    const chunk = JSON.parse(message.data) as { choices?: { delta?: { content?: string; tool_calls?: { index: number; function?: { name?: string; arguments?: string } }[] } }[] };
    const delta = chunk.choices?.[0]?.delta;
    text += delta?.content ?? '';
    for (const part of delta?.tool_calls ?? []) calls.set(part.index, `${calls.get(part.index) ?? ''}${part.function?.name ?? ''}${part.function?.arguments === undefined ? '' : ` ${part.function.arguments}`}`);
  });
  reader.feed(await response.text());
  return { text, toolCalls: [...calls.values()] };
}

/**
 * Runs the seed attack scenarios through the real proxy and the real firewall stages against the
 * stand-in upstream, entirely on loopback, and reports what each layer did.
 */
export async function runDemo(options: { random?: RandomBytes; onOutcome?: (outcome: DemoOutcome, origin: string) => void } = {}): Promise<DemoOutcome[]> {
  const random = options.random ?? secureRandomBytes;
  let current: DemoScenario | undefined;
  let lastTurn: ScriptedTurn | undefined;
  const upstream = await createStandInUpstream({
    script: (request) => {
      lastTurn = current === undefined ? { error: { status: 500, message: 'no scenario is running' } } : current.reply(request);
      return lastTurn;
    },
  });
  const records: AuditRecord[] = [];
  const policy = parsePolicy(demoPolicyYaml.replace('http://127.0.0.1:9/v1', upstream.url), 'demo-policy.yaml');
  const opened = await openFirewall({ policy, storage: 'memory', random, env: {}, onRecord: (record) => { records.push(record); } });
  const { firewall, gate, audit } = opened;
  const env = { DEMO_KEY_SUPPORT: `rk-${randomId(random)}`, DEMO_KEY_ORDERS: `rk-${randomId(random)}`, DEMO_KEY_WEALTH: `rk-${randomId(random)}` };
  const keys: Record<DemoScenario['agent'], string> = { 'support-bot': env.DEMO_KEY_SUPPORT, 'order-agent': env.DEMO_KEY_ORDERS, 'wealth-agent': env.DEMO_KEY_WEALTH };
  const proxy = await startProxyServer({ firewall, env, audit, budgets: gate, host: '127.0.0.1', port: 0, random });
  const outcomes: DemoOutcome[] = [];
  try {
    for (const scenario of demoScenarios) {
      current = scenario;
      lastTurn = undefined;
      const stream = scenario.id === 'system-prompt-leak';
      const sessionId = `demo-${scenario.id}-${randomId(random, 6)}`;
      const response = await fetch(`${proxy.origin}/v1/chat/completions`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${keys[scenario.agent]}`, 'x-rampart-session': sessionId },
        body: JSON.stringify({ model: 'stand-in-model', stream, messages: scenario.messages }),
      });
      const answer = await readAnswer(response, stream);
      const events = records.filter((record) => record.sessionId === sessionId);
      const outcome: DemoOutcome = { scenario, status: response.status, ...answer, modelTurn: lastTurn, events, blockedBy: blockedLayer(events) };
      outcomes.push(outcome);
      options.onOutcome?.(outcome, proxy.origin);
    }
  } finally {
    await proxy.close();
    await opened.close();
    await upstream.close();
  }
  return outcomes;
}

import { parseArgs } from 'node:util';
import { errorMessage } from '../../kernel/errors.ts';
import type { AuditEventType, AuditRecord } from '../../kernel/audit-event.ts';
import { runDemo, type DemoOutcome } from '../../proxy/run-demo.ts';
import { exitCodes, fail, out, type Command, type CommandIo } from '../io.ts';

const help = `usage: rampart demo [--json]

Runs the four seed attacks through the real proxy and firewall against an offline stand-in model on
127.0.0.1 and narrates each layer that fired. Exit 0 when every attack is stopped at the expected layer.
`;

type Narrator = (event: AuditRecord, rules: string, data: Readonly<Record<string, unknown>>) => string;

function inputLine(event: AuditRecord, rules: string, data: Readonly<Record<string, unknown>>): string {
  if (event.decision === 'deny') return `input    ${String(data['source'])} BLOCKED (${rules})`;
  if (rules === '') return `input    ${String(data['source'])} clean`;
  return data['source'] === 'user' ? `input    user message scored below the block threshold (${rules}), allowed` : `input    ${String(data['source'])} flagged (${rules}), passed spotlighted`;
}

/** One narration line per audit event type the demo explains; other types stay silent. */
const narrators: Partial<Record<AuditEventType, Narrator>> = {
  'input-inspected': inputLine,
  'session-tainted': (_event, _rules, data) => `taint    session marked tainted (${String(data['source'])})`,
  'upstream-called': (_event, _rules, data) => `model    stand-in answered (${String(data['outputTokens'] ?? '?')} tokens)`,
  'tool-call-allowed': (_event, _rules, data) => `gate     ${String(data['tool'])} allowed`,
  'tool-call-held': (_event, rules, data) => `gate     ${String(data['tool'])} held for approval (${rules})`,
  'tool-call-blocked': (event, rules, data) => `gate     ${String(data['tool'])} DENIED ${rules}: ${(event.reasons ?? []).join('; ')}`,
  'output-blocked': (_event, rules) => `output   response BLOCKED (${rules})`,
  'output-redacted': (_event, rules) => `output   response redacted (${rules})`,
  'canary-leaked': (_event, rules) => `output   canary from the system prompt found in the answer (${rules})`,
  'budget-exceeded': (event) => `budget   ${(event.reasons ?? []).join('; ')}`,
};

function narrate(event: AuditRecord): string | undefined {
  const narrator = narrators[event.type];
  return narrator?.(event, (event.ruleIds ?? []).join(', '), event.data ?? {});
}

function report(io: CommandIo, outcome: DemoOutcome, index: number, total: number): void {
  const { scenario } = outcome;
  out(io, `\n[${index}/${total}] ${scenario.title}`);
  out(io, `  attack   ${scenario.attack}`);
  out(io, `  agent    ${scenario.agent}`);
  const asked = outcome.modelTurn?.toolCalls?.map((call) => `${call.name} ${JSON.stringify(call.arguments)}`).join(', ');
  if (asked !== undefined && asked !== '') out(io, `  model    (compromised stand-in) asked for: ${asked}`);
  for (const event of outcome.events) {
    const line = narrate(event);
    if (line !== undefined) out(io, `  ${line}`);
  }
  const received = [outcome.text.replace(/\s+/g, ' ').trim(), ...outcome.toolCalls.map((call) => `tool call ${call}`)].filter((part) => part !== '').join(' | ');
  out(io, `  agent got ${received.length > 220 ? `${received.slice(0, 217)}...` : received}`);
  const ok = outcome.blockedBy === scenario.expectedLayer;
  out(io, `  result   ${outcome.blockedBy === undefined ? 'NOT BLOCKED' : `blocked at the ${outcome.blockedBy} layer`} (expected: ${scenario.expectedLayer}) ${ok ? 'ok' : 'UNEXPECTED'}`);
}

/** `rampart demo`: the seed attacks through the real proxy, offline, narrated layer by layer. */
export const demo: Command = async (args, io) => {
  let values;
  try {
    ({ values } = parseArgs({ args, options: { json: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } }, strict: true }));
  } catch (error) {
    io.stderr.write(`rampart demo: ${errorMessage(error)}\n${help}`);
    return exitCodes.usage;
  }
  if (values.help === true) { io.stdout.write(help); return exitCodes.ok; }
  try {
    let announced = false;
    let seen = 0;
    const outcomes = await runDemo({
      onOutcome: (outcome, origin) => {
        if (values.json === true) return;
        if (!announced) {
          out(io, `Rampart demo: 4 seed attacks through the real proxy at ${origin} against an offline stand-in model.`);
          announced = true;
        }
        seen++;
        report(io, outcome, seen, 4);
      },
    });
    const stopped = outcomes.filter((outcome) => outcome.blockedBy === outcome.scenario.expectedLayer).length;
    if (values.json === true) {
      out(io, JSON.stringify(outcomes.map((outcome) => ({ id: outcome.scenario.id, expected: outcome.scenario.expectedLayer, blockedBy: outcome.blockedBy ?? null, status: outcome.status, text: outcome.text, toolCalls: outcome.toolCalls, events: outcome.events.map((event) => ({ type: event.type, decision: event.decision, ruleIds: event.ruleIds ?? [] })) })), null, 2));
    } else {
      out(io, `\n${stopped}/${outcomes.length} attacks stopped at the expected layer.`);
    }
    return stopped === outcomes.length ? exitCodes.ok : exitCodes.denied;
  } catch (error) {
    return fail(io, error);
  }
};

import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { RampartError, errorMessage } from '../../kernel/errors.ts';
import { loadPolicyFile } from '../../policy/load.ts';
import { openFirewall } from '../../firewall/open-firewall.ts';
import { replayTrace, type ReplayResult } from '../../proxy/replay-trace.ts';
import { exitCodes, fail, out, type Command } from '../io.ts';

const help = `usage: rampart replay TRACE --policy FILE [--agent NAME] [--json]

Replays a recorded conversation (OpenAI chat messages with tool_calls and tool results, or Anthropic
messages with tool_use / tool_result blocks) through the firewall and prints each step's decision.
TRACE is a JSON file: { "agent"?: NAME, "format"?: "openai" | "anthropic", "system"?: ..., "messages": [...] }
or a bare array of messages. Nothing is recorded in the audit trail and no approval is waited for.
Exit codes: 0 every step allowed, 1 a step was denied, 2 usage or configuration error.
`;

function table(result: ReplayResult): string[] {
  const rows = result.steps.map((step) => [String(step.step), `#${step.message}`, step.kind, step.subject, step.decision, step.ruleIds.join(', '), step.reason]);
  const header = ['step', 'msg', 'kind', 'subject', 'decision', 'rules', 'reason'];
  const widths = header.map((title, column) => Math.min(40, Math.max(title.length, ...rows.map((row) => row[column]!.length))));
  const line = (row: string[]) => row.map((cell, column) => (column === row.length - 1 ? cell : cell.slice(0, widths[column]).padEnd(widths[column]!))).join('  ').trimEnd();
  return [line(header), ...rows.map(line)];
}

/** `rampart replay`: a recorded conversation through the firewall, one decision per step. */
export const replay: Command = async (args, io) => {
  let parsed;
  try {
    parsed = parseArgs({ args, options: { policy: { type: 'string' }, agent: { type: 'string' }, json: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } }, strict: true, allowPositionals: true });
  } catch (error) {
    io.stderr.write(`rampart replay: ${errorMessage(error)}\n${help}`);
    return exitCodes.usage;
  }
  const { values, positionals } = parsed;
  if (values.help === true) { io.stdout.write(help); return exitCodes.ok; }
  const policyPath = values.policy ?? io.env['RAMPART_POLICY'];
  if (positionals.length !== 1 || policyPath === undefined) {
    io.stderr.write(`rampart replay: expected one TRACE file and --policy FILE\n${help}`);
    return exitCodes.usage;
  }
  const tracePath = positionals[0]!;
  try {
    const loaded = await loadPolicyFile(policyPath, { cwd: io.cwd });
    let trace: unknown;
    try {
      trace = JSON.parse(await readFile(resolve(io.cwd, tracePath), 'utf8'));
    } catch (error) {
      throw new RampartError('INPUT_INVALID', `${tracePath}: ${errorMessage(error)}`, { problems: [{ path: tracePath, message: errorMessage(error) }] });
    }
    // Replay is a dry run: every store lives in memory, so nothing touches the data directory.
    const opened = await openFirewall({ policy: loaded.policy, storage: 'memory', env: io.env, cwd: loaded.baseDir });
    let result: ReplayResult;
    try {
      result = await replayTrace(opened.firewall, trace, { agentId: values.agent });
    } finally {
      await opened.close();
    }
    if (values.json === true) {
      out(io, JSON.stringify({ trace: tracePath, policy: loaded.path, ...result }, null, 2));
    } else {
      out(io, `${tracePath}: ${result.format} trace, agent ${result.agentId ?? '(none: default_role)'}, ${result.steps.length} steps`);
      for (const row of table(result)) out(io, row);
      out(io, result.denied ? `result: ${result.steps.filter((step) => step.decision === 'deny').length} step(s) denied` : 'result: no step denied');
    }
    return result.denied ? exitCodes.denied : exitCodes.ok;
  } catch (error) {
    return fail(io, error);
  }
};

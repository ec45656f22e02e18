import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { Finding, Verdict } from '../../kernel/verdict.ts';
import { loadPolicyFile } from '../../policy/load.ts';
import { outputSchema } from '../../policy/sections/inspection.ts';
import { createOutputInspector } from '../../output/create-output-inspector.ts';
import { countFindingsByType } from '../../output/redaction.ts';
import { exitCodes, out, type Command, type CommandIo } from '../io.ts';

const help = `usage: rampart scan --output [FILE] [options]
       rampart scan-output [FILE] [options]

Inspects model or tool output for PII, secrets, canary and system-prompt leaks, exfiltration
links and dangerous commands. Reads FILE, or standard input when FILE is absent or '-'.

options:
  --policy FILE          policy file; its 'output' section sets actions and redaction (default: built-in defaults)
  --canary TOKEN         a canary planted in the system prompt (repeatable)
  --system-prompt FILE   the protected system prompt, for verbatim-leak detection
  --json                 print one JSON object: action, rule, findings, counts by type, redacted text
  -h, --help             show this help

Findings never show values: evidence is masked (e.g. AKIA…(20 chars)); spans index the input.
Exit codes: 0 allowed or redacted, 1 blocked, 2 usage or configuration error.
`;

async function readInput(file: string | undefined, io: CommandIo): Promise<string> {
  if (file !== undefined && file !== '-') return (await readFile(resolve(io.cwd, file))).toString('utf8');
  const chunks: Buffer[] = [];
  for await (const chunk of io.stdin) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : Buffer.from(chunk as Uint8Array));
  return Buffer.concat(chunks).toString('utf8');
}

function findingsOf(verdict: Verdict): readonly Finding[] {
  return verdict.action === 'deny' ? verdict.findings : verdict.findings ?? [];
}

/** `rampart scan --output`: inspects text as model output and prints the verdict, masked findings and redacted text. */
export const scanOutput: Command = async (args, io) => {
  let parsed;
  try {
    parsed = parseArgs({
      args, allowPositionals: true, strict: true,
      options: {
        help: { type: 'boolean', short: 'h' }, json: { type: 'boolean' }, policy: { type: 'string' },
        canary: { type: 'string', multiple: true }, 'system-prompt': { type: 'string' },
      },
    });
  } catch (error) {
    io.stderr.write(`rampart scan --output: ${(error as Error).message}\n`);
    return exitCodes.usage;
  }
  const { values, positionals } = parsed;
  if (values.help === true) {
    io.stdout.write(help);
    return exitCodes.ok;
  }
  if (positionals.length > 1) {
    io.stderr.write('rampart scan --output: give at most one FILE\n');
    return exitCodes.usage;
  }
  const output = values.policy === undefined ? outputSchema.parse({}) : (await loadPolicyFile(values.policy, { cwd: io.cwd })).policy.output;
  const systemPrompt = values['system-prompt'] === undefined ? undefined : (await readFile(resolve(io.cwd, values['system-prompt']))).toString('utf8');
  let text: string;
  try {
    text = await readInput(positionals[0], io);
  } catch (error) {
    io.stderr.write(`${positionals[0] ?? 'stdin'}: cannot read input: ${(error as Error).message}\n`);
    return exitCodes.usage;
  }
  const inspector = createOutputInspector({ output });
  const verdict = await inspector.inspect(text, {
    session: { sessionId: 'cli', traceId: 'cli', agentId: 'cli', role: 'cli', depth: 0, tainted: [] },
    canaries: values.canary ?? [],
    ...(systemPrompt === undefined ? {} : { systemPrompt }),
  });
  const findings = findingsOf(verdict);
  const ruleId = verdict.action === 'allow' ? undefined : verdict.ruleId;
  if (values.json === true) {
    out(io, JSON.stringify({
      action: verdict.action, ...(ruleId === undefined ? {} : { ruleId }),
      ...(verdict.action === 'deny' ? { reason: verdict.reason } : {}),
      counts: countFindingsByType(findings), findings,
      ...(verdict.action === 'redact' ? { text: verdict.text } : {}),
    }));
  } else {
    for (const finding of findings) {
      const span = finding.span === undefined ? '' : ` [${finding.span[0]}, ${finding.span[1]})`;
      out(io, `${finding.ruleId} ${finding.severity}${span} ${finding.evidence ?? ''}${finding.decodedFrom === undefined ? '' : ` (${finding.decodedFrom})`}`);
    }
    out(io, `verdict: ${verdict.action}${ruleId === undefined ? '' : ` (${ruleId})`}${verdict.action === 'deny' ? `: ${verdict.reason}` : ''}`);
    if (verdict.action === 'redact') {
      out(io, '--- redacted text ---');
      io.stdout.write(verdict.text.endsWith('\n') ? verdict.text : `${verdict.text}\n`);
    }
  }
  return verdict.action === 'deny' ? exitCodes.denied : exitCodes.ok;
};

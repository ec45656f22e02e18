import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { RampartError } from '../../kernel/errors.ts';
import type { ContentSource } from '../../kernel/types.ts';
import type { Finding } from '../../kernel/verdict.ts';
import { maxInputBytes, type InjectionDetector } from '../../input/create-injection-detector.ts';
import { thresholdFor } from '../../input/ensemble.ts';
import { exitCodes, out, type Command, type CommandIo } from '../io.ts';
import { cliDetector, detectionSettings } from './detector-setup.ts';

const help = `usage: rampart scan [FILE|-] [--json] [--source SOURCE] [--policy FILE] [--data-dir DIR]
       rampart scan --jsonl [--source SOURCE] [--policy FILE] [--data-dir DIR] < lines.jsonl
       rampart scan --output ...   (output inspection; see rampart scan --output --help)

Inspects text for prompt injection and jailbreaks. FILE defaults to stdin (-).
  --json           print the inspection as one JSON object
  --jsonl          read JSON lines {"text": ...} on stdin, write one line per input:
                   {"attack": bool, "score": number, "ms": number, "findings": [...]}
  --source SOURCE  user (default), system, tool-result, document, web, email, tool-description, model-output
  --policy FILE    take the detection section (profile, thresholds) from a policy file
  --data-dir DIR   data directory with attacks.jsonl (default RAMPART_DATA_DIR or ./.rampart)
Exit codes: 0 no attack, 1 attack found, 2 usage or configuration error.
`;

const sources: Readonly<Record<string, ContentSource>> = {
  'user': 'user', 'system': 'system', 'tool-result': 'tool-result', 'document': 'document', 'web': 'web',
  'email': 'email', 'tool-description': 'tool-description', 'model-output': 'model-output',
};

/** Parses `--source`; unknown names are a usage error. */
export function parseSource(value: string | undefined): ContentSource {
  if (value === undefined) return 'user';
  if (!Object.hasOwn(sources, value)) throw new RampartError('CONFIG_INVALID', `--source: unknown source '${value}' (expected ${Object.keys(sources).join(', ')})`);
  return sources[value]!;
}

/** Reads a whole stream as UTF-8, keeping at most one byte more than the detector accepts. */
async function readAll(stream: NodeJS.ReadableStream): Promise<string> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of stream) {
    const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : Buffer.from(chunk);
    if (total <= maxInputBytes) chunks.push(buffer);
    total += buffer.length;
  }
  return Buffer.concat(chunks).toString('utf8');
}

function describe(finding: Finding): string {
  const parts = [finding.ruleId.padEnd(40), finding.severity.padEnd(8)];
  if (finding.score !== undefined) parts.push(`score ${finding.score.toFixed(3)}`);
  if (finding.span !== undefined) parts.push(`[${finding.span[0]}, ${finding.span[1]})`);
  if (finding.decodedFrom !== undefined) parts.push(`view ${finding.decodedFrom}`);
  if (finding.evidence !== undefined) parts.push(`: ${finding.evidence}`);
  return `  ${parts.join(' ')}`;
}

async function scanJsonl(detector: InjectionDetector, source: ContentSource, io: CommandIo): Promise<number> {
  let anyAttack = false;
  let lineNumber = 0;
  const lines = createInterface({ input: io.stdin, crlfDelay: Infinity });
  for await (const line of lines) {
    lineNumber++;
    if (line.trim() === '') continue;
    const started = performance.now();
    let text: unknown;
    try {
      text = (JSON.parse(line) as { text?: unknown }).text;
    } catch {
      text = undefined;
    }
    if (typeof text !== 'string') {
      // Fail closed: a line we cannot read is reported as an attack, never silently skipped.
      anyAttack = true;
      const finding: Finding = { ruleId: 'input.invalid-line', layer: 'input', severity: 'critical', evidence: `line ${lineNumber}: expected {"text": string}` };
      io.stdout.write(`${JSON.stringify({ attack: true, score: 1, ms: 0, findings: [finding], error: finding.evidence })}\n`);
      continue;
    }
    const result = await detector.inspect(text, { source });
    const attack = result.verdict.action === 'deny';
    anyAttack ||= attack;
    const ms = Number((performance.now() - started).toFixed(3));
    io.stdout.write(`${JSON.stringify({ attack, score: result.score, ms, findings: result.findings })}\n`);
  }
  return anyAttack ? exitCodes.denied : exitCodes.ok;
}

/** `rampart scan`: inspects one text (file or stdin), or a JSON-lines stream with `--jsonl`. */
export const scan: Command = async (args, io) => {
  if (args.includes('--output')) return (await import('./scan-output.ts')).scanOutput(args.filter((arg) => arg !== '--output'), io);
  const { values, positionals } = parseArgs({
    args, allowPositionals: true, strict: true,
    options: {
      help: { type: 'boolean', short: 'h' }, json: { type: 'boolean' }, jsonl: { type: 'boolean' },
      source: { type: 'string' }, policy: { type: 'string' }, 'data-dir': { type: 'string' },
    },
  });
  if (values.help === true) {
    io.stdout.write(help);
    return exitCodes.ok;
  }
  if (positionals.length > 1 || (values.jsonl === true && positionals.length > 0)) {
    io.stderr.write(`rampart scan: expected at most one FILE (and none with --jsonl)\n${help}`);
    return exitCodes.usage;
  }
  const source = parseSource(values.source);
  const detector = await cliDetector({ policy: values.policy, dataDir: values['data-dir'] }, io);
  if (values.jsonl === true) return scanJsonl(detector, source, io);
  const file = positionals[0] ?? '-';
  let text: string;
  try {
    text = await readAll(file === '-' ? io.stdin : createReadStream(file.startsWith('/') ? file : `${io.cwd}/${file}`));
  } catch (error) {
    throw new RampartError('CONFIG_INVALID', `${file}: cannot read (${(error as Error).message})`, { cause: error });
  }
  const started = performance.now();
  const result = await detector.inspect(text, { source });
  const ms = Number((performance.now() - started).toFixed(3));
  const attack = result.verdict.action === 'deny';
  if (values.json === true) {
    out(io, JSON.stringify({ attack, verdict: result.verdict, score: result.score, ms, findings: result.findings }));
  } else {
    const threshold = thresholdFor(await detectionSettings(values.policy, io), source);
    out(io, `verdict: ${result.verdict.action}${result.verdict.action === 'deny' ? ` (${result.verdict.ruleId})` : ''}`);
    out(io, `score:   ${result.score.toFixed(3)} (block at ${threshold} for ${source} content)`);
    if (result.verdict.action === 'deny') out(io, `reason:  ${result.verdict.reason}`);
    out(io, `findings: ${result.findings.length === 0 ? 'none' : ''}`);
    for (const finding of [...result.findings].sort((left, right) => (right.score ?? 0) - (left.score ?? 0))) out(io, describe(finding));
    out(io, `time:    ${ms} ms`);
  }
  return attack ? exitCodes.denied : exitCodes.ok;
};

import { createReadStream } from 'node:fs';
import { basename, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { RampartError } from '../../kernel/errors.ts';
import { quantile, recallAtFpr, rocAuc } from '../../input/metrics.ts';
import { exitCodes, out, type Command } from '../io.ts';
import { cliDetector } from './detector-setup.ts';
import { parseSource } from './scan.ts';

const help = `usage: rampart eval FILE.jsonl... [--json] [--source SOURCE] [--policy FILE] [--data-dir DIR]

Runs the injection detector over labelled JSON lines {"text": ..., "label": "attack" | "benign"} and prints,
per file, the attack recall or the benign false-positive rate at the policy threshold, then overall ROC AUC,
recall at 1% FPR, and latency p50/p99. Progress goes to stderr on long runs.
Exit codes: 0 done, 2 usage error or an unreadable/invalid file.
`;

interface FileResult {
  file: string;
  attacks: number;
  detected: number;
  benign: number;
  flagged: number;
}

/** `rampart eval`: detection quality and latency over labelled JSONL files. */
export const evalCommand: Command = async (args, io) => {
  const { values, positionals } = parseArgs({
    args, allowPositionals: true, strict: true,
    options: { help: { type: 'boolean', short: 'h' }, json: { type: 'boolean' }, source: { type: 'string' }, policy: { type: 'string' }, 'data-dir': { type: 'string' } },
  });
  if (values.help === true) {
    io.stdout.write(help);
    return exitCodes.ok;
  }
  if (positionals.length === 0) {
    io.stderr.write(`rampart eval: no FILE given\n${help}`);
    return exitCodes.usage;
  }
  const source = parseSource(values.source);
  const detector = await cliDetector({ policy: values.policy, dataDir: values['data-dir'] }, io);
  const attackScores: number[] = [];
  const benignScores: number[] = [];
  const latencies: number[] = [];
  const files: FileResult[] = [];
  let lastProgress = Date.now();
  for (const file of positionals) {
    const result: FileResult = { file: basename(file), attacks: 0, detected: 0, benign: 0, flagged: 0 };
    const lines = createInterface({ input: createReadStream(resolve(io.cwd, file)), crlfDelay: Infinity });
    let lineNumber = 0;
    try {
      for await (const line of lines) {
        lineNumber++;
        if (line.trim() === '') continue;
        let row: { text?: unknown; label?: unknown };
        try {
          row = JSON.parse(line) as typeof row;
        } catch {
          throw new RampartError('INPUT_INVALID', `${file}:${lineNumber}: not JSON`);
        }
        if (typeof row.text !== 'string' || (row.label !== 'attack' && row.label !== 'benign')) {
          throw new RampartError('INPUT_INVALID', `${file}:${lineNumber}: expected {"text": string, "label": "attack" | "benign"}`);
        }
        const started = performance.now();
        const inspection = await detector.inspect(row.text, { source });
        latencies.push(performance.now() - started);
        const denied = inspection.verdict.action === 'deny';
        if (row.label === 'attack') {
          result.attacks++;
          if (denied) result.detected++;
          attackScores.push(inspection.score);
        } else {
          result.benign++;
          if (denied) result.flagged++;
          benignScores.push(inspection.score);
        }
        if (Date.now() - lastProgress > 2000) {
          lastProgress = Date.now();
          io.stderr.write(`eval: ${result.file} ${lineNumber} lines, ${latencies.length} total\n`);
        }
      }
    } catch (error) {
      if (error instanceof RampartError) throw error;
      throw new RampartError('INPUT_INVALID', `${file}: cannot read (${(error as Error).message})`, { cause: error });
    }
    files.push(result);
  }
  const summary = {
    files: files.map((result) => ({
      ...result,
      recall: result.attacks > 0 ? result.detected / result.attacks : null,
      fpr: result.benign > 0 ? result.flagged / result.benign : null,
    })),
    total: latencies.length,
    rocAuc: attackScores.length > 0 && benignScores.length > 0 ? rocAuc(attackScores, benignScores) : null,
    recallAt1PercentFpr: attackScores.length > 0 && benignScores.length > 0 ? recallAtFpr(attackScores, benignScores, 0.01) : null,
    latencyMs: { p50: quantile(latencies, 0.5), p99: quantile(latencies, 0.99) },
  };
  if (values.json === true) {
    out(io, JSON.stringify(summary));
    return exitCodes.ok;
  }
  const percent = (value: number | null): string => (value === null ? '-' : `${(value * 100).toFixed(1)}%`);
  out(io, '| file | attacks | recall | benign | FPR |');
  out(io, '|---|---:|---:|---:|---:|');
  for (const file of summary.files) out(io, `| ${file.file} | ${file.attacks} | ${percent(file.recall)} | ${file.benign} | ${percent(file.fpr)} |`);
  out(io, '');
  out(io, `ROC AUC: ${summary.rocAuc === null ? '-' : summary.rocAuc.toFixed(4)}   recall at 1% FPR: ${percent(summary.recallAt1PercentFpr)}`);
  out(io, `latency: p50 ${summary.latencyMs.p50.toFixed(2)} ms, p99 ${summary.latencyMs.p99.toFixed(2)} ms over ${summary.total} texts`);
  return exitCodes.ok;
};

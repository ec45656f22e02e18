import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { RampartError } from '../../kernel/errors.ts';
import type { SandboxLanguage } from '../../sandbox/index.ts';
import { exitCodes, out, type Command } from '../io.ts';
import { cliSandbox, positiveInteger } from './sandbox-shared.ts';

const help = `usage: rampart sandbox run --lang js|python|sh FILE|- [--file NAME=PATH ...] [--timeout MS] [--memory MB] [--json] [--policy FILE] [--data-dir DIR]

Runs code confined: js in QuickJS/WebAssembly, python in Pyodide inside bubblewrap + seccomp,
sh under bubblewrap + seccomp with a writable workspace only. FILE - reads the code from stdin.
  --file NAME=PATH  put a host file into the workspace as NAME (repeatable)
  --timeout MS      wall-clock limit (default: the policy's sandbox.limits.time)
  --memory MB       memory cap (default: the policy's sandbox.limits.memory_mb)
  --json            print {stdout, stderr, exitCode, limitsHit, durationMs, isolation, notes, files} as JSON
  --policy FILE     take the sandbox and egress sections from a policy file
  --data-dir DIR    audit trail location (default: policy storage.data_dir, RAMPART_DATA_DIR, ./.rampart);
                    sandbox-run-started/-finished and egress events are appended to its hash chain
Exit codes: the program's exit code is not passed through; 0 it exited 0, 1 it failed or hit a limit,
2 usage error or the sandbox is unavailable (e.g. no bubblewrap for python/sh).
`;

const languages: Readonly<Record<string, SandboxLanguage>> = { js: 'javascript', javascript: 'javascript', python: 'python', py: 'python', sh: 'shell', shell: 'shell' };

/** `rampart sandbox run`: runs one file of code in the sandbox and prints its output. */
export const sandboxRun: Command = async (args, io) => {
  const { values, positionals } = parseArgs({
    args, allowPositionals: true, strict: true,
    options: { lang: { type: 'string' }, file: { type: 'string', multiple: true }, timeout: { type: 'string' }, memory: { type: 'string' }, json: { type: 'boolean' }, policy: { type: 'string' }, 'data-dir': { type: 'string' }, help: { type: 'boolean', short: 'h' } },
  });
  if (values.help === true) { io.stdout.write(help); return exitCodes.ok; }
  const language = values.lang === undefined || !Object.hasOwn(languages, values.lang) ? undefined : languages[values.lang];
  if (language === undefined) throw new RampartError('CONFIG_INVALID', `--lang: expected js, python or sh${values.lang === undefined ? '' : `, got '${values.lang}'`}`);
  if (positionals.length !== 1) throw new RampartError('CONFIG_INVALID', 'expected exactly one FILE (or - for stdin)');
  const source = positionals[0]!;
  const code = source === '-' ? await readStream(io.stdin) : await readFile(resolve(io.cwd, source), 'utf8');
  const files: Record<string, Uint8Array> = {};
  for (const entry of values.file ?? []) {
    const separator = entry.indexOf('=');
    if (separator <= 0) throw new RampartError('CONFIG_INVALID', `--file: expected NAME=PATH, got '${entry}'`);
    files[entry.slice(0, separator)] = await readFile(resolve(io.cwd, entry.slice(separator + 1)));
  }
  const opened = await cliSandbox({ policy: values.policy, dataDir: values['data-dir'], timeMs: positiveInteger(values.timeout, '--timeout'), memoryMb: positiveInteger(values.memory, '--memory'), poolSize: 0 }, io);
  const { sandbox } = opened;
  try {
    const result = await sandbox.run({ language, code, files });
    if (values.json === true) {
      const encoded = Object.fromEntries(Object.entries(result.files).map(([name, bytes]) => [name, Buffer.from(bytes).toString('base64')]));
      out(io, JSON.stringify({ ...result, files: encoded }));
    } else {
      io.stdout.write(result.stdout);
      io.stderr.write(result.stderr);
      for (const note of result.notes) io.stderr.write(`rampart: ${note}\n`);
      if (result.limitsHit.length > 0) io.stderr.write(`rampart: limits hit: ${result.limitsHit.join(', ')}\n`);
    }
    return result.exitCode === 0 && result.limitsHit.length === 0 ? exitCodes.ok : exitCodes.denied;
  } finally {
    await opened.close();
  }
};

async function readStream(stream: NodeJS.ReadableStream): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
  return Buffer.concat(chunks).toString('utf8');
}

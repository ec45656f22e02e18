import { isRampartError, errorMessage } from '../kernel/errors.ts';

/** Streams and environment a command runs with; tests pass their own. */
export interface CommandIo {
  readonly stdout: NodeJS.WritableStream;
  readonly stderr: NodeJS.WritableStream;
  readonly stdin: NodeJS.ReadableStream;
  readonly env: NodeJS.ProcessEnv;
  readonly cwd: string;
}

/** Exit codes: 0 success, 1 a deny/finding/failed verification, 2 usage or configuration error. */
export const exitCodes = { ok: 0, denied: 1, usage: 2 } as const;

/** One CLI command: receives its own arguments (after the command words) and returns an exit code. */
export type Command = (args: string[], io: CommandIo) => Promise<number>;

/** Writes a line to stdout. */
export function out(io: CommandIo, line: string): void {
  io.stdout.write(`${line}\n`);
}

/** Prints an error as one line (plus every collected problem) and returns exit code 2. */
export function fail(io: CommandIo, error: unknown): number {
  if (isRampartError(error) && error.problems.length > 0) {
    for (const problem of error.problems) io.stderr.write(`${problem.path}: ${problem.message}\n`);
  } else {
    io.stderr.write(`rampart: ${errorMessage(error)}\n`);
  }
  return exitCodes.usage;
}

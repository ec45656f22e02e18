import { once } from 'node:events';
import { openAuditLog, type AuditLogReader } from '../../audit/open-audit-trail.ts';
import type { CommandIo } from '../io.ts';

/** The `--data-dir` option every audit command accepts. */
export const dataDirOption = { 'data-dir': { type: 'string' } } as const;

/** Opens the log named by `--data-dir` (or `RAMPART_DATA_DIR`, or `./.rampart`) read-only. */
export function openLogFor(io: CommandIo, dataDir: string | undefined): AuditLogReader {
  return openAuditLog({ dataDir, env: io.env, cwd: io.cwd });
}

/** Writes text and waits for the stream to drain when it is full, so exports run in constant memory. */
export async function writeWithBackpressure(stream: NodeJS.WritableStream, text: string): Promise<void> {
  if (!stream.write(text)) await once(stream, 'drain');
}

/** Parses a positive integer option; undefined stays undefined. */
export function positiveIntegerOption(name: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const parsed = Number(value);
  if (!/^\d+$/.test(value) || !Number.isSafeInteger(parsed) || parsed < 1) throw new TypeError(`--${name}: expected a positive integer, got '${value}'`);
  return parsed;
}

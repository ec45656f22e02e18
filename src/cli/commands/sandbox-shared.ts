import { loadPolicyFile } from '../../policy/load.ts';
import { policySchema, type Policy } from '../../policy/schema.ts';
import { RampartError } from '../../kernel/errors.ts';
import type { AuditSink } from '../../kernel/audit-event.ts';
import { createSandbox, type Sandbox } from '../../sandbox/index.ts';
import type { CommandIo } from '../io.ts';

/** Audit sink for one-shot CLI runs: records are dropped, the CLI prints the result itself. */
const discardingSink: AuditSink = { record: () => undefined, flush: async () => undefined };

/** Parses a positive integer flag; bad values are a usage error. */
export function positiveInteger(value: string | undefined, flag: string): number | undefined {
  if (value === undefined) return undefined;
  const number = Number(value);
  if (!Number.isInteger(number) || number <= 0) throw new RampartError('CONFIG_INVALID', `${flag}: expected a positive integer, got '${value}'`);
  return number;
}

/** A sandbox from `--policy FILE` (or the defaults) with CLI flags applied as the operator's limits (flags beat the policy). */
export async function cliSandbox(options: { policy?: string | undefined; timeMs?: number | undefined; memoryMb?: number | undefined; poolSize?: number }, io: CommandIo): Promise<{ sandbox: Sandbox; policy: Policy }> {
  const loaded = options.policy === undefined ? policySchema.parse({ version: 1 }) : (await loadPolicyFile(options.policy, { cwd: io.cwd })).policy;
  const sandboxSection: Policy['sandbox'] = {
    ...loaded.sandbox,
    ...(options.poolSize === undefined ? {} : { pool_size: options.poolSize }),
    limits: {
      ...loaded.sandbox.limits,
      ...(options.timeMs === undefined ? {} : { time: options.timeMs }),
      ...(options.memoryMb === undefined ? {} : { memory_mb: options.memoryMb }),
    },
  };
  const dataDir = loaded.storage.data_dir ?? io.env['RAMPART_DATA_DIR'];
  const sandbox = createSandbox({ sandbox: sandboxSection, egress: loaded.egress, audit: discardingSink, ...(dataDir === undefined ? {} : { dataDir }) });
  return { sandbox, policy: loaded };
}

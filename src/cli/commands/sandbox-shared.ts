import { openAuditTrail } from '../../audit/open-audit-trail.ts';
import { loadPolicyFile } from '../../policy/load.ts';
import { policySchema, type Policy } from '../../policy/schema.ts';
import { RampartError } from '../../kernel/errors.ts';
import { createSandbox, type Sandbox } from '../../sandbox/index.ts';
import type { CommandIo } from '../io.ts';

/** Parses a positive integer flag; bad values are a usage error. */
export function positiveInteger(value: string | undefined, flag: string): number | undefined {
  if (value === undefined) return undefined;
  const number = Number(value);
  if (!Number.isInteger(number) || number <= 0) throw new RampartError('CONFIG_INVALID', `${flag}: expected a positive integer, got '${value}'`);
  return number;
}

/** Flags every sandbox command shares. */
export interface CliSandboxOptions {
  readonly policy?: string | undefined;
  /** `--data-dir`; absent: the policy's storage.data_dir, then RAMPART_DATA_DIR, then ./.rampart. */
  readonly dataDir?: string | undefined;
  readonly timeMs?: number | undefined;
  readonly memoryMb?: number | undefined;
  readonly poolSize?: number;
}

/** A sandbox auditing into the data directory's hash-chained trail, and what flushes and closes both. */
export interface CliSandbox {
  readonly sandbox: Sandbox;
  readonly policy: Policy;
  /** Closes the sandbox, then writes every queued audit record, signs the final checkpoint and closes the trail. */
  close(): Promise<void>;
}

/** A sandbox from `--policy FILE` (or the defaults) with CLI flags applied as the operator's limits (flags beat the policy). */
export async function cliSandbox(options: CliSandboxOptions, io: CommandIo): Promise<CliSandbox> {
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
  // Opened before the sandbox: no run happens unless its audit records have somewhere to go (fail closed).
  const audit = await openAuditTrail({ dataDir: options.dataDir, policy: loaded, env: io.env, cwd: io.cwd });
  let sandbox: Sandbox;
  try {
    sandbox = createSandbox({ sandbox: sandboxSection, egress: loaded.egress, audit, dataDir: audit.paths.root });
  } catch (error) {
    await audit.close();
    throw error;
  }
  return {
    sandbox,
    policy: loaded,
    async close() {
      try {
        await sandbox.close();
      } finally {
        await audit.close();
      }
    },
  };
}

import type { Firewall } from '../firewall/create-firewall.ts';
import type { ToolGate } from '../gate/create-tool-gate.ts';
import { createSqliteBudgetStore } from '../storage/sqlite-budget-store.ts';
import { openSqlite } from '../storage/sqlite.ts';
import { openAuditTrail, type OpenedAuditTrail } from '../audit/index.ts';
import { errorMessage } from '../kernel/errors.ts';
import { loadPolicyFile, type LoadedPolicy } from '../policy/load.ts';
import { buildFirewall } from './build-firewall.ts';
import type { ReadinessCheck } from './readiness.ts';

/** A firewall opened from a policy file, with the resources `rampart serve` must close. */
export interface OpenedProxyFirewall {
  readonly firewall: Firewall;
  readonly loaded: LoadedPolicy;
  readonly audit: OpenedAuditTrail;
  /** The gate, whose token and turn budgets the proxy charges. */
  readonly gate: ToolGate;
  readiness(): Promise<readonly ReadinessCheck[]>;
  close(): Promise<void>;
}

/**
 * Loads the policy, opens the audit trail and the budget store in the data directory and wires the
 * real stages (see buildFirewall). Switching to `openFirewall` is a one-line change in `rampart serve`.
 */
export async function openProxyFirewall(options: { policyPath: string; dataDir?: string | undefined; env: Readonly<Record<string, string | undefined>>; cwd: string }): Promise<OpenedProxyFirewall> {
  const loaded = await loadPolicyFile(options.policyPath, { cwd: options.cwd });
  const { policy } = loaded;
  const audit = await openAuditTrail({ dataDir: options.dataDir, policy, env: options.env, cwd: options.cwd });
  audit.record({ type: 'policy-loaded', decision: 'info', data: { path: loaded.path, hash: loaded.hash } });
  const database = openSqlite(audit.paths.database);
  const { firewall, gate } = buildFirewall({ policy, compiled: loaded.compiled, audit, budgets: createSqliteBudgetStore(database) });
  return {
    firewall,
    loaded,
    audit,
    gate,
    async readiness() {
      const checks: ReadinessCheck[] = [{ name: 'policy', ok: true, detail: `${loaded.path} (sha256 ${loaded.hash.slice(0, 12)})` }];
      try {
        await audit.flush();
        checks.push({ name: 'audit', ok: true, detail: audit.paths.database });
      } catch (error) {
        checks.push({ name: 'audit', ok: false, detail: errorMessage(error) });
      }
      return checks;
    },
    close: async () => {
      database.close();
      await audit.close();
    },
  };
}

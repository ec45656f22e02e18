import { openAuditTrail } from '../audit/index.ts';
import { createApprovalQueue } from '../approvals/create-approval-queue.ts';
import { loadOrCreateApproverKey } from '../approvals/decision-signing.ts';
import { createFirewall, type Firewall } from '../firewall/create-firewall.ts';
import { createToolGate } from '../gate/create-tool-gate.ts';
import { createInjectionDetector } from '../input/create-injection-detector.ts';
import type { AuditSink } from '../kernel/audit-event.ts';
import type { PinStore } from '../kernel/stores.ts';
import { createOutputInspector } from '../output/create-output-inspector.ts';
import { compilePolicy, type CompiledPolicy } from '../policy/compile.ts';
import { loadPolicyFile } from '../policy/load.ts';
import { createSqliteApprovalStore } from '../storage/sqlite-approval-store.ts';
import { createSqliteBudgetStore } from '../storage/sqlite-budget-store.ts';
import { createSqlitePinStore } from '../storage/sqlite-pin-store.ts';
import { openSqlite } from '../storage/sqlite.ts';
import { dirname } from 'node:path';

/** A firewall opened for an MCP gateway, with the pin store and what must be closed. */
export interface OpenedMcpFirewall {
  readonly firewall: Firewall;
  readonly compiled: CompiledPolicy;
  readonly audit: AuditSink;
  readonly pins: PinStore;
  /** The data directory in use. */
  readonly dataDir: string;
  close(): Promise<void>;
}

/** Where the gateway's policy and state come from. */
export interface OpenMcpFirewallOptions {
  readonly policyPath: string;
  readonly dataDir?: string | undefined;
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly cwd: string;
}

/**
 * Loads the policy and wires every stage that exists (injection detector, gate with SQLite budgets,
 * approval queue, output inspector, audit trail) plus the SQLite pin store in the data directory.
 * Interim wiring until the firewall's own `openFirewall` lands; switching is a one-line change.
 */
export async function openMcpFirewall(options: OpenMcpFirewallOptions): Promise<OpenedMcpFirewall> {
  const loaded = await loadPolicyFile(options.policyPath, { cwd: options.cwd });
  const { policy } = loaded;
  const compiled = compilePolicy(policy, { baseDir: dirname(loaded.path) });
  const audit = await openAuditTrail({ dataDir: options.dataDir, policy, env: options.env, cwd: options.cwd });
  const database = openSqlite(audit.paths.database);
  try {
    audit.record({ type: 'policy-loaded', decision: 'info', data: { path: loaded.path, hash: loaded.hash, surface: 'mcp' } });
    const approverKey = loadOrCreateApproverKey(audit.paths.keys);
    const approvals = createApprovalQueue({ store: createSqliteApprovalStore(database), audit, trustedKeys: [approverKey], timeoutMs: policy.approvals.timeout });
    const gate = createToolGate({ policy, compiled, budgets: createSqliteBudgetStore(database), audit });
    const firewall = createFirewall({
      policy,
      audit,
      stages: {
        input: createInjectionDetector({ detection: policy.detection }),
        output: createOutputInspector({ output: policy.output }),
        gate,
        approvals,
      },
    });
    return {
      firewall,
      compiled,
      audit,
      pins: createSqlitePinStore(database),
      dataDir: audit.paths.root,
      async close() {
        try {
          await audit.close();
        } finally {
          database.close();
        }
      },
    };
  } catch (error) {
    database.close();
    await audit.close();
    throw error;
  }
}

import { generateKeyPairSync, type KeyObject } from 'node:crypto';
import { createApprovalQueue, type ApprovalQueue } from '../approvals/create-approval-queue.ts';
import { loadOrCreateApproverKey } from '../approvals/decision-signing.ts';
import { notifiersFromPolicy, type FetchFunction } from '../approvals/notify.ts';
import { createAuditTrail, type AuditTrail } from '../audit/create-audit-trail.ts';
import { openAuditTrail } from '../audit/open-audit-trail.ts';
import { createEd25519Signer } from '../audit/signer.ts';
import { parseCapabilityKey, type CapabilityKey } from '../gate/capabilities.ts';
import { createToolGate, type ToolGate } from '../gate/create-tool-gate.ts';
import { chainSecretResolvers, createEnvSecretResolver, createFileSecretResolver, type SecretResolver } from '../gate/secrets.ts';
import type { DnsResolver } from '../gate/validators/url.ts';
import { createInjectionDetector, type InjectionDetector } from '../input/create-injection-detector.ts';
import { readUserAttacks, userAttacksPath } from '../input/user-attacks.ts';
import { secureRandomBytes, sha256Hex, type RandomBytes } from '../kernel/crypto.ts';
import { RampartError } from '../kernel/errors.ts';
import type { AuditRecord, AuditSink } from '../kernel/audit-event.ts';
import type { PinStore } from '../kernel/stores.ts';
import type { Clock } from '../kernel/types.ts';
import { systemClock } from '../kernel/types.ts';
import { createOutputInspector, type OutputInspector } from '../output/create-output-inspector.ts';
import { createSandbox, type Sandbox } from '../sandbox/create-sandbox.ts';
import { canonicalJson } from '../kernel/canonical-json.ts';
import { compilePolicy, type CompiledPolicy } from '../policy/compile.ts';
import { loadPolicyFile } from '../policy/load.ts';
import type { Policy } from '../policy/schema.ts';
import { createMemoryApprovalStore } from '../storage/memory-approval-store.ts';
import { createMemoryAuditStore } from '../storage/memory-audit-store.ts';
import { createMemoryBudgetStore } from '../storage/memory-budget-store.ts';
import { createMemoryRevocationStore } from '../storage/memory-revocation-store.ts';
import { createMemorySessionStore } from '../storage/memory-stores.ts';
import { createSqliteApprovalStore } from '../storage/sqlite-approval-store.ts';
import { createSqliteBudgetStore } from '../storage/sqlite-budget-store.ts';
import { createSqliteRevocationStore } from '../storage/sqlite-revocation-store.ts';
import { createSqliteSessionStore } from '../storage/sqlite-session-store.ts';
import { createSqlitePinStore } from '../storage/sqlite-pin-store.ts';
import { createMemoryPinStore } from '../storage/memory-pin-store.ts';
import { openSqlite } from '../storage/sqlite.ts';
import { createFirewall, type Firewall } from './create-firewall.ts';

/** How to open a firewall with its real stages; give a policy file or a validated policy. */
export interface OpenFirewallOptions {
  /** Policy file to load (YAML); wins over `policy`. */
  readonly policyPath?: string;
  /** An already validated policy (e.g. `policySchema.parse(...)`). */
  readonly policy?: Policy;
  /** Data directory; absent: policy storage.data_dir, then RAMPART_DATA_DIR, then ./.rampart. */
  readonly dataDir?: string;
  /** `memory` keeps every store in this process (tests, short-lived library use); default: the policy's storage.driver. */
  readonly storage?: 'sqlite' | 'memory';
  readonly env?: Readonly<Record<string, string | undefined>>;
  readonly cwd?: string;
  readonly clock?: Clock;
  readonly random?: RandomBytes;
  /** HTTP client for approval notifications. */
  readonly fetch?: FetchFunction;
  /** DNS resolver for URL validators (tests pass a fixed table). */
  readonly resolveDns?: DnsResolver;
  /** Key for task-scoped capability tokens; absent: RAMPART_CAPABILITY_KEY, else tokens are refused. */
  readonly capabilityKey?: CapabilityKey;
  /** Per-stage deadline in milliseconds. */
  readonly stageTimeoutMs?: number;
  /** Observes every audit record as it is queued (narration, dashboards); it cannot change or drop one. */
  readonly onRecord?: (record: AuditRecord) => void;
}

/** A firewall with its stages and stores, and what closes them. */
export interface OpenedFirewall {
  readonly firewall: Firewall;
  readonly policy: Policy;
  readonly compiled: CompiledPolicy;
  readonly audit: AuditTrail;
  readonly approvals: ApprovalQueue;
  readonly gate: ToolGate;
  readonly detector: InjectionDetector;
  readonly output: OutputInspector;
  /** Keys whose signed approval decisions are accepted (the data directory's approver key). */
  readonly approverKey: KeyObject;
  /** Data directory in use, or undefined for memory storage. */
  readonly dataDir: string | undefined;
  /** Pinned MCP tool definitions, in the same store as everything else. */
  readonly pins: PinStore;
  /** The sandbox stage (policy `sandbox` and `egress` sections, audited into this trail), created on first use and closed by `close()`. */
  sandbox(): Sandbox;
  /** Closes the sandbox (when used), flushes the audit trail and closes every store. */
  close(): Promise<void>;
}

/** Opens a firewall with every real stage wired on the embedded SQLite store (or memory). */
export async function openFirewall(options: OpenFirewallOptions): Promise<OpenedFirewall> {
  const env = options.env ?? process.env;
  const cwd = options.cwd ?? process.cwd();
  const clock = options.clock ?? systemClock;
  const random = options.random ?? secureRandomBytes;
  const loaded = options.policyPath !== undefined
    ? await loadPolicyFile(options.policyPath, { cwd })
    : options.policy !== undefined
      ? { policy: options.policy, compiled: compilePolicy(options.policy, { baseDir: cwd }), path: '<inline>', hash: sha256Hex(canonicalJson(options.policy)) }
      : undefined;
  if (loaded === undefined) throw new RampartError('CONFIG_INVALID', 'openFirewall needs policyPath or policy');
  const { compiled } = loaded;
  const policy = compiled.policy;
  const memory = (options.storage ?? (policy.storage.driver === 'memory' ? 'memory' : 'sqlite')) === 'memory';

  const closers: Array<() => Promise<void> | void> = [];
  try {
    let audit: AuditTrail;
    let dataDir: string | undefined;
    let stores;
    let approverKey: KeyObject;
    if (memory) {
      audit = createAuditTrail({ store: createMemoryAuditStore(), signer: createEd25519Signer(generateKeyPairSync('ed25519').privateKey), clock });
      approverKey = generateKeyPairSync('ed25519').privateKey;
      stores = { budgets: createMemoryBudgetStore(), revocations: createMemoryRevocationStore(), approvals: createMemoryApprovalStore(), sessions: createMemorySessionStore(), pins: createMemoryPinStore({ clock }) };
    } else {
      const opened = await openAuditTrail({ dataDir: options.dataDir, policy, env, cwd, clock });
      audit = opened;
      dataDir = opened.paths.root;
      const database = openSqlite(opened.paths.database, { create: true });
      closers.push(() => database.close());
      approverKey = loadOrCreateApproverKey(opened.paths.keys);
      stores = {
        budgets: createSqliteBudgetStore(database), revocations: createSqliteRevocationStore(database), approvals: createSqliteApprovalStore(database),
        sessions: createSqliteSessionStore(database, { now: () => clock.now() }), pins: createSqlitePinStore(database, { clock }),
      };
    }
    closers.unshift(() => audit.close());
    let sandbox: Sandbox | undefined;
    let closed = false;
    // Runs before the trail closes, so the sandbox's last records (egress, finished runs) are still written.
    closers.unshift(() => { closed = true; return sandbox?.close(); });
    const trail = audit;
    const observe = options.onRecord;
    const sink: AuditSink = observe === undefined ? trail : {
      record(record) { trail.record(record); observe(record); },
      flush: () => trail.flush(),
    };

    const capabilityText = env['RAMPART_CAPABILITY_KEY'];
    const capabilityKey = options.capabilityKey ?? (capabilityText === undefined ? undefined : parseCapabilityKey(capabilityText));
    const secretsFile = env['RAMPART_SECRETS_FILE'];
    const secrets: SecretResolver = secretsFile === undefined
      ? createEnvSecretResolver(env)
      : chainSecretResolvers(createEnvSecretResolver(env), createFileSecretResolver(secretsFile));

    const detector = createInjectionDetector({
      detection: policy.detection, random,
      ...(dataDir === undefined ? {} : { attacks: readUserAttacks(userAttacksPath(dataDir)) }),
    });
    const output = createOutputInspector({ output: policy.output, random, clock });
    const gate = createToolGate({
      policy, compiled, budgets: stores.budgets, revocations: stores.revocations, clock, audit: sink, secrets,
      ...(capabilityKey === undefined ? {} : { capabilityKey }),
      ...(options.resolveDns === undefined ? {} : { resolveDns: options.resolveDns }),
    });
    const approvals = createApprovalQueue({
      store: stores.approvals, audit: sink, trustedKeys: [approverKey], clock, random,
      timeoutMs: policy.approvals.timeout, decisionTtlMs: policy.approvals.decision_ttl,
      notifiers: notifiersFromPolicy(policy.approvals.notify, env, options.fetch ?? defaultFetch),
    });
    const firewall = createFirewall({
      policy, audit: sink, stages: { input: detector, gate, output, approvals }, sessions: stores.sessions, clock, random,
      ...(options.stageTimeoutMs === undefined ? {} : { stageTimeoutMs: options.stageTimeoutMs }),
    });
    sink.record({ type: 'policy-loaded', decision: 'info', data: { path: loaded.path, hash: loaded.hash, tools: Object.keys(policy.tools).length, roles: Object.keys(policy.roles).length, storage: memory ? 'memory' : 'sqlite' } });
    await audit.flush();
    return {
      firewall, policy, compiled, audit, approvals, gate, detector, output, approverKey, dataDir, pins: stores.pins,
      sandbox() {
        if (closed) throw new RampartError('SANDBOX_UNAVAILABLE', 'the firewall is closed');
        sandbox ??= createSandbox({ sandbox: policy.sandbox, egress: policy.egress, audit: sink, clock, ...(dataDir === undefined ? {} : { dataDir }) });
        return sandbox;
      },
      async close() {
        for (const close of closers.splice(0)) await close();
      },
    };
  } catch (error) {
    for (const close of closers.splice(0)) await Promise.resolve().then(close).catch(() => undefined);
    throw error;
  }
}

const defaultFetch: FetchFunction = async (url, init) => {
  const response = await fetch(url, init);
  return { ok: response.ok, status: response.status };
};

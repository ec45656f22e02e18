import { createFirewall, type Firewall } from '../firewall/create-firewall.ts';
import type { GateStage } from '../firewall/stages.ts';
import { openAuditTrail, type OpenedAuditTrail } from '../audit/index.ts';
import { errorMessage } from '../kernel/errors.ts';
import { createInjectionDetector } from '../input/create-injection-detector.ts';
import { createOutputInspector } from '../output/create-output-inspector.ts';
import { loadPolicyFile, type LoadedPolicy } from '../policy/load.ts';
import type { ReadinessCheck } from './readiness.ts';

/** A firewall opened from a policy file, with the resources `rampart serve` must close. */
export interface OpenedProxyFirewall {
  readonly firewall: Firewall;
  readonly loaded: LoadedPolicy;
  readonly audit: OpenedAuditTrail;
  readiness(): Promise<readonly ReadinessCheck[]>;
  close(): Promise<void>;
}

/**
 * Loads the policy, opens the audit trail and wires the stages that exist. Interim wiring for the
 * proxy until `openFirewall` (src/firewall/open-firewall.ts) lands; a missing stage is simply absent,
 * which the firewall treats as deny (fail closed), never as pass.
 */
export async function openProxyFirewall(options: { policyPath: string; dataDir?: string | undefined; env: Readonly<Record<string, string | undefined>>; cwd: string; gate?: GateStage }): Promise<OpenedProxyFirewall> {
  const loaded = await loadPolicyFile(options.policyPath, { cwd: options.cwd });
  const { policy } = loaded;
  const audit = await openAuditTrail({ dataDir: options.dataDir, policy, env: options.env, cwd: options.cwd });
  audit.record({ type: 'policy-loaded', decision: 'info', data: { path: loaded.path, hash: loaded.hash } });
  const firewall = createFirewall({
    policy,
    audit,
    stages: {
      input: createInjectionDetector({ detection: policy.detection }),
      output: createOutputInspector({ output: policy.output }),
      ...(options.gate === undefined ? {} : { gate: options.gate }),
    },
  });
  return {
    firewall,
    loaded,
    audit,
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
    close: () => audit.close(),
  };
}

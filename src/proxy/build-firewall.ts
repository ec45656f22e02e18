import { createFirewall, type Firewall } from '../firewall/create-firewall.ts';
import { createToolGate, type ToolGate } from '../gate/create-tool-gate.ts';
import { createInjectionDetector } from '../input/create-injection-detector.ts';
import type { AuditSink } from '../kernel/audit-event.ts';
import type { BudgetStore } from '../kernel/stores.ts';
import { createOutputInspector } from '../output/create-output-inspector.ts';
import type { CompiledPolicy } from '../policy/compile.ts';
import type { Policy } from '../policy/schema.ts';

/**
 * Wires the real stages that exist today (injection detector, tool gate, output inspector) into one
 * firewall. Interim: `openFirewall` (src/firewall/open-firewall.ts) replaces this once it lands. The
 * approval queue is not wired yet, so an `ask` ends as `approval.unavailable` (deny), never as allow.
 */
export function buildFirewall(options: { policy: Policy; compiled?: CompiledPolicy; baseDir?: string; audit: AuditSink; budgets: BudgetStore }): { firewall: Firewall; gate: ToolGate } {
  const { policy, audit } = options;
  const gate = createToolGate({
    policy, audit, budgets: options.budgets,
    ...(options.compiled === undefined ? {} : { compiled: options.compiled }),
    ...(options.baseDir === undefined ? {} : { baseDir: options.baseDir }),
  });
  const firewall = createFirewall({
    policy,
    audit,
    stages: { input: createInjectionDetector({ detection: policy.detection }), output: createOutputInspector({ output: policy.output }), gate },
  });
  return { firewall, gate };
}

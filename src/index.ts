// Rampart's public library API: the firewall factories, each stage factory, the policy loader and the kernel types.
export { createFirewall, type CallContext, type Firewall, type FirewallOptions, type InputDecision } from './firewall/create-firewall.ts';
export { openFirewall, type OpenFirewallOptions, type OpenedFirewall } from './firewall/open-firewall.ts';
export type * from './kernel/stages.ts';

export { createInjectionDetector, type InjectionDetector, type InjectionDetectorOptions } from './input/create-injection-detector.ts';
export { createSpotlighter } from './input/spotlight.ts';
export { normalizeText, type NormalizedText, type TextView } from './input/normalize.ts';
export { createToolGate, type ToolGate, type ToolGateOptions } from './gate/create-tool-gate.ts';
export { createCapabilityAuthority, type CapabilityAuthority, type CapabilityClaims } from './gate/capabilities.ts';
export { resolveSecrets, createEnvSecretResolver, createFileSecretResolver, type SecretResolver } from './gate/secrets.ts';
export { createApprovalQueue, type ApprovalQueue, type ApprovalQueueOptions } from './approvals/create-approval-queue.ts';
export { createApprovalsApi } from './approvals/http.ts';
export * from './output/index.ts';
export * from './audit/index.ts';
export * from './sandbox/index.ts';

export { loadPolicyFile, parsePolicy, type LoadedPolicy } from './policy/load.ts';
export { compilePolicy, type CompiledPolicy } from './policy/compile.ts';
export { policySchema, policyJsonSchema, type Policy, type PolicyInput } from './policy/schema.ts';

export * from './kernel/index.ts';

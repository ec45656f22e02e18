export { createSandbox, type Sandbox, type SandboxOptions } from './create-sandbox.ts';
export { startEgressProxy, type EgressProxy, type EgressProxyOptions, type HostResolver } from './egress-proxy.ts';
export { compileEgressRules, type EgressRules } from './egress-rules.ts';
export { probeIsolation, type IsolationProbe } from './bubblewrap.ts';
export { buildSeccompFilter, seccompDeniedSyscalls, type SocketPolicy } from './seccomp-filter.ts';
export type { IsolationLevel, LimitName, RunLimits, RunRequest, RunResult, SandboxLanguage, WorkspaceFiles } from './run-types.ts';

import type { SandboxIsolation, SandboxLimitName, SandboxRequest, SandboxResult, SandboxRunLimits } from '../kernel/stages.ts';

// The same declaration as the kernel's, re-exported, so the library index exports one SandboxLanguage.
export type { SandboxLanguage } from '../kernel/stages.ts';

/** Workspace files by relative path; text is stored as UTF-8. */
export type WorkspaceFiles = NonNullable<SandboxRequest['files']>;

/** Per-run limits; each absent field takes the policy's `sandbox.limits` value. */
export type RunLimits = SandboxRunLimits;

/** One run request (the kernel's SandboxRequest). */
export type RunRequest = SandboxRequest;

/** A limit that stopped or trimmed the run. */
export type LimitName = SandboxLimitName;

/** How strongly the run was isolated: wasm in process, wasm or shell in a confined process, or the operator's weak opt-in. */
export type IsolationLevel = SandboxIsolation;

/** Outcome of one run (the kernel's SandboxResult); a guest failure is a result, never a thrown error. */
export type RunResult = SandboxResult;

/** Limits after defaults are applied. */
export interface ResolvedLimits {
  readonly memoryMb: number;
  readonly timeMs: number;
  readonly outputBytes: number;
  /** Cap on the total bytes of files returned from the workspace. */
  readonly filesBytes: number;
}

/** Exit code reported when the wall-clock limit killed the run (as coreutils `timeout` does). */
export const timeoutExitCode = 124;

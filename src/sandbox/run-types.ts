/** Languages the sandbox runs: JavaScript in QuickJS/WASM, Python in Pyodide/WASM inside a confined process, shell under bubblewrap. */
export type SandboxLanguage = 'javascript' | 'python' | 'shell';

/** Workspace files by relative path; text is stored as UTF-8. */
export type WorkspaceFiles = Readonly<Record<string, string | Uint8Array>>;

/** Per-run limits; each absent field takes the policy's `sandbox.limits` value. */
export interface RunLimits {
  /** Memory cap in MiB. */
  readonly memoryMb?: number;
  /** Wall-clock limit in milliseconds. */
  readonly timeMs?: number;
  /** Cap on stdout plus stderr in bytes; output beyond it is dropped and marked. */
  readonly outputBytes?: number;
}

/** One run request. */
export interface RunRequest {
  readonly language: SandboxLanguage;
  readonly code: string;
  /** Files placed in the workspace before the run. */
  readonly files?: WorkspaceFiles;
  readonly limits?: RunLimits;
  /** Session identifiers for the audit trail. */
  readonly sessionId?: string;
  readonly traceId?: string;
  readonly agentId?: string;
}

/** A limit that stopped or trimmed the run. */
export type LimitName = 'time' | 'memory' | 'output' | 'stack' | 'files' | 'processes';

/** How strongly the run was isolated: wasm in process, wasm or shell in a confined process, or the operator's weak opt-in. */
export type IsolationLevel = 'wasm' | 'confined' | 'weak';

/** Outcome of one run; a guest failure is a result, never a thrown error. */
export interface RunResult {
  readonly stdout: string;
  readonly stderr: string;
  /** Every regular file in the workspace after the run (bytes), within the files cap. */
  readonly files: Readonly<Record<string, Uint8Array>>;
  /** 0 on success; 1 for an uncaught error; the process exit code for shell; 124 after a time kill. */
  readonly exitCode: number;
  readonly limitsHit: readonly LimitName[];
  readonly durationMs: number;
  readonly isolation: IsolationLevel;
  /** Human-readable remarks, e.g. that Python ran in weak mode. */
  readonly notes: readonly string[];
}

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

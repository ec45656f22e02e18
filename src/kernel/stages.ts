import type { AuditSink } from './audit-event.ts';
import type { ContentSource, SessionContext, ToolCall } from './types.ts';
import type { Finding, Verdict } from './verdict.ts';

/** Result of inspecting one piece of input text. */
export interface InputInspection {
  readonly verdict: Verdict;
  /** Ensemble score in [0, 1]. */
  readonly score: number;
  readonly findings: readonly Finding[];
}

/** Input stage: injection and jailbreak detection. */
export interface InputStage {
  inspect(text: string, options: { source: ContentSource; signal?: AbortSignal }): Promise<InputInspection>;
  /** Marks untrusted text that is allowed through, per the policy's spotlight mode; returns it unchanged when off. */
  spotlight(text: string): { text: string; systemInstruction: string };
}

/** Output stage: PII, secrets, canaries, exfiltration links, commands. */
export interface OutputStage {
  /** Verdict is allow, redact (with the redacted text) or deny. */
  inspect(text: string, context: OutputContext): Promise<Verdict>;
  /** An incremental inspector for streamed text. */
  stream(context: OutputContext): OutputStream;
}

/** What the output stage needs to know about the session. */
export interface OutputContext {
  readonly session: SessionContext;
  /** Canary tokens planted in this session's system prompt. */
  readonly canaries: readonly string[];
  /** The protected system prompt, for verbatim-overlap detection. */
  readonly systemPrompt?: string;
}

/** Incremental output inspection with a bounded holdback window. */
export interface OutputStream {
  /** Feeds a chunk; returns text that is safe to release now (possibly redacted). */
  push(chunk: string): { release: string; verdict: Verdict };
  /** Ends the stream; returns the remaining text to release. */
  end(): { release: string; verdict: Verdict };
}

/** Gate stage: roles, capabilities, schemas, validators, budgets, flow rules. */
export interface GateStage {
  check(call: ToolCall, session: SessionContext, options?: { signal?: AbortSignal }): Promise<Verdict>;
}

/** Approval stage: the persisted queue behind `ask` verdicts. */
export interface ApprovalStage {
  /** Creates a pending approval for the call and returns its id. */
  request(call: ToolCall, session: SessionContext, reason: { ruleId: string; reason: string; risk?: string }): Promise<string>;
  /** Resolves when decided, or with `expired` at the timeout; an abort resolves `expired` too. */
  wait(approvalId: string, options?: { signal?: AbortSignal }): Promise<'granted' | 'denied' | 'expired'>;
  /** Consumes a granted approval for exactly this call; false for any mismatch, replay or expiry. */
  consume(approvalId: string, call: ToolCall): Promise<boolean>;
}

/** Languages the sandbox stage runs: JavaScript (QuickJS/WASM), Python (Pyodide in a confined process), shell (bubblewrap). */
export type SandboxLanguage = 'javascript' | 'python' | 'shell';

/** Per-run limits; each absent field takes the policy's `sandbox.limits` value, and a request can only lower them. */
export interface SandboxRunLimits {
  /** Memory cap in MiB. */
  readonly memoryMb?: number;
  /** Wall-clock limit in milliseconds. */
  readonly timeMs?: number;
  /** Cap on stdout plus stderr in bytes; output beyond it is dropped and marked. */
  readonly outputBytes?: number;
}

/** One sandbox run: code, workspace files by relative path (text as UTF-8), limits and audit identifiers. */
export interface SandboxRequest {
  readonly language: SandboxLanguage;
  readonly code: string;
  /** Files placed in the workspace before the run. */
  readonly files?: Readonly<Record<string, string | Uint8Array>>;
  readonly limits?: SandboxRunLimits;
  /** Session identifiers for the audit trail. */
  readonly sessionId?: string;
  readonly traceId?: string;
  readonly agentId?: string;
}

/** A limit that stopped or trimmed a sandbox run. */
export type SandboxLimitName = 'time' | 'memory' | 'output' | 'stack' | 'files' | 'processes';

/** How strongly a run was isolated: wasm in process, a confined process, or the operator's weak opt-in. */
export type SandboxIsolation = 'wasm' | 'confined' | 'weak';

/** Outcome of one sandbox run; a guest failure is a result (exit code, limits hit), never a thrown error. */
export interface SandboxResult {
  readonly stdout: string;
  readonly stderr: string;
  /** Every regular file in the workspace after the run (bytes), within the files cap. */
  readonly files: Readonly<Record<string, Uint8Array>>;
  /** 0 on success; 1 for an uncaught error; the process exit code for shell; 124 after a time kill. */
  readonly exitCode: number;
  readonly limitsHit: readonly SandboxLimitName[];
  readonly durationMs: number;
  readonly isolation: SandboxIsolation;
  /** Human-readable remarks, e.g. that Python ran in weak mode. */
  readonly notes: readonly string[];
}

/** Sandbox stage: runs code confined; refusals (a tier turned off or unavailable) reject with SANDBOX_UNAVAILABLE. */
export interface SandboxStage {
  run(request: SandboxRequest): Promise<SandboxResult>;
  /** Stops worker pools and the egress proxy; later runs are refused. */
  close(): Promise<void>;
}

/** Everything a stage factory may need, passed down from the firewall options. */
export interface StageDependencies {
  readonly audit: AuditSink;
  readonly clock: { now(): number };
  readonly random: (size: number) => Uint8Array;
}

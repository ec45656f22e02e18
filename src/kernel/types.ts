/** Where a piece of text came from; untrusted sources are inspected for indirect injection. */
export type ContentSource = 'user' | 'system' | 'tool-result' | 'document' | 'web' | 'email' | 'tool-description' | 'model-output';

/** A tool call as the model requested it. */
export interface ToolCall {
  /** Id assigned by the model or the surface. */
  readonly id: string;
  /** Tool name as the model wrote it; looked up with own-property checks only. */
  readonly name: string;
  /** Parsed arguments. */
  readonly arguments: Readonly<Record<string, unknown>>;
  /** The raw argument text, when the surface received a string. */
  readonly raw?: string;
}

/** What tainted a session: untrusted content that reached the model. */
export interface TaintSource {
  readonly source: ContentSource;
  /** Rule id or origin label (tool name, URL) that marked the content untrusted. */
  readonly origin: string;
  /** Hash of the content, never the content itself. */
  readonly contentHash: string;
  readonly at: string;
}

/** Who is acting and where in the conversation; passed to every stage. */
export interface SessionContext {
  readonly sessionId: string;
  readonly traceId: string;
  readonly agentId: string;
  /** Role name from the policy. */
  readonly role: string;
  /** A signed task-scoped capability token, when the agent carries one. */
  readonly capability?: string;
  /** Delegation / reasoning depth (0 for the top-level agent). */
  readonly depth: number;
  /** Untrusted sources seen in this session so far. */
  readonly tainted: readonly TaintSource[];
}

/** Injected time source; tests pass a fake one. */
export interface Clock {
  /** Milliseconds since the epoch. */
  now(): number;
}

/** The real clock. */
export const systemClock: Clock = { now: () => Date.now() };

import type { AuditEvent } from './audit-event.ts';

/** Signed checkpoint over the chain head at `seq`. */
export interface AuditCheckpoint {
  readonly seq: number;
  readonly hash: string;
  readonly ts: string;
  /** Base64 Ed25519 signature over `rampart-checkpoint:v1:<seq>:<hash>`. */
  readonly signature: string;
  /** Hex SHA-256 of the public key (SPKI DER) that signed it. */
  readonly keyId: string;
}

/** Append-only store of chained audit events. */
export interface AuditStore {
  /** Appends events atomically, in order; resolves when durable (one transaction per call). */
  append(events: readonly AuditEvent[]): Promise<void>;
  /** The last stored event, or undefined when empty. */
  head(): Promise<AuditEvent | undefined>;
  /** Events with seq in [from, to], ascending. */
  range(from: number, to: number): Promise<AuditEvent[]>;
  /** Pages of events in ascending seq order from `from`, with bounded memory. */
  pages(from?: number, pageSize?: number): AsyncIterable<readonly AuditEvent[]>;
  addCheckpoint(checkpoint: AuditCheckpoint): Promise<void>;
  checkpoints(): Promise<AuditCheckpoint[]>;
  close(): Promise<void>;
}

/** Atomic counters with a time window, for call, token and rate budgets. */
export interface BudgetStore {
  /**
   * Adds `amount` to the counter `key` in the window that contains `now` (windowMs 0 = no window)
   * and returns the new total. Must be atomic across processes sharing the store.
   */
  increment(key: string, amount: number, windowMs: number, now: number): Promise<number>;
  /** Current total without changing it. */
  peek(key: string, windowMs: number, now: number): Promise<number>;
}

/** A pending or decided approval. */
export interface ApprovalRecord {
  readonly id: string;
  readonly status: 'pending' | 'granted' | 'denied' | 'expired' | 'consumed';
  readonly createdAt: number;
  readonly expiresAt: number;
  /** Hash of the tool name and canonical arguments the approval is bound to. */
  readonly callHash: string;
  readonly request: Readonly<Record<string, unknown>>;
  readonly decision?: Readonly<Record<string, unknown>>;
}

/** Persisted approval queue; each approval is decided at most once. */
export interface ApprovalStore {
  create(record: ApprovalRecord): Promise<void>;
  get(id: string): Promise<ApprovalRecord | undefined>;
  list(filter?: { status?: ApprovalRecord['status'] }): Promise<ApprovalRecord[]>;
  /** Sets status from `expected` to `next` atomically; false when the status was not `expected`. */
  transition(id: string, expected: ApprovalRecord['status'], next: ApprovalRecord['status'], decision?: Readonly<Record<string, unknown>>): Promise<boolean>;
}

/** Per-session state: taint, depth, canary. */
export interface SessionStore {
  get(sessionId: string): Promise<Readonly<Record<string, unknown>> | undefined>;
  /** Shallow-merges `patch` into the session state and returns the result. */
  update(sessionId: string, patch: Readonly<Record<string, unknown>>): Promise<Readonly<Record<string, unknown>>>;
}

/** Pinned MCP tool definitions. */
export interface PinStore {
  get(server: string, tool: string): Promise<{ hash: string; pinnedAt: string } | undefined>;
  set(server: string, tool: string, hash: string): Promise<void>;
  remove(server: string, tool: string): Promise<boolean>;
  list(server?: string): Promise<{ server: string; tool: string; hash: string; pinnedAt: string }[]>;
}

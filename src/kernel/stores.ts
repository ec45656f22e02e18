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

/**
 * One persisted audit event: `body` is the exact RFC 8785 text of the event without `hash`, and
 * `hash` is the hex SHA-256 of `body`. Stores keep the bytes opaque so verification hashes what is stored.
 */
export interface AuditRow {
  readonly seq: number;
  readonly hash: string;
  readonly body: string;
}

/** Append-only store of chained audit events. */
export interface AuditStore {
  /**
   * Appends rows and the checkpoints signed over them in one transaction; resolves when durable.
   * Rejects with `CONFLICT` when the first row's seq is not the stored head's seq + 1 (another writer).
   */
  append(rows: readonly AuditRow[], checkpoints?: readonly AuditCheckpoint[]): Promise<void>;
  /** The last stored row, or undefined when empty. */
  head(): Promise<AuditRow | undefined>;
  /** Rows with seq in [from, to], ascending. */
  range(from: number, to: number): Promise<AuditRow[]>;
  /** Pages of rows in ascending seq order from `from`, with bounded memory. */
  pages(from?: number, pageSize?: number): AsyncIterable<readonly AuditRow[]>;
  /** Every checkpoint, ascending by seq. */
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

/** Revoked capability token ids; a revoked id also revokes every token delegated from it. */
export interface RevocationStore {
  /** Marks the token id revoked until `until` (ms since the epoch; past that the token has expired anyway). */
  revoke(tokenId: string, until: number): Promise<void>;
  /** True when any of the ids is revoked. */
  anyRevoked(tokenIds: readonly string[]): Promise<boolean>;
}

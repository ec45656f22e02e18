import { auditEventTypes, auditEventVersion, type AuditRecord, type AuditSink } from '../kernel/audit-event.ts';
import { RampartError, errorMessage, isRampartError } from '../kernel/errors.ts';
import { isPlainObject } from '../kernel/own.ts';
import type { AuditCheckpoint, AuditRow, AuditStore } from '../kernel/stores.ts';
import { systemClock, type Clock } from '../kernel/types.ts';
import { chainEvent, encodeData, genesisHash, type UnchainedEvent } from './event-codec.ts';
import { checkpointMessage, type AuditSigner } from './signer.ts';

/** Dependencies and tuning of one audit trail. */
export interface AuditTrailOptions {
  /** Where chained rows are appended; the trail owns it and closes it on `close()`. */
  readonly store: AuditStore;
  /** Signs checkpoints over the chain head. */
  readonly signer: AuditSigner;
  /** Source of event timestamps. */
  readonly clock?: Clock;
  /** Records per write transaction (default 256). */
  readonly batchSize?: number;
  /** Longest a queued record waits before a background write starts, in ms (default 50). */
  readonly flushIntervalMs?: number;
  /** Sign a checkpoint every this many seq numbers (default 1000). */
  readonly checkpointEvery?: number;
  /** Queued records beyond which `record()` throws instead of growing memory without bound (default 65,536). */
  readonly maxPending?: number;
}

/** The chained, batched audit trail: an `AuditSink` plus lifecycle. */
export interface AuditTrail extends AuditSink {
  /** Writes what is queued, signs a checkpoint over the final head and closes the store. */
  close(): Promise<void>;
  /** Records queued but not yet durable. */
  readonly pending: number;
}

interface ChainHead {
  seq: number;
  hash: string;
  lastCheckpointSeq: number;
}

const knownTypes: ReadonlySet<string> = new Set(auditEventTypes);
const knownDecisions: ReadonlySet<string> = new Set(['allow', 'deny', 'ask', 'redact', 'info']);

/**
 * Creates a trail that chains every record (`seq` from 1, `prevHash`, `hash` over RFC 8785), writes
 * them in batches (one transaction each) and signs a checkpoint every `checkpointEvery` events.
 * A store failure is sticky: from then on `record()` throws, so callers fail closed.
 */
export function createAuditTrail(options: AuditTrailOptions): AuditTrail {
  const { store, signer } = options;
  const clock = options.clock ?? systemClock;
  const batchSize = positiveInteger('batchSize', options.batchSize ?? 256);
  const flushIntervalMs = nonNegativeInteger('flushIntervalMs', options.flushIntervalMs ?? 50);
  const checkpointEvery = positiveInteger('checkpointEvery', options.checkpointEvery ?? 1000);
  const maxPending = positiveInteger('maxPending', options.maxPending ?? 65_536);

  const queue: UnchainedEvent[] = [];
  let head: ChainHead | undefined;
  let failure: RampartError | undefined;
  let closed = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let writing: Promise<void> = Promise.resolve();

  function enqueue(task: () => Promise<void>): Promise<void> {
    const run = writing.then(task);
    writing = run.catch(() => undefined);
    return run;
  }

  async function loadHead(): Promise<ChainHead> {
    const [row, checkpoints] = await Promise.all([store.head(), store.checkpoints()]);
    const last = checkpoints.at(-1);
    if (last !== undefined && last.keyId !== signer.keyId) {
      throw new RampartError('KEY_INVALID', `audit trail: signing key ${signer.keyId.slice(0, 16)} is not the key that signed the existing checkpoints (${last.keyId.slice(0, 16)})`);
    }
    return { seq: row?.seq ?? 0, hash: row?.hash ?? genesisHash, lastCheckpointSeq: last?.seq ?? 0 };
  }

  function checkpoint(seq: number, hash: string): { checkpoint: AuditCheckpoint; event: UnchainedEvent } {
    const ts = new Date(clock.now()).toISOString();
    const signature = signer.sign(checkpointMessage(seq, hash));
    const checkpoint = { seq, hash, ts, signature, keyId: signer.keyId };
    const data = { checkpointSeq: seq, checkpointHash: hash, keyId: signer.keyId, signature };
    return {
      checkpoint,
      event: { v: auditEventVersion, ts, type: 'checkpoint-signed', sessionId: null, traceId: null, agentId: null, decision: 'info', ruleIds: [], reasons: [], dataJson: encodeData(data) },
    };
  }

  function build(batch: readonly UnchainedEvent[], start: ChainHead, forceCheckpoint: boolean) {
    const rows: AuditRow[] = [];
    const checkpoints: AuditCheckpoint[] = [];
    const next = { ...start };
    const push = (event: UnchainedEvent): void => {
      const row = chainEvent(event, next.seq + 1, next.hash);
      rows.push(row);
      next.seq = row.seq;
      next.hash = row.hash;
    };
    const sign = (): void => {
      const signed = checkpoint(next.seq, next.hash);
      checkpoints.push(signed.checkpoint);
      next.lastCheckpointSeq = next.seq;
      push(signed.event);
    };
    for (const event of batch) {
      push(event);
      if (next.seq % checkpointEvery === 0) sign();
    }
    // The head is already covered when the last row is the checkpoint-signed event of the previous seq.
    const covered = next.seq === 0 || (next.lastCheckpointSeq > 0 && next.seq <= next.lastCheckpointSeq + 1);
    if (forceCheckpoint && !covered) sign();
    return { rows, checkpoints, next };
  }

  async function write(batch: readonly UnchainedEvent[], forceCheckpoint: boolean): Promise<void> {
    for (let attempt = 1; ; attempt++) {
      try {
        head ??= await loadHead();
        const { rows, checkpoints, next } = build(batch, head, forceCheckpoint);
        await store.append(rows, checkpoints);
        head = next;
        return;
      } catch (error) {
        // Another writer extended the log: re-read its head and chain onto it once.
        if (attempt === 1 && isRampartError(error, 'CONFLICT')) {
          head = undefined;
          continue;
        }
        failure = isRampartError(error) ? error : new RampartError('STORE_UNAVAILABLE', `audit trail: ${errorMessage(error)}`, { cause: error });
        throw failure;
      }
    }
  }

  async function drain(forceCheckpoint: boolean): Promise<void> {
    if (failure !== undefined) throw failure;
    if (timer !== undefined) {
      clearTimeout(timer);
      timer = undefined;
    }
    while (queue.length > 0) {
      const batch = queue.slice(0, batchSize);
      await write(batch, false);
      queue.splice(0, batch.length);
    }
    if (forceCheckpoint) await write([], true);
  }

  function background(): void {
    // The failure is kept and re-thrown by the next record() or flush(); nothing is lost silently.
    enqueue(() => drain(false)).catch(() => undefined);
  }

  return {
    get pending() {
      return queue.length;
    },

    record(record: AuditRecord): void {
      if (failure !== undefined) throw failure;
      if (closed) throw new RampartError('STORE_UNAVAILABLE', 'audit trail: closed');
      if (queue.length >= maxPending) throw new RampartError('STORE_UNAVAILABLE', `audit trail: ${queue.length} records are waiting for the store; refusing more`);
      queue.push(unchained(record, clock));
      if (queue.length >= batchSize) background();
      else if (timer === undefined) {
        timer = setTimeout(() => {
          timer = undefined;
          background();
        }, flushIntervalMs);
        timer.unref();
      }
    },

    flush(): Promise<void> {
      return enqueue(() => drain(false));
    },

    async close(): Promise<void> {
      if (closed) return;
      closed = true;
      try {
        await enqueue(() => drain(true));
      } finally {
        await store.close();
      }
    },
  };
}

/** Validates a record (a malformed one is a caller bug) and freezes its payload as canonical JSON. */
function unchained(record: AuditRecord, clock: Clock): UnchainedEvent {
  if (!knownTypes.has(record.type)) throw new RampartError('INPUT_INVALID', `audit record: unknown event type '${String(record.type)}'`);
  if (!knownDecisions.has(record.decision)) throw new RampartError('INPUT_INVALID', `audit record: unknown decision '${String(record.decision)}'`);
  if (record.data !== undefined && !isPlainObject(record.data)) throw new RampartError('INPUT_INVALID', 'audit record: data must be a plain object');
  return {
    v: auditEventVersion,
    ts: new Date(clock.now()).toISOString(),
    type: record.type,
    sessionId: optionalString('sessionId', record.sessionId),
    traceId: optionalString('traceId', record.traceId),
    agentId: optionalString('agentId', record.agentId),
    decision: record.decision,
    ruleIds: stringList('ruleIds', record.ruleIds),
    reasons: stringList('reasons', record.reasons),
    dataJson: encodeData(record.data),
  };
}

function optionalString(field: string, value: unknown): string | null {
  if (value === undefined || value === null) return null;
  if (typeof value !== 'string') throw new RampartError('INPUT_INVALID', `audit record: ${field} must be a string`);
  return value;
}

function stringList(field: string, values: readonly unknown[] | undefined): readonly string[] {
  if (values === undefined) return [];
  if (!Array.isArray(values) || !values.every((value) => typeof value === 'string')) {
    throw new RampartError('INPUT_INVALID', `audit record: ${field} must be a list of strings`);
  }
  return [...(values as string[])];
}

function positiveInteger(name: string, value: number): number {
  if (!Number.isSafeInteger(value) || value < 1) throw new RampartError('CONFIG_INVALID', `audit trail: ${name} must be a positive integer`);
  return value;
}

function nonNegativeInteger(name: string, value: number): number {
  if (!Number.isSafeInteger(value) || value < 0) throw new RampartError('CONFIG_INVALID', `audit trail: ${name} must be a non-negative integer`);
  return value;
}

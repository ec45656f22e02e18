import type { KeyObject } from 'node:crypto';
import { secretsEqual } from '../kernel/crypto.ts';
import type { AuditCheckpoint, AuditRow, AuditStore } from '../kernel/stores.ts';
import { bodyLinks, genesisHash, rowToEvent, sha256 } from './event-codec.ts';
import { checkpointSignatureValid, keyIdOf } from './signer.ts';

/** Outcome of verifying a whole log. */
export type AuditVerification =
  | {
      readonly ok: true;
      /** Events checked. */
      readonly count: number;
      /** Hash of the last event (genesis zeros for an empty log). */
      readonly head: string;
      /** Seq of the last signed checkpoint, 0 when none. */
      readonly lastCheckpoint: number;
      /** False when no public key was given, so signatures were not checked. */
      readonly signaturesChecked: boolean;
    }
  | {
      readonly ok: false;
      /** The first bad seq: the first event that is missing, altered, out of place, or unsigned where a checkpoint says it must exist. */
      readonly index: number;
      readonly reason: string;
    };

const checkpointTail = '"type":"checkpoint-signed","v":';

/**
 * Streams the log page by page and checks, for every event: its seq is the next one, its stored
 * bytes hash to its `hash`, and its `prevHash` is the previous event's hash. Then every signed
 * checkpoint must match the event at its seq (catches rewrites before it) and must not lie beyond
 * the end of the log (catches truncation). Without `publicKey`, signatures are not checked.
 */
export async function verifyAudit(store: AuditStore, publicKey?: KeyObject, options: { pageSize?: number } = {}): Promise<AuditVerification> {
  const checkpoints = await store.checkpoints();
  const expectedKeyId = publicKey === undefined ? undefined : keyIdOf(publicKey);
  for (const checkpoint of checkpoints) {
    const problem = checkpointProblem(checkpoint, publicKey, expectedKeyId);
    if (problem !== undefined) return { ok: false, index: checkpoint.seq, reason: problem };
  }
  const bySeq = new Map(checkpoints.map((checkpoint) => [checkpoint.seq, checkpoint]));

  let expected = 1;
  let previous = genesisHash;
  for await (const page of store.pages(1, options.pageSize)) {
    for (const row of page) {
      const problem = rowProblem(row, expected, previous);
      if (problem !== undefined) return { ok: false, index: expected, reason: problem };
      const checkpoint = bySeq.get(row.seq);
      if (checkpoint !== undefined && checkpoint.hash !== row.hash) {
        return { ok: false, index: row.seq, reason: `event hash differs from the signed checkpoint at seq ${row.seq} (events at or before it were rewritten)` };
      }
      const isCheckpointEvent = row.body.includes(checkpointTail, row.body.length - checkpointTail.length - 8);
      if (isCheckpointEvent) {
        const mismatch = checkpointEventProblem(row, previous, bySeq);
        if (mismatch !== undefined) return { ok: false, index: row.seq, reason: mismatch };
      } else if (bySeq.has(row.seq - 1)) {
        return { ok: false, index: row.seq, reason: `the checkpoint-signed event for the checkpoint at seq ${row.seq - 1} is missing` };
      }
      previous = row.hash;
      expected++;
    }
  }
  const count = expected - 1;
  const last = checkpoints.at(-1);
  // A checkpoint at S is written together with its checkpoint-signed event S + 1, so both must exist.
  if (last !== undefined && last.seq + 1 > count) {
    return { ok: false, index: count + 1, reason: `log ends at seq ${count} but a checkpoint was signed at seq ${last.seq} (truncated)` };
  }
  return { ok: true, count, head: previous, lastCheckpoint: last?.seq ?? 0, signaturesChecked: publicKey !== undefined };
}

function rowProblem(row: AuditRow, expected: number, previous: string): string | undefined {
  if (row.seq !== expected) {
    return row.seq > expected ? `event ${expected} is missing (next stored seq is ${row.seq})` : `event stored out of order (seq ${row.seq} where ${expected} belongs)`;
  }
  if (sha256(row.body) !== row.hash) return 'event content does not match its hash (edited)';
  const links = bodyLinks(row.body);
  if (links === undefined) return 'event body is not a well-formed audit event';
  if (links.seq !== expected) return `event body says seq ${links.seq} (moved or reordered)`;
  if (links.prevHash !== previous) return `prevHash does not match the hash of seq ${expected - 1} (inserted, removed or reordered)`;
  return undefined;
}

function checkpointProblem(checkpoint: AuditCheckpoint, publicKey: KeyObject | undefined, expectedKeyId: string | undefined): string | undefined {
  if (publicKey === undefined) return undefined;
  if (checkpoint.keyId !== expectedKeyId) return `checkpoint at seq ${checkpoint.seq} was signed by key ${checkpoint.keyId.slice(0, 16)}, not by the given public key`;
  if (!checkpointSignatureValid(checkpoint, publicKey)) return `checkpoint at seq ${checkpoint.seq} has an invalid signature`;
  return undefined;
}

/** A `checkpoint-signed` event must describe the event just before it and agree with the checkpoint table. */
function checkpointEventProblem(row: AuditRow, previous: string, bySeq: ReadonlyMap<number, AuditCheckpoint>): string | undefined {
  const data = rowToEvent(row).data as { checkpointSeq?: unknown; checkpointHash?: unknown; signature?: unknown };
  if (data.checkpointSeq !== row.seq - 1 || data.checkpointHash !== previous) return 'checkpoint-signed event does not describe the event before it';
  const stored = bySeq.get(row.seq - 1);
  if (stored === undefined) return `checkpoint at seq ${row.seq - 1} is recorded in the log but missing from the checkpoint table (deleted)`;
  if (typeof data.signature !== 'string' || !secretsEqual(stored.signature, data.signature)) return `checkpoint at seq ${row.seq - 1} differs between the log and the checkpoint table`;
  return undefined;
}

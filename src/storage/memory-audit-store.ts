import { RampartError } from '../kernel/errors.ts';
import type { AuditCheckpoint, AuditRow, AuditStore } from '../kernel/stores.ts';

/** In-memory audit store for tests and single-process library use; same contract as the SQLite store. */
export function createMemoryAuditStore(): AuditStore & {
  /** The live row array, so tests can tamper with the log the way an attacker with file access would. */
  readonly rows: AuditRow[];
  /** The live checkpoint array, for the same reason. */
  readonly checkpointRows: AuditCheckpoint[];
} {
  const rows: AuditRow[] = [];
  const checkpointRows: AuditCheckpoint[] = [];
  let closed = false;

  function guard(): void {
    if (closed) throw new RampartError('STORE_UNAVAILABLE', 'memory audit store: closed');
  }

  function indexOf(seq: number): number {
    // Rows are sorted by seq in normal use; binary search keeps range reads O(log n).
    let low = 0;
    let high = rows.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (rows[middle]!.seq < seq) low = middle + 1;
      else high = middle;
    }
    return low;
  }

  return {
    rows,
    checkpointRows,

    async append(batch, checkpoints = []) {
      guard();
      const expected = (rows.at(-1)?.seq ?? 0) + 1;
      const first = batch[0];
      if (first !== undefined && first.seq !== expected) {
        throw new RampartError('CONFLICT', `memory audit store: append at seq ${first.seq} but the log continues at ${expected}`);
      }
      batch.forEach((row, offset) => {
        if (row.seq !== expected + offset) throw new RampartError('INTERNAL', `memory audit store: rows are not contiguous at seq ${row.seq}`);
      });
      rows.push(...batch.map((row) => ({ seq: row.seq, hash: row.hash, body: row.body })));
      checkpointRows.push(...checkpoints.map((checkpoint) => ({ ...checkpoint })));
    },

    async head() {
      guard();
      return rows.at(-1);
    },

    async range(from, to) {
      guard();
      const result: AuditRow[] = [];
      for (let index = indexOf(from); index < rows.length && rows[index]!.seq <= to; index++) result.push(rows[index]!);
      return result;
    },

    async *pages(from = 1, pageSize = 4096) {
      guard();
      for (let index = indexOf(from); index < rows.length; index += pageSize) yield rows.slice(index, index + pageSize);
    },

    async checkpoints() {
      guard();
      return [...checkpointRows].sort((a, b) => a.seq - b.seq);
    },

    async close() {
      closed = true;
    },
  };
}

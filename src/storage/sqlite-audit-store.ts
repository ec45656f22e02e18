import type { DatabaseSync } from 'node:sqlite';
import { RampartError } from '../kernel/errors.ts';
import type { AuditCheckpoint, AuditRow, AuditStore } from '../kernel/stores.ts';
import { openSqlite, storeError, type SqliteOpenOptions } from './sqlite.ts';

/** Default rows per page for streaming reads; bounds memory to roughly pageSize event bodies. */
export const defaultAuditPageSize = 4096;

interface CheckpointRow {
  seq: number;
  hash: string;
  ts: string;
  signature: string;
  key_id: string;
}

/** Opens `file` and returns an audit store that owns (and closes) the connection. */
export function openSqliteAuditStore(file: string, options: SqliteOpenOptions = {}): AuditStore {
  return createSqliteAuditStore(openSqlite(file, options), { file, ownsDatabase: true });
}

/** An audit store over an already opened `rampart.db` connection (one transaction per append). */
export function createSqliteAuditStore(database: DatabaseSync, options: { file?: string; ownsDatabase?: boolean } = {}): AuditStore {
  const file = options.file ?? 'rampart.db';
  const statements = prepare(database, file);
  let closed = false;

  function guard(): void {
    if (closed) throw new RampartError('STORE_UNAVAILABLE', `${file}: the audit store is closed`);
  }

  return {
    async append(rows, checkpoints = []) {
      guard();
      if (rows.length === 0 && checkpoints.length === 0) return;
      try {
        database.exec('BEGIN IMMEDIATE');
      } catch (error) {
        throw storeError(file, error);
      }
      try {
        const head = statements.headSeq.get() as { seq: number | null } | undefined;
        const expected = (head?.seq ?? 0) + 1;
        const first = rows[0];
        if (first !== undefined && first.seq !== expected) {
          throw new RampartError('CONFLICT', `${file}: audit append at seq ${first.seq} but the log continues at ${expected} (another writer?)`);
        }
        let next = expected;
        for (const row of rows) {
          if (row.seq !== next) throw new RampartError('INTERNAL', `${file}: audit rows are not contiguous at seq ${row.seq}`);
          statements.insertEvent.run(row.seq, row.hash, row.body);
          next++;
        }
        for (const checkpoint of checkpoints) {
          statements.insertCheckpoint.run(checkpoint.seq, checkpoint.hash, checkpoint.ts, checkpoint.signature, checkpoint.keyId);
        }
        database.exec('COMMIT');
      } catch (error) {
        rollback(database);
        throw storeError(file, error);
      }
    },

    async head() {
      guard();
      return read(file, () => statements.head.get() as AuditRow | undefined);
    },

    async range(from, to) {
      guard();
      return read(file, () => statements.range.all(from, to) as unknown as AuditRow[]);
    },

    async *pages(from = 1, pageSize = defaultAuditPageSize) {
      guard();
      let cursor = from;
      for (;;) {
        // Keyset pagination: each page is one short read, so writers are never blocked for long.
        const page = read(file, () => statements.page.all(cursor, pageSize) as unknown as AuditRow[]);
        if (page.length === 0) return;
        yield page;
        if (page.length < pageSize) return;
        cursor = page[page.length - 1]!.seq + 1;
      }
    },

    async checkpoints() {
      guard();
      const rows = read(file, () => statements.checkpoints.all() as unknown as CheckpointRow[]);
      return rows.map((row): AuditCheckpoint => ({ seq: row.seq, hash: row.hash, ts: row.ts, signature: row.signature, keyId: row.key_id }));
    },

    async close() {
      if (closed) return;
      closed = true;
      if (options.ownsDatabase ?? false) database.close();
    },
  };
}

function prepare(database: DatabaseSync, file: string) {
  try {
    return {
      headSeq: database.prepare('SELECT max(seq) AS seq FROM audit_events'),
      head: database.prepare('SELECT seq, hash, body FROM audit_events ORDER BY seq DESC LIMIT 1'),
      range: database.prepare('SELECT seq, hash, body FROM audit_events WHERE seq BETWEEN ? AND ? ORDER BY seq'),
      page: database.prepare('SELECT seq, hash, body FROM audit_events WHERE seq >= ? ORDER BY seq LIMIT ?'),
      insertEvent: database.prepare('INSERT INTO audit_events (seq, hash, body) VALUES (?, ?, ?)'),
      insertCheckpoint: database.prepare('INSERT INTO audit_checkpoints (seq, hash, ts, signature, key_id) VALUES (?, ?, ?, ?, ?)'),
      checkpoints: database.prepare('SELECT seq, hash, ts, signature, key_id FROM audit_checkpoints ORDER BY seq'),
    };
  } catch (error) {
    throw storeError(file, error);
  }
}

function rollback(database: DatabaseSync): void {
  try {
    database.exec('ROLLBACK');
  } catch {
    // SQLite already rolled back (e.g. after an I/O error); the original error is the one to report.
  }
}

function read<T>(file: string, query: () => T): T {
  try {
    return query();
  } catch (error) {
    throw storeError(file, error);
  }
}

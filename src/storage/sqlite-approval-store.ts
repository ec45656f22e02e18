import type { DatabaseSync, StatementSync } from 'node:sqlite';
import { RampartError, errorMessage } from '../kernel/errors.ts';
import type { ApprovalRecord, ApprovalStore } from '../kernel/stores.ts';

const schema = `CREATE TABLE IF NOT EXISTS approvals (
  id TEXT PRIMARY KEY,
  status TEXT NOT NULL CHECK (status IN ('pending', 'granted', 'denied', 'expired', 'consumed')),
  created_at INTEGER NOT NULL,
  expires_at INTEGER NOT NULL,
  call_hash TEXT NOT NULL,
  request TEXT NOT NULL,
  decision TEXT
);
CREATE INDEX IF NOT EXISTS approvals_status ON approvals (status, created_at)`;

interface Row {
  id: string;
  status: ApprovalRecord['status'];
  created_at: number;
  expires_at: number;
  call_hash: string;
  request: string;
  decision: string | null;
}

function toRecord(row: Row): ApprovalRecord {
  try {
    const base = { id: row.id, status: row.status, createdAt: row.created_at, expiresAt: row.expires_at, callHash: row.call_hash, request: JSON.parse(row.request) as Record<string, unknown> };
    return row.decision === null ? base : { ...base, decision: JSON.parse(row.decision) as Record<string, unknown> };
  } catch (error) {
    throw new RampartError('STORE_CORRUPT', `approval store: row ${row.id} is not valid JSON`, { cause: error });
  }
}

function guard<T>(run: () => T): T {
  try {
    return run();
  } catch (error) {
    if (error instanceof RampartError) throw error;
    throw new RampartError('STORE_UNAVAILABLE', `approval store: ${errorMessage(error)}`, { cause: error });
  }
}

/** Approvals persisted in SQLite; `transition` is one conditional UPDATE, so a decision or consumption happens at most once. */
export function createSqliteApprovalStore(database: DatabaseSync): ApprovalStore {
  const statements = guard(() => {
    database.exec(schema);
    return {
      insert: database.prepare('INSERT INTO approvals (id, status, created_at, expires_at, call_hash, request, decision) VALUES (?, ?, ?, ?, ?, ?, ?)'),
      get: database.prepare('SELECT * FROM approvals WHERE id = ?'),
      all: database.prepare('SELECT * FROM approvals ORDER BY created_at, id'),
      byStatus: database.prepare('SELECT * FROM approvals WHERE status = ? ORDER BY created_at, id'),
      transition: database.prepare('UPDATE approvals SET status = ?, decision = COALESCE(?, decision) WHERE id = ? AND status = ?'),
    } satisfies Record<string, StatementSync>;
  });
  return {
    create: async (record) => guard(() => {
      statements.insert.run(record.id, record.status, record.createdAt, record.expiresAt, record.callHash, JSON.stringify(record.request), record.decision === undefined ? null : JSON.stringify(record.decision));
    }),
    get: async (id) => guard(() => {
      const row = statements.get.get(id) as Row | undefined;
      return row === undefined ? undefined : toRecord(row);
    }),
    list: async (filter = {}) => guard(() => {
      const rows = (filter.status === undefined ? statements.all.all() : statements.byStatus.all(filter.status)) as unknown as Row[];
      return rows.map(toRecord);
    }),
    transition: async (id, expected, next, decision) => guard(() => {
      const result = statements.transition.run(next, decision === undefined ? null : JSON.stringify(decision), id, expected);
      return Number(result.changes) === 1;
    }),
  };
}

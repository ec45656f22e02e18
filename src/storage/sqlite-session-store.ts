import type { DatabaseSync, StatementSync } from 'node:sqlite';
import { RampartError, errorMessage } from '../kernel/errors.ts';
import type { SessionStore } from '../kernel/stores.ts';

const schema = `CREATE TABLE IF NOT EXISTS sessions (
  id TEXT PRIMARY KEY,
  state TEXT NOT NULL,
  updated_at INTEGER NOT NULL
) WITHOUT ROWID`;

/**
 * Session state (taint, canary) in SQLite, so it survives restarts and is shared by every process on the
 * data directory (proxy, MCP gateway, CLI). Sessions are never evicted: forgetting a tainted session
 * would silently lift its flow restrictions.
 */
export function createSqliteSessionStore(database: DatabaseSync, options: { now?: () => number } = {}): SessionStore {
  const now = options.now ?? Date.now;
  let select: StatementSync;
  let upsert: StatementSync;
  try {
    database.exec(schema);
    select = database.prepare('SELECT state FROM sessions WHERE id = ?');
    upsert = database.prepare('INSERT INTO sessions (id, state, updated_at) VALUES (?, ?, ?) ON CONFLICT (id) DO UPDATE SET state = excluded.state, updated_at = excluded.updated_at');
  } catch (error) {
    throw new RampartError('STORE_UNAVAILABLE', `session store: ${errorMessage(error)}`, { cause: error });
  }
  const read = (sessionId: string): Record<string, unknown> | undefined => {
    const row = select.get(sessionId) as { state: string } | undefined;
    if (row === undefined) return undefined;
    const state: unknown = JSON.parse(row.state);
    if (typeof state !== 'object' || state === null || Array.isArray(state)) throw new RampartError('STORE_CORRUPT', `session store: state of ${sessionId} is not an object`);
    return state as Record<string, unknown>;
  };
  const guarded = <T>(run: () => T): T => {
    try {
      return run();
    } catch (error) {
      if (error instanceof RampartError) throw error;
      throw new RampartError('STORE_UNAVAILABLE', `session store: ${errorMessage(error)}`, { cause: error });
    }
  };
  return {
    get: async (sessionId) => guarded(() => read(sessionId)),
    update: async (sessionId, patch) => guarded(() => {
      // One immediate transaction: a concurrent writer in another process cannot interleave between read and write.
      database.exec('BEGIN IMMEDIATE');
      try {
        const next = { ...read(sessionId), ...patch };
        upsert.run(sessionId, JSON.stringify(next), now());
        database.exec('COMMIT');
        return next;
      } catch (error) {
        database.exec('ROLLBACK');
        throw error;
      }
    }),
  };
}

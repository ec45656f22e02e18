import type { DatabaseSync } from 'node:sqlite';
import { RampartError, errorMessage } from '../kernel/errors.ts';
import type { RevocationStore } from '../kernel/stores.ts';

function guard<T>(run: () => T): T {
  try {
    return run();
  } catch (error) {
    throw new RampartError('STORE_UNAVAILABLE', `revocation store: ${errorMessage(error)}`, { cause: error });
  }
}

/** Capability revocation list in SQLite, shared by every process using the data directory. */
export function createSqliteRevocationStore(database: DatabaseSync): RevocationStore {
  const statements = guard(() => {
    database.exec('CREATE TABLE IF NOT EXISTS capability_revocations (token_id TEXT PRIMARY KEY, until INTEGER NOT NULL) WITHOUT ROWID');
    return {
      upsert: database.prepare('INSERT INTO capability_revocations (token_id, until) VALUES (?, ?) ON CONFLICT (token_id) DO UPDATE SET until = max(until, excluded.until)'),
      find: database.prepare('SELECT 1 AS found FROM capability_revocations WHERE token_id IN (SELECT value FROM json_each(?)) LIMIT 1'),
    };
  });
  return {
    revoke: async (tokenId, until) => guard(() => { statements.upsert.run(tokenId, until); }),
    anyRevoked: async (tokenIds) => guard(() => statements.find.get(JSON.stringify(tokenIds)) !== undefined),
  };
}

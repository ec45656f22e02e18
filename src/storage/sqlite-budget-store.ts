import type { DatabaseSync, StatementSync } from 'node:sqlite';
import { RampartError, errorMessage } from '../kernel/errors.ts';
import type { BudgetStore } from '../kernel/stores.ts';
import { windowStart } from './memory-budget-store.ts';

const schema = `CREATE TABLE IF NOT EXISTS budget_counters (
  key TEXT NOT NULL,
  window_start INTEGER NOT NULL,
  total REAL NOT NULL,
  PRIMARY KEY (key, window_start)
) WITHOUT ROWID`;

/**
 * Budget counters in SQLite. Each increment is one `INSERT ... ON CONFLICT DO UPDATE ... RETURNING` statement, so
 * concurrent processes sharing the database file never lose an update or read a stale total.
 */
export function createSqliteBudgetStore(database: DatabaseSync): BudgetStore {
  let upsert: StatementSync;
  let select: StatementSync;
  let prune: StatementSync;
  try {
    database.exec(schema);
    upsert = database.prepare(`INSERT INTO budget_counters (key, window_start, total) VALUES (?, ?, ?)
      ON CONFLICT (key, window_start) DO UPDATE SET total = total + excluded.total RETURNING total`);
    select = database.prepare('SELECT total FROM budget_counters WHERE key = ? AND window_start = ?');
    prune = database.prepare('DELETE FROM budget_counters WHERE key = ? AND window_start < ?');
  } catch (error) {
    throw new RampartError('STORE_UNAVAILABLE', `budget store: ${errorMessage(error)}`, { cause: error });
  }
  return {
    increment: async (key, amount, windowMs, now) => {
      const start = windowStart(windowMs, now);
      try {
        const row = upsert.get(key, start, amount) as { total: number } | undefined;
        if (row === undefined) throw new RampartError('STORE_CORRUPT', 'budget store: upsert returned no row');
        // A fresh window row means older windows of this key can never be read again.
        if (row.total === amount && windowMs > 0) prune.run(key, start);
        return row.total;
      } catch (error) {
        if (error instanceof RampartError) throw error;
        throw new RampartError('STORE_UNAVAILABLE', `budget store: ${errorMessage(error)}`, { cause: error });
      }
    },
    peek: async (key, windowMs, now) => {
      try {
        const row = select.get(key, windowStart(windowMs, now)) as { total: number } | undefined;
        return row?.total ?? 0;
      } catch (error) {
        throw new RampartError('STORE_UNAVAILABLE', `budget store: ${errorMessage(error)}`, { cause: error });
      }
    },
  };
}

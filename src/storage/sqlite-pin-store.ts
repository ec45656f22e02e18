import type { DatabaseSync } from 'node:sqlite';
import { RampartError, errorMessage } from '../kernel/errors.ts';
import type { PinStore } from '../kernel/stores.ts';
import type { Clock } from '../kernel/types.ts';
import { systemClock } from '../kernel/types.ts';

function guard<T>(run: () => T): T {
  try {
    return run();
  } catch (error) {
    throw new RampartError('STORE_UNAVAILABLE', `pin store: ${errorMessage(error)}`, { cause: error });
  }
}

interface PinRow {
  server: string;
  tool: string;
  hash: string;
  pinned_at: string;
}

/** Pinned MCP tool definitions in SQLite, shared by every gateway and `rampart mcp pins` using the data directory. */
export function createSqlitePinStore(database: DatabaseSync, options: { clock?: Clock } = {}): PinStore {
  const clock = options.clock ?? systemClock;
  const statements = guard(() => {
    database.exec('CREATE TABLE IF NOT EXISTS mcp_pins (server TEXT NOT NULL, tool TEXT NOT NULL, hash TEXT NOT NULL, pinned_at TEXT NOT NULL, PRIMARY KEY (server, tool)) WITHOUT ROWID');
    return {
      get: database.prepare('SELECT hash, pinned_at FROM mcp_pins WHERE server = ? AND tool = ?'),
      upsert: database.prepare('INSERT INTO mcp_pins (server, tool, hash, pinned_at) VALUES (?, ?, ?, ?) ON CONFLICT (server, tool) DO UPDATE SET hash = excluded.hash, pinned_at = excluded.pinned_at'),
      remove: database.prepare('DELETE FROM mcp_pins WHERE server = ? AND tool = ?'),
      all: database.prepare('SELECT server, tool, hash, pinned_at FROM mcp_pins ORDER BY server, tool'),
      byServer: database.prepare('SELECT server, tool, hash, pinned_at FROM mcp_pins WHERE server = ? ORDER BY tool'),
    };
  });
  return {
    get: async (server, tool) => guard(() => {
      const row = statements.get.get(server, tool) as PinRow | undefined;
      return row === undefined ? undefined : { hash: row.hash, pinnedAt: row.pinned_at };
    }),
    set: async (server, tool, hash) => guard(() => { statements.upsert.run(server, tool, hash, new Date(clock.now()).toISOString()); }),
    remove: async (server, tool) => guard(() => Number(statements.remove.run(server, tool).changes) > 0),
    list: async (server) => guard(() => {
      const rows = (server === undefined ? statements.all.all() : statements.byServer.all(server)) as unknown as PinRow[];
      return rows.map((row) => ({ server: row.server, tool: row.tool, hash: row.hash, pinnedAt: row.pinned_at }));
    }),
  };
}

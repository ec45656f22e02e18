/** One forward-only schema step; `version` is the `user_version` the database has after it. */
export interface Migration {
  readonly version: number;
  readonly name: string;
  readonly sql: string;
}

/**
 * Every schema step of `rampart.db`, in order. Append new steps for new stores; never edit or
 * reorder a released one, because databases in the field record which versions they applied.
 */
export const migrations: readonly Migration[] = [
  {
    version: 1,
    name: 'audit-trail',
    sql: `
      CREATE TABLE audit_events (
        seq INTEGER PRIMARY KEY,
        hash TEXT NOT NULL,
        body TEXT NOT NULL
      ) STRICT;
      CREATE TABLE audit_checkpoints (
        seq INTEGER PRIMARY KEY,
        hash TEXT NOT NULL,
        ts TEXT NOT NULL,
        signature TEXT NOT NULL,
        key_id TEXT NOT NULL
      ) STRICT;
      -- Append-only by construction: accidental UPDATE/DELETE fails loudly; deliberate tampering
      -- (dropping the triggers) is what the hash chain and signed checkpoints detect.
      CREATE TRIGGER audit_events_no_update BEFORE UPDATE ON audit_events BEGIN SELECT RAISE(ABORT, 'audit events are append-only'); END;
      CREATE TRIGGER audit_events_no_delete BEFORE DELETE ON audit_events BEGIN SELECT RAISE(ABORT, 'audit events are append-only'); END;
      CREATE TRIGGER audit_checkpoints_no_update BEFORE UPDATE ON audit_checkpoints BEGIN SELECT RAISE(ABORT, 'audit checkpoints are append-only'); END;
      CREATE TRIGGER audit_checkpoints_no_delete BEFORE DELETE ON audit_checkpoints BEGIN SELECT RAISE(ABORT, 'audit checkpoints are append-only'); END;
    `,
  },
];

/** The schema version this build writes and understands. */
export const currentSchemaVersion = migrations.length;

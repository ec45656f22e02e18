import { closeSync, openSync, readSync, statSync } from 'node:fs';
import { DatabaseSync } from 'node:sqlite';
import { RampartError, errorMessage } from '../kernel/errors.ts';
import { currentSchemaVersion, migrations } from './migrations.ts';

/** `PRAGMA application_id` of every Rampart database: ASCII "RAMP". */
export const rampartApplicationId = 0x52_41_4d_50;

/** How to open the embedded database. */
export interface SqliteOpenOptions {
  /** Open without writing anything (verify, tail, export); the schema must already exist. */
  readonly readOnly?: boolean;
  /** Create the file when it is absent; false makes a missing file a `STORE_UNAVAILABLE` error. */
  readonly create?: boolean;
  /** How long a writer waits for another process's lock before failing, in milliseconds. */
  readonly busyTimeoutMs?: number;
  /**
   * `full` fsyncs the WAL at every commit, so a batch is durable (power loss included) once its
   * transaction commits; `normal` survives process crashes but may lose the last commits on power loss.
   */
  readonly synchronous?: 'full' | 'normal';
}

const sqliteMagic = 'SQLite format 3\0';
const headerSize = 100;
const corruptCodes = new Set([11 /* SQLITE_CORRUPT */, 26 /* SQLITE_NOTADB */]);

/**
 * Opens `rampart.db` and brings its schema up to date. A foreign, corrupt or newer-schema file is
 * rejected BEFORE anything is written to it (`STORE_CORRUPT` / `STORE_UNAVAILABLE`, message `path: reason`).
 */
export function openSqlite(file: string, options: SqliteOpenOptions = {}): DatabaseSync {
  const readOnly = options.readOnly ?? false;
  const size = fileSize(file);
  if ((size === undefined || (size === 0 && readOnly)) && (readOnly || options.create === false)) {
    throw new RampartError('STORE_UNAVAILABLE', `${file}: no Rampart database here (nothing has been recorded yet, or --data-dir points elsewhere)`);
  }
  if (size !== undefined && size > 0) {
    checkHeader(file, size);
    inspect(file, readOnly);
  }
  let database: DatabaseSync;
  try {
    database = new DatabaseSync(file, { readOnly, timeout: options.busyTimeoutMs ?? 5000 });
  } catch (error) {
    throw storeError(file, error);
  }
  try {
    if (readOnly) return database;
    database.enableDefensive(true);
    const mode = database.prepare('PRAGMA journal_mode = WAL').get() as { journal_mode?: string } | undefined;
    if (mode?.journal_mode !== 'wal') throw new RampartError('STORE_UNAVAILABLE', `${file}: cannot switch to WAL mode (got ${String(mode?.journal_mode)})`);
    database.exec(`PRAGMA synchronous = ${options.synchronous === 'normal' ? 'NORMAL' : 'FULL'}`);
    migrate(database, file);
    return database;
  } catch (error) {
    database.close();
    throw storeError(file, error);
  }
}

/** Maps a SQLite or file-system error to a one-line Rampart error naming the file. */
export function storeError(file: string, error: unknown): RampartError {
  if (error instanceof RampartError) return error;
  const code = (error as { errcode?: unknown }).errcode;
  const primary = typeof code === 'number' ? code & 0xff : -1;
  const kind = corruptCodes.has(primary) ? 'STORE_CORRUPT' : 'STORE_UNAVAILABLE';
  return new RampartError(kind, `${file}: ${errorMessage(error)}`, { cause: error });
}

function fileSize(file: string): number | undefined {
  try {
    const stats = statSync(file);
    if (!stats.isFile()) throw new RampartError('STORE_UNAVAILABLE', `${file}: exists and is not a regular file`);
    return stats.size;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw storeError(file, error);
  }
}

/** Reads the 100-byte header with plain file I/O, so random bytes and foreign files never reach SQLite. */
function checkHeader(file: string, size: number): void {
  const header = Buffer.alloc(headerSize);
  let descriptor: number;
  try {
    descriptor = openSync(file, 'r');
  } catch (error) {
    throw storeError(file, error);
  }
  try {
    readSync(descriptor, header, 0, headerSize, 0);
  } finally {
    closeSync(descriptor);
  }
  if (size < headerSize || header.toString('latin1', 0, 16) !== sqliteMagic) {
    throw new RampartError('STORE_CORRUPT', `${file}: not a SQLite database (corrupt or foreign file); refusing to touch it`);
  }
  checkIdentity(file, header.readUInt32BE(68), header.readUInt32BE(60), undefined);
}

/** Inspects an existing file through a read-only connection so that nothing (not even a WAL checkpoint) writes to it. */
function inspect(file: string, readOnly: boolean): void {
  let probe: DatabaseSync | undefined;
  try {
    probe = new DatabaseSync(file, { readOnly: true, timeout: 5000 });
    const applicationId = (probe.prepare('PRAGMA application_id').get() as { application_id: number }).application_id;
    const version = (probe.prepare('PRAGMA user_version').get() as { user_version: number }).user_version;
    const tables = (probe.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name").all() as { name: string }[]).map((row) => row.name);
    checkIdentity(file, applicationId, version, tables);
    if (readOnly && applicationId === 0) throw new RampartError('STORE_UNAVAILABLE', `${file}: the database is empty (nothing has been recorded yet)`);
  } catch (error) {
    throw storeError(file, error);
  } finally {
    probe?.close();
  }
}

function checkIdentity(file: string, applicationId: number, version: number, tables: readonly string[] | undefined): void {
  if (applicationId !== 0 && applicationId !== rampartApplicationId) {
    throw new RampartError('STORE_CORRUPT', `${file}: belongs to another application (application_id 0x${applicationId.toString(16)}); refusing to touch it`);
  }
  if (applicationId === 0 && tables !== undefined && tables.length > 0) {
    throw new RampartError('STORE_CORRUPT', `${file}: not a Rampart database (foreign tables: ${tables.slice(0, 5).join(', ')}); refusing to touch it`);
  }
  if (applicationId === rampartApplicationId && version > currentSchemaVersion) {
    throw new RampartError('STORE_UNAVAILABLE', `${file}: schema version ${version} is newer than this Rampart understands (${currentSchemaVersion}); upgrade Rampart`);
  }
  if (applicationId === rampartApplicationId && tables !== undefined && !tables.includes('rampart_migrations')) {
    throw new RampartError('STORE_CORRUPT', `${file}: Rampart database without its migrations table; refusing to touch it`);
  }
}

function migrate(database: DatabaseSync, file: string): void {
  database.exec('BEGIN IMMEDIATE');
  try {
    // Re-read under the write lock: another process may have migrated since we inspected the file.
    const version = (database.prepare('PRAGMA user_version').get() as { user_version: number }).user_version;
    const applicationId = (database.prepare('PRAGMA application_id').get() as { application_id: number }).application_id;
    checkIdentity(file, applicationId, version, undefined);
    if (version < currentSchemaVersion) {
      database.exec('CREATE TABLE IF NOT EXISTS rampart_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL) STRICT');
      const record = database.prepare('INSERT INTO rampart_migrations (version, name, applied_at) VALUES (?, ?, ?)');
      for (const migration of migrations.slice(version)) {
        database.exec(migration.sql);
        record.run(migration.version, migration.name, new Date().toISOString());
      }
      database.exec(`PRAGMA application_id = ${rampartApplicationId}; PRAGMA user_version = ${currentSchemaVersion}`);
    }
    database.exec('COMMIT');
  } catch (error) {
    database.exec('ROLLBACK');
    throw error;
  }
}

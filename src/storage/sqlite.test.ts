import { createHash, generateKeyPairSync, randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { DatabaseSync } from 'node:sqlite';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { isRampartError } from '../kernel/errors.ts';
import { ensureDataDir, resolveDataDir } from './data-dir.ts';
import { loadOrCreateKeyPair, readPublicKey } from './keys.ts';
import { currentSchemaVersion } from './migrations.ts';
import { openSqlite, rampartApplicationId } from './sqlite.ts';
import { openSqliteAuditStore } from './sqlite-audit-store.ts';

const directories: string[] = [];
function scratch(): string {
  const directory = mkdtempSync(join(tmpdir(), 'rampart-store-'));
  directories.push(directory);
  return directory;
}
afterEach(() => {
  for (const directory of directories.splice(0)) rmSync(directory, { recursive: true, force: true });
});

const digest = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

function foreignDatabase(file: string, setup: string): void {
  const database = new DatabaseSync(file);
  database.exec(setup);
  database.close();
}

/** Every bad database must be refused with the right code and a one-line `path: message`, byte-for-byte untouched. */
const badDatabases: { name: string; code: 'STORE_CORRUPT' | 'STORE_UNAVAILABLE'; message: RegExp; make: (file: string) => void }[] = [
  { name: 'random bytes', code: 'STORE_CORRUPT', message: /not a SQLite database/, make: (file) => writeFileSync(file, randomBytes(8192)) },
  { name: 'a text file', code: 'STORE_CORRUPT', message: /not a SQLite database/, make: (file) => writeFileSync(file, 'hello\n') },
  { name: 'a SQLite header followed by garbage', code: 'STORE_CORRUPT', message: /rampart\.db: /, make: (file) => {
    foreignDatabase(file, `PRAGMA application_id = ${rampartApplicationId}; CREATE TABLE rampart_migrations (version INTEGER); PRAGMA user_version = 1;`);
    const bytes = readFileSync(file);
    randomBytes(bytes.length - 100).copy(bytes, 100);
    writeFileSync(file, bytes);
  } },
  { name: 'a foreign database (other application_id)', code: 'STORE_CORRUPT', message: /another application/, make: (file) => foreignDatabase(file, 'PRAGMA application_id = 1234; CREATE TABLE t (x);') },
  { name: 'a foreign database (unknown tables)', code: 'STORE_CORRUPT', message: /not a Rampart database \(foreign tables: customers/, make: (file) => foreignDatabase(file, 'CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT); INSERT INTO customers VALUES (1, \'Ada\');') },
  { name: 'a foreign WAL database', code: 'STORE_CORRUPT', message: /foreign tables/, make: (file) => foreignDatabase(file, 'PRAGMA journal_mode = WAL; CREATE TABLE orders (id INTEGER);') },
  { name: 'a newer schema version', code: 'STORE_UNAVAILABLE', message: new RegExp(`schema version ${currentSchemaVersion + 5} is newer`), make: (file) => {
    foreignDatabase(file, `PRAGMA application_id = ${rampartApplicationId}; CREATE TABLE rampart_migrations (version INTEGER); PRAGMA user_version = ${currentSchemaVersion + 5};`);
  } },
];

describe('openSqlite refuses bad files without touching them', () => {
  for (const bad of badDatabases) {
    it(`refuses ${bad.name}`, () => {
      const file = join(scratch(), 'rampart.db');
      bad.make(file);
      const before = digest(file);
      let caught: unknown;
      try {
        openSqlite(file);
      } catch (error) {
        caught = error;
      }
      expect(isRampartError(caught, bad.code), String(caught)).toBe(true);
      const message = (caught as Error).message;
      expect(message.startsWith(`${file}: `)).toBe(true);
      expect(message).toMatch(bad.message);
      expect(message).not.toContain('\n');
      expect(digest(file)).toBe(before);
      expect(() => openSqliteAuditStore(file, { readOnly: true })).toThrow();
      expect(digest(file)).toBe(before);
    });
  }

  it('refuses a data directory that cannot be created (read-only location)', () => {
    const blocker = join(scratch(), 'a-file');
    writeFileSync(blocker, 'x');
    for (const root of [join(blocker, 'data'), '/proc/rampart-cannot-exist']) {
      expect(() => ensureDataDir(resolveDataDir({ dataDir: root }))).toThrow(expect.objectContaining({ code: 'STORE_UNAVAILABLE', message: expect.stringContaining(root) }));
    }
    expect(readFileSync(blocker, 'utf8')).toBe('x');
  });

  it('a missing database is an error for readers and is never created by them', () => {
    const file = join(scratch(), 'rampart.db');
    expect(() => openSqliteAuditStore(file, { readOnly: true })).toThrow(expect.objectContaining({ code: 'STORE_UNAVAILABLE', message: expect.stringContaining('no Rampart database') }));
    expect(existsSync(file)).toBe(false);
  });

  it('creates a fresh database in WAL mode with the Rampart identity, and reopens it', () => {
    const file = join(scratch(), 'rampart.db');
    openSqlite(file).close();
    const database = openSqlite(file);
    expect(database.prepare('PRAGMA journal_mode').get()).toEqual({ journal_mode: 'wal' });
    expect(database.prepare('PRAGMA synchronous').get()).toEqual({ synchronous: 2 });
    expect(database.prepare('PRAGMA application_id').get()).toEqual({ application_id: rampartApplicationId });
    expect(database.prepare('PRAGMA user_version').get()).toEqual({ user_version: currentSchemaVersion });
    expect(database.prepare('SELECT version, name FROM rampart_migrations').all()).toEqual([{ version: 1, name: 'audit-trail' }]);
    expect(() => database.exec("UPDATE audit_events SET body = 'x'")).not.toThrow();
    database.exec("INSERT INTO audit_events VALUES (1, 'h', 'b')");
    expect(() => database.exec("UPDATE audit_events SET body = 'x'")).toThrow(/append-only/);
    expect(() => database.exec('DELETE FROM audit_events')).toThrow(/append-only/);
    database.close();
  });
});

describe('data directory and keys', () => {
  it('resolves explicit option > RAMPART_DATA_DIR > ./.rampart', () => {
    expect(resolveDataDir({ dataDir: 'x', env: { RAMPART_DATA_DIR: '/env' }, cwd: '/work' }).root).toBe('/work/x');
    expect(resolveDataDir({ env: { RAMPART_DATA_DIR: '/env' }, cwd: '/work' }).root).toBe('/env');
    expect(resolveDataDir({ env: {}, cwd: '/work' }).database).toBe('/work/.rampart/rampart.db');
  });

  it('creates the directories 0700 and the key 0600, then loads the same key', () => {
    const paths = ensureDataDir(resolveDataDir({ dataDir: join(scratch(), 'nested', 'data') }));
    expect(statSync(paths.root).mode & 0o777).toBe(0o700);
    expect(statSync(paths.keys).mode & 0o777).toBe(0o700);
    const created = loadOrCreateKeyPair(paths.auditKey, { create: true });
    expect(statSync(paths.auditKey).mode & 0o777).toBe(0o600);
    const loaded = loadOrCreateKeyPair(paths.auditKey, { create: false });
    expect(loaded.publicKey.export({ type: 'spki', format: 'pem' })).toBe(created.publicKey.export({ type: 'spki', format: 'pem' }));
    expect(readPublicKey(paths.auditKey).export({ type: 'spki', format: 'pem' })).toBe(created.publicKey.export({ type: 'spki', format: 'pem' }));
  });

  const badKeys: { name: string; code: string; content: string | undefined; mode?: number; message: RegExp }[] = [
    { name: 'a missing key over signed data', code: 'KEY_MISSING', content: undefined, message: /signing key is missing/ },
    { name: 'garbage', code: 'KEY_INVALID', content: 'not a key\n', message: /not an Ed25519 private key/ },
    { name: 'a truncated PEM', code: 'KEY_INVALID', content: '-----BEGIN PRIVATE KEY-----\nMC4CAQAwBQYDK2Vw\n-----END PRIVATE KEY-----\n', message: /not an Ed25519 private key/ },
    { name: 'an RSA key', code: 'KEY_INVALID', content: generateKeyPairSync('rsa', { modulusLength: 1024 }).privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(), message: /expected an Ed25519 key/ },
    { name: 'a world-readable key', code: 'KEY_INVALID', content: generateKeyPairSync('ed25519').privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(), mode: 0o644, message: /too open/ },
  ];
  for (const bad of badKeys) {
    it(`refuses ${bad.name} and leaves the file alone`, () => {
      const file = join(scratch(), 'audit-ed25519.pem');
      if (bad.content !== undefined) {
        writeFileSync(file, bad.content, { mode: 0o600 });
        chmodSync(file, bad.mode ?? 0o600);
      }
      expect(() => loadOrCreateKeyPair(file, { create: false })).toThrow(expect.objectContaining({ code: bad.code, message: expect.stringMatching(bad.message) }));
      if (bad.content === undefined) expect(existsSync(file)).toBe(false);
      else expect(readFileSync(file, 'utf8')).toBe(bad.content);
    });
  }
});

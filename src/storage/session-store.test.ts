import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { isRampartError } from '../kernel/errors.ts';
import { createMemorySessionStore } from './memory-stores.ts';
import { createSqliteSessionStore } from './sqlite-session-store.ts';
import { openSqlite } from './sqlite.ts';

const dirs: string[] = [];
afterEach(() => { for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true }); });

function databaseFile(): string {
  const dir = mkdtempSync(join(tmpdir(), 'rampart-sessions-'));
  dirs.push(dir);
  return join(dir, 'rampart.db');
}

describe.each([
  ['memory', () => ({ store: createMemorySessionStore(), close: () => undefined })],
  ['sqlite', () => { const database = openSqlite(databaseFile(), { create: true }); return { store: createSqliteSessionStore(database), close: () => database.close() }; }],
] as const)('%s session store', (_name, open) => {
  it('merges patches and keeps sessions apart', async () => {
    const { store, close } = open();
    expect(await store.get('a')).toBeUndefined();
    await store.update('a', { tainted: [{ origin: 'web' }] });
    expect(await store.update('a', { canary: 'c1' })).toEqual({ tainted: [{ origin: 'web' }], canary: 'c1' });
    expect(await store.get('b')).toBeUndefined();
    close();
  });
});

describe('sqlite session store', () => {
  it('keeps taint across a restart and between two connections', async () => {
    const file = databaseFile();
    const first = openSqlite(file, { create: true });
    const second = openSqlite(file, { create: true });
    await createSqliteSessionStore(first).update('s', { tainted: [{ origin: 'read_document' }] });
    expect(await createSqliteSessionStore(second).get('s')).toEqual({ tainted: [{ origin: 'read_document' }] });
    first.close();
    second.close();
    const reopened = openSqlite(file, { create: false });
    expect((await createSqliteSessionStore(reopened).get('s'))?.['tainted']).toHaveLength(1);
    reopened.close();
  });

  it('reports a closed database and a corrupt row as store errors, never as an empty session', async () => {
    const database = openSqlite(databaseFile(), { create: true });
    const store = createSqliteSessionStore(database);
    database.prepare("INSERT INTO sessions (id, state, updated_at) VALUES ('bad', '[1,2]', 0)").run();
    await expect(store.get('bad')).rejects.toSatisfy((error: unknown) => isRampartError(error, 'STORE_CORRUPT'));
    database.close();
    await expect(store.get('s')).rejects.toSatisfy((error: unknown) => isRampartError(error, 'STORE_UNAVAILABLE'));
  });
});

import { DatabaseSync } from 'node:sqlite';
import { describe, expect, it } from 'vitest';
import type { PinStore } from '../kernel/stores.ts';
import { createMemoryPinStore } from './memory-pin-store.ts';
import { createSqlitePinStore } from './sqlite-pin-store.ts';

const clock = { now: () => Date.parse('2026-01-02T03:04:05Z') };

describe.each([
  ['memory', () => createMemoryPinStore({ clock })],
  ['sqlite', () => createSqlitePinStore(new DatabaseSync(':memory:'), { clock })],
])('%s pin store', (_, create: () => PinStore) => {
  it('pins, replaces, lists and removes', async () => {
    const pins = create();
    expect(await pins.get('files', 'read')).toBeUndefined();
    await pins.set('files', 'read', 'aaa');
    await pins.set('files', 'write', 'bbb');
    await pins.set('mail', 'send', 'ccc');
    expect(await pins.get('files', 'read')).toEqual({ hash: 'aaa', pinnedAt: '2026-01-02T03:04:05.000Z' });
    await pins.set('files', 'read', 'ddd');
    expect((await pins.get('files', 'read'))?.hash).toBe('ddd');
    expect((await pins.list('files')).map((pin) => `${pin.tool}=${pin.hash}`)).toEqual(['read=ddd', 'write=bbb']);
    expect((await pins.list()).map((pin) => pin.server)).toEqual(['files', 'files', 'mail']);
    expect(await pins.remove('files', 'read')).toBe(true);
    expect(await pins.remove('files', 'read')).toBe(false);
    expect(await pins.get('files', 'read')).toBeUndefined();
  });

  it('keeps server and tool apart whatever characters they contain', async () => {
    const pins = create();
    await pins.set('a/b', 'c', 'one');
    await pins.set('a', 'b/c', 'two');
    await pins.set('__proto__', 'constructor', 'three');
    expect((await pins.get('a/b', 'c'))?.hash).toBe('one');
    expect((await pins.get('a', 'b/c'))?.hash).toBe('two');
    expect((await pins.get('__proto__', 'constructor'))?.hash).toBe('three');
    expect(await pins.get('a', 'b')).toBeUndefined();
  });
});

it('the SQLite pin store reports an unusable database as STORE_UNAVAILABLE', async () => {
  const database = new DatabaseSync(':memory:');
  const pins = createSqlitePinStore(database);
  database.close();
  await expect(pins.get('files', 'read')).rejects.toMatchObject({ code: 'STORE_UNAVAILABLE' });
});

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { afterAll, describe, expect, it } from 'vitest';
import type { ApprovalRecord, ApprovalStore, BudgetStore } from '../kernel/stores.ts';
import { createMemoryApprovalStore } from './memory-approval-store.ts';
import { createMemoryBudgetStore } from './memory-budget-store.ts';
import { createSqliteApprovalStore } from './sqlite-approval-store.ts';
import { createSqliteBudgetStore } from './sqlite-budget-store.ts';

const directory = mkdtempSync(join(tmpdir(), 'rampart-stores-'));
afterAll(() => rmSync(directory, { recursive: true, force: true }));

describe.each([
  ['memory', (): BudgetStore => createMemoryBudgetStore()],
  ['sqlite', (): BudgetStore => createSqliteBudgetStore(new DatabaseSync(':memory:'))],
])('%s budget store', (_name, make) => {
  it('adds within a window and starts over in the next one', async () => {
    const store = make();
    expect(await store.increment('k', 1, 60_000, 120_000)).toBe(1);
    expect(await store.increment('k', 2, 60_000, 179_999)).toBe(3);
    expect(await store.peek('k', 60_000, 150_000)).toBe(3);
    expect(await store.increment('k', 1, 60_000, 180_000)).toBe(1);
    expect(await store.peek('other', 60_000, 180_000)).toBe(0);
  });

  it('keeps windowless counters forever and separates keys', async () => {
    const store = make();
    await store.increment('a', 5, 0, 1);
    expect(await store.increment('a', 5, 0, 10 ** 12)).toBe(10);
    expect(await store.increment('b', 1, 0, 1)).toBe(1);
  });
});

describe('sqlite budget store across connections', () => {
  it('never loses an update when two connections increment the same counter', async () => {
    const file = join(directory, 'budget.db');
    const first = new DatabaseSync(file, { timeout: 5000 });
    first.exec('PRAGMA journal_mode = WAL');
    const stores = [createSqliteBudgetStore(first), createSqliteBudgetStore(new DatabaseSync(file, { timeout: 5000 }))];
    const totals = await Promise.all(Array.from({ length: 200 }, (_, index) => stores[index % 2]!.increment('shared', 1, 0, 0)));
    expect(new Set(totals).size).toBe(200);
    expect(Math.max(...totals)).toBe(200);
  });
});

const record = (id: string, createdAt = 1): ApprovalRecord => ({ id, status: 'pending', createdAt, expiresAt: createdAt + 1000, callHash: 'h'.repeat(64), request: { tool: 'refund_order', arguments: { amount: 1 } } });

describe.each([
  ['memory', (): ApprovalStore => createMemoryApprovalStore()],
  ['sqlite', (): ApprovalStore => createSqliteApprovalStore(new DatabaseSync(':memory:'))],
])('%s approval store', (_name, make) => {
  it('creates, reads, lists by status and transitions each state at most once', async () => {
    const store = make();
    await store.create(record('a', 2));
    await store.create(record('b', 1));
    await expect(store.create(record('a'))).rejects.toThrow();
    expect(await store.get('a')).toEqual(record('a', 2));
    expect(await store.get('missing')).toBeUndefined();
    expect((await store.list()).map((entry) => entry.id)).toEqual(['b', 'a']);
    expect(await store.transition('a', 'pending', 'granted', { approver: 'alice' })).toBe(true);
    expect(await store.transition('a', 'pending', 'denied')).toBe(false);
    expect(await store.get('a')).toMatchObject({ status: 'granted', decision: { approver: 'alice' } });
    expect(await store.transition('a', 'granted', 'consumed')).toBe(true);
    expect(await store.transition('a', 'granted', 'consumed')).toBe(false);
    expect((await store.list({ status: 'pending' })).map((entry) => entry.id)).toEqual(['b']);
    expect(await store.get('a')).toMatchObject({ status: 'consumed', decision: { approver: 'alice' } });
  });

  it('returns copies that callers cannot use to change stored state', async () => {
    const store = make();
    await store.create(record('c'));
    const copy = await store.get('c');
    (copy!.request as Record<string, unknown>)['tool'] = 'changed';
    expect((await store.get('c'))!.request['tool']).toBe('refund_order');
  });
});

import type { BudgetStore } from '../kernel/stores.ts';

/** Start of the fixed window that contains `now`; 0 when the counter has no window. */
export function windowStart(windowMs: number, now: number): number {
  return windowMs > 0 ? Math.floor(now / windowMs) * windowMs : 0;
}

/** In-memory budget counters for tests and single-process use; not shared across processes. */
export function createMemoryBudgetStore(): BudgetStore {
  const counters = new Map<string, { start: number; total: number }>();
  function current(key: string, windowMs: number, now: number): { start: number; total: number } {
    const start = windowStart(windowMs, now);
    const entry = counters.get(key);
    return entry !== undefined && entry.start === start ? entry : { start, total: 0 };
  }
  return {
    increment: async (key, amount, windowMs, now) => {
      const entry = current(key, windowMs, now);
      const next = { start: entry.start, total: entry.total + amount };
      counters.set(key, next);
      return next.total;
    },
    peek: async (key, windowMs, now) => current(key, windowMs, now).total,
  };
}

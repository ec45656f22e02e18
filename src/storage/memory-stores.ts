import type { SessionStore } from '../kernel/stores.ts';

/** In-memory session store for tests and single-process library use. */
export function createMemorySessionStore(): SessionStore {
  const sessions = new Map<string, Readonly<Record<string, unknown>>>();
  return {
    get: async (sessionId) => sessions.get(sessionId),
    update: async (sessionId, patch) => {
      const next = { ...sessions.get(sessionId), ...patch };
      sessions.set(sessionId, next);
      return next;
    },
  };
}

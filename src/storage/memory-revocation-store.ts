import type { RevocationStore } from '../kernel/stores.ts';

/** In-memory capability revocation list for tests and single-process use. */
export function createMemoryRevocationStore(): RevocationStore {
  const revoked = new Map<string, number>();
  return {
    revoke: async (tokenId, until) => {
      revoked.set(tokenId, Math.max(until, revoked.get(tokenId) ?? 0));
    },
    anyRevoked: async (tokenIds) => tokenIds.some((id) => revoked.has(id)),
  };
}

import type { ApprovalRecord, ApprovalStore } from '../kernel/stores.ts';

/** In-memory approval store for tests and single-process use; transitions are atomic within the process. */
export function createMemoryApprovalStore(): ApprovalStore {
  const records = new Map<string, ApprovalRecord>();
  return {
    create: async (record) => {
      if (records.has(record.id)) throw new Error(`approval ${record.id} already exists`);
      records.set(record.id, structuredClone(record));
    },
    get: async (id) => {
      const record = records.get(id);
      return record === undefined ? undefined : structuredClone(record);
    },
    list: async (filter = {}) => [...records.values()]
      .filter((record) => filter.status === undefined || record.status === filter.status)
      .sort((left, right) => left.createdAt - right.createdAt)
      .map((record) => structuredClone(record)),
    transition: async (id, expected, next, decision) => {
      const record = records.get(id);
      if (record === undefined || record.status !== expected) return false;
      records.set(id, { ...record, status: next, ...(decision === undefined ? {} : { decision: structuredClone(decision) }) });
      return true;
    },
  };
}

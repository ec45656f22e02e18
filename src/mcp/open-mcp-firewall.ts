import type { DatabaseSync } from 'node:sqlite';
import { openFirewall } from '../firewall/open-firewall.ts';
import type { Firewall } from '../firewall/create-firewall.ts';
import type { AuditSink } from '../kernel/audit-event.ts';
import type { PinStore } from '../kernel/stores.ts';
import type { CompiledPolicy } from '../policy/compile.ts';
import { resolveDataDir } from '../storage/data-dir.ts';
import { createMemoryPinStore } from '../storage/memory-pin-store.ts';
import { createSqlitePinStore } from '../storage/sqlite-pin-store.ts';
import { openSqlite } from '../storage/sqlite.ts';

/** A firewall opened for an MCP gateway, with the pin store and what must be closed. */
export interface OpenedMcpFirewall {
  readonly firewall: Firewall;
  readonly compiled: CompiledPolicy;
  readonly audit: AuditSink;
  readonly pins: PinStore;
  /** The data directory in use; undefined with memory storage. */
  readonly dataDir: string | undefined;
  close(): Promise<void>;
}

/** Where the gateway's policy and state come from. */
export interface OpenMcpFirewallOptions {
  readonly policyPath: string;
  readonly dataDir?: string | undefined;
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly cwd: string;
}

/**
 * Opens the firewall with every real stage (`openFirewall`) and adds the pin store: SQLite in the
 * same data directory (shared with `rampart mcp pins`), or memory when the policy keeps state in memory.
 */
export async function openMcpFirewall(options: OpenMcpFirewallOptions): Promise<OpenedMcpFirewall> {
  const opened = await openFirewall({ policyPath: options.policyPath, env: options.env, cwd: options.cwd, ...(options.dataDir === undefined ? {} : { dataDir: options.dataDir }) });
  let database: DatabaseSync | undefined;
  try {
    database = opened.dataDir === undefined ? undefined : openSqlite(resolveDataDir({ dataDir: opened.dataDir }).database);
  } catch (error) {
    await opened.close();
    throw error;
  }
  return {
    firewall: opened.firewall,
    compiled: opened.compiled,
    audit: opened.audit,
    pins: database === undefined ? createMemoryPinStore() : createSqlitePinStore(database),
    dataDir: opened.dataDir,
    async close() {
      try {
        await opened.close();
      } finally {
        database?.close();
      }
    },
  };
}

import { openFirewall } from '../firewall/open-firewall.ts';
import type { Firewall } from '../firewall/create-firewall.ts';
import type { AuditSink } from '../kernel/audit-event.ts';
import type { PinStore } from '../kernel/stores.ts';
import type { CompiledPolicy } from '../policy/compile.ts';

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
 * Opens the firewall with every real stage (`openFirewall`); its pin store lives in the same data
 * directory as everything else (shared with `rampart mcp pins`), or in memory with memory storage.
 */
export async function openMcpFirewall(options: OpenMcpFirewallOptions): Promise<OpenedMcpFirewall> {
  const opened = await openFirewall({ policyPath: options.policyPath, env: options.env, cwd: options.cwd, ...(options.dataDir === undefined ? {} : { dataDir: options.dataDir }) });
  return { firewall: opened.firewall, compiled: opened.compiled, audit: opened.audit, pins: opened.pins, dataDir: opened.dataDir, close: () => opened.close() };
}

import { Client } from '@modelcontextprotocol/client';
import { errorMessage } from '../../kernel/errors.ts';
import type { PinStore } from '../../kernel/stores.ts';
import type { Finding } from '../../kernel/verdict.ts';
import { startChildServer } from '../child-server.ts';
import { findToolPoisoning } from '../poisoning-rules.ts';
import { definitionTexts, readToolDefinition, toolDefinitionHash, type ToolDefinition } from '../tool-definition.ts';
import type { ClientConfig, ConfiguredServer } from './client-configs.ts';
import { configRisks, toolCapabilities } from './config-risks.ts';

/** What happened to one configured server during a scan. */
export type ServerScanStatus = 'scanned' | 'not-started' | 'remote-skipped' | 'failed';

/** One tool as the scan saw it. */
export interface ScannedTool {
  readonly name: string;
  readonly hash: string;
  /** Poisoning and shadowing findings (any high one means: do not use). */
  readonly findings: readonly Finding[];
  readonly capabilities: readonly Finding[];
  /** Compared with the previous scan of the same config entry. */
  readonly change: 'new' | 'changed' | 'unchanged';
}

/** The scan result of one configured server. */
export interface ServerReport {
  readonly config: string;
  readonly client: string;
  readonly server: string;
  readonly status: ServerScanStatus;
  readonly error?: string;
  readonly configFindings: readonly Finding[];
  readonly tools: readonly ScannedTool[];
  /** Tools present at the last scan and gone now. */
  readonly removed: readonly string[];
}

/** Everything a scan depends on. */
export interface ScanOptions {
  readonly configs: readonly ClientConfig[];
  /** Start stdio servers to list their tools (after --yes or a confirmation). */
  readonly start: boolean;
  /** The injection detector over a tool's model-visible text; returns its findings when it would block. */
  readonly inspect: (text: string) => Promise<readonly Finding[]>;
  /** Baseline of the previous scan. */
  readonly pins: PinStore;
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly cwd: string;
  /** Longest wait for one server to start and list its tools. */
  readonly timeoutMs?: number;
}

type RawTool = ToolDefinition & { annotations?: unknown };

// Launchers would otherwise download packages; the scan itself must cause no network traffic.
const offline = { npm_config_offline: 'true', UV_OFFLINE: '1', PIP_NO_INDEX: '1' };

async function listServerTools(server: ConfiguredServer, options: ScanOptions): Promise<RawTool[]> {
  const child = startChildServer({ command: server.command!, args: server.args, env: { ...options.env, ...server.env, ...offline }, cwd: options.cwd, stderr: 'ignore', maxMessageBytes: 16 * 1024 * 1024, graceMs: 500 });
  const client = new Client({ name: 'rampart-mcp-scan', version: '1.0.0' });
  const timeoutMs = options.timeoutMs ?? 30_000;
  let timer: NodeJS.Timeout | undefined;
  try {
    const listing = (async () => {
      await client.connect(child.transport);
      const tools: RawTool[] = [];
      let cursor: string | undefined;
      for (let page = 0; page < 100; page++) {
        const result = await client.listTools(cursor === undefined ? {} : { cursor });
        for (const tool of result.tools) {
          const definition = readToolDefinition(tool);
          if (definition !== undefined) tools.push({ ...definition, annotations: tool.annotations });
        }
        cursor = result.nextCursor;
        if (cursor === undefined) break;
      }
      return tools;
    })();
    const timeout = new Promise<never>((_, reject) => { timer = setTimeout(() => reject(new Error(`no tool list within ${timeoutMs} ms`)), timeoutMs); });
    return await Promise.race([listing, timeout]);
  } finally {
    clearTimeout(timer);
    await client.close().catch(() => undefined);
    await child.stop();
  }
}

/** Pins of the scan baseline live apart from the gateway's approved pins. */
function baselineKey(config: ClientConfig, server: string): string {
  return `scan:${config.path}#${server}`;
}

/**
 * Scans every configured server: config risks always; with `start`, launches each stdio server,
 * lists its tools and checks them for poisoning, cross-server shadowing, risky capabilities and
 * changes since the last scan. Remote (URL) servers are never contacted: the scan makes no network calls.
 */
export async function scanServers(options: ScanOptions): Promise<ServerReport[]> {
  const listed = new Map<string, RawTool[]>();
  const failures = new Map<string, string>();
  const key = (config: ClientConfig, server: ConfiguredServer) => `${config.path}\u0000${server.name}`;
  if (options.start) {
    for (const config of options.configs) {
      for (const server of config.servers) {
        if (server.command === undefined) continue;
        try {
          listed.set(key(config, server), await listServerTools(server, options));
        } catch (error) {
          const message = errorMessage(error);
          // The SDK only says "Connection closed" when the child exits early; say what that usually means here.
          failures.set(key(config, server), /connection closed/i.test(message) ? 'the server exited before listing its tools (launchers run offline during a scan: a package that is not installed locally cannot start)' : message);
        }
      }
    }
  }
  const reports: ServerReport[] = [];
  for (const config of options.configs) {
    for (const server of config.servers) {
      const tools = listed.get(key(config, server));
      // Shadowing is judged against every OTHER server's tools, across all scanned configs.
      const otherTools = [...listed.entries()].filter(([entry]) => entry !== key(config, server)).flatMap(([, other]) => other.map((tool) => tool.name));
      const base = { config: config.path, client: config.client, server: server.name, configFindings: configRisks(server) };
      if (tools === undefined) {
        const status: ServerScanStatus = server.command === undefined ? 'remote-skipped' : failures.has(key(config, server)) ? 'failed' : 'not-started';
        const failure = failures.get(key(config, server));
        reports.push({ ...base, status, tools: [], removed: [], ...(failure === undefined ? {} : { error: failure }) });
        continue;
      }
      const pinServer = baselineKey(config, server.name);
      const previous = new Map((await options.pins.list(pinServer)).map((pin) => [pin.tool, pin.hash]));
      const scanned: ScannedTool[] = [];
      for (const tool of tools) {
        const hash = toolDefinitionHash(tool);
        const findings = [...findToolPoisoning(tool, { otherTools }), ...(await options.inspect(definitionTexts(tool).map((item) => item.text).join('\n')))];
        const before = previous.get(tool.name);
        scanned.push({ name: tool.name, hash, findings, capabilities: toolCapabilities(tool), change: before === undefined ? 'new' : before === hash ? 'unchanged' : 'changed' });
        previous.delete(tool.name);
        await options.pins.set(pinServer, tool.name, hash);
      }
      for (const gone of previous.keys()) await options.pins.remove(pinServer, gone);
      reports.push({ ...base, status: 'scanned', tools: scanned, removed: [...previous.keys()] });
    }
  }
  return reports;
}

import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { createInterface } from 'node:readline/promises';
import { parseArgs } from 'node:util';
import { createInjectionDetector } from '../../input/create-injection-detector.ts';
import { RampartError } from '../../kernel/errors.ts';
import type { Finding } from '../../kernel/verdict.ts';
import { clientForPath, defaultConfigPaths, readClientConfig, type ClientConfig } from '../../mcp/scan/client-configs.ts';
import { formatScanReport, scanFailed } from '../../mcp/scan/format-report.ts';
import { scanServers } from '../../mcp/scan/scan-servers.ts';
import { loadPolicyFile } from '../../policy/load.ts';
import { policySchema } from '../../policy/schema.ts';
import { ensureDataDir, resolveDataDir } from '../../storage/data-dir.ts';
import { createSqlitePinStore } from '../../storage/sqlite-pin-store.ts';
import { openSqlite } from '../../storage/sqlite.ts';
import { exitCodes, type Command, type CommandIo } from '../io.ts';

const help = `usage: rampart mcp scan [CONFIG...] [--yes] [--json] [--policy FILE] [--data-dir DIR]

Audits MCP client configs (Claude Desktop, Cursor, VS Code, Windsurf, Claude Code). Without CONFIG,
reads every default location for this OS and the current project. Reports tool poisoning, shadowing
across servers, risky capabilities, config risks and changes since the last scan.
Servers are started (to list their tools) only with --yes or after you confirm on a terminal;
remote (URL) servers are never contacted: the scan makes no network calls.
  --yes            start the configured stdio servers without asking
  --json           print the reports as JSON
  --policy FILE    take detection thresholds from a policy (default: built-in balanced profile)
  --data-dir DIR   where the last-scan baseline is kept (default RAMPART_DATA_DIR or ./.rampart)
  --timeout MS     longest wait per server (default 30000)
Exit codes: 0 nothing alarming, 1 poisoning/shadowing/changes/high risk found, 2 usage error.
`;

async function confirm(io: CommandIo, count: number): Promise<boolean> {
  const input = io.stdin as NodeJS.ReadableStream & { isTTY?: boolean };
  if (input.isTTY !== true) return false;
  const prompt = createInterface({ input: io.stdin, output: io.stderr });
  try {
    const answer = await prompt.question(`Start ${count} MCP server(s) from these configs to list their tools? [y/N] `);
    return /^y(?:es)?$/i.test(answer.trim());
  } finally {
    prompt.close();
  }
}

/** `rampart mcp scan`: audit MCP client configs. */
export const mcpScan: Command = async (args, io) => {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, strict: true, options: { yes: { type: 'boolean' }, json: { type: 'boolean' }, policy: { type: 'string' }, 'data-dir': { type: 'string' }, timeout: { type: 'string' }, help: { type: 'boolean', short: 'h' } } });
  if (values.help === true) {
    io.stdout.write(help);
    return exitCodes.ok;
  }
  const timeoutMs = values.timeout === undefined ? 30_000 : Number(values.timeout);
  if (!Number.isInteger(timeoutMs) || timeoutMs <= 0) throw new RampartError('CONFIG_INVALID', `--timeout: expected a positive number of milliseconds, got '${values.timeout}'`);
  const candidates = positionals.length > 0
    ? positionals.map((path) => ({ path: resolve(io.cwd, path), client: clientForPath(path) }))
    : defaultConfigPaths({ env: io.env, cwd: io.cwd }).filter((candidate) => existsSync(candidate.path));
  const configs: ClientConfig[] = candidates.map((candidate) => readClientConfig(candidate.path, candidate.client));
  for (const config of configs) if (config.error !== undefined) io.stderr.write(`${config.path}: ${config.error}\n`);
  if (configs.length === 0) {
    io.stderr.write('rampart mcp scan: no MCP client config found; pass CONFIG paths\n');
    return exitCodes.usage;
  }
  const stdioServers = configs.reduce((sum, config) => sum + config.servers.filter((server) => server.command !== undefined).length, 0);
  const start = stdioServers > 0 && (values.yes === true || (await confirm(io, stdioServers)));
  const detection = values.policy === undefined ? policySchema.parse({ version: 1 }).detection : (await loadPolicyFile(values.policy, { cwd: io.cwd })).policy.detection;
  const detector = createInjectionDetector({ detection });
  const paths = ensureDataDir(resolveDataDir({ dataDir: values['data-dir'], env: io.env, cwd: io.cwd }));
  const database = openSqlite(paths.database);
  try {
    const reports = await scanServers({
      configs, start, pins: createSqlitePinStore(database), env: io.env, cwd: io.cwd, timeoutMs,
      inspect: async (text) => {
        const result = await detector.inspect(text, { source: 'tool-description' });
        if (result.verdict.action !== 'deny') return [];
        return result.findings.length > 0 ? result.findings : [{ ruleId: result.verdict.ruleId, layer: 'input', severity: 'high', evidence: result.verdict.reason } satisfies Finding];
      },
    });
    io.stdout.write(values.json === true ? `${JSON.stringify({ started: start, reports }, null, 2)}\n` : formatScanReport(reports));
    return scanFailed(reports) ? exitCodes.denied : exitCodes.ok;
  } finally {
    database.close();
  }
};

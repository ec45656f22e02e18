import { readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import JSON5 from 'json5';
import { isPlainObject } from '../../kernel/own.ts';
import { errorMessage } from '../../kernel/errors.ts';

/** Which MCP client a config file belongs to. */
export type McpClientKind = 'claude-desktop' | 'cursor' | 'vscode' | 'windsurf' | 'claude-code' | 'unknown';

/** One server entry from a client config. */
export interface ConfiguredServer {
  readonly name: string;
  readonly command?: string;
  readonly args: readonly string[];
  readonly env: Readonly<Record<string, string>>;
  readonly url?: string;
  /** True when the entry already runs through `rampart mcp wrap`. */
  readonly wrapped: boolean;
}

/** A parsed client config file. */
export interface ClientConfig {
  readonly path: string;
  readonly client: McpClientKind;
  readonly servers: readonly ConfiguredServer[];
  /** Set when the file could not be read or parsed. */
  readonly error?: string;
}

/** Default config locations of the supported clients for a platform (user-level, then project-level). */
export function defaultConfigPaths(options: { platform?: NodeJS.Platform; home?: string; env?: Readonly<Record<string, string | undefined>>; cwd?: string } = {}): { path: string; client: McpClientKind }[] {
  const platform = options.platform ?? process.platform;
  const home = options.home ?? homedir();
  const env = options.env ?? {};
  const appData = env['APPDATA'] ?? join(home, 'AppData', 'Roaming');
  const userConfig = platform === 'darwin' ? join(home, 'Library', 'Application Support') : platform === 'win32' ? appData : env['XDG_CONFIG_HOME'] ?? join(home, '.config');
  const paths: { path: string; client: McpClientKind }[] = [
    { path: join(userConfig, 'Claude', 'claude_desktop_config.json'), client: 'claude-desktop' },
    { path: join(home, '.cursor', 'mcp.json'), client: 'cursor' },
    { path: join(userConfig, 'Code', 'User', 'mcp.json'), client: 'vscode' },
    { path: join(home, '.codeium', 'windsurf', 'mcp_config.json'), client: 'windsurf' },
    { path: join(home, '.claude.json'), client: 'claude-code' },
  ];
  if (options.cwd !== undefined) {
    paths.push({ path: join(options.cwd, '.cursor', 'mcp.json'), client: 'cursor' }, { path: join(options.cwd, '.vscode', 'mcp.json'), client: 'vscode' }, { path: join(options.cwd, '.mcp.json'), client: 'claude-code' });
  }
  return paths;
}

/** Guesses the client from a path, for configs given on the command line. */
export function clientForPath(path: string): McpClientKind {
  if (/claude_desktop_config\.json$/i.test(path)) return 'claude-desktop';
  if (/[\\/]\.cursor[\\/]mcp\.json$/i.test(path)) return 'cursor';
  if (/[\\/](?:\.vscode|Code[\\/]User)[\\/](?:mcp|settings)\.json$/i.test(path)) return 'vscode';
  if (/windsurf[\\/]mcp_config\.json$/i.test(path)) return 'windsurf';
  if (/(?:\.claude\.json|\.mcp\.json)$/i.test(path)) return 'claude-code';
  return 'unknown';
}

const stringArray = (value: unknown): string[] => (Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : []);

function stringRecord(value: unknown): Record<string, string> {
  const record: Record<string, string> = {};
  if (isPlainObject(value)) for (const [key, item] of Object.entries(value)) if (typeof item === 'string') record[key] = item;
  return record;
}

function readServer(name: string, entry: unknown): ConfiguredServer | undefined {
  if (!isPlainObject(entry)) return undefined;
  const command = typeof entry['command'] === 'string' ? entry['command'] : undefined;
  const url = typeof entry['url'] === 'string' ? entry['url'] : typeof entry['serverUrl'] === 'string' ? entry['serverUrl'] : undefined;
  const args = stringArray(entry['args']);
  const wrapped = command !== undefined && /(?:^|[\\/])rampart(?:\.js)?$/.test(command) ? args.slice(0, 2).join(' ') === 'mcp wrap' : args.some((argument, index) => /rampart(?:\.js)?$/.test(argument) && args[index + 1] === 'mcp' && args[index + 2] === 'wrap');
  return { name, args, env: stringRecord(entry['env']), wrapped, ...(command === undefined ? {} : { command }), ...(url === undefined ? {} : { url }) };
}

/**
 * Parses a client config: `mcpServers` (Claude Desktop, Cursor, Windsurf, Claude Code), `servers`
 * (VS Code mcp.json) or `mcp.servers` (VS Code settings.json). Comments and trailing commas are
 * accepted, as VS Code writes them.
 */
export function parseClientConfig(path: string, text: string, client: McpClientKind = clientForPath(path)): ClientConfig {
  let document: unknown;
  try {
    document = JSON5.parse(text);
  } catch (error) {
    return { path, client, servers: [], error: `not valid JSON: ${errorMessage(error)}` };
  }
  if (!isPlainObject(document)) return { path, client, servers: [], error: 'expected a JSON object' };
  const mcp = isPlainObject(document['mcp']) ? document['mcp'] : undefined;
  const table = [document['mcpServers'], document['servers'], mcp?.['servers']].find(isPlainObject);
  const servers: ConfiguredServer[] = [];
  if (table !== undefined) {
    for (const [name, entry] of Object.entries(table)) {
      const server = readServer(name, entry);
      if (server !== undefined) servers.push(server);
    }
  }
  return { path, client, servers };
}

/** Reads and parses a config file; a missing or unreadable file is reported, not thrown. */
export function readClientConfig(path: string, client?: McpClientKind): ClientConfig {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    return { path, client: client ?? clientForPath(path), servers: [], error: (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'not found' : errorMessage(error) };
  }
  return parseClientConfig(path, text, client);
}

import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { ArgumentScope } from '../../gate/capability-scope.ts';
import { createCapabilityAuthority, type AttenuateRequest, type CapabilityAuthority } from '../../gate/capabilities.ts';
import { duration } from '../../policy/sections/common.ts';
import { ensureDataDir, resolveDataDir } from '../../storage/data-dir.ts';
import { loadOrCreateKeyPair } from '../../storage/keys.ts';
import { createSqliteRevocationStore } from '../../storage/sqlite-revocation-store.ts';
import { openSqlite } from '../../storage/sqlite.ts';
import { exitCodes, out, type Command, type CommandIo } from '../io.ts';

/** File name of the Ed25519 capability signing key inside the data directory's `keys/`. */
export const capabilityKeyFileName = 'capability-ed25519.pem';

const help = `usage: rampart capability issue --tools T1,T2 [--scope ARG:KIND=VALUES]... [--agent NAME] [--ttl 1h] [--max-depth N] [--task TEXT]
       rampart capability attenuate TOKEN [--tools ...] [--scope ...] [--agent NAME] [--ttl 10m] [--max-depth N]
       rampart capability verify TOKEN
       rampart capability revoke TOKEN

Task-scoped capability tokens, signed with <data>/keys/${capabilityKeyFileName} (created on first use); revocations
are stored in <data>/rampart.db. Scopes: path:path_prefix=logs,tmp  url:domains=api.x.com,*.y.com  amount:max=100  asset:enum=a,b
Attenuation can only narrow: fewer tools, tighter scopes, shorter life, depth + 1 <= max depth.
exit codes: 0 ok, 1 token refused (widening, expired, revoked, forged), 2 usage or store error
`;

function parse(args: string[]) {
  return parseArgs({
    args, strict: true, allowPositionals: true,
    options: {
      'help': { type: 'boolean', short: 'h' }, 'data-dir': { type: 'string' }, 'tools': { type: 'string' }, 'scope': { type: 'string', multiple: true },
      'agent': { type: 'string' }, 'ttl': { type: 'string' }, 'max-depth': { type: 'string' }, 'task': { type: 'string' },
    },
  });
}

type Values = ReturnType<typeof parse>['values'];

function scopes(entries: readonly string[]): Record<string, ArgumentScope> {
  const result: Record<string, Record<string, unknown>> = {};
  for (const entry of entries) {
    const match = /^([A-Za-z_][\w.-]*):(path_prefix|domains|max|enum)=(.*)$/.exec(entry);
    if (match === null) throw new Error(`--scope: expected ARG:KIND=VALUES, got '${entry}'`);
    const [, argument, kind, text] = match as unknown as [string, string, string, string];
    const scope = Object.hasOwn(result, argument) ? result[argument]! : (result[argument] = {});
    scope[kind] = kind === 'max' ? Number(text) : text.split(',').filter((value) => value !== '');
  }
  return result as Record<string, ArgumentScope>;
}

function ttl(text: string | undefined, fallback: number | undefined): number | undefined {
  return text === undefined ? fallback : duration.parse(/^\d+$/.test(text) ? Number(text) : text);
}

function withAuthority<T>(io: CommandIo, values: Values, run: (authority: CapabilityAuthority) => Promise<T>): Promise<T> {
  const paths = ensureDataDir(resolveDataDir({ dataDir: values['data-dir'], env: io.env, cwd: io.cwd }));
  const database = openSqlite(paths.database);
  const key = loadOrCreateKeyPair(join(paths.keys, capabilityKeyFileName), { create: !existsSync(join(paths.keys, capabilityKeyFileName)) }).privateKey;
  const authority = createCapabilityAuthority({ key, revocations: createSqliteRevocationStore(database) });
  return run(authority).finally(() => database.close());
}

function narrower(values: Values): AttenuateRequest {
  const request: { -readonly [K in keyof AttenuateRequest]: AttenuateRequest[K] } = {};
  if (values.tools !== undefined) request.tools = values.tools.split(',').filter((tool) => tool !== '');
  if (values.scope !== undefined) request.scopes = scopes(values.scope);
  if (values.agent !== undefined) request.agent = values.agent;
  if (values.task !== undefined) request.task = values.task;
  const lifetime = ttl(values.ttl, undefined);
  if (lifetime !== undefined) request.ttlMs = lifetime;
  if (values['max-depth'] !== undefined) request.maxDepth = Number(values['max-depth']);
  return request;
}

/** `rampart capability issue|attenuate|verify|revoke`: the sub-command is the first positional word. */
export const capability: Command = async (args, io) => {
  const { values, positionals } = parse(args);
  const [action, token] = positionals;
  if (values.help === true) { io.stdout.write(help); return exitCodes.ok; }
  if (action === undefined || !['issue', 'attenuate', 'verify', 'revoke'].includes(action)) { io.stderr.write(`rampart capability: expected issue, attenuate, verify or revoke\n${help}`); return exitCodes.usage; }
  if (action !== 'issue' && token === undefined) { io.stderr.write(`rampart capability ${action}: no TOKEN given\n`); return exitCodes.usage; }
  if (action === 'issue' && values.tools === undefined) { io.stderr.write('rampart capability issue: --tools is required\n'); return exitCodes.usage; }
  let request: AttenuateRequest;
  try { request = narrower(values); } catch (error) { io.stderr.write(`${(error as Error).message}\n`); return exitCodes.usage; }
  return withAuthority(io, values, async (authority) => {
    if (action === 'issue') {
      out(io, authority.issue({ ...request, tools: request.tools ?? [], ttlMs: request.ttlMs ?? 3_600_000 }));
      return exitCodes.ok;
    }
    const result = action === 'attenuate' ? await authority.attenuate(token!, request) : action === 'revoke' ? await authority.revoke(token!) : await authority.verify(token!);
    if (!result.ok) { io.stderr.write(`${result.ruleId}: ${result.reason}\n`); return exitCodes.denied; }
    out(io, action === 'attenuate' ? result.token : action === 'revoke' ? `revoked ${result.claims.id}` : JSON.stringify(result.claims));
    return exitCodes.ok;
  });
};

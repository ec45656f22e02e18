import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { parseCapabilityKey, type CapabilityKey } from '../../gate/capabilities.ts';
import type { RevocationStore } from '../../kernel/stores.ts';
import { resolveDataDir } from '../../storage/data-dir.ts';
import { loadOrCreateKeyPair } from '../../storage/keys.ts';
import { createMemoryRevocationStore } from '../../storage/memory-revocation-store.ts';
import { createSqliteRevocationStore } from '../../storage/sqlite-revocation-store.ts';
import { openSqlite } from '../../storage/sqlite.ts';
import { capabilityKeyFileName } from './capability.ts';
import { createToolGate } from '../../gate/create-tool-gate.ts';
import { chainSecretResolvers, createEnvSecretResolver, createFileSecretResolver } from '../../gate/secrets.ts';
import { RampartError } from '../../kernel/errors.ts';
import { isPlainObject } from '../../kernel/own.ts';
import type { TaintSource } from '../../kernel/types.ts';
import { openAuditTrail } from '../../audit/open-audit-trail.ts';
import { hashJson } from '../../kernel/crypto.ts';
import { loadPolicyFile } from '../../policy/load.ts';
import { createMemoryBudgetStore } from '../../storage/memory-budget-store.ts';
import { exitCodes, out, type Command, type CommandIo } from '../io.ts';

const help = `usage: rampart gate check --policy FILE [--agent NAME | --role ROLE] [options]

Checks one tool call against the policy and prints the verdict. The call is JSON
{"name": "...", "arguments": {...}} given with --call or on stdin.

options:
  --policy FILE         policy file (required)
  --agent NAME          act as this agent (its role comes from the policy)
  --role ROLE           act with this role (when there is no agent)
  --tainted SOURCE      mark the session tainted by SOURCE (repeatable), e.g. --tainted web:https://x
  --depth N             delegation depth of the caller (default 0)
  --capability TOKEN    task capability token, verified with RAMPART_CAPABILITY_KEY or the data directory's
                        capability key and revocation list (see rampart capability)
  --data-dir DIR        data directory (default: policy storage.data_dir, RAMPART_DATA_DIR, else ./.rampart); the
                        verdict is appended to its audit trail as tool-call-allowed, -held or -blocked
  --resolve HOST=IP     answer DNS for HOST with IP (repeatable); with any --resolve, other names fail
  --secrets-file FILE   secrets for {{secret:NAME}} (JSON object or NAME=value lines); env RAMPART_SECRET_<NAME> also works
  --call JSON           the call (otherwise read from stdin)
  --json                print the verdict as JSON

exit codes: 0 allow, 1 deny or ask (the call would wait for a human), 2 usage or policy error
`;

async function readStdin(io: CommandIo): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of io.stdin) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : Buffer.from(chunk as Uint8Array));
  return Buffer.concat(chunks).toString('utf8');
}

function parseCall(text: string): { name: string; arguments: Record<string, unknown> } {
  let value: unknown;
  try { value = JSON.parse(text); } catch { throw new RampartError('REQUEST_INVALID', 'call: not valid JSON'); }
  if (!isPlainObject(value) || typeof value['name'] !== 'string') throw new RampartError('REQUEST_INVALID', 'call: expected {"name": string, "arguments": object}');
  const args = value['arguments'] ?? {};
  if (!isPlainObject(args)) throw new RampartError('REQUEST_INVALID', 'call.arguments: expected an object');
  return { name: value['name'], arguments: args };
}

function taintSource(label: string, now: string): TaintSource {
  const colon = label.indexOf(':');
  const source = colon === -1 ? 'tool-result' : label.slice(0, colon);
  const known = ['user', 'system', 'tool-result', 'document', 'web', 'email', 'tool-description', 'model-output'];
  if (!known.includes(source)) throw new RampartError('REQUEST_INVALID', `--tainted: unknown source '${source}' (use one of ${known.join(', ')})`);
  return { source: source as TaintSource['source'], origin: colon === -1 ? label : label.slice(colon + 1), contentHash: '', at: now };
}

/** `rampart gate check`: one tool call in, one verdict out. */
export const gateCheck: Command = async (args, io) => {
  const { values } = parseArgs({
    args, strict: true, allowPositionals: false,
    options: {
      'help': { type: 'boolean', short: 'h' }, 'policy': { type: 'string' }, 'agent': { type: 'string' }, 'role': { type: 'string' },
      'tainted': { type: 'string', multiple: true }, 'depth': { type: 'string' }, 'capability': { type: 'string' }, 'resolve': { type: 'string', multiple: true },
      'secrets-file': { type: 'string' }, 'call': { type: 'string' }, 'json': { type: 'boolean' }, 'data-dir': { type: 'string' },
    },
  });
  if (values.help === true) { io.stdout.write(help); return exitCodes.ok; }
  if (values.policy === undefined) { io.stderr.write(`rampart gate check: --policy is required\n${help}`); return exitCodes.usage; }
  const depth = values.depth === undefined ? 0 : Number(values.depth);
  if (!Number.isInteger(depth) || depth < 0) { io.stderr.write('--depth: expected a non-negative integer\n'); return exitCodes.usage; }
  const loaded = await loadPolicyFile(values.policy, { cwd: io.cwd });
  const agent = values.agent === undefined ? undefined : loaded.compiled.agent(values.agent);
  if (values.agent !== undefined && agent === undefined) { io.stderr.write(`--agent: no agent '${values.agent}' in ${values.policy}\n`); return exitCodes.usage; }
  const role = agent?.role ?? values.role ?? loaded.policy.default_role;
  if (role === undefined) { io.stderr.write('rampart gate check: give --agent or --role (the policy has no default_role)\n'); return exitCodes.usage; }
  const call = parseCall(values.call ?? await readStdin(io));
  const answers = new Map<string, string[]>();
  for (const entry of values.resolve ?? []) {
    const [host, address] = entry.split('=');
    if (host === undefined || address === undefined || host === '' || address === '') { io.stderr.write(`--resolve: expected HOST=IP, got '${entry}'\n`); return exitCodes.usage; }
    answers.set(host.toLowerCase(), [...(answers.get(host.toLowerCase()) ?? []), address]);
  }
  const capability = values.capability === undefined ? undefined : openCapabilityVerifier(io, values['data-dir']);
  // Opened before the check: a verdict that cannot be audited is never printed (fail closed).
  const audit = await openAuditTrail({ dataDir: values['data-dir'], policy: loaded.policy, env: io.env, cwd: io.cwd })
    .catch((error: unknown) => { capability?.close(); throw error; });
  try {
    const gate = createToolGate({
      policy: loaded.policy, compiled: loaded.compiled, budgets: createMemoryBudgetStore(), audit,
      secrets: chainSecretResolvers(createEnvSecretResolver(io.env), ...(values['secrets-file'] === undefined ? [] : [createFileSecretResolver(values['secrets-file'])])),
      ...(answers.size === 0 ? {} : { resolveDns: async (host: string) => { const found = answers.get(host.toLowerCase()); if (found === undefined) throw new Error(`no --resolve answer for ${host}`); return found; } }),
      ...(capability === undefined ? {} : { capabilityKey: capability.key, revocations: capability.revocations }),
    });
    const now = new Date().toISOString();
    const session = {
      sessionId: 'cli', traceId: 'cli', agentId: values.agent ?? 'cli', role, depth,
      tainted: (values.tainted ?? []).map((label) => taintSource(label, now)),
      ...(values.capability === undefined ? {} : { capability: values.capability }),
    };
    const verdict = await gate.check({ id: 'cli', ...call }, session);
    // Same event shape as the firewall's checkToolCall, so `audit tail` reads CLI checks like proxied ones.
    audit.record({
      type: verdict.action === 'allow' ? 'tool-call-allowed' : verdict.action === 'ask' ? 'tool-call-held' : 'tool-call-blocked',
      sessionId: session.sessionId, traceId: session.traceId, agentId: session.agentId, decision: verdict.action,
      ruleIds: verdict.action === 'allow' ? [] : [verdict.ruleId],
      reasons: verdict.action === 'deny' || verdict.action === 'ask' ? [verdict.reason] : [],
      data: { tool: call.name, callId: 'cli', argumentsHash: hashJson({ name: call.name, arguments: call.arguments }), depth, tainted: session.tainted.map((taint) => taint.origin), surface: 'cli' },
    });
    await audit.flush();
    if (values.json === true) out(io, JSON.stringify(verdict));
    else if (verdict.action === 'allow') out(io, `allow ${call.name}`);
    else if (verdict.action === 'deny' || verdict.action === 'ask') out(io, `${verdict.action} ${verdict.ruleId}: ${verdict.reason}`);
    else out(io, `${verdict.action} ${verdict.ruleId}`);
    return verdict.action === 'allow' ? exitCodes.ok : exitCodes.denied;
  } finally {
    try {
      await audit.close();
    } finally {
      capability?.close();
    }
  }
};

function openCapabilityVerifier(io: CommandIo, dataDir: string | undefined): { key: CapabilityKey; revocations: RevocationStore; close: () => void } {
  const fromEnv = io.env['RAMPART_CAPABILITY_KEY'];
  const paths = resolveDataDir({ dataDir, env: io.env, cwd: io.cwd });
  const keyFile = join(paths.keys, capabilityKeyFileName);
  const database = existsSync(paths.database) ? openSqlite(paths.database, { create: false }) : undefined;
  const revocations = database === undefined ? createMemoryRevocationStore() : createSqliteRevocationStore(database);
  const close = (): void => database?.close();
  if (fromEnv !== undefined && fromEnv !== '') return { key: parseCapabilityKey(fromEnv), revocations, close };
  if (existsSync(keyFile)) return { key: loadOrCreateKeyPair(keyFile, { create: false }).privateKey, revocations, close };
  close();
  throw new RampartError('KEY_MISSING', `--capability: no RAMPART_CAPABILITY_KEY and no ${keyFile}`);
}

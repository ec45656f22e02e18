import { userInfo } from 'node:os';
import { parseArgs } from 'node:util';
import { createApprovalQueue, type ApprovalQueue } from '../../approvals/create-approval-queue.ts';
import { loadOrCreateApproverKey } from '../../approvals/decision-signing.ts';
import { openAuditTrail } from '../../audit/index.ts';
import type { ApprovalRecord } from '../../kernel/stores.ts';
import { loadPolicyFile } from '../../policy/load.ts';
import { duration } from '../../policy/sections/common.ts';
import { ensureDataDir, resolveDataDir } from '../../storage/data-dir.ts';
import { createSqliteApprovalStore } from '../../storage/sqlite-approval-store.ts';
import { openSqlite } from '../../storage/sqlite.ts';
import { exitCodes, out, type Command, type CommandIo } from '../io.ts';

const help = `usage: rampart approvals list [--status STATUS] [--json]
       rampart approvals show ID [--json]
       rampart approvals approve ID [--as NAME] [--ttl 5m | --policy FILE]
       rampart approvals deny ID [--as NAME]

Works directly on the data directory's database (--data-dir, else RAMPART_DATA_DIR, else ./.rampart).
Decisions are signed with keys/approver-ed25519.pem (created on first use) and bound to the exact call.
exit codes: 0 ok, 1 decision refused (late, already decided, not found), 2 usage or store error
`;

const statuses = ['pending', 'granted', 'denied', 'expired', 'consumed'] as const;

function parse(args: string[]) {
  return parseArgs({
    args, strict: true, allowPositionals: true,
    options: {
      'help': { type: 'boolean', short: 'h' }, 'data-dir': { type: 'string' }, 'status': { type: 'string' }, 'json': { type: 'boolean' },
      'as': { type: 'string' }, 'ttl': { type: 'string' }, 'policy': { type: 'string' },
    },
  });
}

async function withQueue<T>(io: CommandIo, values: ReturnType<typeof parse>['values'], run: (queue: ApprovalQueue, keysDirectory: string) => Promise<T>): Promise<T> {
  const paths = resolveDataDir({ dataDir: values['data-dir'], env: io.env, cwd: io.cwd });
  const database = openSqlite(paths.database, { create: false });
  const audit = await openAuditTrail({ dataDir: paths.root, env: io.env, cwd: io.cwd });
  try {
    ensureDataDir(paths);
    const key = loadOrCreateApproverKey(paths.keys);
    let decisionTtlMs = 300_000;
    if (values.policy !== undefined) decisionTtlMs = (await loadPolicyFile(values.policy, { cwd: io.cwd })).policy.approvals.decision_ttl;
    if (values.ttl !== undefined) decisionTtlMs = duration.parse(/^\d+$/.test(values.ttl) ? Number(values.ttl) : values.ttl);
    const queue = createApprovalQueue({ store: createSqliteApprovalStore(database), audit, trustedKeys: [key], decisionTtlMs });
    return await run(queue, paths.keys);
  } finally {
    await audit.close();
    database.close();
  }
}

function line(record: ApprovalRecord): string {
  const request = record.request;
  const requester = (request['requester'] ?? {}) as Record<string, unknown>;
  return `${record.id}  ${record.status.padEnd(8)}  ${String(request['tool'])}  risk=${String(request['risk'])}  agent=${String(requester['agentId'])}  expires=${new Date(record.expiresAt).toISOString()}  ${String(request['reason'])}`;
}

/** `rampart approvals list`: approvals in the data directory, oldest first. */
export const approvalsList: Command = async (args, io) => {
  const { values } = parse(args);
  if (values.help === true) { io.stdout.write(help); return exitCodes.ok; }
  const status = values.status;
  if (status !== undefined && !(statuses as readonly string[]).includes(status)) { io.stderr.write(`--status: expected one of ${statuses.join(', ')}\n`); return exitCodes.usage; }
  return withQueue(io, values, async (queue) => {
    const records = await queue.list(status === undefined ? {} : { status: status as ApprovalRecord['status'] });
    if (values.json === true) out(io, JSON.stringify(records));
    else if (records.length === 0) out(io, 'no approvals');
    else for (const record of records) out(io, line(record));
    return exitCodes.ok;
  });
};

/** `rampart approvals show ID`: one approval with its arguments and decision. */
export const approvalsShow: Command = async (args, io) => {
  const { values, positionals } = parse(args);
  if (values.help === true) { io.stdout.write(help); return exitCodes.ok; }
  const id = positionals[0];
  if (id === undefined) { io.stderr.write(`rampart approvals show: no ID given\n${help}`); return exitCodes.usage; }
  return withQueue(io, values, async (queue) => {
    const record = await queue.show(id);
    if (record === undefined) { io.stderr.write(`${id}: no such approval\n`); return exitCodes.denied; }
    out(io, values.json === true ? JSON.stringify(record) : JSON.stringify(record, null, 2));
    return exitCodes.ok;
  });
};

function decideCommand(decision: 'granted' | 'denied'): Command {
  return async (args, io) => {
    const { values, positionals } = parse(args);
    if (values.help === true) { io.stdout.write(help); return exitCodes.ok; }
    const id = positionals[0];
    if (id === undefined) { io.stderr.write(`rampart approvals ${decision === 'granted' ? 'approve' : 'deny'}: no ID given\n${help}`); return exitCodes.usage; }
    return withQueue(io, values, async (queue, keysDirectory) => {
      const approver = values.as ?? io.env['USER'] ?? userInfo().username;
      const result = await queue.decide(id, decision, { approver, privateKey: loadOrCreateApproverKey(keysDirectory) });
      if (!result.ok) { io.stderr.write(`${id}: decision refused: ${result.reason}\n`); return exitCodes.denied; }
      out(io, `${id} ${result.record.status} by ${approver}`);
      return exitCodes.ok;
    });
  };
}

/** `rampart approvals approve ID`: signs and records a grant for the exact pending call. */
export const approvalsApprove: Command = decideCommand('granted');
/** `rampart approvals deny ID`: signs and records a denial. */
export const approvalsDeny: Command = decideCommand('denied');

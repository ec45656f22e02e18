import { setTimeout as sleep } from 'node:timers/promises';
import { parseArgs } from 'node:util';
import { rowToEvent, rowToLine } from '../../audit/event-codec.ts';
import type { AuditRow } from '../../kernel/stores.ts';
import { exitCodes, type Command, type CommandIo } from '../io.ts';
import { dataDirOption, openLogFor, positiveIntegerOption, writeWithBackpressure } from './audit-shared.ts';

const help = `usage: rampart audit tail [-n N] [--follow] [--json] [--data-dir DIR]

Prints the last N events (default 10), oldest first.
-n N       how many events
--follow   keep printing new events as they are written (until interrupted)
--json     one RFC 8785 JSON event per line (same format as export)
Exit codes: 0 printed, 2 usage error or missing/unreadable database.
`;

const followIntervalMs = 250;

/** `rampart audit tail`: prints the newest events, optionally following the log. */
export const auditTail: Command = async (args, io) => {
  const { values } = parseArgs({
    args, strict: true,
    options: { ...dataDirOption, lines: { type: 'string', short: 'n' }, follow: { type: 'boolean' }, json: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
  });
  if (values.help === true) {
    io.stdout.write(help);
    return exitCodes.ok;
  }
  const count = positiveIntegerOption('lines', values.lines) ?? 10;
  const json = values.json === true;
  const log = openLogFor(io, values['data-dir']);
  try {
    const head = await log.store.head();
    let next = head === undefined ? 1 : Math.max(1, head.seq - count + 1);
    next = await print(io, await log.store.range(next, head?.seq ?? 0), next, json);
    while (values.follow === true) {
      await sleep(followIntervalMs);
      for await (const page of log.store.pages(next)) next = await print(io, page, next, json);
    }
    return exitCodes.ok;
  } finally {
    await log.store.close();
  }
};

async function print(io: CommandIo, rows: readonly AuditRow[], next: number, json: boolean): Promise<number> {
  let chunk = '';
  for (const row of rows) chunk += `${json ? rowToLine(row) : human(row)}\n`;
  if (chunk !== '') await writeWithBackpressure(io.stdout, chunk);
  return rows.at(-1) === undefined ? next : rows.at(-1)!.seq + 1;
}

function human(row: AuditRow): string {
  const event = rowToEvent(row);
  const who = [event.agentId === null ? '' : `agent=${event.agentId}`, event.sessionId === null ? '' : `session=${event.sessionId}`].filter(Boolean).join(' ');
  const rules = event.ruleIds.length === 0 ? '' : ` rules=${event.ruleIds.join(',')}`;
  const reasons = event.reasons.length === 0 ? '' : ` reason="${event.reasons.join('; ')}"`;
  return `${event.seq} ${event.ts} ${event.type} ${event.decision}${who === '' ? '' : ` ${who}`}${rules}${reasons}`;
}

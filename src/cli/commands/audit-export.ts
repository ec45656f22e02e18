import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { parseArgs } from 'node:util';
import { rowToLine } from '../../audit/event-codec.ts';
import { RampartError, errorMessage } from '../../kernel/errors.ts';
import { exitCodes, type Command } from '../io.ts';
import { dataDirOption, openLogFor, positiveIntegerOption, writeWithBackpressure } from './audit-shared.ts';

const help = `usage: rampart audit export --format jsonl [--since SEQ] [--out FILE] [--data-dir DIR]

Streams events as JSON Lines, one RFC 8785 event per line including seq, prevHash and hash,
so a SIEM (or \`jq\`) can re-check the chain. Memory use is constant in the log size.
--since SEQ  start at this seq (default 1)
--out FILE   write to FILE (refuses to overwrite an existing file); default stdout
Exit codes: 0 exported, 2 usage error or missing/unreadable database.
`;

/** `rampart audit export`: writes the log as JSON Lines with the chain fields, page by page. */
export const auditExport: Command = async (args, io) => {
  const { values } = parseArgs({
    args, strict: true,
    options: { ...dataDirOption, format: { type: 'string', default: 'jsonl' }, since: { type: 'string' }, out: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
  });
  if (values.help === true) {
    io.stdout.write(help);
    return exitCodes.ok;
  }
  if (values.format !== 'jsonl') throw new TypeError(`--format: only 'jsonl' is supported, got '${values.format}'`);
  const since = positiveIntegerOption('since', values.since) ?? 1;
  const log = openLogFor(io, values['data-dir']);
  try {
    const file = values.out;
    const sink = file === undefined ? io.stdout : createWriteStream(file, { flags: 'wx', mode: 0o600 });
    if (file !== undefined) {
      await Promise.race([once(sink, 'open'), once(sink, 'error').then(([error]) => {
        throw new RampartError('CONFIG_INVALID', `${file}: cannot create the export file: ${errorMessage(error)}`);
      })]);
    }
    for await (const page of log.store.pages(since)) {
      let chunk = '';
      for (const row of page) chunk += `${rowToLine(row)}\n`;
      await writeWithBackpressure(sink, chunk);
    }
    if (file !== undefined) {
      sink.end();
      await once(sink, 'finish');
    }
    return exitCodes.ok;
  } finally {
    await log.store.close();
  }
};

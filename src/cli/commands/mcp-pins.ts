import { parseArgs } from 'node:util';
import { RampartError } from '../../kernel/errors.ts';
import { approvePendingPin, pendingPinServer } from '../../mcp/tool-review.ts';
import { ensureDataDir, resolveDataDir } from '../../storage/data-dir.ts';
import { createSqlitePinStore } from '../../storage/sqlite-pin-store.ts';
import { openSqlite } from '../../storage/sqlite.ts';
import { exitCodes, out, type Command } from '../io.ts';

const help = `usage: rampart mcp pins list [SERVER] [--json] [--data-dir DIR]
       rampart mcp pins approve SERVER TOOL [--data-dir DIR]
       rampart mcp pins remove SERVER TOOL [--data-dir DIR]

Pinned MCP tool definitions. A tool whose definition changed since it was pinned (a rug pull) is
blocked by the gateway until you approve the new definition; remove forgets a pin so the next
definition seen is pinned on first sight.
Exit codes: 0 ok, 1 nothing to approve or remove, 2 usage error.
`;

/** `rampart mcp pins`: list, approve and remove pinned tool definitions. */
export const mcpPins: Command = async (args, io) => {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, strict: true, options: { json: { type: 'boolean' }, 'data-dir': { type: 'string' }, help: { type: 'boolean', short: 'h' } } });
  if (values.help === true || positionals.length === 0) {
    io.stdout.write(help);
    return values.help === true ? exitCodes.ok : exitCodes.usage;
  }
  const [action, server, tool] = positionals;
  const paths = ensureDataDir(resolveDataDir({ dataDir: values['data-dir'], env: io.env, cwd: io.cwd }));
  const database = openSqlite(paths.database);
  try {
    const pins = createSqlitePinStore(database);
    if (action === 'list') {
      const all = (await pins.list(server)).filter((pin) => !pin.server.startsWith('\u0000'));
      const pending = server === undefined ? [] : await pins.list(pendingPinServer(server));
      if (values.json === true) {
        out(io, JSON.stringify({ pins: all, pending: pending.map((pin) => ({ ...pin, server })) }, null, 2));
      } else {
        for (const pin of all) out(io, `${pin.server.padEnd(24)} ${pin.tool.padEnd(32)} ${pin.hash.slice(0, 16)}  ${pin.pinnedAt}`);
        for (const pin of pending) out(io, `${server!.padEnd(24)} ${pin.tool.padEnd(32)} ${pin.hash.slice(0, 16)}  CHANGED, awaiting approval`);
      }
      return exitCodes.ok;
    }
    if ((action === 'approve' || action === 'remove') && server !== undefined && tool !== undefined) {
      const done = action === 'approve' ? await approvePendingPin(pins, server, tool) : await pins.remove(server, tool);
      io.stderr.write(done ? `${action === 'approve' ? 'approved the new definition of' : 'removed the pin of'} ${server}/${tool}\n` : `${server}/${tool}: ${action === 'approve' ? 'no changed definition is waiting for approval' : 'no pin'}\n`);
      return done ? exitCodes.ok : exitCodes.denied;
    }
    throw new RampartError('CONFIG_INVALID', `mcp pins: unknown action '${action}'; expected list, approve SERVER TOOL or remove SERVER TOOL`);
  } finally {
    database.close();
  }
};

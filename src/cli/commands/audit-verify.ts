import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { openJsonlAuditSource } from '../../audit/jsonl-audit-source.ts';
import { verifyAudit } from '../../audit/verify-audit.ts';
import { RampartError } from '../../kernel/errors.ts';
import { readPublicKey } from '../../storage/keys.ts';
import { exitCodes, out, type Command } from '../io.ts';
import { dataDirOption, openLogFor } from './audit-shared.ts';

const help = `usage: rampart audit verify [--data-dir DIR | --file EXPORT.jsonl] [--public-key FILE]

Checks the whole audit chain (hashes, order, signed checkpoints, truncation) in one streaming pass.
Prints "ok: N events, head HASH, last checkpoint SEQ" or "FAILED at seq N: reason".
--public-key FILE  verify signatures against a key kept outside the data directory
                   (default: the public half of DIR/keys/audit-ed25519.pem)
--file FILE        verify an export made by \`rampart audit export\` instead of the database
Exit codes: 0 intact, 1 tampered or truncated, 2 missing/unreadable database or key.
`;

/** `rampart audit verify`: verifies the chain and checkpoints; exit 1 names the first bad seq. */
export const auditVerify: Command = async (args, io) => {
  const { values } = parseArgs({ args, strict: true, options: { ...dataDirOption, file: { type: 'string' }, 'public-key': { type: 'string' }, help: { type: 'boolean', short: 'h' } } });
  if (values.help === true) {
    io.stdout.write(help);
    return exitCodes.ok;
  }
  const exported = values.file === undefined ? undefined : resolve(io.cwd, values.file);
  const log = exported === undefined ? openLogFor(io, values['data-dir']) : { store: openJsonlAuditSource(exported), publicKey: undefined, keyFile: exported };
  try {
    const keyFile = 'paths' in log ? log.paths.auditKey : log.keyFile;
    const publicKey = values['public-key'] === undefined ? log.publicKey : readPublicKey(resolve(io.cwd, values['public-key']));
    // Fail closed: signed checkpoints that cannot be checked are not "ok".
    if (publicKey === undefined && (await log.store.checkpoints()).length > 0) {
      throw new RampartError('KEY_MISSING', `${keyFile}: no key to check the signed checkpoints; pass --public-key FILE`);
    }
    const result = await verifyAudit(log.store, publicKey);
    if (!result.ok) {
      out(io, `FAILED at seq ${result.index}: ${result.reason}`);
      return exitCodes.denied;
    }
    out(io, `ok: ${result.count} events, head ${result.head}, last checkpoint ${result.lastCheckpoint}`);
    return exitCodes.ok;
  } finally {
    await log.store.close();
  }
};

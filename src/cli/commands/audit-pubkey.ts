import { parseArgs } from 'node:util';
import { resolveDataDir } from '../../storage/data-dir.ts';
import { readPublicKey } from '../../storage/keys.ts';
import { exitCodes, type Command } from '../io.ts';
import { dataDirOption } from './audit-shared.ts';

const help = `usage: rampart audit pubkey [--data-dir DIR]

Prints the public half of the audit signing key (SPKI PEM). Keep a copy outside the data
directory and pass it to \`rampart audit verify --public-key\` for an independent check.
Exit codes: 0 printed, 2 no key or an invalid key.
`;

/** `rampart audit pubkey`: prints the checkpoint-signing public key as PEM. */
export const auditPubkey: Command = async (args, io) => {
  const { values } = parseArgs({ args, strict: true, options: { ...dataDirOption, help: { type: 'boolean', short: 'h' } } });
  if (values.help === true) {
    io.stdout.write(help);
    return exitCodes.ok;
  }
  const paths = resolveDataDir({ dataDir: values['data-dir'], env: io.env, cwd: io.cwd });
  io.stdout.write(readPublicKey(paths.auditKey).export({ type: 'spki', format: 'pem' }).toString());
  return exitCodes.ok;
};

import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { RampartError, errorMessage } from '../../kernel/errors.ts';
import { appendUserAttack, resolveDataDirectory, userAttacksPath } from '../../input/user-attacks.ts';
import { exitCodes, out, type Command } from '../io.ts';

const help = `usage: rampart attacks add TEXT [--data-dir DIR]
       rampart attacks add --file FILE [--data-dir DIR]

Adds a known attack to <data dir>/attacks.jsonl (data dir: --data-dir, else RAMPART_DATA_DIR, else ./.rampart).
Every detector started afterwards (scan, eval, serve) reports texts whose cosine similarity to it reaches the
policy's detection.similarity.threshold as input.similarity.known-attack. With --file, each non-empty line
of FILE is one attack (a whole-file attack: use --file with a single-line file or pass TEXT).
Exit codes: 0 added (or already present), 2 usage error.
`;

/** `rampart attacks add`: extends the known-attack index kept in the data directory. */
export const attacksAdd: Command = async (args, io) => {
  const { values, positionals } = parseArgs({
    args, allowPositionals: true, strict: true,
    options: { help: { type: 'boolean', short: 'h' }, file: { type: 'string' }, 'data-dir': { type: 'string' } },
  });
  if (values.help === true) {
    io.stdout.write(help);
    return exitCodes.ok;
  }
  if ((values.file === undefined) === (positionals.length === 0)) {
    io.stderr.write(`rampart attacks add: give either TEXT or --file FILE\n${help}`);
    return exitCodes.usage;
  }
  let texts: string[];
  let origin: string;
  if (values.file !== undefined) {
    try {
      texts = readFileSync(resolve(io.cwd, values.file), 'utf8').split('\n').map((line) => line.trim()).filter((line) => line !== '');
    } catch (error) {
      throw new RampartError('CONFIG_INVALID', `${values.file}: cannot read (${errorMessage(error)})`, { cause: error });
    }
    origin = `file:${values.file}`;
  } else {
    texts = [positionals.join(' ')];
    origin = 'cli';
  }
  if (texts.length === 0 || texts.some((text) => text.trim().split(/\s+/u).length < 3)) {
    io.stderr.write('rampart attacks add: an attack needs at least three words (short texts would match too broadly)\n');
    return exitCodes.usage;
  }
  const path = userAttacksPath(resolveDataDirectory(values['data-dir'], io.env, io.cwd));
  for (const text of texts) {
    const { attack, added } = appendUserAttack(path, text, origin, new Date());
    out(io, `${added ? 'added' : 'exists'} ${attack.id} -> ${path}`);
  }
  return exitCodes.ok;
};

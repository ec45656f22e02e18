import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { RampartError } from '../../kernel/errors.ts';
import { policyJsonSchema } from '../../policy/schema.ts';
import { exitCodes, out, type Command } from '../io.ts';

const help = `usage: rampart policy schema [--out FILE]

Prints the JSON Schema (draft 2020-12) of the policy file, for editor completion.
  --out FILE   write it to FILE instead of stdout
`;

/** The JSON Schema text exactly as committed in schema/policy.schema.json. */
export function policySchemaText(): string {
  return `${JSON.stringify(policyJsonSchema(), null, 2)}\n`;
}

/** `rampart policy schema [--out FILE]`: prints or writes the policy JSON Schema. */
export const policySchemaCommand: Command = async (args, io) => {
  const { values } = parseArgs({ args, strict: true, options: { out: { type: 'string', short: 'o' }, help: { type: 'boolean', short: 'h' } } });
  if (values.help === true) {
    io.stdout.write(help);
    return exitCodes.ok;
  }
  const text = policySchemaText();
  if (values.out === undefined) {
    io.stdout.write(text);
    return exitCodes.ok;
  }
  const target = resolve(io.cwd, values.out);
  try {
    await writeFile(target, text);
  } catch (error) {
    throw new RampartError('CONFIG_INVALID', `${values.out}: cannot write schema: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  }
  out(io, `wrote ${values.out}`);
  return exitCodes.ok;
};

import { parseArgs } from 'node:util';
import { isRampartError } from '../../kernel/errors.ts';
import { loadPolicyFile } from '../../policy/load.ts';
import { exitCodes, fail, out, type Command } from '../io.ts';

const help = `usage: rampart policy check FILE...

Validates policy files. Prints "ok FILE (N tools, M roles)" for each good file and
"file:line:col path: message" on stderr for every problem in a bad one.
Exit codes: 0 all files valid, 2 any file invalid or unreadable (or usage error).
`;

/** `rampart policy check FILE...`: validates and compiles each policy file and reports every problem. */
export const policyCheck: Command = async (args, io) => {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, strict: true, options: { help: { type: 'boolean', short: 'h' } } });
  if (values.help === true) {
    io.stdout.write(help);
    return exitCodes.ok;
  }
  if (positionals.length === 0) {
    io.stderr.write(`rampart policy check: no FILE given\n${help}`);
    return exitCodes.usage;
  }
  let code: number = exitCodes.ok;
  for (const file of positionals) {
    try {
      const loaded = await loadPolicyFile(file, { cwd: io.cwd });
      const tools = Object.keys(loaded.policy.tools).length;
      const roles = Object.keys(loaded.policy.roles).length;
      out(io, `ok ${file} (${tools} tool${tools === 1 ? '' : 's'}, ${roles} role${roles === 1 ? '' : 's'})`);
    } catch (error) {
      // Only policy problems are reported per file; anything else is a bug and goes to the generic handler.
      if (!isRampartError(error, 'POLICY_INVALID') && !isRampartError(error, 'POLICY_UNREADABLE')) throw error;
      code = fail(io, error);
    }
  }
  return code;
};

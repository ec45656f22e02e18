import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { openMcpFirewall } from '../../mcp/open-mcp-firewall.ts';
import { startStdioGateway } from '../../mcp/stdio-gateway.ts';
import { exitCodes, type Command } from '../io.ts';

const help = `usage: rampart mcp wrap [--policy FILE] [--data-dir DIR] [--name SERVER] [--agent NAME] -- COMMAND [ARGS...]

Runs COMMAND as a stdio MCP server and speaks MCP on this process's stdin/stdout, enforcing the
policy on every message: hidden and poisoned tools, pinned definitions, gated calls, inspected results.
Use it as a drop-in replacement for the server command in an MCP client config.
  --policy FILE    policy file (default RAMPART_POLICY or ./rampart.yaml)
  --data-dir DIR   data directory for pins, approvals and audit (default RAMPART_DATA_DIR or ./.rampart)
  --name SERVER    server name for pins and audit (default: derived from COMMAND and ARGS)
  --agent NAME     agent identity from the policy (default RAMPART_AGENT; absent: the policy's default_role)
Exit codes: the child's exit code when it ends; 2 usage or configuration error.
`;

/** Splits `[options] -- COMMAND ARGS` so the server's own flags are never parsed as ours. */
export function splitCommand(args: readonly string[]): { own: string[]; command: string[] } {
  const separator = args.indexOf('--');
  return separator === -1 ? { own: [...args], command: [] } : { own: args.slice(0, separator), command: args.slice(separator + 1) };
}

/** `rampart mcp wrap`: a stdio MCP gateway around one server. */
export const mcpWrap: Command = async (args, io) => {
  const { own, command } = splitCommand(args);
  const { values } = parseArgs({ args: own, options: { policy: { type: 'string' }, 'data-dir': { type: 'string' }, name: { type: 'string' }, agent: { type: 'string' }, help: { type: 'boolean', short: 'h' } }, strict: true, allowPositionals: false });
  if (values.help === true) {
    io.stdout.write(help);
    return exitCodes.ok;
  }
  const [executable, ...rest] = command;
  if (executable === undefined) {
    io.stderr.write(`rampart mcp wrap: no server command; usage: rampart mcp wrap [options] -- COMMAND [ARGS...]\n`);
    return exitCodes.usage;
  }
  const policyPath = values.policy ?? io.env['RAMPART_POLICY'] ?? 'rampart.yaml';
  if (values.policy === undefined && io.env['RAMPART_POLICY'] === undefined && !existsSync(resolve(io.cwd, policyPath))) {
    io.stderr.write(`rampart mcp wrap: no policy: pass --policy FILE, set RAMPART_POLICY or create ./rampart.yaml\n`);
    return exitCodes.usage;
  }
  const opened = await openMcpFirewall({ policyPath, dataDir: values['data-dir'], env: io.env, cwd: io.cwd });
  const agentId = values.agent ?? io.env['RAMPART_AGENT'];
  let gateway;
  try {
    gateway = await startStdioGateway({
      opened, command: executable, args: rest, input: io.stdin, output: io.stdout, env: io.env, cwd: io.cwd, stderr: io.stderr,
      ...(values.name === undefined ? {} : { server: values.name }),
      ...(agentId === undefined ? {} : { agentId }),
    });
  } catch (error) {
    await opened.close();
    throw error;
  }
  const running = gateway;
  const killOnExit = () => running.child.killNow();
  process.once('exit', killOnExit);
  const stop = () => { void running.close(); };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  await running.connection.closed;
  const code = await running.child.exited;
  await running.child.stop();
  process.off('exit', killOnExit);
  process.off('SIGINT', stop);
  process.off('SIGTERM', stop);
  await opened.close();
  return typeof code === 'number' ? code : exitCodes.ok;
};

import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { RampartError } from '../../kernel/errors.ts';
import { startHttpGateway, type HttpGatewayUpstream } from '../../mcp/http-gateway.ts';
import { openMcpFirewall } from '../../mcp/open-mcp-firewall.ts';
import { serverNameFromCommand } from '../../mcp/stdio-gateway.ts';
import { createAuthenticator } from '../../firewall/authenticate.ts';
import { exitCodes, out, type Command } from '../io.ts';
import { splitCommand } from './mcp-wrap.ts';

const help = `usage: rampart mcp serve --upstream URL [options]
       rampart mcp serve --stdio [options] -- COMMAND [ARGS...]

A Streamable HTTP MCP endpoint (/mcp) in front of an HTTP MCP server (--upstream) or a stdio one
(--stdio: one child per session). Every request needs "Authorization: Bearer KEY" where KEY is the
value of an agent's key_env in the policy; the agent's role decides which tools it sees and calls.
  --policy FILE         policy file (default RAMPART_POLICY or ./rampart.yaml)
  --data-dir DIR        data directory (default RAMPART_DATA_DIR or ./.rampart)
  --name SERVER         server name for pins and audit (default: from the URL host or COMMAND)
  --host ADDR           listen address (default 127.0.0.1)
  --port N              listen port (default 8788; 0 picks a free port)
  --allow-origin ORIGIN browser origin allowed to call (repeatable; default: loopback origins only)
  --allow-host HOST     extra Host header value to accept, e.g. mcp.internal:8788 (repeatable)
Stops on SIGINT or SIGTERM. Exit codes: 0 stopped, 2 usage or configuration error.
`;

function parsePort(value: string): number {
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65_535) throw new RampartError('CONFIG_INVALID', `--port: expected 0-65535, got '${value}'`);
  return port;
}

/** `rampart mcp serve`: the Streamable HTTP MCP gateway. */
export const mcpServe: Command = async (args, io) => {
  const { own, command } = splitCommand(args);
  const { values } = parseArgs({
    args: own, strict: true, allowPositionals: false,
    options: {
      policy: { type: 'string' }, 'data-dir': { type: 'string' }, name: { type: 'string' }, upstream: { type: 'string' }, stdio: { type: 'boolean' },
      host: { type: 'string' }, port: { type: 'string' }, 'allow-origin': { type: 'string', multiple: true }, 'allow-host': { type: 'string', multiple: true }, help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help === true) {
    io.stdout.write(help);
    return exitCodes.ok;
  }
  if ((values.upstream === undefined) === (values.stdio !== true)) {
    io.stderr.write('rampart mcp serve: pass exactly one of --upstream URL or --stdio -- COMMAND\n');
    return exitCodes.usage;
  }
  const [executable, ...rest] = command;
  if (values.stdio === true && executable === undefined) {
    io.stderr.write('rampart mcp serve: --stdio needs a server command after --\n');
    return exitCodes.usage;
  }
  let upstream: HttpGatewayUpstream;
  let defaultName: string;
  if (values.upstream !== undefined) {
    let url: URL;
    try { url = new URL(values.upstream); } catch { throw new RampartError('CONFIG_INVALID', `--upstream: not a URL: '${values.upstream}'`); }
    if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new RampartError('CONFIG_INVALID', `--upstream: expected http(s), got ${url.protocol}`);
    upstream = { url: url.href };
    defaultName = url.hostname;
  } else {
    upstream = { command: executable!, args: rest, env: io.env };
    defaultName = serverNameFromCommand(executable!, rest);
  }
  const policyPath = values.policy ?? io.env['RAMPART_POLICY'] ?? 'rampart.yaml';
  if (values.policy === undefined && io.env['RAMPART_POLICY'] === undefined && !existsSync(resolve(io.cwd, policyPath))) {
    io.stderr.write('rampart mcp serve: no policy: pass --policy FILE, set RAMPART_POLICY or create ./rampart.yaml\n');
    return exitCodes.usage;
  }
  const opened = await openMcpFirewall({ policyPath, dataDir: values['data-dir'], env: io.env, cwd: io.cwd });
  try {
    const auth = createAuthenticator(opened.firewall.policy, io.env);
    for (const problem of auth.problems) io.stderr.write(`${problem}\n`);
    if (auth.agents.length === 0) throw new RampartError('CONFIG_INVALID', 'mcp serve: no agent can authenticate: give an agent a key_env in the policy and set that variable');
    const gateway = await startHttpGateway({
      opened, upstream, server: values.name ?? defaultName,
      authenticate: (authorization) => auth.authenticate({ authorization }),
      port: values.port !== undefined ? parsePort(values.port) : 8788,
      ...(values.host === undefined ? {} : { host: values.host }),
      ...(values['allow-origin'] === undefined ? {} : { allowedOrigins: values['allow-origin'] }),
      ...(values['allow-host'] === undefined ? {} : { allowedHosts: values['allow-host'] }),
      stderr: io.stderr,
    });
    out(io, `rampart: MCP gateway listening on ${gateway.url} (agents: ${auth.agents.join(', ')})`);
    await new Promise<void>((resolveStop) => {
      process.once('SIGINT', () => resolveStop());
      process.once('SIGTERM', () => resolveStop());
    });
    await gateway.close();
    return exitCodes.ok;
  } finally {
    await opened.close();
  }
};

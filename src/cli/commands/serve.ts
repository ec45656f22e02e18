import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { RampartError } from '../../kernel/errors.ts';
import { openProxyFirewall } from '../../proxy/open-proxy-firewall.ts';
import { startProxyServer } from '../../proxy/start-proxy-server.ts';
import { exitCodes, fail, out, type Command } from '../io.ts';

const help = `usage: rampart serve [--policy FILE] [--port N] [--host ADDR] [--data-dir DIR]

Starts the OpenAI/Anthropic-compatible firewall proxy with /healthz and /readyz.
Approvals API: set RAMPART_APPROVALS_TOKEN (>= 16 chars) to serve GET/POST /approvals.
Precedence: flags > RAMPART_POLICY / RAMPART_PORT / RAMPART_HOST / RAMPART_DATA_DIR > policy server section > defaults
(policy ./rampart.yaml, 127.0.0.1:8787, data ./.rampart). Stops on SIGINT or SIGTERM.
`;

/** Parses a port from a flag or environment value; anything but an integer in 0..65535 is a usage error. */
function parsePort(value: string, source: string): number {
  const port = Number(value);
  if (!/^\d+$/.test(value) || port > 65535) throw new RampartError('CONFIG_INVALID', `${source}: expected a port number 0-65535, got ${JSON.stringify(value)}`);
  return port;
}

/** `rampart serve`: loads the policy, opens the audit trail and runs the proxy until a signal arrives. */
export const serve: Command = async (args, io) => {
  let values;
  try {
    ({ values } = parseArgs({ args, options: { policy: { type: 'string' }, port: { type: 'string' }, host: { type: 'string' }, 'data-dir': { type: 'string' }, help: { type: 'boolean', short: 'h' } }, strict: true, allowPositionals: false }));
  } catch (error) {
    io.stderr.write(`rampart serve: ${(error as Error).message}\n${help}`);
    return exitCodes.usage;
  }
  if (values.help === true) { io.stdout.write(help); return exitCodes.ok; }
  const env = io.env;
  const policyPath = values.policy ?? env['RAMPART_POLICY'] ?? 'rampart.yaml';
  if (values.policy === undefined && env['RAMPART_POLICY'] === undefined && !existsSync(resolve(io.cwd, policyPath))) {
    io.stderr.write(`rampart serve: no policy: pass --policy FILE, set RAMPART_POLICY or create ./rampart.yaml (see examples/policies/default.yaml)\n`);
    return exitCodes.usage;
  }
  let opened;
  try {
    opened = await openProxyFirewall({ policyPath, dataDir: values['data-dir'], env, cwd: io.cwd });
  } catch (error) {
    return fail(io, error);
  }
  const policy = opened.firewall.policy;
  let running;
  try {
    const port = values.port !== undefined ? parsePort(values.port, '--port') : env['RAMPART_PORT'] !== undefined ? parsePort(env['RAMPART_PORT'], 'RAMPART_PORT') : policy.server.port;
    const host = values.host ?? env['RAMPART_HOST'] ?? policy.server.host;
    running = await startProxyServer({ firewall: opened.firewall, env, audit: opened.audit, readiness: opened.readiness, budgets: opened.gate, host, port, ...(opened.mountApprovals === undefined ? {} : { mount: opened.mountApprovals }) });
  } catch (error) {
    await opened.close();
    return fail(io, error);
  }
  const origin = running.origin;
  out(io, `rampart: proxy listening on ${origin} (policy ${opened.policyPath}, data ${opened.dataDir ?? 'memory'})`);
  out(io, `  OpenAI base URL:    ${origin}/v1   (chat/completions, responses, models)`);
  out(io, `  Anthropic base URL: ${origin}      (v1/messages)`);
  out(io, `  health: ${origin}/healthz   ready: ${origin}/readyz`);
  out(io, opened.mountApprovals === undefined ? '  approvals API: off (set RAMPART_APPROVALS_TOKEN to enable; `rampart approvals` works on the data dir)' : `  approvals API: ${origin}/approvals (bearer RAMPART_APPROVALS_TOKEN)`);
  const agents = Object.entries(policy.agents).filter(([, agent]) => agent.key_env !== undefined).map(([name, agent]) => `${name} (${agent.key_env})`);
  out(io, `  agents: ${agents.length === 0 ? 'none: every model call answers 401' : agents.join(', ')}`);
  for (const problem of running.proxy.problems) io.stderr.write(`warning: ${problem}\n`);
  await new Promise<void>((done) => {
    process.once('SIGINT', () => done());
    process.once('SIGTERM', () => done());
  });
  out(io, 'rampart: shutting down');
  await running.close();
  await opened.close();
  return exitCodes.ok;
};

import { basename } from 'node:path';
import { randomId } from '../kernel/crypto.ts';
import type { CallContext } from '../firewall/create-firewall.ts';
import { startChildServer, type ChildServer } from './child-server.ts';
import { connectGateway, type GatewayConnection } from './connect-gateway.ts';
import { createLineTransport } from './line-transport.ts';
import type { OpenedMcpFirewall } from './open-mcp-firewall.ts';

/** Options for `rampart mcp wrap`: one stdio client, one child server. */
export interface StdioGatewayOptions {
  readonly opened: Pick<OpenedMcpFirewall, 'firewall' | 'audit' | 'pins' | 'compiled'>;
  readonly command: string;
  readonly args: readonly string[];
  /** The client's side: usually process.stdin and process.stdout. */
  readonly input: NodeJS.ReadableStream;
  readonly output: NodeJS.WritableStream;
  /** Server name for pins and audit; absent: derived from the command. */
  readonly server?: string;
  /** Agent identity from the policy; absent: the policy's default_role applies. */
  readonly agentId?: string;
  readonly env?: Readonly<Record<string, string | undefined>>;
  readonly cwd?: string;
  readonly stderr?: 'inherit' | 'ignore' | NodeJS.WritableStream;
  /** Progress interval while a call waits for approval (tests shorten it). */
  readonly approvalHeartbeatMs?: number;
}

/** A running stdio gateway. */
export interface StdioGateway {
  readonly connection: GatewayConnection;
  readonly child: ChildServer;
  readonly server: string;
  /** Closes the client side, stops the child and waits for both. */
  close(): Promise<void>;
}

/** A readable server name from a launch command: `npx -y @scope/server-files@1.2 /tmp` -> `server-files`, `node /srv/weather.js` -> `weather`. */
export function serverNameFromCommand(command: string, args: readonly string[]): string {
  const positional = args.filter((argument) => !argument.startsWith('-'));
  const script = positional.find((argument) => /\.(?:m?[jt]s|c?js|py)$/.test(argument));
  const pkg = positional.find((argument) => !argument.startsWith('/') && !argument.startsWith('.') && !argument.includes('\\'));
  const candidate = script ?? pkg;
  if (candidate === undefined) return basename(command).replace(/\.(?:exe|cmd)$/i, '');
  const withoutVersion = candidate.replace(/(?<=.)@[^/]*$/, '');
  const last = withoutVersion.split('/').at(-1) ?? withoutVersion;
  return last.replace(/\.(?:m?[jt]s|c?js|py)$/, '') || basename(command);
}

/** Starts the child server and connects it to the stdio client through the firewall. */
export async function startStdioGateway(options: StdioGatewayOptions): Promise<StdioGateway> {
  const { firewall, audit, pins, compiled } = options.opened;
  const server = options.server ?? serverNameFromCommand(options.command, options.args);
  const maxMessageBytes = firewall.policy.mcp.max_message_bytes;
  const child = startChildServer({
    command: options.command, args: options.args, maxMessageBytes,
    ...(options.env === undefined ? {} : { env: options.env }),
    ...(options.cwd === undefined ? {} : { cwd: options.cwd }),
    ...(options.stderr === undefined ? {} : { stderr: options.stderr }),
  });
  const client = createLineTransport({ input: options.input, output: options.output, maxMessageBytes, answerBadInput: true });
  const context: CallContext = { sessionId: `mcp-${randomId()}`, ...(options.agentId === undefined ? {} : { agentId: options.agentId }) };
  const connection = await connectGateway(client, child.transport, {
    firewall, audit, pins, server, context, granted: (role, tool) => compiled.roleGrants(role, tool), untrustedResult: (tool) => compiled.findTool(tool)?.rule.untrusted_result ?? true,
    ...(options.approvalHeartbeatMs === undefined ? {} : { approvalHeartbeatMs: options.approvalHeartbeatMs }),
  });
  void connection.closed.then(() => child.stop());
  return {
    connection, child, server,
    async close() {
      await connection.close();
      await child.stop();
    },
  };
}

import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/client';
import { NodeStreamableHTTPServerTransport } from '@modelcontextprotocol/node';
import type { Transport } from '@modelcontextprotocol/server';
import { RampartError } from '../kernel/errors.ts';
import type { CallContext } from '../firewall/create-firewall.ts';
import { startChildServer, type ChildServer } from './child-server.ts';
import { connectGateway, type GatewayConnection } from './connect-gateway.ts';
import { errorCodes, errorResponse } from './json-rpc.ts';
import type { OpenedMcpFirewall } from './open-mcp-firewall.ts';

/** Where the HTTP gateway's upstream server is. */
export type HttpGatewayUpstream = { readonly url: string } | { readonly command: string; readonly args: readonly string[]; readonly env?: Readonly<Record<string, string | undefined>> };

/** Options for `rampart mcp serve`. */
export interface HttpGatewayOptions {
  readonly opened: Pick<OpenedMcpFirewall, 'firewall' | 'audit' | 'pins' | 'compiled'>;
  readonly upstream: HttpGatewayUpstream;
  /** Server name for pins and audit. */
  readonly server: string;
  /** Resolves a request's bearer token to a policy agent; undefined rejects the request. */
  readonly authenticate: (authorization: string | undefined) => string | undefined;
  readonly host?: string;
  /** 0 picks a free port. */
  readonly port?: number;
  /** Origins allowed to call (browsers send Origin); absent: only requests without Origin or from loopback origins. */
  readonly allowedOrigins?: readonly string[];
  /** Extra Host header values accepted besides the listening address (DNS-rebinding defence). */
  readonly allowedHosts?: readonly string[];
  /** MCP endpoint path. */
  readonly path?: string;
  readonly stderr?: 'inherit' | 'ignore' | NodeJS.WritableStream;
}

/** A running HTTP gateway. */
export interface HttpGateway {
  readonly url: string;
  /** Open sessions (for tests and health). */
  readonly sessions: () => number;
  close(): Promise<void>;
}

interface Session {
  readonly agentId: string;
  readonly transport: NodeStreamableHTTPServerTransport;
  connection?: GatewayConnection;
  child?: ChildServer;
}

function reply(response: ServerResponse, status: number, message: string, code: number = errorCodes.invalidRequest): void {
  if (response.headersSent) return;
  response.writeHead(status, { 'content-type': 'application/json' });
  response.end(JSON.stringify(errorResponse(null, code, message)));
}

const loopbackOrigin = /^https?:\/\/(?:localhost|127\.0\.0\.1|\[::1\])(?::\d+)?$/i;

/**
 * A Streamable HTTP MCP endpoint in front of an HTTP or stdio server. Every request must carry a
 * bearer token that maps to a policy agent; Host and Origin are checked before anything else (DNS
 * rebinding); each MCP session gets its own upstream connection and is bound to the agent that
 * opened it, so a session id alone never grants access.
 */
export async function startHttpGateway(options: HttpGatewayOptions): Promise<HttpGateway> {
  const { opened } = options;
  const policy = opened.firewall.policy;
  const path = options.path ?? '/mcp';
  const sessions = new Map<string, Session>();
  const host = options.host ?? '127.0.0.1';
  let allowedHosts = new Set<string>();

  async function openUpstream(session: Session): Promise<Transport> {
    const upstream = options.upstream;
    if ('url' in upstream) return new StreamableHTTPClientTransport(new URL(upstream.url));
    session.child = startChildServer({ command: upstream.command, args: upstream.args, maxMessageBytes: policy.mcp.max_message_bytes, stderr: options.stderr ?? 'inherit', ...(upstream.env === undefined ? {} : { env: upstream.env }) });
    return session.child.transport;
  }

  async function newSession(agentId: string): Promise<Session> {
    const transport = new NodeStreamableHTTPServerTransport({
      sessionIdGenerator: () => randomUUID(),
      onsessioninitialized: (sessionId) => { sessions.set(sessionId, session); },
      maxRequestBodySize: policy.mcp.max_message_bytes,
    });
    const session: Session = { agentId, transport };
    const upstream = await openUpstream(session);
    const context: CallContext = { sessionId: `mcp-http-${randomUUID()}`, agentId };
    session.connection = await connectGateway(transport, upstream, {
      firewall: opened.firewall, audit: opened.audit, pins: opened.pins, server: options.server, context,
      granted: (role, tool) => opened.compiled.roleGrants(role, tool), untrustedResult: (tool) => opened.compiled.findTool(tool)?.rule.untrusted_result ?? true,
    });
    void session.connection.closed.then(async () => {
      if (transport.sessionId !== undefined) sessions.delete(transport.sessionId);
      await session.child?.stop();
    });
    return session;
  }

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const hostHeader = (request.headers.host ?? '').toLowerCase();
    if (!allowedHosts.has(hostHeader)) return reply(response, 421, `Host '${hostHeader}' is not served here (DNS-rebinding protection)`);
    const origin = request.headers.origin;
    if (origin !== undefined && !(options.allowedOrigins ?? []).includes(origin) && !(options.allowedOrigins === undefined && loopbackOrigin.test(origin))) {
      return reply(response, 403, `Origin '${origin}' is not allowed`);
    }
    const url = new URL(request.url ?? '/', 'http://gateway');
    if (url.pathname !== path) return reply(response, 404, `no MCP endpoint at ${url.pathname}; use ${path}`);
    const agentId = options.authenticate(request.headers.authorization);
    if (agentId === undefined) {
      response.setHeader('www-authenticate', 'Bearer realm="rampart"');
      return reply(response, 401, 'missing or unknown bearer token', errorCodes.denied);
    }
    const sessionHeader = request.headers['mcp-session-id'];
    const sessionId = Array.isArray(sessionHeader) ? sessionHeader[0] : sessionHeader;
    if (sessionId !== undefined) {
      const session = sessions.get(sessionId);
      // A session belongs to the agent that opened it; another agent's token gets "not found", not access.
      if (session === undefined || session.agentId !== agentId) return reply(response, 404, 'unknown or expired MCP session');
      return session.transport.handleRequest(request, response);
    }
    if (request.method !== 'POST') return reply(response, 400, 'no mcp-session-id: only an initialize POST may open a session');
    const session = await newSession(agentId);
    await session.transport.handleRequest(request, response);
    // A POST that did not initialize a session leaves nothing behind.
    if (session.transport.sessionId === undefined) await session.connection?.close();
  }

  const server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      reply(response, 500, error instanceof Error ? `gateway error: ${error.message}` : 'gateway error', errorCodes.internalError);
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', (error) => reject(new RampartError('CONFIG_INVALID', `mcp serve: cannot listen on ${host}:${options.port ?? 0}: ${error.message}`)));
    server.listen(options.port ?? 0, host, () => resolve());
  });
  const address = server.address() as AddressInfo;
  const hostForUrl = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  allowedHosts = new Set([`${hostForUrl}:${address.port}`, `localhost:${address.port}`, ...(options.allowedHosts ?? []).map((entry) => entry.toLowerCase())]);
  return {
    url: `http://${hostForUrl}:${address.port}${path}`,
    sessions: () => sessions.size,
    async close() {
      await Promise.allSettled([...sessions.values()].map(async (session) => {
        await session.connection?.close();
        await session.child?.stop();
      }));
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

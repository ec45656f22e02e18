import { lookup } from 'node:dns/promises';
import { createServer, request as httpRequest, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { connect, isIP, type Socket } from 'node:net';
import type { Duplex } from 'node:stream';
import type { AuditSink } from '../kernel/audit-event.ts';
import { errorMessage } from '../kernel/errors.ts';
import { canonicalHost, compileEgressRules } from './egress-rules.ts';

/** Resolves a host name to addresses; tests pass a fixed hosts mapping instead of DNS. */
export type HostResolver = (host: string) => Promise<readonly string[]>;

/** Options for the egress proxy. */
export interface EgressProxyOptions {
  /** The policy's egress section: allowed domains, methods, private-address blocking. */
  readonly egress: { readonly allow: readonly string[]; readonly methods: readonly string[]; readonly block_private: boolean };
  readonly audit: AuditSink;
  /** Where to listen: a unix socket path (for sandboxes) or a loopback TCP port (0 = ephemeral). */
  readonly listen: { readonly path: string } | { readonly port: number };
  /** Name resolution; defaults to the system resolver. */
  readonly resolve?: HostResolver;
  /** Idle timeout for client and upstream sockets, in milliseconds. */
  readonly idleTimeoutMs?: number;
}

/** A running egress proxy. */
export interface EgressProxy {
  /** `http://127.0.0.1:PORT` for TCP listeners, the socket path for unix listeners. */
  readonly address: string;
  close(): Promise<void>;
}

const systemResolver: HostResolver = async (host) => (await lookup(host, { all: true, verbatim: true })).map((entry) => entry.address);

/** Where a request wants to go. */
interface Destination { readonly host: string; readonly port: number; readonly method: string }

/**
 * Starts an allowlisting HTTP proxy: plain HTTP requests in absolute form and HTTPS CONNECT tunnels go
 * through only to allowed domains, and only to the addresses the name resolved to (checked against
 * private ranges, then pinned, so DNS rebinding cannot swap them). Every request and every violation is audited.
 * Methods are enforced for plain HTTP only: inside a CONNECT tunnel they are encrypted.
 */
export async function startEgressProxy(options: EgressProxyOptions): Promise<EgressProxy> {
  const rules = compileEgressRules(options.egress);
  const resolve = options.resolve ?? systemResolver;
  const idleTimeoutMs = options.idleTimeoutMs ?? 60_000;
  const sockets = new Set<Socket | Duplex>();

  const record = (destination: Destination, allowed: boolean, ruleId: string, reason: string, extra: Record<string, unknown> = {}) => {
    options.audit.record({
      type: allowed ? 'egress-allowed' : 'egress-blocked',
      decision: allowed ? 'allow' : 'deny',
      ruleIds: [ruleId],
      reasons: allowed ? [] : [reason],
      data: { host: destination.host, port: destination.port, method: destination.method, ...extra },
    });
  };

  /** Applies the rules; returns the pinned address or the reason for refusing. */
  const decide = async (destination: Destination, checkMethod: boolean): Promise<{ address: string } | { ruleId: string; reason: string }> => {
    if (!rules.allowsHost(destination.host)) return { ruleId: 'sandbox.egress.domain', reason: `${destination.host} is not on egress.allow` };
    if (checkMethod && !rules.allowsMethod(destination.method)) return { ruleId: 'sandbox.egress.method', reason: `${destination.method} is not in egress.methods` };
    let addresses: readonly string[];
    try {
      addresses = isIP(destination.host) !== 0 ? [destination.host] : await resolve(destination.host);
    } catch (error) {
      return { ruleId: 'sandbox.egress.resolve', reason: `${destination.host} did not resolve: ${errorMessage(error)}` };
    }
    if (addresses.length === 0) return { ruleId: 'sandbox.egress.resolve', reason: `${destination.host} did not resolve` };
    // Every address must pass: a name that resolves to one private address among public ones is refused.
    const refused = addresses.find((address) => !rules.allowsAddress(address));
    if (refused !== undefined) return { ruleId: 'sandbox.egress.private-address', reason: `${destination.host} resolves to ${refused}, a private or loopback address` };
    return { address: addresses[0]! };
  };

  const handleRequest = (request: IncomingMessage, response: ServerResponse): void => {
    const refuse = (status: number, message: string) => {
      if (!response.headersSent) response.writeHead(status, { 'content-type': 'text/plain', connection: 'close' });
      response.end(`rampart egress: ${message}\n`);
    };
    let url: URL;
    try { url = new URL(request.url ?? ''); } catch {
      record({ host: '', port: 0, method: request.method ?? '' }, false, 'sandbox.egress.malformed', 'request target is not an absolute URL');
      refuse(400, 'only absolute http:// URLs and CONNECT are accepted'); return;
    }
    const destination = { host: canonicalHost(url.hostname), port: Number(url.port === '' ? 80 : url.port), method: (request.method ?? 'GET').toUpperCase() };
    if (url.protocol !== 'http:') {
      record(destination, false, 'sandbox.egress.scheme', `${url.protocol} is not proxied as plain HTTP`);
      refuse(400, 'use CONNECT for https'); return;
    }
    void decide(destination, true).then((decision) => {
      if (!('address' in decision)) {
        record(destination, false, decision.ruleId, decision.reason);
        refuse(403, decision.reason); return;
      }
      record(destination, true, 'sandbox.egress.allowed', '', { address: decision.address, path: url.pathname });
      const headers = { ...request.headers };
      for (const name of ['proxy-authorization', 'proxy-connection', 'connection', 'keep-alive', 'upgrade', 'te', 'trailer', 'transfer-encoding']) delete headers[name];
      const upstream = httpRequest({
        host: decision.address, port: destination.port, method: destination.method, path: `${url.pathname}${url.search}`,
        headers: { ...headers, host: url.host }, timeout: idleTimeoutMs,
      }, (upstreamResponse) => {
        response.writeHead(upstreamResponse.statusCode ?? 502, upstreamResponse.headers);
        upstreamResponse.pipe(response);
      });
      upstream.on('timeout', () => upstream.destroy(new Error('upstream timed out')));
      upstream.on('error', (error) => refuse(502, `upstream failed: ${errorMessage(error)}`));
      request.pipe(upstream);
    });
  };

  const handleConnect = (request: IncomingMessage, client: Duplex, head: Buffer): void => {
    sockets.add(client);
    client.on('close', () => sockets.delete(client));
    client.on('error', () => client.destroy());
    const match = /^\[?([^\]]+?)\]?:(\d{1,5})$/.exec(request.url ?? '');
    const destination = { host: canonicalHost(match?.[1] ?? ''), port: Number(match?.[2] ?? 0), method: 'CONNECT' };
    const refuse = (status: number, reason: string) => { client.end(`HTTP/1.1 ${status} Forbidden\r\ncontent-type: text/plain\r\nconnection: close\r\n\r\nrampart egress: ${reason}\n`); };
    if (match === null || destination.port < 1 || destination.port > 65535) {
      record(destination, false, 'sandbox.egress.malformed', 'CONNECT target is not host:port');
      refuse(400, 'CONNECT target must be host:port'); return;
    }
    void decide(destination, false).then((decision) => {
      if (!('address' in decision)) {
        record(destination, false, decision.ruleId, decision.reason);
        refuse(403, decision.reason); return;
      }
      record(destination, true, 'sandbox.egress.allowed', '', { address: decision.address, tunnel: true });
      const upstream = connect({ host: decision.address, port: destination.port });
      sockets.add(upstream);
      upstream.setTimeout(idleTimeoutMs, () => upstream.destroy());
      upstream.on('close', () => { sockets.delete(upstream); client.destroy(); });
      upstream.on('error', () => { if (!client.destroyed) refuse(502, 'upstream connection failed'); });
      upstream.once('connect', () => {
        client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
        if (head.length > 0) upstream.write(head);
        upstream.pipe(client);
        client.pipe(upstream);
      });
    });
  };

  const server: Server = createServer(handleRequest);
  server.on('connect', handleConnect);
  server.on('connection', (socket: Socket) => { sockets.add(socket); socket.on('close', () => sockets.delete(socket)); });
  server.headersTimeout = idleTimeoutMs;
  server.requestTimeout = idleTimeoutMs;
  await new Promise<void>((resolveListen, reject) => {
    server.once('error', reject);
    if ('path' in options.listen) server.listen(options.listen.path, () => resolveListen());
    else server.listen(options.listen.port, '127.0.0.1', () => resolveListen());
  });
  const bound = server.address();
  const address = typeof bound === 'string' ? bound : `http://127.0.0.1:${bound?.port ?? 0}`;
  return {
    address,
    close: () => new Promise<void>((resolveClose) => {
      for (const socket of sockets) socket.destroy();
      server.close(() => resolveClose());
    }),
  };
}

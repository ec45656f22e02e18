import { createAdaptorServer } from '@hono/node-server';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { RampartError, errorMessage } from '../kernel/errors.ts';
import { createProxyServer, type ProxyServer, type ProxyServerOptions } from './create-proxy-server.ts';

/** A proxy listening on a TCP port. */
export interface RunningProxy {
  /** Origin such as `http://127.0.0.1:8787`. */
  readonly origin: string;
  readonly port: number;
  readonly proxy: ProxyServer;
  /** Stops accepting connections, ends open ones and releases the upstream pool. */
  close(): Promise<void>;
}

/** Starts the proxy on `host:port` (port 0 picks a free one) with @hono/node-server. */
export async function startProxyServer(options: ProxyServerOptions & { host: string; port: number }): Promise<RunningProxy> {
  const proxy = createProxyServer(options);
  const server = createAdaptorServer({ fetch: proxy.app.fetch, hostname: options.host, port: options.port }) as Server;
  // Slow-loris bounds: headers must arrive promptly; long streams are bounded by server.request_timeout instead.
  server.headersTimeout = 30_000;
  server.requestTimeout = 0;
  await new Promise<void>((resolve, reject) => {
    server.once('error', (error) => reject(new RampartError('CONFIG_INVALID', `cannot listen on ${options.host}:${options.port}: ${errorMessage(error)}`, { cause: error })));
    server.listen(options.port, options.host, () => resolve());
  });
  const address = server.address() as AddressInfo;
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  return {
    origin: `http://${host}:${address.port}`,
    port: address.port,
    proxy,
    close: async () => {
      await new Promise<void>((resolve) => { server.closeAllConnections(); server.close(() => resolve()); });
      await proxy.close();
    },
  };
}

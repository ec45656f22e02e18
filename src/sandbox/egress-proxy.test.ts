import { request as httpRequest, createServer, type Server } from 'node:http';
import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEgressProxy, type EgressProxy } from './egress-proxy.ts';
import { createRecordingAuditSink } from './test-support.ts';

// Two loopback servers stand in for the internet: one allowed host, one forbidden host that must see nothing.
let allowed: Server; let forbidden: Server;
let allowedPort = 0; let forbiddenPort = 0; let forbiddenConnections = 0;
let proxy: EgressProxy; let strictProxy: EgressProxy;
const audit = createRecordingAuditSink();
const hosts: Record<string, string> = { 'allowed.test': '127.0.0.1', 'forbidden.test': '127.0.0.1' };
const resolve = async (host: string) => (Object.hasOwn(hosts, host) ? [hosts[host]!] : []);

beforeAll(async () => {
  allowed = createServer((request, response) => { response.end(`hello ${request.method} ${request.url} host=${request.headers.host}`); });
  forbidden = createServer((_request, response) => { response.end('should never be reached'); });
  forbidden.on('connection', () => { forbiddenConnections += 1; });
  await new Promise<void>((done) => allowed.listen(0, '127.0.0.1', done));
  await new Promise<void>((done) => forbidden.listen(0, '127.0.0.1', done));
  allowedPort = (allowed.address() as { port: number }).port;
  forbiddenPort = (forbidden.address() as { port: number }).port;
  proxy = await startEgressProxy({ egress: { allow: ['allowed.test'], methods: ['GET'], block_private: false }, audit, listen: { port: 0 }, resolve });
  strictProxy = await startEgressProxy({ egress: { allow: ['allowed.test'], methods: ['GET'], block_private: true }, audit, listen: { port: 0 }, resolve });
});

afterAll(async () => {
  await proxy.close(); await strictProxy.close();
  allowed.close(); forbidden.close();
});

function viaProxy(proxyAddress: string, method: string, target: string): Promise<{ status: number; body: string }> {
  const { port } = new URL(proxyAddress);
  return new Promise((resolveRequest, reject) => {
    const request = httpRequest({ host: '127.0.0.1', port: Number(port), method, path: target }, (response) => {
      let body = '';
      response.on('data', (chunk: Buffer) => { body += chunk.toString(); });
      response.on('end', () => resolveRequest({ status: response.statusCode ?? 0, body }));
    });
    request.on('error', reject);
    request.end();
  });
}

function connectVia(proxyAddress: string, target: string): Promise<string> {
  const { port } = new URL(proxyAddress);
  return new Promise((resolveConnect, reject) => {
    const socket = connect(Number(port), '127.0.0.1', () => socket.write(`CONNECT ${target} HTTP/1.1\r\nhost: ${target}\r\n\r\n`));
    socket.once('data', (chunk) => { resolveConnect(chunk.toString().split('\r\n')[0] ?? ''); socket.destroy(); });
    socket.on('error', reject);
  });
}

describe('egress proxy', () => {
  it('forwards an allowed GET to the pinned address with the original Host header', async () => {
    const response = await viaProxy(proxy.address, 'GET', `http://allowed.test:${allowedPort}/path?q=1`);
    expect(response).toEqual({ status: 200, body: `hello GET /path?q=1 host=allowed.test:${allowedPort}` });
    expect(audit.records.some((record) => record.type === 'egress-allowed' && record.data?.['host'] === 'allowed.test')).toBe(true);
  });

  it('blocks a host that is not on the allowlist without touching it, and audits it', async () => {
    const response = await viaProxy(proxy.address, 'GET', `http://forbidden.test:${forbiddenPort}/`);
    expect(response.status).toBe(403);
    expect(await connectVia(proxy.address, `forbidden.test:${forbiddenPort}`)).toContain('403');
    expect(await connectVia(proxy.address, `127.0.0.1:${forbiddenPort}`)).toContain('403');
    expect(forbiddenConnections).toBe(0);
    const blocked = audit.records.filter((record) => record.type === 'egress-blocked' && record.data?.['host'] === 'forbidden.test');
    expect(blocked.length).toBeGreaterThanOrEqual(2);
    expect(blocked[0]).toMatchObject({ decision: 'deny', ruleIds: ['sandbox.egress.domain'] });
  });

  it('blocks methods outside egress.methods', async () => {
    const response = await viaProxy(proxy.address, 'POST', `http://allowed.test:${allowedPort}/`);
    expect(response.status).toBe(403);
    expect(response.body).toContain('POST');
  });

  it('tunnels CONNECT to an allowed host', async () => {
    expect(await connectVia(proxy.address, `allowed.test:${allowedPort}`)).toBe('HTTP/1.1 200 Connection Established');
  });

  it('blocks an allowed name that resolves to a loopback address when block_private is on', async () => {
    const response = await viaProxy(strictProxy.address, 'GET', `http://allowed.test:${allowedPort}/`);
    expect(response.status).toBe(403);
    expect(response.body).toMatch(/private or loopback/);
    expect(await connectVia(strictProxy.address, `allowed.test:${allowedPort}`)).toContain('403');
  });

  it('rejects https:// in plain form, malformed targets and unresolvable names', async () => {
    expect((await viaProxy(proxy.address, 'GET', 'https://allowed.test/')).status).toBe(400);
    expect((await viaProxy(proxy.address, 'GET', '/relative')).status).toBe(400);
    expect(await connectVia(proxy.address, 'no-port')).toContain('400');
    hosts['gone.test'] = '';
    const unresolved = await startEgressProxy({ egress: { allow: ['nowhere.test'], methods: ['GET'], block_private: false }, audit, listen: { port: 0 }, resolve });
    expect((await viaProxy(unresolved.address, 'GET', 'http://nowhere.test/')).status).toBe(403);
    await unresolved.close();
  });
});

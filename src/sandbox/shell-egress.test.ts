import { createServer, type Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { probeIsolation } from './bubblewrap.ts';
import { createSandbox, type Sandbox } from './create-sandbox.ts';
import { createRecordingAuditSink, sandboxPolicy } from './test-support.ts';

// The sandbox has no network namespace route out: its only way is the in-sandbox forwarder to Rampart's proxy.
let allowed: Server; let forbidden: Server;
let allowedPort = 0; let forbiddenPort = 0; let forbiddenConnections = 0;
let sandbox: Sandbox;
const audit = createRecordingAuditSink();

beforeAll(async () => {
  allowed = createServer((request, response) => { response.end(`allowed says hi to ${request.method}`); });
  forbidden = createServer((_request, response) => { response.end('leaked'); });
  forbidden.on('connection', () => { forbiddenConnections += 1; });
  await new Promise<void>((done) => allowed.listen(0, '127.0.0.1', done));
  await new Promise<void>((done) => forbidden.listen(0, '127.0.0.1', done));
  allowedPort = (allowed.address() as { port: number }).port;
  forbiddenPort = (forbidden.address() as { port: number }).port;
  const policy = sandboxPolicy({ sandbox: { pool_size: 0 }, egress: { allow: ['allowed.test'], methods: ['GET'], block_private: false } });
  const hosts: Record<string, string> = { 'allowed.test': '127.0.0.1', 'forbidden.test': '127.0.0.1' };
  sandbox = createSandbox({ sandbox: policy.sandbox, egress: policy.egress, audit, resolve: async (host) => (Object.hasOwn(hosts, host) ? [hosts[host]!] : []) });
});

afterAll(async () => {
  await sandbox.close();
  allowed.close(); forbidden.close();
});

describe.runIf(probeIsolation().available)('shell egress through the policy proxy', () => {
  it('reaches an allowed host through the proxy', async () => {
    const result = await sandbox.run({ language: 'shell', code: `curl -sS -m 5 http://allowed.test:${allowedPort}/` });
    expect(result.stdout).toBe('allowed says hi to GET');
    expect(audit.records.some((record) => record.type === 'egress-allowed' && record.data?.['host'] === 'allowed.test')).toBe(true);
  });

  it('blocks a forbidden host, a forbidden method and direct connections; the forbidden host sees nothing', async () => {
    const result = await sandbox.run({ language: 'shell', code: [
      `curl -sS -m 5 -o /dev/null -w '%{http_code}\\n' http://forbidden.test:${forbiddenPort}/`,
      `curl -sS -m 5 -o /dev/null -w '%{http_code}\\n' -X POST http://allowed.test:${allowedPort}/`,
      `curl -sS -m 3 --noproxy '*' http://127.0.0.1:${forbiddenPort}/ || echo direct-failed`,
      `curl -sS -m 3 -p -x http://127.0.0.1:3128 http://forbidden.test:${forbiddenPort}/ || echo tunnel-failed`,
    ].join('; ') });
    expect(result.stdout).toContain('403\n403\n');
    expect(result.stdout).toContain('direct-failed');
    expect(result.stdout).toContain('tunnel-failed');
    expect(result.stdout).not.toContain('leaked');
    expect(forbiddenConnections).toBe(0);
    expect(audit.records.filter((record) => record.type === 'egress-blocked').length).toBeGreaterThanOrEqual(3);
  });
});

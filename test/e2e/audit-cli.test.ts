import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { DatabaseSync } from 'node:sqlite';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import { openAuditTrail } from '../../src/audit/open-audit-trail.ts';
import { main } from '../../src/cli/main.ts';

const root = mkdtempSync(join(tmpdir(), 'rampart-audit-cli-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const fixtures = new URL('../fixtures/', import.meta.url).pathname;
const digest = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');
let counter = 0;

async function run(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  let err = '';
  stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
  stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
  const code = await main(args, { stdout, stderr, stdin: new PassThrough(), env: {}, cwd: root });
  return { code, stdout: out, stderr: err };
}

async function writtenLog(events: number): Promise<string> {
  const dataDir = join(root, `log-${counter++}`);
  const trail = await openAuditTrail({ dataDir, policy: { audit: { capture_raw: false, checkpoint_every: 10, batch_size: 16, flush_interval: 5 }, storage: { driver: 'sqlite' } } });
  for (let index = 0; index < events; index++) trail.record({ type: 'tool-call-blocked', sessionId: 's1', agentId: 'bot', decision: 'deny', ruleIds: ['gate.deny'], reasons: [`no #${index}`], data: { index } });
  await trail.close();
  return dataDir;
}

describe('rampart audit CLI', () => {
  it('verify, tail, export and pubkey work on a written log', async () => {
    const dataDir = await writtenLog(25);
    const verify = await run('audit', 'verify', '--data-dir', dataDir);
    expect(verify.code).toBe(0);
    expect(verify.stdout).toMatch(/^ok: 28 events, head [0-9a-f]{64}, last checkpoint 27\n$/);
    const tail = await run('audit', 'tail', '-n', '3', '--data-dir', dataDir);
    expect(tail.stdout.trim().split('\n').map((line) => line.split(' ')[0])).toEqual(['26', '27', '28']);
    expect(tail.stdout).toContain('tool-call-blocked deny agent=bot session=s1 rules=gate.deny reason="no #24"');
    const json = await run('audit', 'tail', '-n', '1', '--json', '--data-dir', dataDir);
    expect(JSON.parse(json.stdout)).toMatchObject({ seq: 28, type: 'checkpoint-signed' });
    const exported = await run('audit', 'export', '--format', 'jsonl', '--since', '20', '--data-dir', dataDir);
    const lines = exported.stdout.trim().split('\n').map((line) => JSON.parse(line) as { seq: number; hash: string; prevHash: string });
    expect(lines.map((line) => line.seq)).toEqual([20, 21, 22, 23, 24, 25, 26, 27, 28]);
    expect(lines[1]!.prevHash).toBe(lines[0]!.hash);
    const pubkey = await run('audit', 'pubkey', '--data-dir', dataDir);
    expect(pubkey.stdout).toMatch(/^-----BEGIN PUBLIC KEY-----\n[\s\S]+-----END PUBLIC KEY-----\n$/);

    const file = join(root, `export-${counter++}.jsonl`);
    const keyFile = join(root, `pub-${counter++}.pem`);
    writeFileSync(keyFile, pubkey.stdout);
    expect((await run('audit', 'export', '--out', file, '--data-dir', dataDir)).code).toBe(0);
    expect((await run('audit', 'export', '--out', file, '--data-dir', dataDir))).toMatchObject({ code: 2, stderr: expect.stringContaining('EEXIST') });
    expect((await run('audit', 'verify', '--file', file, '--public-key', keyFile)).stdout).toMatch(/^ok: 28 events/);
    writeFileSync(file, readFileSync(file, 'utf8').replace('"no #7"', '"no #8"'));
    expect(await run('audit', 'verify', '--file', file, '--public-key', keyFile)).toMatchObject({ code: 1, stdout: 'FAILED at seq 8: event content does not match its hash (edited)\n' });
  });

  it('accepts the frozen v1 fixture (the persisted format cannot drift silently)', async () => {
    const result = await run('audit', 'verify', '--file', join(fixtures, 'audit-v1.jsonl'), '--public-key', join(fixtures, 'audit-v1.pub.pem'));
    expect(result).toMatchObject({ code: 0, stdout: 'ok: 13 events, head 83cd91b0360afc7a5d88c809851a49abf6e84166db80f51aead8d239e2bf69ff, last checkpoint 12\n' });
  });

  it('reports the first bad seq of a tampered database with exit 1', async () => {
    const dataDir = await writtenLog(12);
    const database = new DatabaseSync(join(dataDir, 'rampart.db'));
    database.exec("DROP TRIGGER audit_events_no_update; UPDATE audit_events SET body = replace(body, '\"no #4\"', '\"no #5\"') WHERE seq = 5");
    database.close();
    expect(await run('audit', 'verify', '--data-dir', dataDir)).toMatchObject({ code: 1, stdout: 'FAILED at seq 5: event content does not match its hash (edited)\n' });
  });

  it('bad input: one-line error, exit 2, nothing modified', async () => {
    const missing = await run('audit', 'verify', '--data-dir', join(root, 'nowhere'));
    expect(missing).toMatchObject({ code: 2, stderr: expect.stringMatching(/^rampart: .*nowhere\/rampart\.db: no Rampart database here.*\n$/) });

    const foreign = join(root, `foreign-${counter++}`);
    mkdirSync(foreign);
    const foreignDb = new DatabaseSync(join(foreign, 'rampart.db'));
    foreignDb.exec('CREATE TABLE invoices (id INTEGER)');
    foreignDb.close();
    const before = digest(join(foreign, 'rampart.db'));
    for (const command of [['audit', 'verify'], ['audit', 'tail'], ['audit', 'export']]) {
      const result = await run(...command, '--data-dir', foreign);
      expect(result.code).toBe(2);
      expect(result.stderr).toMatch(/^rampart: .*rampart\.db: not a Rampart database \(foreign tables: invoices\); refusing to touch it\n$/);
    }
    await expect(openAuditTrail({ dataDir: foreign })).rejects.toMatchObject({ code: 'STORE_CORRUPT' });
    expect(digest(join(foreign, 'rampart.db'))).toBe(before);

    const signed = await writtenLog(15);
    const dbBefore = digest(join(signed, 'rampart.db'));
    const keyFile = join(signed, 'keys', 'audit-ed25519.pem');
    const key = readFileSync(keyFile);
    rmSync(keyFile);
    await expect(openAuditTrail({ dataDir: signed })).rejects.toMatchObject({ code: 'KEY_MISSING' });
    expect(await run('audit', 'verify', '--data-dir', signed)).toMatchObject({ code: 2, stderr: expect.stringContaining('pass --public-key') });
    writeFileSync(keyFile, 'garbage', { mode: 0o600 });
    await expect(openAuditTrail({ dataDir: signed })).rejects.toMatchObject({ code: 'KEY_INVALID' });
    expect(await run('audit', 'verify', '--data-dir', signed)).toMatchObject({ code: 2, stderr: expect.stringContaining('not an Ed25519 PEM key') });
    expect(await run('audit', 'pubkey', '--data-dir', signed)).toMatchObject({ code: 2 });
    const other = await writtenLog(1);
    copyFileSync(join(other, 'keys', 'audit-ed25519.pem'), keyFile);
    await expect(openAuditTrail({ dataDir: signed })).rejects.toMatchObject({ code: 'KEY_INVALID', message: expect.stringContaining('did not sign the existing checkpoints') });
    writeFileSync(keyFile, key, { mode: 0o600 });
    expect(digest(join(signed, 'rampart.db'))).toBe(dbBefore);
    expect((await run('audit', 'verify', '--data-dir', signed)).code).toBe(0);

    const blocker = join(root, `blocker-${counter++}`);
    writeFileSync(blocker, 'x');
    await expect(openAuditTrail({ dataDir: join(blocker, 'data') })).rejects.toMatchObject({ code: 'STORE_UNAVAILABLE' });
    expect(await run('audit', 'export', '--format', 'csv', '--data-dir', signed)).toMatchObject({ code: 2, stderr: expect.stringContaining("only 'jsonl'") });
    expect(await run('audit', 'tail', '-n', 'zero', '--data-dir', signed)).toMatchObject({ code: 2 });
  });

  it('tail --follow prints events written after it started (real CLI process)', async () => {
    const dataDir = await writtenLog(2);
    const cli = spawn(process.execPath, [new URL('../../bin/rampart.js', import.meta.url).pathname, 'audit', 'tail', '--follow', '--json', '-n', '1', '--data-dir', dataDir], { stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    let started: () => void = () => undefined;
    const printedHead = new Promise<void>((resolve) => (started = resolve));
    const seen = new Promise<void>((resolve) => cli.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('\n')) started();
      if (output.includes('"type":"policy-loaded"')) resolve();
    }));
    await printedHead;
    const trail = await openAuditTrail({ dataDir });
    trail.record({ type: 'policy-loaded', decision: 'info', data: { policyHash: 'abc' } });
    await trail.flush();
    await seen;
    cli.kill('SIGTERM');
    await trail.close();
    const seqs = output.trim().split('\n').map((line) => (JSON.parse(line) as { seq: number }).seq);
    expect(seqs.slice(0, 2)).toEqual([3, 4]);
  });
});

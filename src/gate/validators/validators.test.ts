import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { domainAllowed } from '../../policy/domain.ts';
import { createAddressBlocklist } from './ip-address.ts';
import { createPathValidator } from './path.ts';
import { createShellValidator } from './shell.ts';
import { scanSql } from './sql-lexer.ts';
import { createSqlValidator } from './sql.ts';
import { createUrlValidator } from './url.ts';
import { createValueValidator } from './values.ts';
import { createWorkspace } from '../../../test/fixtures/gate/setup.ts';

const workspace = createWorkspace();
afterAll(() => workspace.cleanup());
const ruleOf = (result: { ok: boolean; ruleId?: string }): string => (result.ok ? 'ok' : result.ruleId!);

describe('address blocklist', () => {
  const blocklist = createAddressBlocklist();
  const url = createUrlValidator({ schemes: ['https'], domainAllowed: () => true, resolveDns: false, blockPrivate: true, resolver: async () => [] });
  const context = { method: 'GET', roleMethods: ['GET'] };

  it('blocks every loopback address in decimal, hex, octal and dotted forms', async () => {
    await fc.assert(fc.asyncProperty(fc.integer({ min: 0x7f000000, max: 0x7fffffff }), fc.constantFrom('decimal', 'hex', 'octal', 'dotted'), async (address, form) => {
      const octets = [address >>> 24, (address >>> 16) & 255, (address >>> 8) & 255, address & 255];
      const host = form === 'decimal' ? String(address) : form === 'hex' ? `0x${address.toString(16)}` : form === 'octal' ? octets.map((octet) => `0${octet.toString(8)}`).join('.') : octets.join('.');
      expect(ruleOf(await url(`https://${host}/`, context))).toBe('gate.url.private-address');
    }), { numRuns: 200 });
  });

  it('passes public addresses and blocks mapped, NAT64 and 6to4 forms of private ones', () => {
    for (const address of ['8.8.8.8', '1.1.1.1', '2606:4700:4700::1111']) expect(blocklist.blocked(address)).toBe(false);
    for (const address of ['::ffff:10.0.0.1', '64:ff9b::a9fe:a9fe', '2002:7f00:1::', 'fc00::1', 'ff02::1', '255.255.255.255', 'not-an-ip']) expect(blocklist.blocked(address)).toBe(true);
  });

  it('skips address checks when egress.block_private is off, but keeps the allowlist', async () => {
    const open = createUrlValidator({ schemes: ['https'], domainAllowed: domainAllowed(['example.com']), resolveDns: true, blockPrivate: false, resolver: async () => ['127.0.0.1'] });
    expect(ruleOf(await open('https://example.com/', context))).toBe('ok');
    expect(ruleOf(await open('https://127.0.0.1/', context))).toBe('gate.url.domain');
  });
});

describe('path validator options', () => {
  it('allows dotfile writes only when configured, never deny-listed ones', () => {
    const strict = createPathValidator({ root: workspace.root, deny: ['.env'], mode: 'write', allowDotfiles: false });
    const lenient = createPathValidator({ root: workspace.root, deny: ['.env'], mode: 'write', allowDotfiles: true });
    expect(ruleOf(strict('docs/.prettierrc'))).toBe('gate.path.dotfile-write');
    expect(ruleOf(lenient('docs/.prettierrc'))).toBe('ok');
    expect(ruleOf(lenient('.env'))).toBe('gate.path.denied');
    expect(ruleOf(createPathValidator({ root: `${workspace.root}/missing`, deny: [], mode: 'read', allowDotfiles: false })('a'))).toBe('gate.path.root-missing');
  });
});

describe('sql validator options', () => {
  it('honours function allowlists, admin scope and dialect LIMIT forms', () => {
    const admin = createSqlValidator({ dialect: 'postgresql', statements: ['select', 'delete', 'drop'], functions: ['count'] });
    expect(ruleOf(admin('select count(*) from orders', 'admin'))).toBe('ok');
    expect(ruleOf(admin('select lower(name) from orders', 'admin'))).toBe('gate.sql.function');
    expect(ruleOf(admin('delete from orders where id = 1', 'admin'))).toBe('ok');
    expect(ruleOf(admin('delete from orders where id = 1', 'read-write'))).toBe('gate.role.db-scope');
    expect(ruleOf(admin('select 1', 'none'))).toBe('gate.role.db-scope');
    const sqlite = createSqlValidator({ dialect: 'sqlite', statements: ['select'], maxRows: 10 });
    expect(ruleOf(sqlite('select id from orders limit 100, 10', 'read-only'))).toBe('ok');
    expect(ruleOf(sqlite('select id from orders limit 5, 11', 'read-only'))).toBe('gate.sql.limit');
    expect(ruleOf(sqlite(42, 'read-only'))).toBe('gate.sql.type');
  });

  it('finds comments only outside literals, per dialect', () => {
    expect(scanSql("select '--' from t", 'postgresql')).toEqual({ comment: false, unterminated: false });
    expect(scanSql('select "a--b" from t', 'postgresql')).toEqual({ comment: false, unterminated: false });
    expect(scanSql("select $x$ -- $x$", 'postgresql')).toEqual({ comment: false, unterminated: false });
    expect(scanSql("select 'a\\' -- '", 'postgresql').comment).toBe(true);
    expect(scanSql("select 'a\\' -- '", 'mysql').comment).toBe(false);
    expect(scanSql("select E'a\\' -- '", 'postgresql').comment).toBe(false);
    expect(scanSql('select 1 # x', 'mysql').comment).toBe(true);
    expect(scanSql('select 1 # x', 'postgresql').comment).toBe(false);
    expect(scanSql("select 'open", 'sqlite').unterminated).toBe(true);
  });
});

describe('shell validator options', () => {
  const rules = (extra: Partial<Parameters<typeof createShellValidator>[0]> = {}) => createShellValidator({
    commands: ['ls', 'pwd', 'grep', 'bash'], allowPipes: false, allowChaining: false, allowRedirects: false, workspace: { root: workspace.root, deny: ['.env'], allowDotfiles: false }, ...extra,
  });

  it('allows chaining and pipes only when configured', async () => {
    expect(ruleOf(await rules()('ls && pwd'))).toBe('gate.shell.chaining');
    expect(ruleOf(await rules({ allowChaining: true })('ls && pwd'))).toBe('ok');
    expect(ruleOf(await rules({ allowChaining: true })('ls; pwd'))).toBe('ok');
    expect(ruleOf(await rules()('ls | grep x'))).toBe('gate.shell.pipe');
    expect(ruleOf(await rules({ allowPipes: true })('ls | grep x'))).toBe('ok');
    expect(ruleOf(await rules()('ls > out.txt'))).toBe('gate.shell.redirect');
    expect(ruleOf(await rules()('ls 2>&1'))).toBe('ok');
  });

  it('recurses into bash -c strings up to a bounded depth', async () => {
    const validator = rules();
    expect(ruleOf(await validator("bash -c 'pwd'"))).toBe('ok');
    expect(ruleOf(await validator(`bash -c "bash -c 'pwd'"`))).toBe('ok');
    expect(ruleOf(await validator(`bash -c "bash -c 'rm x'"`))).toBe('gate.shell.command');
    expect(ruleOf(await validator("bash -lc 'pwd'"))).toBe('ok');
    expect(ruleOf(await validator('bash -c'))).toBe('gate.shell.dynamic-command');
  });

  it('denies when the parser cannot load (fail closed)', async () => {
    const broken = createShellValidator({ commands: ['ls'], allowPipes: false, allowChaining: false, allowRedirects: false, workspace: { root: workspace.root, deny: [], allowDotfiles: false } }, Promise.reject(new Error('wasm missing')));
    await expect(broken('ls')).rejects.toThrow('wasm missing');
  });
});

describe('value validators', () => {
  it('checks e-mail lists, enums, ranges, lengths and patterns', () => {
    const email = createValueValidator({ emailDomain: domainAllowed(['company.com', '*.partner.io']) });
    expect(ruleOf(email(['a@company.com', 'b@eu.partner.io']))).toBe('ok');
    expect(ruleOf(email(['a@company.com', 'b@partner.io']))).toBe('gate.value.email-domain');
    expect(ruleOf(email([]))).toBe('gate.value.email-invalid');
    expect(ruleOf(email([7]))).toBe('gate.value.type');
    expect(ruleOf(createValueValidator({ enumValues: [1, 'a', true] })('1'))).toBe('gate.value.enum');
    expect(ruleOf(createValueValidator({ max: 5 })(Number.NaN))).toBe('gate.value.type');
    expect(ruleOf(createValueValidator({ maxLength: 2 })('😀😀'))).toBe('ok');
    expect(ruleOf(createValueValidator({ maxLength: 2 })([1, 2, 3]))).toBe('gate.value.max-length');
    expect(ruleOf(createValueValidator({ pattern: /^(?:a+)$/u })(5))).toBe('gate.value.type');
  });
});

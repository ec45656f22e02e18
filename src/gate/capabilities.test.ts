import { generateKeyPairSync } from 'node:crypto';
import { DatabaseSync } from 'node:sqlite';
import { describe, expect, it } from 'vitest';
import { createMemoryRevocationStore } from '../storage/memory-revocation-store.ts';
import { createSqliteRevocationStore } from '../storage/sqlite-revocation-store.ts';
import { createCapabilityAuthority, type CapabilityKey } from './capabilities.ts';

const hmacKey = 'capability-test-secret-0123456789abcdef';
const { privateKey, publicKey } = generateKeyPairSync('ed25519');

function authority(key: CapabilityKey = hmacKey, clock = { now: () => 1_000_000 }, revocations = createMemoryRevocationStore()) {
  return createCapabilityAuthority({ key, revocations, clock });
}

const base = { tools: ['read_*', 'search_knowledge_base'], scopes: { path: { path_prefix: ['logs'] }, url: { domains: ['*.company.com'] }, amount: { max: 100 }, asset: { enum: ['a', 'b'] } }, ttlMs: 60_000, maxDepth: 2 };

describe.each([['HMAC-SHA256', hmacKey], ['Ed25519', privateKey]] as const)('capability tokens (%s)', (_name, key) => {
  it('issues tokens that verify and narrow by attenuation', async () => {
    const issuer = authority(key);
    const token = issuer.issue(base);
    expect(await issuer.verify(token)).toMatchObject({ ok: true, claims: { depth: 0, tools: base.tools } });
    const child = await issuer.attenuate(token, { tools: ['read_logs'], scopes: { path: { path_prefix: ['logs/app'] }, amount: { max: 10 }, asset: { enum: ['a'] }, url: { domains: ['api.company.com'] } }, ttlMs: 30_000 });
    expect(child).toMatchObject({ ok: true, claims: { depth: 1, tools: ['read_logs'] } });
  });

  it.each([
    ['a tool outside the parent', { tools: ['delete_logs'] }],
    ['a glob wider than the parent', { tools: ['*'] }],
    ['a path outside the prefix', { scopes: { path: { path_prefix: ['logs/../etc'] } } }],
    ['a sibling path prefix', { scopes: { path: { path_prefix: ['logs2'] } } }],
    ['a wider domain', { scopes: { url: { domains: ['*.com'] } } }],
    ['another domain', { scopes: { url: { domains: ['evil.example'] } } }],
    ['a higher maximum', { scopes: { amount: { max: 1000 } } }],
    ['a dropped maximum', { scopes: { amount: {} } }],
    ['a wider enum', { scopes: { asset: { enum: ['a', 'c'] } } }],
    ['a longer lifetime', { ttlMs: 120_000 }],
    ['a deeper maximum depth', { maxDepth: 5 }],
  ])('rejects widening: %s', async (_label, narrower) => {
    const issuer = authority(key);
    expect(await issuer.attenuate(issuer.issue(base), narrower)).toMatchObject({ ok: false, ruleId: 'gate.capability.widening' });
  });

  it('rejects expired, tampered and foreign tokens', async () => {
    let now = 1_000_000;
    const issuer = authority(key, { now: () => now });
    const token = issuer.issue(base);
    const [prefix, payload, signature] = token.split('.');
    const claims = JSON.parse(Buffer.from(payload!, 'base64url').toString()) as Record<string, unknown>;
    const widened = Buffer.from(JSON.stringify({ ...claims, tools: ['*'] })).toString('base64url');
    expect(await issuer.verify(`${prefix}.${widened}.${signature}`)).toMatchObject({ ok: false, ruleId: 'gate.capability.signature' });
    const flipped = signature!.slice(0, -2) + (signature!.endsWith('AA') ? 'BB' : 'AA');
    expect(await issuer.verify(`${prefix}.${payload}.${flipped}`)).toMatchObject({ ok: false, ruleId: 'gate.capability.signature' });
    expect(await issuer.verify('rcap1.bm90.anNvbg')).toMatchObject({ ok: false });
    expect(await issuer.verify('garbage')).toMatchObject({ ok: false, ruleId: 'gate.capability.malformed' });
    const other = authority(typeof key === 'string' ? 'another-secret-of-enough-length-000000' : generateKeyPairSync('ed25519').privateKey);
    expect(await other.verify(token)).toMatchObject({ ok: false, ruleId: 'gate.capability.signature' });
    now += 60_000;
    expect(await issuer.verify(token)).toMatchObject({ ok: false, ruleId: 'gate.capability.expired' });
  });

  it('revokes a token and everything delegated from it', async () => {
    const issuer = authority(key);
    const root = issuer.issue(base);
    const child = await issuer.attenuate(root, { tools: ['read_logs'] });
    if (!child.ok) throw new Error('attenuation failed');
    const grandchild = await issuer.attenuate(child.token, {});
    if (!grandchild.ok) throw new Error('attenuation failed');
    await issuer.revoke(child.token);
    expect(await issuer.verify(root)).toMatchObject({ ok: true });
    expect(await issuer.verify(child.token)).toMatchObject({ ok: false, ruleId: 'gate.capability.revoked' });
    expect(await issuer.verify(grandchild.token)).toMatchObject({ ok: false, ruleId: 'gate.capability.revoked' });
  });

  it('bounds delegation depth', async () => {
    const issuer = authority(key);
    let token = issuer.issue({ ...base, maxDepth: 2 });
    for (let depth = 1; depth <= 2; depth++) {
      const next = await issuer.attenuate(token, {});
      if (!next.ok) throw new Error(`depth ${depth} refused`);
      token = next.token;
    }
    expect(await issuer.attenuate(token, {})).toMatchObject({ ok: false, ruleId: 'gate.capability.depth' });
  });
});

describe('capability keys', () => {
  it('refuses short HMAC secrets and non-Ed25519 keys; a public key verifies but cannot issue', async () => {
    expect(() => authority('short')).toThrow(/32 bytes/);
    expect(() => authority(generateKeyPairSync('x25519').privateKey)).toThrow(/Ed25519/);
    const token = authority(privateKey).issue(base);
    const verifier = authority(publicKey);
    expect(await verifier.verify(token)).toMatchObject({ ok: true });
    expect(() => verifier.issue(base)).toThrow(/public key/);
  });

  it('does not accept an HMAC token where an Ed25519 key is configured (no algorithm confusion)', async () => {
    const token = authority(hmacKey).issue(base);
    expect(await authority(privateKey).verify(token)).toMatchObject({ ok: false });
  });

  it('shares revocations through SQLite', async () => {
    const database = new DatabaseSync(':memory:');
    const revocations = createSqliteRevocationStore(database);
    const issuer = authority(hmacKey, { now: () => 1_000_000 }, revocations);
    const token = issuer.issue(base);
    await issuer.revoke(token);
    const second = authority(hmacKey, { now: () => 1_000_000 }, createSqliteRevocationStore(database));
    expect(await second.verify(token)).toMatchObject({ ok: false, ruleId: 'gate.capability.revoked' });
    expect(await revocations.anyRevoked(['nothing'])).toBe(false);
  });
});

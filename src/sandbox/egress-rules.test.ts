import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isRampartError } from '../kernel/errors.ts';
import { domainAllowed } from '../policy/domain.ts';
import { canonicalHost, compileEgressRules } from './egress-rules.ts';

const rules = compileEgressRules({ allow: ['api.github.com', '*.example.com', '203.0.113.7'], methods: ['GET', 'HEAD'], block_private: true });

describe('compileEgressRules', () => {
  it.each([
    ['api.github.com', true], ['API.GitHub.com.', true], ['github.com', false], ['evil-api.github.com', false],
    ['a.example.com', true], ['a.b.example.com', true], ['example.com', false], ['example.com.evil.net', false], ['notexample.com', false],
    ['203.0.113.7', true], ['203.0.113.8', false], ['[::1]', false], ['', false],
    // Numeric IPv4 spellings are canonicalised before matching, as the gate does.
    ['3405803783', true], ['0xcb.0.113.7', true], ['2130706433', false], ['0x7f.1', false],
    ['a..example.com', false], ['exa mple.com', false], ['a.example.com:443', false],
  ])('host %s -> %s', (host, expected) => {
    expect(rules.allowsHost(host)).toBe(expected);
  });

  it.each([
    ['127.0.0.1', false], ['10.1.2.3', false], ['172.16.0.1', false], ['192.168.1.1', false], ['169.254.169.254', false],
    ['100.64.0.1', false], ['0.0.0.0', false], ['::1', false], ['fe80::1', false], ['fd00::1', false], ['::ffff:127.0.0.1', false], ['::ffff:7f00:1', false], ['::ffff:8.8.8.8', true], ['64:ff9b::7f00:1', false],
    ['8.8.8.8', true], ['2606:4700::1111', true], ['not-an-ip', false],
  ])('address %s -> %s', (address, expected) => {
    expect(rules.allowsAddress(address)).toBe(expected);
  });

  it('enforces methods case-insensitively', () => {
    expect(rules.allowsMethod('get')).toBe(true);
    expect(rules.allowsMethod('POST')).toBe(false);
  });

  it('allows private addresses only when block_private is off', () => {
    expect(compileEgressRules({ allow: [], methods: [], block_private: false }).allowsAddress('127.0.0.1')).toBe(true);
  });

  it('matches IDN hosts by their punycode form', () => {
    const idn = compileEgressRules({ allow: ['bücher.example'], methods: [], block_private: true });
    expect(idn.allowsHost('xn--bcher-kva.example')).toBe(true);
    expect(idn.allowsHost('BÜCHER.example')).toBe(true);
    expect(idn.allowsHost('bucher.example')).toBe(false);
  });

  it('never lets a wildcard admit an IP address: numeric wildcards fail at load, in the sandbox as in the gate', () => {
    expect(() => compileEgressRules({ allow: ['*.0.113.7'], methods: [], block_private: false })).toThrow(/wildcard on an IP address/);
    expect(domainAllowed(['*.0.113.7'])('203.0.113.7')).toBe(false);
  });

  it.each([
    ['API.Example.COM.', 'api.example.com'], ['[::1]', '::1'], ['[FE80::1]', 'fe80::1'], ['2130706433', '127.0.0.1'],
    ['0x7f.1', '127.0.0.1'], ['bücher.example', 'xn--bcher-kva.example'], ['exa mple.com', 'exa mple.com'],
  ])('canonicalises destination %j as %j, so the checked host is the connected host', (host, expected) => {
    expect(canonicalHost(host)).toBe(expected);
  });

  it('agrees with the gate\'s domain matcher on every host (property)', () => {
    const allow = ['api.github.com', '*.example.com', 'bücher.de', '203.0.113.7', '*.corp.example.org'];
    const egress = compileEgressRules({ allow, methods: [], block_private: true });
    const gate = domainAllowed(allow);
    const host = fc.oneof(
      fc.domain(), fc.ipV4(), fc.ipV4Extended(),
      fc.constantFrom('API.GITHUB.COM.', 'x.Example.com', 'example.com', 'xn--bcher-kva.de', 'BÜCHER.DE', 'a.b.corp.example.org', 'corp.example.org', '', '..', '*.example.com'),
      fc.string({ maxLength: 30 }),
    );
    fc.assert(fc.property(host, (candidate) => {
      expect(egress.allowsHost(candidate)).toBe(gate(candidate));
    }), { numRuns: 2000 });
  });

  it.each(['*', '*.com', '*.*.example.com', 'a*.example.com', '*.co.uk', 'https://example.com', 'exa mple.com'])('rejects the over-broad pattern %s at load time', (pattern) => {
    expect(() => compileEgressRules({ allow: [pattern], methods: [], block_private: true })).toThrow();
    try { compileEgressRules({ allow: [pattern], methods: [], block_private: true }); } catch (error) { expect(isRampartError(error, 'POLICY_INVALID')).toBe(true); }
  });

  it('a wildcard admits exactly the proper subdomains of its base (property)', () => {
    const label = fc.stringMatching(/^[a-z0-9]{1,10}$/);
    fc.assert(fc.property(fc.array(label, { minLength: 0, maxLength: 3 }), label, (prefix, other) => {
      const host = [...prefix, 'example', 'com'].join('.');
      expect(rules.allowsHost(host)).toBe(prefix.length > 0);
      expect(rules.allowsHost(`${host}.${other}`)).toBe(false);
    }));
  });
});

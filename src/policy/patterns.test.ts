import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { domainAllowed, domainPatternProblem, normalizeHost } from './domain.ts';
import { compileToolGlob, normalizeToolName } from './glob.ts';
import { compileArgumentPattern, nestedQuantifierProblem } from './regex-safety.ts';

describe('nested quantifiers (ReDoS)', () => {
  it.each(['(a+)+', '(a*)*', '(a+)*b', '(\\w+\\s?)+$', '((ab)+)+', '(a{2,})+', '(?:a+)+', '(a+){2,}', '(x|y+)*', '((a)b+)+', '([a-z]+\\.)*x'])(
    'flags %s',
    (source) => {
      expect(nestedQuantifierProblem(source)).toMatch(/nested quantifier/);
    },
  );

  it.each(['a+', '(ab)+', '[a-z]+@[a-z]+', 'ORD-[0-9]{4,12}', '(a+)', '(a+)?', '\\(a+\\)+', '[(a+)]+', '(a)+(b+)', '^[A-Z]{3}-\\d+$'])(
    'accepts %s',
    (source) => {
      expect(nestedQuantifierProblem(source)).toBeUndefined();
    },
  );

  it('accepted patterns run in linear time on adversarial input', () => {
    const accepted = compileArgumentPattern('[a-z]+@[a-z]+');
    expect(accepted).toBeInstanceOf(RegExp);
    const started = performance.now();
    (accepted as RegExp).test(`${'a'.repeat(50_000)}!`);
    expect(performance.now() - started).toBeLessThan(500);
  });

  it('property: any quantified group around a quantified atom is flagged', () => {
    fc.assert(fc.property(fc.stringMatching(/^[a-z]{1,5}$/), fc.constantFrom('*', '+', '{2,}'), fc.constantFrom('*', '+', '{1,}', '{3,9}'), (atom, inner, outer) => {
      expect(nestedQuantifierProblem(`(${atom}${inner})${outer}`)).toBeDefined();
    }));
  });

  it('reports invalid syntax and over-long patterns', () => {
    expect(compileArgumentPattern('(')).toMatch(/^invalid regular expression/);
    expect(compileArgumentPattern('a'.repeat(1001))).toMatch(/longer than 1000/);
  });
});

describe('tool-name globs', () => {
  it.each([
    ['read_*', 'read_file', true],
    ['read_*', 'write_file', false],
    ['read_?', 'read_a', true],
    ['read_?', 'read_ab', false],
    ['v[0-9]_tool', 'v7_tool', true],
    ['v[!0-9]_tool', 'v7_tool', false],
    ['github.*', 'github.create_issue', true],
    ['GitHub.*', 'github.list', true],
  ] as const)('%s on %s: %s', (pattern, name, expected) => {
    const glob = compileToolGlob(pattern);
    if (typeof glob === 'string') throw new Error(glob);
    expect(glob.regex.test(normalizeToolName(name))).toBe(expected);
  });

  it.each([['a[b', /unclosed/], ['a]', /unmatched/], ['a[]', /empty character class/], ['[z-a]', /reversed range/], ['a b*', /invalid character ' '/], ['a{b,c}', /invalid character '\{'/], ['a\\*', /invalid character/]])(
    'rejects %s',
    (pattern, reason) => {
      expect(compileToolGlob(pattern)).toMatch(reason);
    },
  );

  it('property: normalisation is idempotent', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme' }), (name) => normalizeToolName(normalizeToolName(name)) === normalizeToolName(name)));
  });
});

describe('domain patterns', () => {
  it.each(['*', '**', '*.*', '*.com', '*.co.uk', '*.github.io', 'a.*.com', 'https://example.com', 'example.com:443', 'exa mple.com', '-bad.com', '*.10.0.0.1', ''])(
    'rejects %j',
    (pattern) => {
      expect(domainPatternProblem(pattern)).toBeDefined();
    },
  );

  it.each(['example.com', '*.example.com', 'localhost', '127.0.0.1', 'bücher.de', '*.corp.example.co.uk'])('accepts %s', (pattern) => {
    expect(domainPatternProblem(pattern)).toBeUndefined();
  });

  const allowed = domainAllowed(['example.com', '*.corp.example.org', 'bücher.de']);
  it.each([
    ['example.com', true],
    ['EXAMPLE.COM', true],
    ['example.com.', true],
    ['www.example.com', false],
    ['evil-example.com', false],
    ['example.com.evil.net', false],
    ['a.corp.example.org', true],
    ['a.b.corp.example.org', true],
    ['corp.example.org', false],
    ['xcorp.example.org', false],
    ['xn--bcher-kva.de', true],
    ['BÜCHER.de', true],
    ['', false],
    ['example..com', false],
  ] as const)('%j allowed: %s', (host, expected) => {
    expect(allowed(host)).toBe(expected);
  });

  it('never lets an over-broad entry widen the allowlist', () => {
    const matcher = domainAllowed(['*', '*.com']);
    expect(matcher('anything.com')).toBe(false);
  });

  it('property: *.example.com allows every subdomain label and no look-alike without the dot', () => {
    const matcher = domainAllowed(['*.example.com']);
    fc.assert(fc.property(fc.stringMatching(/^[a-z0-9]([a-z0-9-]{0,20}[a-z0-9])?$/), (label) => {
      expect(matcher(`${label}.example.com`)).toBe(true);
      expect(matcher(`${label.toUpperCase()}.Example.Com.`)).toBe(true);
      expect(matcher(`${label}example.com`)).toBe(false);
      expect(matcher(`example.com.${label}`)).toBe(false);
    }));
  });

  it('property: host normalisation is idempotent', () => {
    fc.assert(fc.property(fc.domain(), (host) => normalizeHost(normalizeHost(host)) === normalizeHost(host)));
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isRampartError } from '../kernel/errors.ts';
import { compilePolicy, type CompiledPolicy } from './compile.ts';
import { policySchema, type PolicyInput } from './schema.ts';

function compile(input: Omit<PolicyInput, 'version'>, baseDir = '/srv/policies'): CompiledPolicy {
  return compilePolicy(policySchema.parse({ version: 1, ...input }), { baseDir });
}

const seeded = compile({
  agents: { 'support-bot': { role: 'reader' }, 'ops': { role: 'admin' } },
  roles: {
    reader: { tools: ['read_document', 'search_*'] },
    operator: { tools: ['send_email', 'github_issue_*'] },
    admin: { tools: ['*'] },
    auditor: {},
  },
  tools: {
    'send_*': { risk: 'high' },
    'send_email': { risk: 'low' },
    'github_*': { risk: 'medium' },
    'github_issue_*': { risk: 'low' },
    'read_document': { risk: 'low' },
    'search_kb': {},
    'delete_database': { risk: 'critical', roles: ['auditor'] },
    'lookup': { validate: { id: { pattern: 'ORD-[0-9]{4}' } } },
  },
  egress: { allow: ['api.github.com', '*.company.com', 'bücher.example'] },
  workspace: { root: './workspace' },
});

describe('findTool', () => {
  it.each([
    ['send_email', 'send_email'],
    ['send_sms', 'send_*'],
    ['github_issue_create', 'github_issue_*'],
    ['github_repo_delete', 'github_*'],
    ['SEND_EMAIL', 'send_email'],
    ['Ｓｅｎｄ_email', 'send_email'],
    ['read_document', 'read_document'],
  ])('%s resolves to %s (exact first, then the most specific glob)', (name, pattern) => {
    expect(seeded.findTool(name)?.pattern).toBe(pattern);
  });

  it('the winning glob does not depend on definition order', () => {
    const reversed = compile({ tools: { 'github_issue_*': { risk: 'low' }, 'github_*': { risk: 'high' } } });
    const forward = compile({ tools: { 'github_*': { risk: 'high' }, 'github_issue_*': { risk: 'low' } } });
    expect(reversed.findTool('github_issue_close')?.rule.risk).toBe('low');
    expect(forward.findTool('github_issue_close')?.rule.risk).toBe('low');
  });

  it.each(['unknown_tool', 'read_documents', 'xsend_email', '', 'send\u200bemail', 'send_email\u0000', 'send email', 'read_document\n'])(
    'denies %j by default (no match)',
    (name) => {
      expect(seeded.findTool(name)).toBeUndefined();
    },
  );

  it.each(['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf', '__defineGetter__'])('%s matches nothing that is not defined', (name) => {
    expect(seeded.findTool(name)).toBeUndefined();
    expect(seeded.roleGrants('admin', name)).toBe(false);
    expect(seeded.roleGrants(name, 'read_document')).toBe(false);
    expect(seeded.agent(name)).toBeUndefined();
    expect(seeded.role(name)).toBeUndefined();
  });

  it('a tool really named constructor or toString matches only itself', () => {
    const compiled = compile({ roles: { r: { tools: ['constructor'] } }, tools: { constructor: { risk: 'low' as const }, toString: { risk: 'high' as const } } });
    expect(compiled.findTool('constructor')?.rule.risk).toBe('low');
    expect(compiled.findTool('toString')?.rule.risk).toBe('high');
    expect(compiled.findTool('valueOf')).toBeUndefined();
    expect(compiled.roleGrants('r', 'constructor')).toBe(true);
    expect(compiled.roleGrants('r', 'toString')).toBe(false);
  });

  it('property: with only exact entries, every other name is denied', () => {
    const compiled = compile({ tools: { alpha: {}, beta_tool: {}, 'gamma.v2': {} } });
    const defined = new Set(['alpha', 'beta_tool', 'gamma.v2']);
    fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 20 }), (name) => {
      const match = compiled.findTool(name);
      if (defined.has(name.normalize('NFKC').toLowerCase())) return match !== undefined;
      return match === undefined;
    }));
  });

  it('property: a glob entry covers exactly the names with its prefix', () => {
    const compiled = compile({ tools: { 'mcp_fs_*': {} } });
    fc.assert(fc.property(fc.stringMatching(/^[a-z0-9_]{0,12}$/), fc.stringMatching(/^[a-z0-9_]{1,12}$/), (suffix, other) => {
      expect(compiled.findTool(`mcp_fs_${suffix}`)?.pattern).toBe('mcp_fs_*');
      if (!`${other}`.startsWith('mcp_fs_')) expect(compiled.findTool(other)).toBeUndefined();
    }));
  });
});

describe('roleGrants', () => {
  it.each([
    ['reader', 'read_document', true],
    ['reader', 'search_kb', true],
    ['reader', 'search_web', false], // matches the role glob, but no tool entry defines it
    ['reader', 'send_email', false],
    ['operator', 'send_email', true],
    ['operator', 'send_sms', false],
    ['operator', 'github_issue_create', true],
    ['operator', 'github_repo_delete', false],
    ['admin', 'delete_database', true],
    ['admin', 'send_sms', true],
    ['admin', 'not_defined', false], // "*" means every tool defined under tools
    ['auditor', 'delete_database', true], // granted by the tool's own roles list
    ['auditor', 'read_document', false],
    ['ghost', 'read_document', false],
    ['', 'read_document', false],
  ] as const)('%s may call %s: %s', (role, tool, expected) => {
    expect(seeded.roleGrants(role, tool)).toBe(expected);
  });

  it('is case-insensitive on the tool name like findTool', () => {
    expect(seeded.roleGrants('reader', 'READ_DOCUMENT')).toBe(true);
  });
});

describe('lookups and helpers', () => {
  it('agent and role are own-property lookups', () => {
    expect(seeded.agent('support-bot')?.role).toBe('reader');
    expect(seeded.role('admin')?.tools).toEqual(['*']);
    expect(seeded.agent('nobody')).toBeUndefined();
  });

  it('argumentPattern returns the anchored matcher compiled at load time', () => {
    const regex = seeded.argumentPattern('ORD-[0-9]{4}');
    expect(regex?.test('ORD-1234')).toBe(true);
    expect(regex?.test('xORD-1234')).toBe(false);
    expect(regex?.test('ORD-12345')).toBe(false);
    expect(seeded.argumentPattern('.*')).toBeUndefined();
  });

  it('egressAllowed applies the egress allowlist', () => {
    expect(seeded.egressAllowed('API.GitHub.com.')).toBe(true);
    expect(seeded.egressAllowed('mail.company.com')).toBe(true);
    expect(seeded.egressAllowed('company.com')).toBe(false);
    expect(seeded.egressAllowed('xn--bcher-kva.example')).toBe(true);
    expect(seeded.egressAllowed('evil.com')).toBe(false);
  });

  it('resolves the workspace root against baseDir', () => {
    expect(seeded.workspaceRoot).toBe('/srv/policies/workspace');
    expect(seeded.policy.workspace.root).toBe('/srv/policies/workspace');
    expect(compile({ workspace: { root: '/abs/root' } }).workspaceRoot).toBe('/abs/root');
  });

  it('refuses a policy with bad patterns even when the caller skipped the loader', () => {
    const policy = policySchema.parse({ version: 1, tools: { '*': {}, ok: { validate: { a: { pattern: '(x+)+' } } } }, egress: { allow: ['*.com'] } });
    let caught: unknown;
    try {
      compilePolicy(policy);
    } catch (error) {
      caught = error;
    }
    expect(isRampartError(caught, 'POLICY_INVALID')).toBe(true);
    if (!isRampartError(caught)) return;
    expect(caught.problems.map((problem) => problem.path)).toEqual(['tools["*"]', 'tools.ok.validate.a.pattern', 'egress.allow[0]']);
  });
});

describe('glob patterns with punctuation', () => {
  it('matches hyphenated, dotted and namespaced tool names literally', () => {
    const compiled = compilePolicy(policySchema.parse({
      version: 1,
      roles: { agent: { tools: ['get-*', 'fs.read*', 'github:*'] } },
      tools: { 'get-*': {}, 'fs.read*': {}, 'github:*': {} },
    }));
    expect(compiled.findTool('get-annotated-message')?.pattern).toBe('get-*');
    expect(compiled.findTool('getannotated')).toBeUndefined();
    expect(compiled.findTool('fs.readFile')?.pattern).toBe('fs.read*');
    expect(compiled.findTool('fsXreadFile')).toBeUndefined();
    expect(compiled.findTool('github:create_issue')?.pattern).toBe('github:*');
    expect(compiled.roleGrants('agent', 'get-annotated-message')).toBe(true);
  });
});

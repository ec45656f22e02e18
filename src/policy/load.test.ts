import { chmod, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isRampartError, type RampartError } from '../kernel/errors.ts';
import { loadPolicyFile, maxPolicyBytes, parsePolicy } from './load.ts';

/** A malformed policy: the text, and where and what its first problem must be. */
interface MalformedCase {
  readonly name: string;
  readonly text: string;
  /** Expected `LINE:COL dotted.path` of the first problem. */
  readonly at: string;
  readonly message: RegExp;
  /** How many problems in total, when it matters. */
  readonly count?: number;
}

const malformed: MalformedCase[] = [
  { name: 'malformed YAML (unclosed flow sequence)', text: 'version: 1\nroles:\n  reader:\n    tools: [read_document\n', at: '5:1 roles.reader.tools[0]', message: /YAML/ },
  { name: 'malformed YAML (bad indentation)', text: 'version: 1\ntools:\n  a:\n    risk: low\n   category: read\n', at: '5:1 tools.a.risk', message: /YAML/ },
  { name: 'unknown top-level key', text: 'version: 1\nrolez: {}\n', at: '2:1 rolez', message: /unknown key 'rolez'/ },
  { name: 'unknown nested key', text: 'version: 1\nroles:\n  reader:\n    tools: []\n    dbs: admin\n', at: '5:5 roles.reader.dbs', message: /unknown key 'dbs'/ },
  { name: 'wrong type (number for enum)', text: 'version: 1\ntools:\n  send_email:\n    risk: 3\n', at: '4:11 tools.send_email.risk', message: /expected one of/ },
  { name: 'wrong type (list where a mapping belongs)', text: 'version: 1\nroles: [reader]\n', at: '2:8 roles', message: /expected record, received array/ },
  { name: 'wrong type (args not an object)', text: 'version: 1\ntools:\n  send_email:\n    args: "to,subject"\n', at: '4:11 tools.send_email.args', message: /expected record/ },
  { name: 'bad duration', text: 'version: 1\napprovals:\n  timeout: soon\n', at: '3:12 approvals.timeout', message: /duration/ },
  { name: 'duplicate YAML key', text: 'version: 1\ntools:\n  send_email: {}\n  send_email: { risk: low }\n', at: '4:3 tools.send_email', message: /unique.*DUPLICATE_KEY/ },
  { name: 'duplicate tools after normalisation', text: 'version: 1\ntools:\n  send_email: {}\n  Send_Email: {}\n', at: '4:3 tools.Send_Email', message: /duplicate tool.*'send_email'/ },
  { name: 'duplicate tools after NFKC', text: 'version: 1\ntools:\n  file: {}\n  ﬁle: {}\n', at: '4:3 tools["ﬁle"]', message: /duplicate tool/ },
  { name: 'invalid regex', text: 'version: 1\ntools:\n  lookup:\n    validate:\n      id: { pattern: "([a-z" }\n', at: '5:22 tools.lookup.validate.id.pattern', message: /invalid regular expression/ },
  { name: 'catastrophic regex (a+)+', text: 'version: 1\ntools:\n  lookup:\n    validate:\n      id: { pattern: "(a+)+b" }\n', at: '5:22 tools.lookup.validate.id.pattern', message: /nested quantifier/ },
  { name: 'catastrophic regex (\\w+\\s?)*', text: 'version: 1\ntools:\n  lookup:\n    validate:\n      id:\n        pattern: (\\w+\\s?)*$\n', at: '6:18 tools.lookup.validate.id.pattern', message: /ReDoS/ },
  { name: 'invalid glob in a tool name', text: 'version: 1\ntools:\n  "read_[abc": {}\n', at: '3:3 tools["read_[abc"]', message: /invalid glob.*unclosed '\['/ },
  { name: 'invalid glob in a role', text: 'version: 1\nroles:\n  reader: { tools: ["read_[z-a]"] }\ntools:\n  read_x: {}\n', at: '3:21 roles.reader.tools[0]', message: /reversed range/ },
  { name: 'invalid characters in a tool name', text: 'version: 1\ntools:\n  "send email": {}\n', at: '3:3 tools["send email"]', message: /invalid tool name/ },
  { name: 'over-broad tool pattern *', text: 'version: 1\ntools:\n  "*": { risk: low }\n', at: '3:3 tools["*"]', message: /over-broad tool pattern/ },
  { name: 'over-broad tool pattern **', text: 'version: 1\ntools:\n  "**": {}\n', at: '3:3 tools["**"]', message: /over-broad/ },
  { name: 'over-broad domain *.com', text: 'version: 1\negress:\n  allow: [api.github.com, "*.com"]\n', at: '3:27 egress.allow[1]', message: /over-broad.*top-level domain/ },
  { name: 'over-broad domain *', text: 'version: 1\noutput:\n  links: { allow_domains: ["*"] }\n', at: '3:28 output.links.allow_domains[0]', message: /every domain/ },
  { name: 'over-broad e-mail domain on a public suffix', text: 'version: 1\ntools:\n  send_email:\n    validate: { to: { email_domain: ["*.co.uk"] } }\n', at: '4:38 tools.send_email.validate.to.email_domain[0]', message: /public suffix/ },
  { name: 'invalid domain', text: 'version: 1\negress:\n  allow: ["https://api.github.com/"]\n', at: '3:11 egress.allow[0]', message: /not a domain/ },
  { name: 'unknown role for an agent', text: 'version: 1\nagents:\n  bot: { role: ghost }\n', at: '3:16 agents.bot.role', message: /unknown role 'ghost'/ },
  { name: 'unknown default_role', text: 'version: 1\ndefault_role: reader\n', at: '2:15 default_role', message: /unknown role 'reader'/ },
  { name: 'role grants an undefined tool', text: 'version: 1\nroles:\n  reader: { tools: [read_documnt] }\ntools:\n  read_document: {}\n', at: '3:21 roles.reader.tools[0]', message: /matches no entry under tools/ },
  { name: 'reserved __proto__ tool name', text: 'version: 1\ntools:\n  __proto__: { risk: low }\n', at: '3:3 tools.__proto__', message: /reserved/ },
  { name: 'min greater than max', text: 'version: 1\ntools:\n  pay:\n    validate: { amount: { min: 10, max: 1 } }\n', at: '4:32 tools.pay.validate.amount.min', message: /greater than max/ },
  { name: 'args schema with a misspelt keyword', text: 'version: 1\ntools:\n  x:\n    args:\n      type: object\n      requried: [id]\n', at: '6:7 tools.x.args.requried', message: /unknown keyword: "requried"/ },
  { name: 'args schema with a wrong type name', text: 'version: 1\ntools:\n  x:\n    args: { type: objekt }\n', at: '4:19 tools.x.args.type', message: /invalid JSON Schema/ },
  { name: 'args schema with a dangling $ref', text: 'version: 1\ntools:\n  x:\n    args: { properties: { a: { $ref: "#/nope" } } }\n', at: '4:11 tools.x.args', message: /can't resolve reference/ },
  { name: 'missing version', text: 'roles: {}\n', at: '1:1 version', message: /missing required field version/ },
  { name: 'wrong version', text: 'version: 2\n', at: '1:10 version', message: /unsupported version 2/ },
  { name: 'version as a string', text: 'version: "1"\n', at: '1:10 version', message: /unsupported version "1"/ },
  { name: 'empty file', text: '', at: '1:1 (top level)', message: /empty/ },
  { name: 'comments only', text: '# nothing here\n\n', at: '1:1 (top level)', message: /empty/ },
  { name: 'top level is a list', text: '- version: 1\n', at: '1:1 (top level)', message: /expected a mapping/ },
  { name: 'top level is a scalar', text: 'version 1\n', at: '1:1 (top level)', message: /expected a mapping/ },
  { name: 'two YAML documents', text: 'version: 1\n---\nversion: 1\n', at: '2:1 (top level)', message: /more than one YAML document/ },
  { name: 'unknown YAML tag', text: 'version: 1\nroles: !!js/function "x"\n', at: '2:8 roles', message: /tag/i },
  { name: 'binary text', text: 'version: 1\n\u0000\u0001\u0002', at: '1:1 (top level)', message: /binary file/ },
  { name: 'huge file', text: `version: 1\n#${'x'.repeat(maxPolicyBytes)}\n`, at: '1:1 (top level)', message: /at most 1048576 bytes/ },
];

function catchError(run: () => unknown): RampartError {
  try {
    run();
  } catch (error) {
    if (isRampartError(error)) return error;
    throw error;
  }
  throw new Error('expected a RampartError');
}

describe('parsePolicy rejects malformed policies with located problems', () => {
  it.each(malformed)('$name', ({ text, at, message }) => {
    const error = catchError(() => parsePolicy(text, 'bad.yaml'));
    expect(error.code).toBe('POLICY_INVALID');
    expect(error.problems.length).toBeGreaterThan(0);
    const first = error.problems[0]!;
    expect(first.path).toBe(`bad.yaml:${at}`);
    expect(first.message).toMatch(message);
    expect(first.message).not.toContain('\n');
    expect(error.message.startsWith(`bad.yaml:${at}: `)).toBe(true);
  });

  it('collects every problem, schema and cross-field alike, in file order', () => {
    const text = [
      'version: 1',
      'agents:',
      '  bot: { role: ghost }',
      'roles:',
      '  reader: { tools: [read_x], bogus: true }',
      'tools:',
      '  read_x: { risk: extreme }',
      '  "*": {}',
      'egress: { allow: ["*.com"] }',
    ].join('\n');
    const error = catchError(() => parsePolicy(text, 'p.yaml'));
    expect(error.problems.map((problem) => problem.path)).toEqual([
      'p.yaml:3:16 agents.bot.role',
      'p.yaml:5:30 roles.reader.bogus',
      'p.yaml:7:19 tools.read_x.risk',
      'p.yaml:8:3 tools["*"]',
      'p.yaml:9:19 egress.allow[0]',
    ]);
    expect(error.message).toMatch(/\(and 4 more problems\)$/);
  });

  it('accepts a valid policy and fills in defaults', () => {
    const policy = parsePolicy('version: 1\nroles:\n  reader: { tools: ["*"] }\ntools:\n  read_x: {}\n', 'ok.yaml');
    expect(policy.tools['read_x']?.risk).toBe('medium');
    expect(policy.roles['reader']?.db).toBe('none');
    expect(policy.approvals.timeout).toBe(300_000);
  });

  it('refuses alias bombs', () => {
    const lines = ['version: 1', 'a0: &a0 [x, x, x, x, x, x, x, x, x, x]'];
    for (let level = 1; level < 8; level++) lines.push(`a${level}: &a${level} [${Array.from({ length: 10 }, () => `*a${level - 1}`).join(', ')}]`);
    const error = catchError(() => parsePolicy(lines.join('\n'), 'bomb.yaml'));
    expect(error.code).toBe('POLICY_INVALID');
    expect(error.problems[0]!.message).toMatch(/alias|YAML/i);
  });
});

describe('loadPolicyFile', () => {
  let directory = '';
  beforeAll(async () => {
    directory = await mkdtemp(join(tmpdir(), 'rampart-policy-'));
  });
  afterAll(async () => {
    await rm(directory, { recursive: true, force: true });
  });

  async function loadError(path: string, cwd?: string): Promise<RampartError> {
    try {
      await loadPolicyFile(path, cwd === undefined ? {} : { cwd });
    } catch (error) {
      if (isRampartError(error)) return error;
      throw error;
    }
    throw new Error('expected a RampartError');
  }

  it('loads a file, hashes its bytes and resolves workspace.root against its directory', async () => {
    const path = join(directory, 'good.yaml');
    const text = 'version: 1\nworkspace: { root: ./files }\ntools:\n  read_x: { validate: { p: { path: { root: ../elsewhere } } } }\n';
    await writeFile(path, text);
    const loaded = await loadPolicyFile(path);
    expect(loaded.path).toBe(path);
    expect(loaded.baseDir).toBe(directory);
    expect(loaded.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(loaded.policy.workspace.root).toBe(join(directory, 'files'));
    expect(loaded.policy.tools['read_x']?.validate?.['p']?.path?.root).toBe(join(directory, '..', 'elsewhere'));
    expect(loaded.compiled.workspaceRoot).toBe(join(directory, 'files'));
    expect(loaded.compiled.findTool('read_x')?.pattern).toBe('read_x');
  });

  it('names a missing file as unreadable', async () => {
    const error = await loadError(join(directory, 'nope.yaml'));
    expect(error.code).toBe('POLICY_UNREADABLE');
    expect(error.problems).toEqual([{ path: join(directory, 'nope.yaml'), message: 'cannot read policy: no such file' }]);
  });

  it('refuses a directory', async () => {
    const error = await loadError(directory);
    expect(error.code).toBe('POLICY_UNREADABLE');
    expect(error.message).toMatch(/directory/);
  });

  it.skipIf(process.getuid?.() === 0)('refuses a file it may not read', async () => {
    const path = join(directory, 'secret.yaml');
    await writeFile(path, 'version: 1\n');
    await chmod(path, 0o000);
    const error = await loadError(path);
    expect(error.code).toBe('POLICY_UNREADABLE');
    expect(error.message).toMatch(/permission denied/);
  });

  it('refuses something that is not a regular file (a device)', async () => {
    const error = await loadError('/dev/null');
    expect(error.code).toBe('POLICY_UNREADABLE');
    expect(error.problems).toEqual([{ path: '/dev/null', message: 'cannot read policy: not a regular file' }]);
  });

  it('refuses invalid UTF-8 as binary', async () => {
    const path = join(directory, 'binary.yaml');
    await writeFile(path, Buffer.from([0x76, 0x65, 0x72, 0xff, 0xfe, 0x0a]));
    const error = await loadError(path);
    expect(error.code).toBe('POLICY_INVALID');
    expect(error.problems[0]).toEqual({ path: `${path}:1:1 (top level)`, message: 'binary file: a policy is UTF-8 YAML text' });
  });

  it('refuses files over 1 MiB before reading them', async () => {
    const path = join(directory, 'huge.yaml');
    await writeFile(path, `version: 1\n#${'x'.repeat(maxPolicyBytes)}\n`);
    const error = await loadError(path);
    expect(error.code).toBe('POLICY_INVALID');
    expect(error.problems[0]!.message).toMatch(/a policy may be at most/);
  });

  it('reports problems under the name it was given', async () => {
    const path = join(directory, 'bad.yaml');
    await writeFile(path, 'version: 1\nroles:\n  reader: { tools: [x], db: everything }\ntools:\n  x: {}\n');
    const error = await loadError('bad.yaml', directory);
    expect(error.code).toBe('POLICY_INVALID');
    expect(error.problems[0]!.path).toBe('bad.yaml:3:29 roles.reader.db');
  });
});

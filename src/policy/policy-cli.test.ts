import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { policySchemaText } from '../cli/commands/policy-schema.ts';
import type { CommandIo } from '../cli/io.ts';
import { main } from '../cli/main.ts';
import { isRampartError } from '../kernel/errors.ts';
import { parsePolicy } from './load.ts';

const repositoryRoot = resolve(import.meta.dirname, '..', '..');

async function run(argv: string[], cwd: string): Promise<{ code: number; stdout: string; stderr: string }> {
  const chunks = { stdout: [] as string[], stderr: [] as string[] };
  const sink = (target: string[]): Writable => new Writable({
    write(chunk: Buffer | string, _encoding, callback): void {
      target.push(chunk.toString());
      callback();
    },
  });
  const io: CommandIo = { stdout: sink(chunks.stdout), stderr: sink(chunks.stderr), stdin: process.stdin, env: {}, cwd };
  const code = await main(argv, io);
  return { code, stdout: chunks.stdout.join(''), stderr: chunks.stderr.join('') };
}

/** Bad policy files, each written to disk and checked through the CLI. */
const badFiles: Record<string, string> = {
  'yaml.yaml': 'version: 1\ntools: [a\n',
  'unknown-key.yaml': 'version: 1\nrolez: {}\n',
  'wrong-type.yaml': 'version: 1\ntools:\n  x: { risk: 3, sink: "yes" }\n',
  'duplicate-key.yaml': 'version: 1\ntools:\n  x: {}\n  x: {}\n',
  'duplicate-tool.yaml': 'version: 1\ntools:\n  x: {}\n  X: {}\n',
  'regex.yaml': 'version: 1\ntools:\n  x: { validate: { a: { pattern: "(" }, b: { pattern: "(a*)*" } } }\n',
  'glob.yaml': 'version: 1\ntools:\n  "x[": {}\n  "*": {}\n',
  'domain.yaml': 'version: 1\negress: { allow: ["*.com", "*"] }\n',
  'role.yaml': 'version: 1\ndefault_role: nobody\nagents: { a: { role: ghost } }\n',
  'version.yaml': 'version: 3\n',
  'no-version.yaml': 'roles: {}\n',
  'empty.yaml': '',
  'binary.yaml': 'version: 1\n\u0000',
};

describe('rampart policy check', () => {
  let directory = '';
  beforeAll(async () => {
    directory = await mkdtemp(join(tmpdir(), 'rampart-policy-cli-'));
    for (const [name, text] of Object.entries(badFiles)) await writeFile(join(directory, name), text);
    await writeFile(join(directory, 'good.yaml'), 'version: 1\nroles:\n  reader: { tools: [x] }\ntools:\n  x: {}\n  y: {}\n');
  });
  afterAll(async () => {
    await rm(directory, { recursive: true, force: true });
  });

  it.each(Object.keys(badFiles))('%s: exit 2 with one `file:line:col path: message` line per problem', async (name) => {
    let expected: readonly { path: string; message: string }[] = [];
    try {
      parsePolicy(badFiles[name]!, name);
    } catch (error) {
      if (!isRampartError(error, 'POLICY_INVALID')) throw error;
      expected = error.problems;
    }
    expect(expected.length).toBeGreaterThan(0);
    const result = await run(['policy', 'check', name], directory);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    const lines = result.stderr.trimEnd().split('\n');
    expect(lines).toEqual(expected.map((problem) => `${problem.path}: ${problem.message}`));
    for (const line of lines) expect(line).toMatch(new RegExp(`^${name.replace('.', '\\.')}:\\d+:\\d+ \\S.*: \\S`));
  });

  it('reports several problems of one file on separate lines', async () => {
    const result = await run(['policy', 'check', 'regex.yaml', 'glob.yaml', 'domain.yaml'], directory);
    expect(result.code).toBe(2);
    expect(result.stderr.trimEnd().split('\n')).toHaveLength(6);
  });

  it('prints ok for a good file and still exits 2 when another is bad', async () => {
    const result = await run(['policy', 'check', 'good.yaml', 'missing.yaml'], directory);
    expect(result.stdout).toBe('ok good.yaml (2 tools, 1 role)\n');
    expect(result.stderr).toBe('missing.yaml: cannot read policy: no such file\n');
    expect(result.code).toBe(2);
  });

  it('exits 2 for a directory', async () => {
    const result = await run(['policy', 'check', '.'], directory);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe('.: cannot read policy: it is a directory, not a file\n');
  });

  it('exits 0 for every shipped example policy', async () => {
    const examples = (await readdir(join(repositoryRoot, 'examples', 'policies'))).filter((name) => name.endsWith('.yaml')).sort();
    expect(examples).toEqual(expect.arrayContaining(['default.yaml', 'minimal.yaml', 'seed-roles.yaml']));
    const result = await run(['policy', 'check', ...examples.map((name) => join('examples', 'policies', name))], repositoryRoot);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout.trimEnd().split('\n')).toHaveLength(examples.length);
  });

  it('exits 2 with usage when no file is given, and 0 for --help', async () => {
    expect((await run(['policy', 'check'], directory)).code).toBe(2);
    const help = await run(['policy', 'check', '--help'], directory);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/^usage: rampart policy check/);
  });

  it('exits 2 on an unknown option', async () => {
    const result = await run(['policy', 'check', '--frobnicate', 'good.yaml'], directory);
    expect(result.code).toBe(2);
    expect(result.stderr.split('\n')).toHaveLength(2);
  });
});

describe('rampart policy schema', () => {
  it('the committed schema/policy.schema.json is up to date (regenerate with `npm run schema`)', async () => {
    const committed = await readFile(join(repositoryRoot, 'schema', 'policy.schema.json'), 'utf8');
    expect(committed).toBe(policySchemaText());
  });

  it('prints a draft 2020-12 schema and writes it with --out', async () => {
    const printed = await run(['policy', 'schema'], repositoryRoot);
    expect(printed.code).toBe(0);
    const schema = JSON.parse(printed.stdout) as Record<string, unknown>;
    expect(schema['$schema']).toBe('https://json-schema.org/draft/2020-12/schema');
    const directory = await mkdtemp(join(tmpdir(), 'rampart-schema-'));
    try {
      const written = await run(['policy', 'schema', '--out', 'out.json'], directory);
      expect(written.code).toBe(0);
      expect(await readFile(join(directory, 'out.json'), 'utf8')).toBe(printed.stdout);
    } finally {
      await rm(directory, { recursive: true, force: true });
    }
  });

  it('describes every field', () => {
    const missing: string[] = [];
    const walk = (node: unknown, path: string): void => {
      if (typeof node !== 'object' || node === null) return;
      const record = node as Record<string, unknown>;
      for (const [key, child] of Object.entries((record['properties'] ?? {}) as Record<string, Record<string, unknown>>)) {
        if (typeof child['description'] !== 'string' || child['description'].length === 0) missing.push(`${path}.${key}`);
        walk(child, `${path}.${key}`);
      }
      walk(record['additionalProperties'], `${path}.*`);
      walk(record['items'], `${path}[]`);
      for (const key of ['anyOf', 'oneOf', 'allOf']) if (Array.isArray(record[key])) for (const child of record[key]) walk(child, path);
    };
    walk(JSON.parse(policySchemaText()), '');
    expect(missing).toEqual([]);
  });
});

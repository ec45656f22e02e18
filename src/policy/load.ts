import { readFile, stat } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { LineCounter, isMap, parseAllDocuments, type Document } from 'yaml';
import type { z } from 'zod';
import { sha256Hex } from '../kernel/crypto.ts';
import { RampartError, type Problem } from '../kernel/errors.ts';
import { checkArgumentSchemas } from './argument-schemas.ts';
import { checkPolicy } from './checks.ts';
import { compilePolicy, type CompiledPolicy } from './compile.ts';
import { formatDottedPath, lineColumn, offsetOfPath, pathAtOffset } from './locate.ts';
import { policySchema, type Policy } from './schema.ts';

/** Largest policy file accepted, in bytes; anything bigger is almost certainly not a hand-written policy. */
export const maxPolicyBytes = 1024 * 1024;

/** Most YAML aliases one policy may expand; stops "billion laughs" documents. */
const maxAliasCount = 100;

/** A policy file read, validated and compiled. */
export interface LoadedPolicy {
  /** The validated policy with relative paths resolved against `baseDir`. */
  readonly policy: Policy;
  readonly compiled: CompiledPolicy;
  /** Absolute path of the file. */
  readonly path: string;
  /** Hex SHA-256 of the file bytes, for the `policy-loaded` audit event. */
  readonly hash: string;
  /** Directory of the file; relative paths in the policy are resolved against it. */
  readonly baseDir: string;
}

interface LocatedProblem extends Problem {
  readonly offset: number;
}

function located(fileName: string, lineCounter: LineCounter | undefined, offset: number, path: readonly PropertyKey[], message: string): LocatedProblem {
  const position = lineCounter === undefined ? '1:1' : lineColumn(lineCounter, offset);
  return { path: `${fileName}:${position} ${formatDottedPath(path)}`, message, offset };
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let value = data;
  for (const segment of path) {
    if (typeof value !== 'object' || value === null || !Object.hasOwn(value, segment)) return undefined;
    value = (value as Record<PropertyKey, unknown>)[segment];
  }
  return value;
}

function issueMessage(issue: z.core.$ZodIssue, data: unknown): string {
  if (issue.path.length === 1 && issue.path[0] === 'version') {
    const version = valueAt(data, issue.path);
    return version === undefined ? 'missing required field version: add `version: 1`' : `unsupported version ${JSON.stringify(version)}: only version 1 exists`;
  }
  if (issue.code === 'invalid_type' && valueAt(data, issue.path) === undefined) return `missing required field (expected ${issue.expected})`;
  if (issue.code === 'invalid_union') {
    const branches = issue.errors.map((branch) => branch.map((inner) => inner.message).join('; '));
    return [...new Set(branches)].join(', or ');
  }
  return issue.message.replace(/^Invalid input: /, '');
}

function schemaProblems(document: Document, data: unknown, fileName: string, lineCounter: LineCounter): { policy?: Policy; problems: LocatedProblem[] } {
  const result = policySchema.safeParse(data);
  const problems: LocatedProblem[] = [];
  if (!result.success) {
    for (const issue of result.error.issues) {
      if (issue.code === 'unrecognized_keys') {
        for (const key of issue.keys) {
          const path = [...issue.path, key];
          problems.push(located(fileName, lineCounter, offsetOfPath(document, path, true), path, `unknown key '${key}'`));
        }
        continue;
      }
      const missing = valueAt(data, issue.path) === undefined;
      problems.push(located(fileName, lineCounter, offsetOfPath(document, issue.path, missing), issue.path, issueMessage(issue, data)));
    }
  }
  for (const issue of [...checkPolicy(data), ...checkArgumentSchemas(data)]) {
    problems.push(located(fileName, lineCounter, offsetOfPath(document, issue.path, issue.atKey === true), issue.path, issue.message));
  }
  return result.success && problems.length === 0 ? { policy: result.data, problems } : { problems };
}

function analyse(text: string, fileName: string): { policy?: Policy; problems: LocatedProblem[] } {
  const top = (message: string): { problems: LocatedProblem[] } => ({ problems: [located(fileName, undefined, 0, [], message)] });
  const bytes = Buffer.byteLength(text, 'utf8');
  if (bytes > maxPolicyBytes) return top(`file is ${bytes} bytes; a policy may be at most ${maxPolicyBytes} bytes (1 MiB)`);
  if (text.includes('\u0000')) return top('binary file: a policy is UTF-8 YAML text');
  if (text.trim() === '') return top('file is empty: a policy needs at least `version: 1`');

  const lineCounter = new LineCounter();
  const parsed = parseAllDocuments(text, { uniqueKeys: true, lineCounter, prettyErrors: false, strict: true });
  const documents = Array.isArray(parsed) ? parsed : [];
  if (documents.length === 0) return top('file is empty: a policy needs at least `version: 1`');
  const document = documents[0]!;
  const problems: LocatedProblem[] = [];
  for (const error of [...document.errors, ...document.warnings]) {
    const offset = error.pos[0];
    problems.push(located(fileName, lineCounter, offset, pathAtOffset(document, offset), `${error.message} (YAML ${error.code})`));
  }
  if (documents.length > 1) {
    const offset = documents[1]!.range[0];
    problems.push(located(fileName, lineCounter, offset, [], 'more than one YAML document: a policy file holds exactly one'));
  }
  if (problems.length > 0) return { problems };
  if (!isMap(document.contents)) {
    if (document.contents === null) return top('file is empty: a policy needs at least `version: 1`');
    return { problems: [located(fileName, lineCounter, document.contents.range?.[0] ?? 0, [], 'expected a mapping (key: value pairs) at the top level')] };
  }
  let data: unknown;
  try {
    data = document.toJS({ maxAliasCount });
  } catch (error) {
    return top(`cannot expand YAML: ${error instanceof Error ? error.message : String(error)}`);
  }
  return schemaProblems(document, data, fileName, lineCounter);
}

function invalid(problems: readonly Problem[]): RampartError {
  const first = problems[0]!;
  const more = problems.length > 1 ? ` (and ${problems.length - 1} more problem${problems.length > 2 ? 's' : ''})` : '';
  return new RampartError('POLICY_INVALID', `${first.path}: ${first.message}${more}`, { problems });
}

/**
 * Parses and validates policy YAML; throws POLICY_INVALID carrying every problem as
 * `{ path: 'file.yaml:LINE:COL dotted.path', message }`, in file order.
 */
export function parsePolicy(text: string, fileName: string): Policy {
  const { policy, problems } = analyse(text, fileName);
  if (policy !== undefined && problems.length === 0) return policy;
  const ordered = [...problems].sort((left, right) => left.offset - right.offset);
  throw invalid(ordered.map(({ path, message }) => ({ path, message })));
}

function unreadable(fileName: string, message: string, cause?: unknown): RampartError {
  return new RampartError('POLICY_UNREADABLE', `${fileName}: ${message}`, { cause, problems: [{ path: fileName, message }] });
}

function describeFsError(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  if (code === 'ENOENT') return 'cannot read policy: no such file';
  if (code === 'EACCES' || code === 'EPERM') return 'cannot read policy: permission denied';
  if (code === 'EISDIR') return 'cannot read policy: it is a directory, not a file';
  return `cannot read policy: ${error instanceof Error ? error.message : String(error)}`;
}

/** Options for loadPolicyFile. */
export interface LoadPolicyOptions {
  /** Directory a relative `path` is resolved against. Absent: the process working directory. */
  readonly cwd?: string;
}

/** Reads, validates and compiles a policy file; POLICY_UNREADABLE when it cannot be read, POLICY_INVALID when it is wrong. */
export async function loadPolicyFile(path: string, options: LoadPolicyOptions = {}): Promise<LoadedPolicy> {
  const absolute = options.cwd === undefined ? resolve(path) : resolve(options.cwd, path);
  let bytes: Buffer;
  try {
    const info = await stat(absolute);
    if (info.isDirectory()) throw unreadable(path, 'cannot read policy: it is a directory, not a file');
    if (!info.isFile()) throw unreadable(path, 'cannot read policy: not a regular file');
    if (info.size > maxPolicyBytes) throw invalid([{ path: `${path}:1:1 (top level)`, message: `file is ${info.size} bytes; a policy may be at most ${maxPolicyBytes} bytes (1 MiB)` }]);
    bytes = await readFile(absolute);
  } catch (error) {
    if (error instanceof RampartError) throw error;
    throw unreadable(path, describeFsError(error), error);
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw invalid([{ path: `${path}:1:1 (top level)`, message: 'binary file: a policy is UTF-8 YAML text' }]);
  }
  const baseDir = dirname(absolute);
  const compiled = compilePolicy(parsePolicy(text, path), { baseDir });
  return { policy: compiled.policy, compiled, path: absolute, hash: sha256Hex(bytes), baseDir };
}

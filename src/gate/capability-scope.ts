import { posix } from 'node:path';
import { domainAllowed } from '../policy/domain.ts';
import { compileToolGlob, isGlob, normalizeToolName } from '../policy/glob.ts';
import { failed, passed, type CheckResult } from './validators/check-result.ts';

/** Limits a capability places on one argument (by name) of any tool it grants. */
export interface ArgumentScope {
  /** The argument is a path under one of these prefixes (workspace-relative or absolute, POSIX form). */
  readonly path_prefix?: readonly string[];
  /** The argument is a URL or e-mail address whose host is one of these domains (`*.` for subdomains). */
  readonly domains?: readonly string[];
  /** The argument is a number no larger than this. */
  readonly max?: number;
  /** The argument equals one of these values. */
  readonly enum?: readonly (string | number | boolean)[];
}

/** Normalised POSIX path, or undefined when it climbs above its start. */
function normalizePath(path: string): string | undefined {
  const normalised = posix.normalize(path.replace(/^\.\//, ''));
  if (normalised === '..' || normalised.startsWith('../') || normalised.includes('\0')) return undefined;
  return normalised.replace(/\/+$/, '') || '/';
}

function under(path: string, prefix: string): boolean {
  return path === prefix || prefix === '.' || path.startsWith(prefix.endsWith('/') ? prefix : `${prefix}/`);
}

function hostOf(value: string): string | undefined {
  if (value.includes('://')) {
    try { return new URL(value).hostname; } catch { return undefined; }
  }
  const at = value.lastIndexOf('@');
  return at === -1 ? value : value.slice(at + 1);
}

/** True when the tool name is granted by one of the capability's tool patterns. */
export function capabilityGrantsTool(patterns: readonly string[], toolName: string): boolean {
  const name = normalizeToolName(toolName);
  return patterns.some((pattern) => {
    if (pattern === '*') return true;
    if (!isGlob(pattern)) return normalizeToolName(pattern) === name;
    const glob = compileToolGlob(pattern);
    return typeof glob !== 'string' && glob.regex.test(name);
  });
}

/** Checks one argument value against its capability scope. */
export function checkArgumentScope(argument: string, scope: ArgumentScope, value: unknown): CheckResult {
  const reject = (why: string): CheckResult => failed('gate.capability.scope', `argument '${argument}' ${why}`);
  if (scope.path_prefix !== undefined) {
    const path = typeof value === 'string' ? normalizePath(value) : undefined;
    const prefixes = scope.path_prefix.map(normalizePath);
    if (path === undefined || !prefixes.some((prefix) => prefix !== undefined && under(path, prefix))) return reject('is outside the task\'s paths');
  }
  if (scope.domains !== undefined) {
    const host = typeof value === 'string' ? hostOf(value) : undefined;
    if (host === undefined || !domainAllowed(scope.domains)(host)) return reject('names a domain outside the task');
  }
  if (scope.max !== undefined && (typeof value !== 'number' || !(value <= scope.max))) return reject(`exceeds the task's maximum ${scope.max}`);
  if (scope.enum !== undefined && !scope.enum.some((candidate) => candidate === value)) return reject('is not one of the task\'s values');
  return passed;
}

function patternCovered(child: string, parents: readonly string[]): boolean {
  return parents.some((parent) => parent === child || (!isGlob(child) && capabilityGrantsTool([parent], child)));
}

function domainCovered(child: string, parents: readonly string[]): boolean {
  if (!child.startsWith('*.')) return domainAllowed(parents)(child);
  const rest = child.slice(2).toLowerCase();
  return parents.some((parent) => parent.startsWith('*.') && (rest === parent.slice(2).toLowerCase() || rest.endsWith(`.${parent.slice(2).toLowerCase()}`)));
}

function scopeNarrower(child: ArgumentScope | undefined, parent: ArgumentScope): string | undefined {
  if (child === undefined) return 'drops a scope';
  if (parent.path_prefix !== undefined) {
    const parents = parent.path_prefix.map(normalizePath);
    const children = child.path_prefix?.map(normalizePath);
    if (children === undefined || children.some((path) => path === undefined || !parents.some((prefix) => prefix !== undefined && under(path, prefix)))) return 'widens path_prefix';
  }
  if (parent.domains !== undefined && (child.domains === undefined || !child.domains.every((domain) => domainCovered(domain, parent.domains!)))) return 'widens domains';
  if (parent.max !== undefined && (child.max === undefined || child.max > parent.max)) return 'widens max';
  if (parent.enum !== undefined && (child.enum === undefined || !child.enum.every((value) => parent.enum!.includes(value)))) return 'widens enum';
  return undefined;
}

/** Explains why `child` grants more than `parent` (tools or scopes), or undefined when it is a subset. */
export function wideningProblem(
  child: { tools: readonly string[]; scopes: Readonly<Record<string, ArgumentScope>> },
  parent: { tools: readonly string[]; scopes: Readonly<Record<string, ArgumentScope>> },
): string | undefined {
  const extra = child.tools.find((tool) => !patternCovered(tool, parent.tools));
  if (extra !== undefined) return `tool '${extra}' is not granted by the parent`;
  for (const [argument, scope] of Object.entries(parent.scopes)) {
    const problem = scopeNarrower(Object.hasOwn(child.scopes, argument) ? child.scopes[argument] : undefined, scope);
    if (problem !== undefined) return `argument '${argument}' ${problem}`;
  }
  return undefined;
}

import { isPlainObject } from '../kernel/own.ts';
import { domainPatternProblem } from './domain.ts';
import { compileToolGlob, isGlob, isValidToolName, normalizeToolName, type ToolGlob } from './glob.ts';
import { compileArgumentPattern } from './regex-safety.ts';

/** One cross-field problem, located by its path inside the policy document. */
export interface PolicyIssue {
  readonly path: readonly (string | number)[];
  readonly message: string;
  /** The problem is the key itself (a name), not its value: locations point at the key. */
  readonly atKey?: boolean;
}

// These checks run on the raw document as well as on a parsed policy, so every accessor tolerates wrong shapes:
// the schema reports the shape errors, these report references and patterns, and the user sees both at once.
function entriesOf(value: unknown): [string, unknown][] {
  return isPlainObject(value) ? Object.entries(value) : [];
}

function field(value: unknown, key: string): unknown {
  return isPlainObject(value) && Object.hasOwn(value, key) ? value[key] : undefined;
}

function stringsOf(value: unknown): [number, string][] {
  if (!Array.isArray(value)) return [];
  const result: [number, string][] = [];
  value.forEach((item: unknown, index) => {
    if (typeof item === 'string') result.push([index, item]);
  });
  return result;
}

/** The tool definitions as the compiler sees them: exact names and globs. */
interface ToolIndex {
  readonly exact: Set<string>;
  readonly globs: ToolGlob[];
}

function checkToolNames(document: unknown, issues: PolicyIssue[]): ToolIndex {
  const exact = new Set<string>();
  const globs: ToolGlob[] = [];
  const seen = new Map<string, string>();
  for (const [name] of entriesOf(field(document, 'tools'))) {
    const path = ['tools', name];
    const normalised = normalizeToolName(name);
    const earlier = seen.get(normalised);
    if (earlier !== undefined) {
      issues.push({ path, atKey: true, message: `duplicate tool: '${name}' is the same name as '${earlier}' after normalisation (Unicode NFKC, case-insensitive)` });
      continue;
    }
    seen.set(normalised, name);
    if (!isGlob(name)) {
      if (isValidToolName(normalised)) exact.add(normalised);
      else issues.push({ path, atKey: true, message: `invalid tool name '${name}': use letters, digits and _ . - / : @` });
      continue;
    }
    const glob = compileToolGlob(name);
    if (typeof glob === 'string') {
      issues.push({ path, atKey: true, message: `invalid glob '${name}': ${glob}` });
    } else if (glob.literalCount === 0) {
      issues.push({ path, atKey: true, message: `over-broad tool pattern '${name}': it matches every tool; name the tools (a role may still list "*" to mean every defined tool)` });
    } else {
      globs.push(glob);
    }
  }
  return { exact, globs };
}

function isDefinedTool(index: ToolIndex, name: string): boolean {
  const normalised = normalizeToolName(name);
  return index.exact.has(normalised) || index.globs.some((glob) => glob.regex.test(normalised));
}

function checkRoles(document: unknown, index: ToolIndex, issues: PolicyIssue[]): void {
  for (const [roleName, role] of entriesOf(field(document, 'roles'))) {
    for (const [position, entry] of stringsOf(field(role, 'tools'))) {
      const path = ['roles', roleName, 'tools', position];
      if (entry === '*') continue;
      if (isGlob(entry)) {
        const glob = compileToolGlob(entry);
        if (typeof glob === 'string') issues.push({ path, message: `invalid glob '${entry}': ${glob}` });
      } else if (!isValidToolName(normalizeToolName(entry))) {
        issues.push({ path, message: `invalid tool name '${entry}': use letters, digits and _ . - / : @` });
      } else if (!isDefinedTool(index, entry)) {
        issues.push({ path, message: `role grants '${entry}', which matches no entry under tools (undefined tools are always denied)` });
      }
    }
  }
}

function checkReferences(document: unknown, issues: PolicyIssue[]): void {
  const roles = field(document, 'roles');
  const roleExists = (name: string): boolean => isPlainObject(roles) && Object.hasOwn(roles, name);
  for (const [agentName, agent] of entriesOf(field(document, 'agents'))) {
    const role = field(agent, 'role');
    if (typeof role === 'string' && !roleExists(role)) issues.push({ path: ['agents', agentName, 'role'], message: `unknown role '${role}': define it under roles` });
  }
  const defaultRole = field(document, 'default_role');
  if (typeof defaultRole === 'string' && !roleExists(defaultRole)) issues.push({ path: ['default_role'], message: `unknown role '${defaultRole}': define it under roles` });
  for (const [toolName, tool] of entriesOf(field(document, 'tools'))) {
    for (const [position, role] of stringsOf(field(tool, 'roles'))) {
      if (!roleExists(role)) issues.push({ path: ['tools', toolName, 'roles', position], message: `unknown role '${role}': define it under roles` });
    }
  }
}

function checkDomains(list: unknown, path: readonly (string | number)[], issues: PolicyIssue[]): void {
  for (const [position, pattern] of stringsOf(list)) {
    const problem = domainPatternProblem(pattern);
    if (problem !== undefined) issues.push({ path: [...path, position], message: problem });
  }
}

function checkValidators(document: unknown, issues: PolicyIssue[]): void {
  for (const [toolName, tool] of entriesOf(field(document, 'tools'))) {
    for (const [argument, validators] of entriesOf(field(tool, 'validate'))) {
      const path = ['tools', toolName, 'validate', argument];
      const pattern = field(validators, 'pattern');
      if (typeof pattern === 'string') {
        const compiled = compileArgumentPattern(pattern);
        if (typeof compiled === 'string') issues.push({ path: [...path, 'pattern'], message: compiled });
      }
      checkDomains(field(validators, 'email_domain'), [...path, 'email_domain'], issues);
      checkDomains(field(field(validators, 'url'), 'domains'), [...path, 'url', 'domains'], issues);
      const minimum = field(validators, 'min');
      const maximum = field(validators, 'max');
      if (typeof minimum === 'number' && typeof maximum === 'number' && minimum > maximum) {
        issues.push({ path: [...path, 'min'], message: `min ${minimum} is greater than max ${maximum}; no value could pass` });
      }
    }
  }
}

/**
 * Cross-field checks the schema cannot express: role references, tool-name globs (valid, not over-broad, no
 * duplicates after normalisation), role grants, regex validators (valid, no nested quantifiers) and domain lists.
 */
export function checkPolicy(document: unknown): PolicyIssue[] {
  const issues: PolicyIssue[] = [];
  for (const section of ['agents', 'roles', 'tools', 'upstreams']) {
    // The schema's records silently drop `__proto__`; say so instead of losing the entry.
    if (Object.hasOwn(Object(field(document, section)), '__proto__')) issues.push({ path: [section, '__proto__'], atKey: true, message: `'__proto__' is a reserved name` });
  }
  const index = checkToolNames(document, issues);
  checkRoles(document, index, issues);
  checkReferences(document, issues);
  checkValidators(document, issues);
  checkDomains(field(field(document, 'egress'), 'allow'), ['egress', 'allow'], issues);
  checkDomains(field(field(field(document, 'output'), 'links'), 'allow_domains'), ['output', 'links', 'allow_domains'], issues);
  return issues;
}

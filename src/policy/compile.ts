import { RampartError } from '../kernel/errors.ts';
import { ownValue } from '../kernel/own.ts';
import { checkPolicy } from './checks.ts';
import { domainAllowed } from './domain.ts';
import { compareGlobSpecificity, compileToolGlob, isGlob, isValidToolName, normalizeToolName, type ToolGlob } from './glob.ts';
import { formatDottedPath } from './locate.ts';
import { resolvePolicyPaths } from './paths.ts';
import { compileArgumentPattern } from './regex-safety.ts';
import type { AgentRule, Policy, RoleRule, ToolRule } from './schema.ts';

export { domainAllowed } from './domain.ts';

/** The policy entry a tool call resolved to. */
export interface ToolMatch {
  /** The key under `tools` that matched: the exact name or the winning glob. */
  readonly pattern: string;
  readonly rule: ToolRule;
}

/** A policy compiled once into matcher closures; every lookup is an own-property or precompiled match, unknown names miss. */
export interface CompiledPolicy {
  /** The policy with relative paths resolved against `baseDir`. */
  readonly policy: Policy;
  /** Directory relative paths were resolved against. */
  readonly baseDir: string;
  /** Absolute workspace root. */
  readonly workspaceRoot: string;
  /** The tool entry for a call name: exact name first, then the most specific glob; undefined means deny. */
  findTool(name: string): ToolMatch | undefined;
  /** True when the role may call the tool: the tool is defined and the role lists it (or the tool lists the role). */
  roleGrants(role: string, toolName: string): boolean;
  /** The agent identity with this name (own properties only). */
  agent(name: string): AgentRule | undefined;
  /** The role with this name (own properties only). */
  role(name: string): RoleRule | undefined;
  /** The compiled whole-string matcher for a `pattern` validator source present in the policy; undefined for any other. */
  argumentPattern(source: string): RegExp | undefined;
  /** Matcher for the egress allowlist (`egress.allow`). */
  readonly egressAllowed: (host: string) => boolean;
}

/** Options for compilePolicy. */
export interface CompileOptions {
  /** Directory that relative paths in the policy are resolved against. Absent: the process working directory. */
  readonly baseDir?: string;
}

interface RoleMatcher {
  readonly all: boolean;
  readonly exact: ReadonlySet<string>;
  readonly globs: readonly RegExp[];
}

function compileRole(role: RoleRule): RoleMatcher {
  let all = false;
  const exact = new Set<string>();
  const globs: RegExp[] = [];
  for (const entry of role.tools) {
    if (entry === '*') all = true;
    else if (!isGlob(entry)) exact.add(normalizeToolName(entry));
    else {
      const glob = compileToolGlob(entry);
      if (typeof glob !== 'string') globs.push(glob.regex);
    }
  }
  return { all, exact, globs };
}

/** Compiles a validated policy into matcher closures; throws POLICY_INVALID (with every problem) for bad patterns or references. */
export function compilePolicy(input: Policy, options: CompileOptions = {}): CompiledPolicy {
  const issues = checkPolicy(input);
  if (issues.length > 0) {
    const problems = issues.map((issue) => ({ path: formatDottedPath(issue.path), message: issue.message }));
    throw new RampartError('POLICY_INVALID', `${problems[0]!.path}: ${problems[0]!.message}`, { problems });
  }
  const baseDir = options.baseDir ?? process.cwd();
  const policy = resolvePolicyPaths(input, baseDir);

  const exactTools = new Map<string, ToolMatch>();
  const globTools: { glob: ToolGlob; match: ToolMatch }[] = [];
  const argumentPatterns = new Map<string, RegExp>();
  for (const [pattern, rule] of Object.entries(policy.tools)) {
    const match: ToolMatch = { pattern, rule };
    if (!isGlob(pattern)) exactTools.set(normalizeToolName(pattern), match);
    else {
      const glob = compileToolGlob(pattern);
      if (typeof glob !== 'string') globTools.push({ glob, match });
    }
    for (const validators of Object.values(rule.validate ?? {})) {
      if (validators.pattern === undefined || argumentPatterns.has(validators.pattern)) continue;
      const compiled = compileArgumentPattern(validators.pattern);
      if (typeof compiled !== 'string') argumentPatterns.set(validators.pattern, compiled);
    }
  }
  globTools.sort((left, right) => compareGlobSpecificity(left.glob, right.glob));

  const roleMatchers = new Map<string, RoleMatcher>();
  for (const [name, role] of Object.entries(policy.roles)) roleMatchers.set(name, compileRole(role));
  // Extra grants from a tool's own `roles` list, keyed by the tool entry so a glob entry grants every name it covers.
  const toolRoles = new Map<string, ReadonlySet<string>>();
  for (const [pattern, rule] of Object.entries(policy.tools)) {
    if (rule.roles !== undefined && rule.roles.length > 0) toolRoles.set(pattern, new Set(rule.roles));
  }

  function resolveTool(normalised: string): ToolMatch | undefined {
    const exact = exactTools.get(normalised);
    if (exact !== undefined) return exact;
    for (const candidate of globTools) if (candidate.glob.regex.test(normalised)) return candidate.match;
    return undefined;
  }

  function findTool(name: string): ToolMatch | undefined {
    if (typeof name !== 'string') return undefined;
    const normalised = normalizeToolName(name);
    // Names with invisible or foreign characters never match a rule: they would only exist to evade one.
    if (!isValidToolName(normalised)) return undefined;
    return resolveTool(normalised);
  }

  function roleGrants(roleName: string, toolName: string): boolean {
    if (typeof roleName !== 'string' || typeof toolName !== 'string') return false;
    const matcher = Object.hasOwn(policy.roles, roleName) ? roleMatchers.get(roleName) : undefined;
    if (matcher === undefined) return false;
    const normalised = normalizeToolName(toolName);
    if (!isValidToolName(normalised)) return false;
    const match = resolveTool(normalised);
    if (match === undefined) return false;
    if (matcher.all || matcher.exact.has(normalised)) return true;
    for (const glob of matcher.globs) if (glob.test(normalised)) return true;
    return toolRoles.get(match.pattern)?.has(roleName) === true;
  }

  return {
    policy,
    baseDir,
    workspaceRoot: policy.workspace.root,
    findTool,
    roleGrants,
    agent: (name) => ownValue(policy.agents, name),
    role: (name) => ownValue(policy.roles, name),
    argumentPattern: (source) => argumentPatterns.get(source),
    egressAllowed: domainAllowed(policy.egress.allow),
  };
}

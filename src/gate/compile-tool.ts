import type { Ajv2020 } from 'ajv/dist/2020.js';
import type { Parser } from 'web-tree-sitter';
import { ownValue } from '../kernel/own.ts';
import type { CompiledPolicy } from '../policy/compile.ts';
import { domainAllowed } from '../policy/domain.ts';
import type { ArgumentValidators, Policy, RoleRule, ToolRule } from '../policy/schema.ts';
import { compileArgumentSchema } from './arguments-schema.ts';
import { failed, passed, type CheckResult } from './validators/check-result.ts';
import { createPathValidator, type PathCheck } from './validators/path.ts';
import { createShellValidator } from './validators/shell.ts';
import { createSqlValidator } from './validators/sql.ts';
import { createUrlValidator, type DnsResolver } from './validators/url.ts';
import { createValueValidator, hasValueRules } from './validators/values.ts';

/** The checks of one argument, compiled once. */
interface CompiledArgument {
  readonly name: string;
  readonly values?: (value: unknown) => CheckResult;
  readonly path?: { readonly mode: 'read' | 'write'; readonly check: (value: unknown) => PathCheck };
  readonly url?: { readonly methodArg?: string; readonly check: ReturnType<typeof createUrlValidator> };
  readonly sql?: ReturnType<typeof createSqlValidator>;
  readonly shell?: ReturnType<typeof createShellValidator>;
}

/** A tool entry compiled once: schema validator and argument validators. */
export interface CompiledTool {
  readonly pattern: string;
  readonly rule: ToolRule;
  readonly schema: (args: unknown) => CheckResult;
  readonly arguments: readonly CompiledArgument[];
}

/** Result of the argument validators: the first failure, or success with the real paths written to. */
export type ArgumentsCheck = CheckResult & { readonly writes?: readonly string[] };

/** Shared inputs for compiling tools. */
export interface ToolCompileContext {
  readonly policy: Policy;
  readonly compiled: CompiledPolicy;
  readonly ajv: Ajv2020;
  readonly resolver: DnsResolver;
  /** The bash parser, loaded on first use by a shell validator. */
  readonly shellParser: () => Promise<Parser>;
}

function compileArgument(name: string, validators: ArgumentValidators, context: ToolCompileContext): CompiledArgument {
  const { policy, compiled } = context;
  const workspace = policy.workspace;
  const deny = (extra: readonly string[] | undefined): string[] => [...workspace.deny, ...(extra ?? [])];
  const pattern = validators.pattern === undefined ? undefined : compiled.argumentPattern(validators.pattern);
  const result: { -readonly [K in keyof CompiledArgument]: CompiledArgument[K] } = { name };
  if (hasValueRules(validators)) {
    result.values = createValueValidator({
      ...(validators.email_domain === undefined ? {} : { emailDomain: domainAllowed(validators.email_domain) }),
      ...(validators.enum === undefined ? {} : { enumValues: validators.enum }),
      ...(validators.min === undefined ? {} : { min: validators.min }),
      ...(validators.max === undefined ? {} : { max: validators.max }),
      ...(validators.max_length === undefined ? {} : { maxLength: validators.max_length }),
      // A pattern the compiler refused never reaches here (compilePolicy throws), but fail closed regardless.
      ...(validators.pattern === undefined ? {} : { pattern: pattern ?? /(?!)/ }),
    });
  }
  if (validators.path !== undefined) {
    const rules = validators.path;
    result.path = { mode: rules.mode, check: createPathValidator({ root: rules.root ?? compiled.workspaceRoot, deny: deny(rules.deny), mode: rules.mode, allowDotfiles: rules.allow_dotfiles }) };
  }
  if (validators.url !== undefined) {
    const rules = validators.url;
    result.url = {
      ...(rules.method_arg === undefined ? {} : { methodArg: rules.method_arg }),
      check: createUrlValidator({
        schemes: rules.schemes, domainAllowed: rules.domains === undefined ? compiled.egressAllowed : domainAllowed(rules.domains),
        ...(rules.methods === undefined ? {} : { methods: rules.methods }), resolveDns: rules.resolve_dns, blockPrivate: policy.egress.block_private, resolver: context.resolver,
      }),
    };
  }
  if (validators.sql !== undefined) {
    const rules = validators.sql;
    result.sql = createSqlValidator({
      dialect: rules.dialect, statements: rules.statements,
      ...(rules.tables === undefined ? {} : { tables: rules.tables }), ...(rules.columns === undefined ? {} : { columns: rules.columns }),
      ...(rules.max_rows === undefined ? {} : { maxRows: rules.max_rows }), ...(rules.functions === undefined ? {} : { functions: rules.functions }),
    });
  }
  if (validators.shell !== undefined) {
    const rules = validators.shell;
    result.shell = createShellValidator({
      commands: rules.commands, allowPipes: rules.allow_pipes, allowChaining: rules.allow_chaining, allowRedirects: rules.allow_redirects,
      workspace: { root: compiled.workspaceRoot, deny: deny(undefined), allowDotfiles: false },
    }, context.shellParser());
  }
  return result;
}

/** Compiles one tool entry; throws POLICY_INVALID (with the tool's path) for a schema ajv rejects. */
export function compileTool(pattern: string, rule: ToolRule, context: ToolCompileContext): CompiledTool {
  const path = `tools.${pattern}`;
  return {
    pattern, rule,
    schema: compileArgumentSchema(context.ajv, rule.args, `${path}.args`),
    arguments: Object.entries(rule.validate ?? {}).map(([name, validators]) => compileArgument(name, validators, context)),
  };
}

/** Runs every argument validator of the tool; `role` supplies the DB scope and HTTP methods. */
export async function checkArguments(tool: CompiledTool, args: Readonly<Record<string, unknown>>, role: RoleRule, signal?: AbortSignal): Promise<ArgumentsCheck> {
  const writes: string[] = [];
  for (const argument of tool.arguments) {
    if (!Object.hasOwn(args, argument.name)) continue;
    const value = args[argument.name];
    const checks: (() => Promise<CheckResult> | CheckResult)[] = [];
    if (argument.values !== undefined) checks.push(() => argument.values!(value));
    if (argument.path !== undefined) {
      const { mode, check } = argument.path;
      checks.push(() => {
        const result = check(value);
        if (result.ok && mode === 'write' && result.resolved !== undefined) writes.push(result.resolved);
        return result;
      });
    }
    if (argument.url !== undefined) {
      const { methodArg, check } = argument.url;
      checks.push(() => {
        const method = methodArg === undefined ? 'GET' : ownValue(args, methodArg) ?? 'GET';
        if (typeof method !== 'string') return failed('gate.url.method', 'HTTP method must be a string');
        return check(value, { method: method.toUpperCase(), roleMethods: role.http, ...(signal === undefined ? {} : { signal }) });
      });
    }
    if (argument.sql !== undefined) checks.push(() => argument.sql!(value, role.db));
    if (argument.shell !== undefined) checks.push(() => argument.shell!(value));
    for (const check of checks) {
      if (signal?.aborted === true) return failed('gate.aborted', 'the gate check was cancelled');
      const result = await check();
      if (!result.ok) return { ...result, reason: `argument '${argument.name}': ${result.reason}` };
    }
  }
  return { ...passed, writes };
}

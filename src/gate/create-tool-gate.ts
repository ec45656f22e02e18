import { realpathSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Parser } from 'web-tree-sitter';
import type { AuditSink } from '../kernel/audit-event.ts';
import { canonicalJson } from '../kernel/canonical-json.ts';
import { errorMessage, isRampartError } from '../kernel/errors.ts';
import { isPlainObject } from '../kernel/own.ts';
import type { GateStage } from '../kernel/stages.ts';
import type { BudgetStore, RevocationStore } from '../kernel/stores.ts';
import { systemClock, type Clock, type SessionContext, type ToolCall } from '../kernel/types.ts';
import { allow, deny, type Verdict } from '../kernel/verdict.ts';
import { compilePolicy, type CompiledPolicy } from '../policy/compile.ts';
import { normalizeToolName } from '../policy/glob.ts';
import type { Policy } from '../policy/schema.ts';
import { createSchemaCompiler } from './arguments-schema.ts';
import { createBudgetMeter, type BudgetMeter } from './budgets.ts';
import { createCapabilityAuthority, type CapabilityAuthority, type CapabilityKey } from './capabilities.ts';
import { capabilityGrantsTool, checkArgumentScope } from './capability-scope.ts';
import { checkArguments, compileTool, type CompiledTool } from './compile-tool.ts';
import { checkApprovalRule, checkFlow } from './flow.ts';
import { findSecretReferences, type SecretResolver } from './secrets.ts';
import { loadBashParser } from './validators/shell-parser.ts';
import { systemDnsResolver, type DnsResolver } from './validators/url.ts';
import { createMemoryRevocationStore } from '../storage/memory-revocation-store.ts';

/** Everything the tool gate depends on; nothing is read from module state. */
export interface ToolGateOptions {
  /** The validated policy. */
  readonly policy: Policy;
  /** The policy compiled once (shared with the firewall); absent: compiled here against `baseDir`. */
  readonly compiled?: CompiledPolicy;
  /** Directory relative policy paths resolve against when `compiled` is absent. */
  readonly baseDir?: string;
  /** Counters for call, token and rate budgets. */
  readonly budgets: BudgetStore;
  /** Key that signs and verifies capability tokens; absent: a call carrying a token is denied (cannot verify). */
  readonly capabilityKey?: CapabilityKey;
  /** Revoked capability ids; absent: an in-memory list. */
  readonly revocations?: RevocationStore;
  /** Deny calls that carry no capability token. */
  readonly requireCapability?: boolean;
  readonly clock?: Clock;
  /** DNS resolver for URL checks; absent: the system resolver. */
  readonly resolveDns?: DnsResolver;
  /** Where `budget-exceeded` events go. */
  readonly audit: AuditSink;
  /** Resolves `{{secret:NAME}}` references; absent: calls with references are denied. */
  readonly secrets?: SecretResolver;
  /** Largest canonical JSON size of the arguments, in bytes. */
  readonly maxArgumentBytes?: number;
}

/** The gate stage plus the budget entry points the proxy calls and the capability authority. */
export interface ToolGate extends GateStage {
  /** Charges LLM tokens to the session and agent; deny when a token budget is exhausted. */
  chargeTokens(session: SessionContext, tokens: number): Promise<Verdict>;
  /** Charges one model turn to the session. */
  chargeTurn(session: SessionContext): Promise<Verdict>;
  /** The capability authority, when a key is configured. */
  readonly capabilities: CapabilityAuthority | undefined;
}

function realScratch(root: string, scratch: string | undefined): string | undefined {
  if (scratch === undefined) return undefined;
  const path = resolve(root, scratch);
  try { return realpathSync.native(path); } catch { return path; }
}

/**
 * Builds the tool-call gate: unknown tool, role grant, delegation depth, capability, JSON Schema, secret references,
 * argument validators (with the role's DB and HTTP scopes), budgets, flow rules and approval rules, in that order.
 * Every deny carries a distinct rule id; any error inside the gate is a deny, never a pass.
 */
export function createToolGate(options: ToolGateOptions): ToolGate {
  const { policy, audit } = options;
  const compiled = options.compiled ?? compilePolicy(policy, options.baseDir === undefined ? {} : { baseDir: options.baseDir });
  const effective = compiled.policy;
  const clock = options.clock ?? systemClock;
  const maxArgumentBytes = options.maxArgumentBytes ?? 256 * 1024;
  const meter: BudgetMeter = createBudgetMeter({ store: options.budgets, policy: effective, clock, audit });
  const capabilities = options.capabilityKey === undefined ? undefined
    : createCapabilityAuthority({ key: options.capabilityKey, revocations: options.revocations ?? createMemoryRevocationStore(), clock });
  let parser: Promise<Parser> | undefined;
  const ajv = createSchemaCompiler();
  const context = { policy: effective, compiled, ajv, resolver: options.resolveDns ?? systemDnsResolver, shellParser: () => (parser ??= loadBashParser()) };
  const tools = new Map<string, CompiledTool>();
  for (const [pattern, rule] of Object.entries(effective.tools)) tools.set(pattern, compileTool(pattern, rule, context));
  const scratch = realScratch(compiled.workspaceRoot, effective.workspace.scratch);

  async function checkCapability(call: ToolCall, session: SessionContext): Promise<Verdict | undefined> {
    if (session.capability === undefined) return options.requireCapability === true ? deny('gate.capability.missing', 'this gate requires a task capability token') : undefined;
    if (capabilities === undefined) return deny('gate.capability.unverifiable', 'a capability token was presented but no capability key is configured');
    const result = await capabilities.verify(session.capability);
    if (!result.ok) return deny(result.ruleId, result.reason);
    const { claims } = result;
    if (claims.agent !== undefined && claims.agent !== session.agentId) return deny('gate.capability.agent', 'the capability token belongs to another agent');
    if (!capabilityGrantsTool(claims.tools, call.name)) return deny('gate.capability.tool', `the task capability does not include '${call.name}'`);
    for (const [argument, scope] of Object.entries(claims.scopes)) {
      if (!Object.hasOwn(call.arguments, argument)) continue;
      const scoped = checkArgumentScope(argument, scope, call.arguments[argument]);
      if (!scoped.ok) return deny(scoped.ruleId, scoped.reason);
    }
    return undefined;
  }

  async function checkSecrets(call: ToolCall, allowed: readonly string[]): Promise<Verdict | undefined> {
    const { names, malformed } = findSecretReferences(call.arguments);
    if (malformed.length > 0) return deny('gate.secret.malformed', 'a secret reference has an invalid name');
    if (names.length === 0) return undefined;
    const notAllowed = names.find((name) => !allowed.includes(name));
    if (notAllowed !== undefined) return deny('gate.secret.not-allowed', `secret '${notAllowed}' may not be used by this tool`);
    if (options.secrets === undefined) return deny('gate.secret.unavailable', 'no secret resolver is configured');
    for (const name of names) {
      if ((await options.secrets.resolve(name)) === undefined) return deny('gate.secret.unknown', `secret '${name}' is not defined`);
    }
    return undefined;
  }

  async function decide(call: ToolCall, session: SessionContext, signal: AbortSignal | undefined): Promise<Verdict> {
    if (typeof call.name !== 'string') return deny('gate.unknown-tool', 'tool name is not a string');
    if (!isPlainObject(call.arguments)) return deny('gate.arguments.invalid', 'arguments must be a JSON object');
    let size: number;
    try { size = Buffer.byteLength(canonicalJson(call.arguments)); } catch { return deny('gate.arguments.invalid', 'arguments are not plain JSON'); }
    if (size > maxArgumentBytes) return deny('gate.arguments.too-large', `arguments are ${size} bytes; the limit is ${maxArgumentBytes}`);
    const match = compiled.findTool(call.name);
    const tool = match === undefined ? undefined : tools.get(match.pattern);
    if (match === undefined || tool === undefined) return deny('gate.unknown-tool', `tool '${call.name.slice(0, 100)}' is not defined in the policy`);
    const role = compiled.role(session.role);
    if (role === undefined) return deny('gate.role-unknown', `role '${session.role}' is not defined in the policy`);
    if (!compiled.roleGrants(session.role, call.name)) return deny('gate.role-denied', `role '${session.role}' may not call '${call.name}'`);
    const maxDepth = compiled.agent(session.agentId)?.max_depth ?? role.max_depth;
    if (!(session.depth <= maxDepth)) {
      const reason = `delegation depth ${session.depth} exceeds the maximum ${maxDepth}`;
      audit.record({ type: 'budget-exceeded', sessionId: session.sessionId, traceId: session.traceId, agentId: session.agentId, decision: 'deny', ruleIds: ['gate.budget.depth'], reasons: [reason], data: { depth: session.depth, maxDepth } });
      return deny('gate.budget.depth', reason);
    }
    const capability = await checkCapability(call, session);
    if (capability !== undefined) return capability;
    const schema = tool.schema(call.arguments);
    if (!schema.ok) return deny(schema.ruleId, schema.reason);
    const secrets = await checkSecrets(call, match.rule.secrets ?? []);
    if (secrets !== undefined) return secrets;
    const checked = await checkArguments(tool, call.arguments, role, signal);
    if (!checked.ok) return deny(checked.ruleId, checked.reason);
    if (signal?.aborted === true) return deny('gate.aborted', 'the gate check was cancelled');
    // Normalised, so READ_DOCUMENT and read_document share one per-tool budget.
    const budget = await meter.chargeCall(normalizeToolName(call.name), match.rule, session);
    if (budget.action === 'deny') return budget;
    const flow = checkFlow(effective, scratch, match.rule, checked.writes ?? [], session);
    if (flow?.action === 'deny') return flow;
    return flow ?? checkApprovalRule(match.rule, session) ?? allow();
  }

  return {
    capabilities,
    chargeTokens: (session, tokens) => meter.chargeTokens(session, tokens),
    chargeTurn: (session) => meter.chargeTurn(session),
    async check(call, session, checkOptions = {}) {
      if (checkOptions.signal?.aborted === true) return deny('gate.aborted', 'the gate check was cancelled');
      try {
        return await decide(call, session, checkOptions.signal);
      } catch (error) {
        // Fail closed: a store outage or a validator bug is a deny with its own rule id, never a pass.
        const ruleId = isRampartError(error, 'STORE_UNAVAILABLE') ? 'gate.store-unavailable' : 'gate.internal-error';
        return deny(ruleId, `the gate could not decide: ${errorMessage(error)}`);
      }
    },
  };
}

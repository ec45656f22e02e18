import type { AuditSink } from '../kernel/audit-event.ts';
import { errorMessage, RampartError } from '../kernel/errors.ts';
import { hashJson, sha256Hex, type RandomBytes } from '../kernel/crypto.ts';
import { ownValue } from '../kernel/own.ts';
import type { SessionStore } from '../kernel/stores.ts';
import type { Clock, ContentSource, SessionContext, TaintSource, ToolCall } from '../kernel/types.ts';
import { systemClock } from '../kernel/types.ts';
import type { Finding, Verdict } from '../kernel/verdict.ts';
import { deny, verdictRuleIds } from '../kernel/verdict.ts';
import { capturedInputText } from '../input/user-attacks.ts';
import type { Policy } from '../policy/schema.ts';
import { createMemorySessionStore } from '../storage/memory-stores.ts';
import { runStage } from './fail-closed.ts';
import type { ApprovalStage, GateStage, InputStage, OutputContext, OutputStage, OutputStream } from './stages.ts';

/** Untrusted sources: their content is inspected as indirect injection and taints the session. */
const untrustedSources: ReadonlySet<ContentSource> = new Set(['tool-result', 'document', 'web', 'email', 'tool-description']);

/** Distinct taint sources kept per session; a session is tainted once the first is recorded, more add no security. */
const maxTaintSources = 64;

/** Who is calling; the firewall resolves the role and taint from the policy and the session store. */
export interface CallContext {
  readonly sessionId: string;
  readonly traceId?: string;
  /** Agent name from the policy's agents section. */
  readonly agentId?: string;
  /** Role asserted by a trusted library caller; ignored when agentId names a policy agent. */
  readonly role?: string;
  readonly capability?: string;
  readonly depth?: number;
}

/** Options for one firewall instance; every dependency enters here (no module-level state). */
export interface FirewallOptions {
  /** The validated policy. */
  readonly policy: Policy;
  /** Where decisions are recorded. */
  readonly audit: AuditSink;
  /** The stages; an absent stage denies (fail closed), it never passes. */
  readonly stages: {
    readonly input?: InputStage;
    readonly gate?: GateStage;
    readonly output?: OutputStage;
    readonly approvals?: ApprovalStage;
  };
  readonly sessions?: SessionStore;
  readonly clock?: Clock;
  readonly random?: RandomBytes;
  /** Per-stage deadline in milliseconds; a stage that takes longer is denied. */
  readonly stageTimeoutMs?: number;
}

/** Decision on one piece of input. */
export interface InputDecision {
  readonly verdict: Verdict;
  readonly score: number;
  readonly findings: readonly Finding[];
  /** Text to hand to the model: spotlighted when the source is untrusted and it was allowed. */
  readonly text: string;
  /** True when this input tainted the session. */
  readonly tainted: boolean;
  /** When `text` was spotlighted: the paragraph the system prompt needs so the model treats the marked data as data. */
  readonly systemInstruction?: string;
}

/** The firewall: one object per policy, any number per process. */
export interface Firewall {
  readonly policy: Policy;
  inspectInput(input: { text: string; source: ContentSource; origin?: string }, context: CallContext): Promise<InputDecision>;
  checkToolCall(call: ToolCall, context: CallContext): Promise<Verdict>;
  /** Waits for a human decision on an `ask` verdict; anything but a granted, matching decision is a deny. */
  awaitApproval(verdict: Verdict, call: ToolCall, context: CallContext, options?: { signal?: AbortSignal }): Promise<Verdict>;
  inspectOutput(text: string, context: CallContext, extra?: Omit<OutputContext, 'session'>): Promise<Verdict>;
  streamOutput(context: CallContext, extra?: Omit<OutputContext, 'session'>): Promise<OutputStream>;
  /** The resolved session context (role, taint, depth) for a caller. */
  session(context: CallContext): Promise<SessionContext>;
}

/** Builds a firewall from a policy and its dependencies. */
export function createFirewall(options: FirewallOptions): Firewall {
  const { policy, audit, stages } = options;
  const clock = options.clock ?? systemClock;
  const sessions = options.sessions ?? createMemorySessionStore();
  const timeoutMs = options.stageTimeoutMs ?? policy.detection.timeout;

  async function session(context: CallContext): Promise<SessionContext> {
    const agent = context.agentId === undefined ? undefined : ownValue(policy.agents, context.agentId);
    const role = agent?.role ?? context.role ?? policy.default_role ?? '';
    const state = await sessions.get(context.sessionId);
    const tainted = (state?.['tainted'] as TaintSource[] | undefined) ?? [];
    return {
      sessionId: context.sessionId,
      traceId: context.traceId ?? context.sessionId,
      agentId: context.agentId ?? 'anonymous',
      role,
      depth: context.depth ?? 0,
      tainted,
      ...(context.capability === undefined ? {} : { capability: context.capability }),
    };
  }

  const ids = (s: SessionContext) => ({ sessionId: s.sessionId, traceId: s.traceId, agentId: s.agentId });

  // The first taint by each (source, origin) pair is what flow rules and the audit need; repeats would grow
  // session state without bound on long conversations, so they are neither stored nor audited again.
  async function taint(s: SessionContext, source: TaintSource): Promise<void> {
    if (s.tainted.some((known) => known.source === source.source && known.origin === source.origin)) return;
    if (s.tainted.length >= maxTaintSources) return;
    await sessions.update(s.sessionId, { tainted: [...s.tainted, source] });
    audit.record({ type: 'session-tainted', ...ids(s), decision: 'info', ruleIds: [source.origin], data: { source: source.source, contentHash: source.contentHash } });
  }

  return {
    policy,
    session,

    async inspectInput(input, context) {
      const s = await session(context);
      const untrusted = untrustedSources.has(input.source);
      const contentHash = sha256Hex(input.text);
      const inputStage = stages.input;
      const result = await runStage('input', timeoutMs, audit, ids(s), async (signal) => {
        if (inputStage === undefined) throw new RampartError('STAGE_FAILED', 'no input stage is configured');
        return inputStage.inspect(input.text, { source: input.source, signal });
      }, (verdict) => ({ verdict, score: 1, findings: verdict.findings }));
      let verdict = result.verdict;
      let text = input.text;
      let tainted = false;
      let systemInstruction: string | undefined;
      if (untrusted) {
        const onUntrusted = policy.detection.on_untrusted;
        if (verdict.action === 'deny' && onUntrusted !== 'block' && !verdict.ruleId.startsWith('firewall.')) {
          verdict = { action: 'allow', findings: result.findings, score: result.score };
        }
        if (verdict.action !== 'deny') {
          if (inputStage !== undefined) ({ text, systemInstruction } = inputStage.spotlight(text));
          tainted = true;
        }
      } else if (verdict.action !== 'deny' && result.findings.length > 0 && policy.flow.taint_on_finding) {
        tainted = true;
      }
      if (tainted) await taint(s, { source: input.source, origin: input.origin ?? input.source, contentHash, at: new Date(clock.now()).toISOString() });
      const ruleIds = verdictRuleIds(verdict);
      audit.record({
        type: 'input-inspected', ...ids(s), decision: verdict.action === 'deny' ? 'deny' : 'allow',
        ruleIds: ruleIds.length > 0 ? ruleIds : result.findings.map((f) => f.ruleId),
        reasons: verdict.action === 'deny' ? [verdict.reason] : [],
        data: { source: input.source, contentHash, score: result.score, findings: result.findings.length, ...capturedInputText(input.text, verdict, result.findings, policy.audit) },
      });
      return { verdict, score: result.score, findings: result.findings, text, tainted, ...(systemInstruction === undefined || systemInstruction === '' ? {} : { systemInstruction }) };
    },

    async checkToolCall(call, context) {
      const s = await session(context);
      const gate = stages.gate;
      const verdict = await runStage('gate', timeoutMs, audit, ids(s), async (signal) => {
        if (gate === undefined) throw new RampartError('STAGE_FAILED', 'no gate stage is configured');
        return gate.check(call, s, { signal });
      }, (v): Verdict => v);
      const argumentsHash = hashJson({ name: call.name, arguments: call.arguments });
      const type = verdict.action === 'allow' ? 'tool-call-allowed' : verdict.action === 'ask' ? 'tool-call-held' : 'tool-call-blocked';
      audit.record({
        type, ...ids(s), decision: verdict.action, ruleIds: verdictRuleIds(verdict),
        reasons: verdict.action === 'allow' || verdict.action === 'redact' ? [] : [verdict.reason],
        data: { tool: call.name, callId: call.id, argumentsHash, depth: s.depth, tainted: s.tainted.map((t) => t.origin), ...(policy.audit.capture_raw ? { arguments: call.arguments } : {}) },
      });
      if (verdict.action !== 'ask' || stages.approvals === undefined) return verdict;
      const approvals = stages.approvals;
      return runStage('approvals', timeoutMs, audit, ids(s), async () => {
        const approvalId = await approvals.request(call, s, { ruleId: verdict.ruleId, reason: verdict.reason });
        return { ...verdict, approvalId };
      }, (v): Verdict => v);
    },

    async awaitApproval(verdict, call, context, waitOptions = {}) {
      if (verdict.action !== 'ask') return verdict;
      const s = await session(context);
      const approvals = stages.approvals;
      const approvalId = verdict.approvalId;
      if (approvals === undefined || approvalId === undefined) return deny('approval.unavailable', 'no approval queue is configured', verdict.findings ?? []);
      let consumed: boolean;
      try {
        const outcome = await approvals.wait(approvalId, waitOptions.signal === undefined ? {} : { signal: waitOptions.signal });
        if (outcome !== 'granted') return deny(`approval.${outcome}`, `approval ${approvalId} was ${outcome}`);
        consumed = await approvals.consume(approvalId, call);
      } catch (error) {
        // An approval store that fails while a call waits must never be read as consent.
        return deny('approval.unavailable', `approval ${approvalId} could not be read: ${errorMessage(error)}`);
      }
      audit.record({ type: consumed ? 'tool-call-allowed' : 'tool-call-blocked', ...ids(s), decision: consumed ? 'allow' : 'deny', ruleIds: [consumed ? 'approval.granted' : 'approval.mismatch'], data: { approvalId, tool: call.name } });
      return consumed ? { action: 'allow' } : deny('approval.mismatch', `approval ${approvalId} does not match this call or was already used`);
    },

    async inspectOutput(text, context, extra = { canaries: [] }) {
      const s = await session(context);
      const output = stages.output;
      const verdict = await runStage('output', timeoutMs, audit, ids(s), async () => {
        if (output === undefined) throw new RampartError('STAGE_FAILED', 'no output stage is configured');
        return output.inspect(text, { session: s, ...extra });
      }, (v): Verdict => v);
      recordOutput(s, verdict, text.length);
      return verdict;
    },

    async streamOutput(context, extra = { canaries: [] }) {
      const s = await session(context);
      const output = stages.output;
      let inner: OutputStream;
      try {
        if (output === undefined) throw new RampartError('STAGE_FAILED', 'no output stage is configured');
        inner = output.stream({ session: s, ...extra });
      } catch (error) {
        const blocked = deny('firewall.stage-failed.output', `output stream could not start: ${errorMessage(error)}`);
        recordOutput(s, blocked, 0);
        return { push: () => ({ release: '', verdict: blocked }), end: () => ({ release: '', verdict: blocked }) };
      }
      return auditedStream(inner, (verdict, length) => recordOutput(s, verdict, length));
    },
  };

  function recordOutput(s: SessionContext, verdict: Verdict, length: number): void {
    const findings = verdict.findings ?? [];
    const counts: Record<string, number> = {};
    for (const finding of findings) counts[finding.ruleId] = (counts[finding.ruleId] ?? 0) + 1;
    const type = verdict.action === 'deny' ? 'output-blocked' : verdict.action === 'redact' ? 'output-redacted' : 'output-inspected';
    audit.record({
      type, ...ids(s), decision: verdict.action === 'ask' ? 'deny' : verdict.action, ruleIds: verdictRuleIds(verdict),
      reasons: verdict.action === 'deny' ? [verdict.reason] : [],
      data: { counts, length, ...(verdict.action === 'redact' ? { redactedSpans: verdict.spans.length } : {}) },
    });
    const leaked = findings.filter((finding) => finding.ruleId.startsWith('output.canary'));
    if (leaked.length > 0) audit.record({ type: 'canary-leaked', ...ids(s), decision: verdict.action === 'allow' ? 'info' : 'deny', ruleIds: [...new Set(leaked.map((f) => f.ruleId))], data: { count: leaked.length } });
  }
}

/** Wraps a stream so its final (or first blocking) verdict is audited exactly once; a throwing stream blocks. */
function auditedStream(inner: OutputStream, onDone: (verdict: Verdict, length: number) => void): OutputStream {
  let length = 0;
  let done = false;
  let blocked: Verdict | undefined;
  const finish = (verdict: Verdict): void => {
    if (done) return;
    done = true;
    onDone(verdict, length);
  };
  const step = (run: () => { release: string; verdict: Verdict }, final: boolean): { release: string; verdict: Verdict } => {
    if (blocked !== undefined) return { release: '', verdict: blocked };
    try {
      const result = run();
      length += result.release.length;
      if (result.verdict.action === 'deny') { blocked = result.verdict; finish(result.verdict); }
      else if (final) finish(result.verdict);
      return result;
    } catch (error) {
      blocked = deny('firewall.stage-failed.output', `output stream failed: ${errorMessage(error)}`);
      finish(blocked);
      return { release: '', verdict: blocked };
    }
  };
  return { push: (chunk) => step(() => inner.push(chunk), false), end: () => step(() => inner.end(), true) };
}

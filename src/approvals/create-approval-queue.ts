import type { KeyObject } from 'node:crypto';
import type { AuditSink } from '../kernel/audit-event.ts';
import { randomId, secureRandomBytes, type RandomBytes } from '../kernel/crypto.ts';
import { errorMessage } from '../kernel/errors.ts';
import type { ApprovalStage } from '../kernel/stages.ts';
import type { ApprovalRecord, ApprovalStore } from '../kernel/stores.ts';
import { systemClock, type Clock } from '../kernel/types.ts';
import { approvalCallHash, isSignedDecision, signDecision, trustedKeyMap, verifyDecision, type ApproverSigner, type SignedDecision } from './decision-signing.ts';
import type { ApprovalNotifier } from './notify.ts';

/** Why a decision was refused; none of these changes the approval. */
export type DecisionRejection = 'not-found' | 'malformed' | 'forged' | 'mismatch' | 'late' | 'already-decided' | 'invalid-time';

/** Outcome of submitting a decision. */
export type DecisionResult = { readonly ok: true; readonly record: ApprovalRecord } | { readonly ok: false; readonly reason: DecisionRejection };

/** Options of the approval queue; every dependency enters here. */
export interface ApprovalQueueOptions {
  readonly store: ApprovalStore;
  readonly audit: AuditSink;
  /** Public (or private) Ed25519 keys whose signed decisions are accepted. */
  readonly trustedKeys: readonly KeyObject[];
  /** How long an approval stays pending (approvals.timeout); then it expires, which is a deny. */
  readonly timeoutMs?: number;
  /** Longest lifetime of a granted decision (approvals.decision_ttl). */
  readonly decisionTtlMs?: number;
  readonly notifiers?: readonly ApprovalNotifier[];
  readonly clock?: Clock;
  readonly random?: RandomBytes;
  /** How often `wait` re-reads the store for decisions made by other processes (CLI, another server). */
  readonly pollIntervalMs?: number;
  /** Tolerated difference between the approver's clock and ours. */
  readonly maxClockSkewMs?: number;
}

/** The approval queue: the firewall's ApprovalStage plus decisions, listing and expiry. */
export interface ApprovalQueue extends ApprovalStage {
  /** Signs and submits a decision with the signer's key. */
  decide(approvalId: string, decision: 'granted' | 'denied', signer: ApproverSigner): Promise<DecisionResult>;
  /** Submits a decision signed elsewhere (HTTP API, another machine). */
  submit(decision: unknown): Promise<DecisionResult>;
  list(filter?: { status?: ApprovalRecord['status'] }): Promise<ApprovalRecord[]>;
  show(approvalId: string): Promise<ApprovalRecord | undefined>;
  /** Expires every pending approval past its deadline; returns how many. */
  expireDue(): Promise<number>;
  /** Settles once every notification started so far has finished (for tests and shutdown). */
  notificationsSettled(): Promise<void>;
}

/** Creates the approval queue. */
export function createApprovalQueue(options: ApprovalQueueOptions): ApprovalQueue {
  const { store, audit } = options;
  const clock = options.clock ?? systemClock;
  const random = options.random ?? secureRandomBytes;
  const timeoutMs = options.timeoutMs ?? 300_000;
  const decisionTtlMs = options.decisionTtlMs ?? 300_000;
  const pollIntervalMs = options.pollIntervalMs ?? 250;
  const maxSkewMs = options.maxClockSkewMs ?? 60_000;
  const trusted = trustedKeyMap(options.trustedKeys);
  const waiters = new Map<string, Set<() => void>>();
  const pendingNotifications = new Set<Promise<void>>();

  const ids = (record: ApprovalRecord): { sessionId?: string; traceId?: string; agentId?: string } => {
    const requester = (record.request['requester'] ?? {}) as Record<string, string | undefined>;
    return { ...(requester['sessionId'] === undefined ? {} : { sessionId: requester['sessionId'] }), ...(requester['traceId'] === undefined ? {} : { traceId: requester['traceId'] }), ...(requester['agentId'] === undefined ? {} : { agentId: requester['agentId'] }) };
  };

  function wake(approvalId: string): void {
    for (const waiter of waiters.get(approvalId) ?? []) waiter();
  }

  async function expire(record: ApprovalRecord, from: 'pending' | 'granted'): Promise<void> {
    if (await store.transition(record.id, from, 'expired')) {
      audit.record({ type: 'approval-expired', ...ids(record), decision: 'deny', ruleIds: ['approval.expired'], data: { approvalId: record.id, from } });
      wake(record.id);
    }
  }

  function notify(record: ApprovalRecord): void {
    for (const notifier of options.notifiers ?? []) {
      const run = notifier(record).catch((error: unknown) => {
        // A failed notification is recorded; the approval stays pending and times out into a deny.
        try { audit.record({ type: 'stage-failed', ...ids(record), decision: 'info', ruleIds: ['approval.notify-failed'], reasons: [errorMessage(error)], data: { approvalId: record.id } }); } catch { /* audit outage must not surface here */ }
      });
      pendingNotifications.add(run);
      void run.finally(() => pendingNotifications.delete(run));
    }
  }

  async function submit(candidate: unknown): Promise<DecisionResult> {
    if (!isSignedDecision(candidate)) return { ok: false, reason: 'malformed' };
    const decision: SignedDecision = candidate;
    const record = await store.get(decision.approvalId);
    if (record === undefined) return { ok: false, reason: 'not-found' };
    if (!verifyDecision(decision, trusted)) return { ok: false, reason: 'forged' };
    if (decision.callHash !== record.callHash) return { ok: false, reason: 'mismatch' };
    const now = clock.now();
    if (record.status !== 'pending') return { ok: false, reason: 'already-decided' };
    if (now >= record.expiresAt) {
      await expire(record, 'pending');
      return { ok: false, reason: 'late' };
    }
    const lifetime = decision.expiresAt - decision.decidedAt;
    if (Math.abs(decision.decidedAt - now) > maxSkewMs || lifetime <= 0 || lifetime > decisionTtlMs || decision.expiresAt <= now) return { ok: false, reason: 'invalid-time' };
    const next = decision.decision;
    if (!(await store.transition(record.id, 'pending', next, { ...decision }))) return { ok: false, reason: 'already-decided' };
    audit.record({
      type: next === 'granted' ? 'approval-granted' : 'approval-denied', ...ids(record), decision: next === 'granted' ? 'allow' : 'deny',
      ruleIds: [`approval.${next}`], data: { approvalId: record.id, approver: decision.approver, keyId: decision.keyId, callHash: record.callHash },
    });
    wake(record.id);
    const updated = await store.get(record.id);
    return updated === undefined ? { ok: false, reason: 'not-found' } : { ok: true, record: updated };
  }

  function sleep(approvalId: string, signal: AbortSignal | undefined): Promise<void> {
    return new Promise((resolve) => {
      const set = waiters.get(approvalId) ?? new Set<() => void>();
      waiters.set(approvalId, set);
      const done = (): void => {
        clearTimeout(timer);
        signal?.removeEventListener('abort', done);
        set.delete(done);
        if (set.size === 0) waiters.delete(approvalId);
        resolve();
      };
      const timer = setTimeout(done, pollIntervalMs);
      set.add(done);
      signal?.addEventListener('abort', done, { once: true });
    });
  }

  return {
    async request(call, session, reason) {
      const now = clock.now();
      const record: ApprovalRecord = {
        id: randomId(random), status: 'pending', createdAt: now, expiresAt: now + timeoutMs, callHash: approvalCallHash(call),
        request: {
          tool: call.name, arguments: call.arguments, callId: call.id, risk: reason.risk ?? 'unknown', ruleId: reason.ruleId, reason: reason.reason,
          requester: { agentId: session.agentId, sessionId: session.sessionId, traceId: session.traceId, role: session.role },
          tainted: session.tainted.map((taint) => `${taint.source}:${taint.origin}`),
        },
      };
      await store.create(record);
      audit.record({ type: 'approval-requested', ...ids(record), decision: 'ask', ruleIds: [reason.ruleId], reasons: [reason.reason], data: { approvalId: record.id, tool: call.name, callHash: record.callHash, expiresAt: record.expiresAt } });
      notify(record);
      return record.id;
    },

    async wait(approvalId, waitOptions = {}) {
      const { signal } = waitOptions;
      for (;;) {
        const record = await store.get(approvalId);
        if (record === undefined) return 'expired';
        if (record.status === 'granted') return 'granted';
        if (record.status === 'denied') return 'denied';
        if (record.status !== 'pending') return 'expired';
        if (signal?.aborted === true || clock.now() >= record.expiresAt) {
          await expire(record, 'pending');
          // A decision may have landed between the read and the expiry; report what the store now says.
          const final = await store.get(approvalId);
          return final?.status === 'granted' ? 'granted' : final?.status === 'denied' ? 'denied' : 'expired';
        }
        await sleep(approvalId, signal);
      }
    },

    async consume(approvalId, call) {
      const record = await store.get(approvalId);
      if (record?.status !== 'granted' || record.decision === undefined || !isSignedDecision(record.decision)) return false;
      const decision = record.decision;
      // Re-verify: a row edited in the database must not become a usable approval.
      if (!verifyDecision(decision, trusted) || decision.decision !== 'granted' || decision.approvalId !== record.id) return false;
      const callHash = approvalCallHash(call);
      if (callHash !== record.callHash || callHash !== decision.callHash) return false;
      if (clock.now() > decision.expiresAt) {
        await expire(record, 'granted');
        return false;
      }
      return store.transition(approvalId, 'granted', 'consumed');
    },

    async decide(approvalId, decision, signer) {
      const record = await store.get(approvalId);
      if (record === undefined) return { ok: false, reason: 'not-found' };
      const now = clock.now();
      return submit(signDecision({ approvalId, callHash: record.callHash, decision, decidedAt: now, expiresAt: now + decisionTtlMs, approver: signer.approver }, signer));
    },

    submit,
    list: (filter) => store.list(filter),
    show: (approvalId) => store.get(approvalId),

    async expireDue() {
      const now = clock.now();
      let count = 0;
      for (const record of await store.list({ status: 'pending' })) {
        if (now >= record.expiresAt) {
          await expire(record, 'pending');
          count++;
        }
      }
      return count;
    },

    async notificationsSettled() {
      await Promise.allSettled([...pendingNotifications]);
    },
  };
}

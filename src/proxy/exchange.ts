import { createHmac, createSecretKey } from 'node:crypto';
import { randomId, sha256Hex, type RandomBytes } from '../kernel/crypto.ts';
import type { CallContext, Firewall } from '../firewall/create-firewall.ts';
import { canaryInstruction, createCanary } from '../output/canary.ts';
import type { AuditSink } from '../kernel/audit-event.ts';
import type { ShadowReviewer } from './shadow-reviewer.ts';

/** Everything the guards need for one proxied request. */
export interface Exchange {
  readonly firewall: Firewall;
  readonly call: CallContext;
  /** Canary tokens planted in this request's system prompt. */
  readonly canaries: readonly string[];
  /** The client's system prompt, for verbatim-leak detection. */
  readonly systemPrompt: string;
  /** The user's original request (first user message), for the shadow reviewer. */
  readonly userRequest: string;
  /** Second-model review of high-risk calls; absent when the policy has no reviewer section. */
  readonly reviewer?: ShadowReviewer;
  /** Where the proxy records its own decisions (reviewer objections). */
  readonly audit?: AuditSink;
  /** Aborted when the client goes away or the request times out. */
  readonly signal: AbortSignal;
}

const idPattern = /^[A-Za-z0-9._:-]{1,128}$/;

/** Header names the proxy reads and writes. */
export const headerNames = { session: 'x-rampart-session', trace: 'x-rampart-trace-id', agent: 'x-rampart-agent' } as const;

/**
 * Session and trace ids: the client's `x-rampart-session` header when it is well-formed, else a
 * hash of the agent and the conversation's opening (system prompt and first user message), so every
 * turn of one conversation lands in the same session without client changes.
 */
export function resolveIds(
  headers: { session?: string | undefined; trace?: string | undefined },
  agentId: string,
  conversationKey: string,
  random: RandomBytes,
): { sessionId: string; traceId: string } {
  const sessionId = headers.session !== undefined && idPattern.test(headers.session)
    ? headers.session
    : `conv-${sha256Hex(`${agentId}\u0000${conversationKey}`).slice(0, 32)}`;
  const traceId = headers.trace !== undefined && idPattern.test(headers.trace) ? headers.trace : randomId(random);
  return { sessionId, traceId };
}

/** Per-session canaries: an HMAC of the session id under a per-process key, so no state is kept. */
export interface CanarySource {
  canary(sessionId: string): string;
  instruction(canary: string): string;
}

/** Builds the default canary source with a fresh random key. */
export function createCanarySource(random: RandomBytes): CanarySource {
  const key = createSecretKey(Buffer.from(random(32)));
  return {
    canary: (sessionId) => {
      const bytes = createHmac('sha256', key).update(sessionId).digest();
      return createCanary((size) => bytes.subarray(0, size));
    },
    instruction: canaryInstruction,
  };
}

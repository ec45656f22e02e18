import type { JSONRPCErrorResponse, JSONRPCMessage, JSONRPCRequest } from '@modelcontextprotocol/server';
import { isPlainObject } from '../kernel/own.ts';
import type { Verdict } from '../kernel/verdict.ts';

/** A JSON-RPC request id. */
export type RequestId = string | number;

/** JSON-RPC and Rampart error codes the gateway answers with. */
export const errorCodes = {
  parseError: -32700,
  invalidRequest: -32600,
  methodNotFound: -32601,
  invalidParams: -32602,
  internalError: -32603,
  /** The firewall denied the request (gate, approval, pin, policy). */
  denied: -32001,
  /** The upstream server failed, timed out or went away. */
  upstreamFailed: -32002,
  /** The message exceeded `mcp.max_message_bytes`. */
  tooLarge: -32003,
} as const;

/** Builds a JSON-RPC error response. */
export function errorResponse(id: RequestId | null, code: number, message: string, data?: unknown): JSONRPCErrorResponse {
  // The SDK type requires an id; JSON-RPC 2.0 uses null when the request id could not be read.
  return { jsonrpc: '2.0', id: id as RequestId, error: data === undefined ? { code, message } : { code, message, data } };
}

/** The JSON-RPC error for a deny or unresolved ask verdict, carrying the rule id for the client; `quiet` omits a reason that may quote blocked content. */
export function verdictError(id: RequestId, verdict: Verdict, quiet = false): JSONRPCErrorResponse {
  const ruleId = verdict.action === 'allow' ? 'unknown' : verdict.ruleId;
  const reason = quiet ? 'the content failed inspection (untrusted content or sensitive data)' : verdict.action === 'deny' || verdict.action === 'ask' ? verdict.reason : 'denied';
  return errorResponse(id, errorCodes.denied, `Rampart denied this request: ${reason}`, { ruleId });
}

/**
 * A tool result the model can read, saying the call or its result was blocked and why. For a
 * blocked result only the rule id is given: a detector's reason quotes the content it blocked,
 * and echoing it would hand the injection or the secret to the model after all.
 */
export function blockedToolResult(verdict: Verdict, what: 'call' | 'result'): Record<string, unknown> {
  const ruleId = verdict.action === 'allow' ? 'unknown' : verdict.ruleId;
  const reason = what === 'result' ? 'the result failed inspection (untrusted content or sensitive data)'
    : verdict.action === 'deny' || verdict.action === 'ask' ? verdict.reason : 'denied';
  return {
    content: [{ type: 'text', text: `Rampart blocked this tool ${what}: ${reason} (rule ${ruleId})` }],
    isError: true,
    _meta: { 'dev.rampart/verdict': { action: 'deny', ruleId, reason } },
  };
}

/** Map key for a request id: 1 and "1" are different ids. */
export function idKey(id: RequestId): string {
  return typeof id === 'number' ? `n:${id}` : `s:${id}`;
}

/** True for a request (method and id). */
export function isRequest(message: JSONRPCMessage): message is JSONRPCRequest {
  return 'method' in message && 'id' in message && message.id !== undefined;
}

/** True for a notification (method, no id). */
export function isNotification(message: JSONRPCMessage): message is JSONRPCMessage & { method: string; params?: Record<string, unknown> } {
  return 'method' in message && !('id' in message && message.id !== undefined);
}

/** True for a response (result or error, with an id). */
export function isResponse(message: JSONRPCMessage): message is JSONRPCMessage & { id: RequestId; result?: unknown; error?: unknown } {
  return !('method' in message) && ('result' in message || 'error' in message);
}

/** The params object of a message, or an empty object. */
export function paramsOf(message: JSONRPCMessage): Record<string, unknown> {
  const params = (message as { params?: unknown }).params;
  return isPlainObject(params) ? params : {};
}

import type { JSONRPCMessage, JSONRPCRequest } from '@modelcontextprotocol/server';
import { isPlainObject } from '../kernel/own.ts';
import type { ToolCall } from '../kernel/types.ts';
import { deny, type Verdict } from '../kernel/verdict.ts';
import { guardContent } from './guard-content.ts';
import { blockedToolResult, errorCodes, errorResponse, idKey, paramsOf, type RequestId } from './json-rpc.ts';
import { sendSafely, type GatewayState } from './gateway-state.ts';
import { readToolDefinition } from './tool-definition.ts';
import { reviewTool, type ToolReview } from './tool-review.ts';

/** Reviews one page of a tools/list result and returns the page the client may see (or a deny for the whole list). */
export async function filterToolsPage(state: GatewayState, result: unknown, firstPage: boolean): Promise<{ result: Record<string, unknown> } | { verdict: Verdict }> {
  const { options } = state;
  if (!isPlainObject(result) || !Array.isArray(result['tools'])) return { verdict: deny('mcp.result.malformed', 'tools/list result has no tools array') };
  if (firstPage) state.pendingTools = new Map();
  const visible: unknown[] = [];
  const counts = { listed: 0, allowed: 0, hidden: 0, poisoned: 0, changed: 0 };
  for (const entry of result['tools']) {
    counts.listed++;
    const definition = readToolDefinition(entry);
    if (definition === undefined) {
      counts.hidden++;
      continue;
    }
    const review = await reviewTool(definition, options.context, options);
    state.pendingTools.set(definition.name, review);
    if (review.state === 'allowed' || review.state === 'flagged') {
      counts.allowed++;
      visible.push(entry);
    } else if (review.state === 'poisoned') counts.poisoned++;
    else if (review.state === 'changed') counts.changed++;
    else counts.hidden++;
  }
  const complete = typeof result['nextCursor'] !== 'string';
  if (complete) state.tools = state.pendingTools;
  const session = await options.firewall.session(options.context);
  const poisonedBlocksList = counts.poisoned > 0 && options.firewall.policy.mcp.on_poisoned === 'block';
  options.audit.record({
    type: 'mcp-tools-listed', sessionId: session.sessionId, traceId: session.traceId, agentId: session.agentId,
    decision: poisonedBlocksList ? 'deny' : 'info', ruleIds: [], data: { server: options.server, ...counts },
  });
  if (poisonedBlocksList) return { verdict: deny('mcp.poison.server-blocked', `server '${options.server}' lists poisoned tools; the whole listing is blocked (mcp.on_poisoned: block)`) };
  return { result: { ...result, tools: visible } };
}

/** Sends a request of the gateway's own upstream and waits for its response (bounded by the call timeout). */
function internalRequest(state: GatewayState, method: string, params: Record<string, unknown>): Promise<JSONRPCMessage> {
  const id = `rampart-${++state.internalCounter}`;
  const timeoutMs = state.options.firewall.policy.mcp.call_timeout;
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      state.internal.delete(idKey(id));
      resolve(errorResponse(id, errorCodes.upstreamFailed, `upstream did not answer ${method} within ${timeoutMs} ms`));
    }, timeoutMs);
    state.internal.set(idKey(id), (message) => {
      clearTimeout(timer);
      state.internal.delete(idKey(id));
      resolve(message);
    });
    void sendSafely(state.upstream, { jsonrpc: '2.0', id, method, params }).then((sent) => {
      if (!sent) state.internal.get(idKey(id))?.(errorResponse(id, errorCodes.upstreamFailed, 'upstream is gone'));
    });
  });
}

/** Lists every page of tools upstream on the gateway's own behalf, so a call to a never-listed tool is still reviewed. */
async function refreshTools(state: GatewayState): Promise<void> {
  let cursor: string | undefined;
  for (let page = 0; page < 100; page++) {
    const response = await internalRequest(state, 'tools/list', cursor === undefined ? {} : { cursor });
    const result = (response as { result?: unknown }).result;
    if (!isPlainObject(result)) return;
    await filterToolsPage(state, result, page === 0);
    cursor = typeof result['nextCursor'] === 'string' ? result['nextCursor'] : undefined;
    if (cursor === undefined) return;
  }
}

function reviewOf(state: GatewayState, name: string): ToolReview | undefined {
  return state.tools?.get(name);
}

/**
 * Decides a tools/call from the client: unknown and hidden tools look nonexistent, poisoned or
 * changed tools are blocked, then the gate decides and `ask` holds the call until a human decides.
 * Returns true when the request was forwarded upstream.
 */
export async function guardToolCall(state: GatewayState, request: JSONRPCRequest, signal: AbortSignal): Promise<boolean> {
  const { options } = state;
  const params = paramsOf(request);
  const name = params['name'];
  const args = params['arguments'] ?? {};
  if (typeof name !== 'string' || !isPlainObject(args)) {
    await sendSafely(state.client, errorResponse(request.id, errorCodes.invalidParams, 'tools/call needs a string name and an object of arguments'), { relatedRequestId: request.id });
    return false;
  }
  if (reviewOf(state, name) === undefined) await refreshTools(state);
  const review = reviewOf(state, name);
  // Tools the client was never shown (not granted, poisoned) look nonexistent, exactly like unknown ones.
  if (review === undefined || review.state === 'not-granted' || review.state === 'poisoned') {
    const session = await options.firewall.session(options.context);
    const ruleId = review === undefined ? 'mcp.tool.unknown' : review.verdict.action === 'deny' ? review.verdict.ruleId : 'mcp.tool.hidden';
    options.audit.record({ type: 'tool-call-blocked', sessionId: session.sessionId, traceId: session.traceId, agentId: session.agentId, decision: 'deny', ruleIds: [ruleId], data: { server: options.server, tool: name } });
    await sendSafely(state.client, errorResponse(request.id, errorCodes.invalidParams, `Unknown tool: ${name}`), { relatedRequestId: request.id });
    return false;
  }
  let verdict: Verdict = review.verdict;
  const call: ToolCall = { id: String(request.id), name, arguments: args };
  if (verdict.action !== 'deny') verdict = await options.firewall.checkToolCall(call, options.context);
  if (verdict.action === 'ask') verdict = await holdForApproval(state, request, verdict, call, signal);
  // A cancelled call gets no response at all (MCP cancellation: the receiver must not answer).
  if (signal.aborted) return false;
  if (verdict.action !== 'allow') {
    await sendSafely(state.client, { jsonrpc: '2.0', id: request.id, result: blockedToolResult(verdict, 'call') }, { relatedRequestId: request.id });
    return false;
  }
  return true;
}

/**
 * Waits for the human decision on an `ask`. When the client asked for progress, a progress
 * notification every few seconds says what the call is waiting for, which also keeps clients that
 * reset their request timeout on progress from giving up before the approver does.
 */
async function holdForApproval(state: GatewayState, request: JSONRPCRequest, verdict: Verdict, call: ToolCall, signal: AbortSignal): Promise<Verdict> {
  const token = (paramsOf(request)['_meta'] as { progressToken?: unknown } | undefined)?.progressToken;
  let beats = 0;
  const approvalId = verdict.action === 'ask' ? verdict.approvalId ?? 'pending' : 'pending';
  const heartbeat = typeof token === 'string' || typeof token === 'number'
    ? setInterval(() => {
      void sendSafely(state.client, { jsonrpc: '2.0', method: 'notifications/progress', params: { progressToken: token, progress: ++beats, message: `Rampart: waiting for human approval ${approvalId}` } }, { relatedRequestId: request.id });
    }, state.options.approvalHeartbeatMs ?? 10_000)
    : undefined;
  try {
    return await state.options.firewall.awaitApproval(verdict, call, state.options.context, { signal });
  } finally {
    clearInterval(heartbeat);
  }
}

/** Inspects a tools/call result before the client sees it. */
export async function guardToolResult(state: GatewayState, id: RequestId, tool: string, message: JSONRPCMessage): Promise<JSONRPCMessage> {
  const result = (message as { result?: unknown }).result;
  if (result === undefined) return message;
  const { options } = state;
  const guarded = await guardContent(result, 'tool-result', `mcp:${options.server}/${tool}`, options.firewall, options.context, { untrusted: options.untrustedResult?.(tool) ?? true });
  if (guarded.action === 'block') {
    const session = await options.firewall.session(options.context);
    const ids = { sessionId: session.sessionId, traceId: session.traceId, agentId: session.agentId };
    // The firewall records the detector's own event; this one ties the block to the server and tool.
    const ruleIds = guarded.verdict.action === 'allow' ? [] : [guarded.verdict.ruleId];
    options.audit.record({ type: 'mcp-message-blocked', ...ids, decision: 'deny', ruleIds, data: { server: options.server, tool, callId: String(id), what: 'tool-result' } });
    return { jsonrpc: '2.0', id, result: blockedToolResult(guarded.verdict, 'result') };
  }
  return { jsonrpc: '2.0', id, result: guarded.result } as JSONRPCMessage;
}

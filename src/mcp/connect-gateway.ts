import type { JSONRPCMessage, JSONRPCRequest, Transport } from '@modelcontextprotocol/server';
import { errorMessage } from '../kernel/errors.ts';
import { deny } from '../kernel/verdict.ts';
import { guardContent } from './guard-content.ts';
import { filterToolsPage, guardToolCall, guardToolResult } from './gateway-tools.ts';
import { sendSafely, type ForwardedRequest, type GatewayOptions, type GatewayState } from './gateway-state.ts';
import { errorCodes, errorResponse, idKey, isNotification, isRequest, isResponse, paramsOf, verdictError, type RequestId } from './json-rpc.ts';

/** A running gateway between one client and one upstream server. */
export interface GatewayConnection {
  /** Resolves once both sides are closed. */
  readonly closed: Promise<void>;
  /** Closes both sides; pending client requests get an error first. */
  close(): Promise<void>;
}

/**
 * Connects a client-facing transport to an upstream transport through the firewall. Everything the
 * protocol carries passes through unchanged except what the policy governs: tools/list (hidden,
 * poisoned and changed tools removed), tools/call (gate, approvals, result inspection),
 * resources/read and prompts/get (inspected), and server-initiated sampling and elicitation.
 */
export async function connectGateway(client: Transport, upstream: Transport, options: GatewayOptions): Promise<GatewayConnection> {
  const state: GatewayState = {
    options, client, upstream, forwarded: new Map(), held: new Map(), serverRequests: new Map(), internal: new Map(),
    tools: undefined, pendingTools: new Map(), internalCounter: 0, closed: false,
  };
  let resolveClosed: () => void = () => {};
  const closed = new Promise<void>((resolve) => { resolveClosed = resolve; });
  const policy = options.firewall.policy;
  const ids = async () => {
    const session = await options.firewall.session(options.context);
    return { sessionId: session.sessionId, traceId: session.traceId, agentId: session.agentId };
  };

  async function shutdown(reason: string): Promise<void> {
    if (state.closed) return;
    state.closed = true;
    for (const controller of state.held.values()) controller.abort();
    for (const request of state.forwarded.values()) {
      clearTimeout(request.timer);
      await sendSafely(client, errorResponse(request.id, errorCodes.upstreamFailed, `upstream MCP server went away: ${reason}`), { relatedRequestId: request.id });
    }
    state.forwarded.clear();
    await Promise.allSettled([client.close(), upstream.close()]);
    try { await options.audit.flush(); } catch { /* the audit trail reports its own failures */ }
    resolveClosed();
  }

  function forward(request: JSONRPCRequest, extra: Partial<ForwardedRequest> = {}): void {
    const params = paramsOf(request);
    const meta = params['_meta'] as { progressToken?: string | number } | undefined;
    const entry: ForwardedRequest = { id: request.id, method: request.method, ...extra, ...(meta?.progressToken === undefined ? {} : { progressToken: meta.progressToken }) };
    if (request.method === 'tools/call') armTimeout(entry);
    state.forwarded.set(idKey(request.id), entry);
    void sendSafely(upstream, request).then((sent) => {
      if (!sent) void answerForwarded(request.id, errorResponse(request.id, errorCodes.upstreamFailed, 'could not send the request upstream'));
    });
  }

  function armTimeout(entry: ForwardedRequest): void {
    clearTimeout(entry.timer);
    entry.timer = setTimeout(() => {
      void sendSafely(upstream, { jsonrpc: '2.0', method: 'notifications/cancelled', params: { requestId: entry.id, reason: 'Rampart: mcp.call_timeout exceeded' } });
      void answerForwarded(entry.id, errorResponse(entry.id, errorCodes.upstreamFailed, `upstream did not answer ${entry.method} within ${policy.mcp.call_timeout} ms`));
    }, policy.mcp.call_timeout);
  }

  async function answerForwarded(id: RequestId, message: JSONRPCMessage): Promise<void> {
    const entry = state.forwarded.get(idKey(id));
    if (entry === undefined) return;
    state.forwarded.delete(idKey(id));
    clearTimeout(entry.timer);
    await sendSafely(client, message, { relatedRequestId: id });
  }

  async function fromClient(message: JSONRPCMessage): Promise<void> {
    if (isRequest(message)) {
      if (message.method === 'tools/call') {
        const controller = new AbortController();
        state.held.set(idKey(message.id), controller);
        try {
          if (await guardToolCall(state, message, controller.signal)) forward(message, { tool: String(paramsOf(message)['name']) });
        } finally {
          state.held.delete(idKey(message.id));
        }
        return;
      }
      forward(message, message.method === 'tools/list' ? { firstPage: typeof paramsOf(message)['cursor'] !== 'string' } : {});
      return;
    }
    if (isNotification(message) && message.method === 'notifications/cancelled') {
      const requestId = paramsOf(message)['requestId'] as RequestId | undefined;
      if (requestId !== undefined) {
        state.held.get(idKey(requestId))?.abort();
        const entry = state.forwarded.get(idKey(requestId));
        if (entry !== undefined) clearTimeout(entry.timer);
        state.forwarded.delete(idKey(requestId));
      }
    }
    if (isResponse(message)) state.serverRequests.delete(idKey(message.id));
    await sendSafely(upstream, message);
  }

  async function fromServer(message: JSONRPCMessage): Promise<void> {
    if (isResponse(message)) {
      const internal = state.internal.get(idKey(message.id));
      if (internal !== undefined) return internal(message);
      const entry = state.forwarded.get(idKey(message.id));
      // A response to nothing we forwarded (late, duplicated or forged) is dropped, never passed on.
      if (entry === undefined) return;
      return answerForwarded(message.id, await filterResponse(entry, message));
    }
    if (isRequest(message)) return serverRequest(message);
    if (isNotification(message) && message.method === 'notifications/progress') {
      const token = paramsOf(message)['progressToken'];
      for (const entry of state.forwarded.values()) {
        if (entry.progressToken !== undefined && entry.progressToken === token) {
          // MCP lets progress reset a request timeout; a server still reporting progress is not hung.
          if (entry.method === 'tools/call') armTimeout(entry);
          await sendSafely(client, message, { relatedRequestId: entry.id });
          return;
        }
      }
    }
    if (isNotification(message) && message.method === 'notifications/tools/list_changed') state.tools = undefined;
    await sendSafely(client, message);
  }

  async function filterResponse(entry: ForwardedRequest, message: JSONRPCMessage): Promise<JSONRPCMessage> {
    const result = (message as { result?: unknown }).result;
    if (result === undefined) return message;
    if (entry.method === 'initialize') {
      // HTTP client transports send the negotiated version as a header on every later request.
      const version = (result as { protocolVersion?: unknown }).protocolVersion;
      if (typeof version === 'string') upstream.setProtocolVersion?.(version);
    }
    try {
      if (entry.method === 'tools/list') {
        const filtered = await filterToolsPage(state, result, entry.firstPage ?? true);
        return 'verdict' in filtered ? verdictError(entry.id, filtered.verdict) : { jsonrpc: '2.0', id: entry.id, result: filtered.result } as JSONRPCMessage;
      }
      if (entry.method === 'tools/call') return await guardToolResult(state, entry.id, entry.tool ?? '', message);
      if (entry.method === 'resources/read' || entry.method === 'prompts/get') {
        const kind = entry.method === 'resources/read' ? 'resource' : 'prompt';
        const guarded = await guardContent(result, kind, `mcp:${options.server}/${entry.method}`, options.firewall, options.context);
        if (guarded.action === 'block') {
          options.audit.record({ type: 'mcp-message-blocked', ...(await ids()), decision: 'deny', ruleIds: guarded.verdict.action === 'allow' ? [] : [guarded.verdict.ruleId], data: { server: options.server, method: entry.method } });
          return verdictError(entry.id, guarded.verdict, true);
        }
        return { jsonrpc: '2.0', id: entry.id, result: guarded.result } as JSONRPCMessage;
      }
    } catch (error) {
      // Fail closed: an inspection that crashed never lets the result through.
      return verdictError(entry.id, deny('mcp.inspection-failed', `inspection failed: ${errorMessage(error)}`));
    }
    return message;
  }

  async function serverRequest(request: JSONRPCRequest): Promise<void> {
    const governed = request.method === 'sampling/createMessage' ? policy.mcp.sampling : request.method === 'elicitation/create' ? policy.mcp.elicitation : undefined;
    if (governed === undefined) {
      state.serverRequests.set(idKey(request.id), { method: request.method });
      await sendSafely(client, request);
      return;
    }
    const audited = { ...(await ids()), data: { server: options.server, method: request.method } };
    if (governed === 'deny') {
      options.audit.record({ type: 'mcp-message-blocked', ...audited, decision: 'deny', ruleIds: [`mcp.${request.method === 'sampling/createMessage' ? 'sampling' : 'elicitation'}.denied`] });
      await sendSafely(upstream, errorResponse(request.id, errorCodes.denied, `Rampart denied ${request.method}: not allowed by the policy (mcp.${request.method === 'sampling/createMessage' ? 'sampling' : 'elicitation'})`));
      return;
    }
    let forwarded: JSONRPCRequest = request;
    if (request.method === 'sampling/createMessage') {
      // A server's sampling prompt is untrusted text headed for the client's model.
      const guarded = await guardContent(request.params, 'sampling', `mcp:${options.server}/sampling`, options.firewall, options.context);
      if (guarded.action === 'block') {
        options.audit.record({ type: 'mcp-message-blocked', ...audited, decision: 'deny', ruleIds: guarded.verdict.action === 'allow' ? [] : [guarded.verdict.ruleId] });
        await sendSafely(upstream, verdictError(request.id, guarded.verdict, true));
        return;
      }
      forwarded = { ...request, params: guarded.result } as JSONRPCRequest;
    }
    options.audit.record({ type: 'mcp-request-forwarded', ...audited, decision: 'allow' });
    state.serverRequests.set(idKey(request.id), { method: request.method });
    await sendSafely(client, forwarded);
  }

  const report = (side: string) => (error: unknown) => {
    void ids().then((who) => options.audit.record({ type: 'mcp-message-blocked', ...who, decision: 'info', ruleIds: ['mcp.transport.error'], reasons: [`${side}: ${errorMessage(error)}`], data: { server: options.server } }));
  };
  client.onmessage = (message) => { fromClient(message).catch(report('client')); };
  upstream.onmessage = (message) => { fromServer(message).catch(report('upstream')); };
  client.onclose = () => { void shutdown('the client disconnected'); };
  upstream.onclose = () => { void shutdown('the upstream server closed'); };
  client.onerror = report('client');
  upstream.onerror = report('upstream');
  await upstream.start();
  await client.start();
  return { closed, close: () => shutdown('the gateway is closing').then(() => closed) };
}

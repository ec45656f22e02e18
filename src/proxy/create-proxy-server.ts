import { Hono, type Context } from 'hono';
import { Agent, type Dispatcher } from 'undici';
import type { CallContext, Firewall } from '../firewall/create-firewall.ts';
import type { AuditSink } from '../kernel/audit-event.ts';
import type { SessionContext } from '../kernel/types.ts';
import type { Verdict } from '../kernel/verdict.ts';
import { secureRandomBytes, type RandomBytes } from '../kernel/crypto.ts';
import { isRampartError, errorMessage } from '../kernel/errors.ts';
import { createAuthenticator } from '../firewall/authenticate.ts';
import { createCanarySource, headerNames, resolveIds, type CanarySource, type Exchange } from './exchange.ts';
import { guardRequest } from './guard-request.ts';
import { guardStream } from './guard-stream.ts';
import { guardTurn } from './guard-turn.ts';
import { proxyError, type ProxyErrorKind, type ProxyErrorResponse } from './http-errors.ts';
import { readRequestBody, requestSignal } from './request-io.ts';
import { readinessRoutes, type ReadinessCheck } from './readiness.ts';
import { createShadowReviewer } from './shadow-reviewer.ts';
import { callUpstream, discardBody, readLimited, routeUpstream, upstreamErrorMessage, type UpstreamRoute } from './upstream.ts';
import type { TokenUsage, WireProtocol } from './wire/model.ts';
import { protocolPaths, protocols } from './wire/protocols.ts';
import { parseUpstreamJson } from './wire/shared.ts';

/** Options of the proxy; every dependency enters here. */
export interface ProxyServerOptions {
  /** The firewall every request goes through; its policy configures the proxy. */
  readonly firewall: Firewall;
  /** Environment holding the agents' keys and the providers' keys. */
  readonly env: Readonly<Record<string, string | undefined>>;
  /** Where `upstream-called` events go. Absent: not recorded here. */
  readonly audit?: AuditSink;
  /** Readiness of the policy, stores and audit trail, for `GET /readyz`. Absent: ready. */
  readonly readiness?: () => Promise<readonly ReadinessCheck[]>;
  /** HTTP client pool for upstream calls. Absent: an undici Agent owned by the proxy. */
  readonly dispatcher?: Dispatcher;
  readonly random?: RandomBytes;
  /** Canary source. Absent: an HMAC of the session id under a fresh per-process key. */
  readonly canaries?: CanarySource;
  /** Token and turn budgets (the gate's entry points). Absent: model calls are not metered. */
  readonly budgets?: ModelBudgets;
  /** Mounts extra routes (the approvals API) on the app before the proxy routes. */
  readonly mount?: (app: Hono) => void;
  /** Spacing of SSE keep-alive comments while a streamed tool call is held; default 15 s. */
  readonly streamKeepAliveMs?: number;
}

/** Budget entry points for model calls; a deny before the call answers 429, store failures answer 503. */
export interface ModelBudgets {
  chargeTurn(session: SessionContext): Promise<Verdict>;
  chargeTokens(session: SessionContext, tokens: number): Promise<Verdict>;
}

/** A proxy app and the resources it owns. */
export interface ProxyServer {
  readonly app: Hono;
  /** Problems found in the configuration (unset key variables); the server still runs, failing closed. */
  readonly problems: readonly string[];
  close(): Promise<void>;
}

/** Largest upstream response body the proxy buffers for inspection (non-streamed answers). */
const maxUpstreamBytes = 32 * 1024 * 1024;

/** Builds the OpenAI/Anthropic-compatible firewall proxy as a Hono app; it maps verdicts to HTTP and never decides. */
export function createProxyServer(options: ProxyServerOptions): ProxyServer {
  const { firewall, env } = options;
  const policy = firewall.policy;
  const random = options.random ?? secureRandomBytes;
  const canaries = options.canaries ?? createCanarySource(random);
  const ownsDispatcher = options.dispatcher === undefined;
  const dispatcher = options.dispatcher ?? new Agent({ keepAliveTimeout: 30_000, connections: 256, pipelining: 1 });
  const auth = createAuthenticator(policy, env);
  const reviewer = createShadowReviewer(policy, { env, dispatcher });
  const app = new Hono();

  const send = (c: Context, error: ProxyErrorResponse): Response => c.json(error.body, error.status);
  const protocolOf = (c: Context): WireProtocol => {
    const path = c.req.path.replace(/^\/v1/, '');
    return Object.hasOwn(protocolPaths, path) ? protocols[protocolPaths[path]!] : protocols['openai-chat'];
  };

  app.onError((error, c) => {
    const kind: ProxyErrorKind = isRampartError(error, 'UPSTREAM_TIMEOUT') ? 'upstream-timeout' : isRampartError(error, 'UPSTREAM_FAILED') ? 'upstream-failed' : 'internal';
    return send(c, proxyError(protocolOf(c), kind, kind === 'internal' ? 'internal error; the request was not forwarded' : errorMessage(error)));
  });
  app.notFound((c) => send(c, proxyError(protocolOf(c), 'not-found', `no route ${c.req.method} ${c.req.path}`, 'not_found')));
  readinessRoutes(app, { policy, env, dispatcher, ...(options.readiness === undefined ? {} : { readiness: options.readiness }) });
  options.mount?.(app);

  const agentOf = (c: Context): string | undefined => auth.authenticate({ authorization: c.req.header('authorization'), apiKey: c.req.header('x-api-key') });

  app.get('/v1/models', async (c) => {
    const protocol = c.req.header('anthropic-version') === undefined ? protocols['openai-chat'] : protocols['anthropic-messages'];
    if (agentOf(c) === undefined) return send(c, proxyError(protocol, 'unauthorized', 'missing or unknown Rampart key'));
    const route = routeUpstream(policy, env, protocol.provider, undefined);
    if (route === undefined) return send(c, proxyError(protocol, 'not-found', `no ${protocol.provider} upstream is configured`));
    const upstream = await callUpstream(dispatcher, route, '/models', { method: 'GET', clientHeaders: clientHeaders(c), signal: AbortSignal.timeout(route.timeoutMs) });
    const text = await readLimited(upstream.body, maxUpstreamBytes);
    if (upstream.status >= 400) return send(c, proxyError(protocol, 'upstream-failed', `upstream ${route.name} answered ${upstream.status}: ${upstreamErrorMessage(text)}`));
    const json = parseUpstreamJson(text, 'model list');
    const allowed = policy.upstreams[route.name]?.models ?? [];
    if (allowed.length > 0 && Array.isArray(json['data'])) {
      json['data'] = (json['data'] as { id?: unknown }[]).filter((model) => typeof model.id === 'string' && allowed.includes(model.id));
    }
    return c.json(json);
  });

  for (const [path, name] of Object.entries(protocolPaths)) {
    const protocol = protocols[name];
    app.post(`/v1${path}`, (c) => handleModelCall(c, protocol));
  }

  async function handleModelCall(c: Context, protocol: WireProtocol): Promise<Response> {
    const agentId = agentOf(c);
    if (agentId === undefined) return send(c, proxyError(protocol, 'unauthorized', 'missing or unknown Rampart key'));
    const body = await readRequestBody(c, policy.server.body_limit);
    if ('refused' in body) {
      return send(c, body.refused === 'too-large'
        ? proxyError(protocol, 'too-large', `request body is larger than ${policy.server.body_limit} bytes`)
        : proxyError(protocol, 'invalid-request', 'the request body could not be read'));
    }
    let raw: unknown;
    try { raw = JSON.parse(body.text); } catch { return send(c, proxyError(protocol, 'invalid-request', 'the request body is not valid JSON')); }
    const request = protocol.parseRequest(raw);
    if ('invalid' in request) return send(c, proxyError(protocol, 'invalid-request', request.invalid));
    const route = routeUpstream(policy, env, protocol.provider, request.model);
    if (route === undefined) return send(c, proxyError(protocol, 'not-found', `model ${request.model} is not routed to any ${protocol.provider} upstream`));
    const ids = resolveIds({ session: c.req.header(headerNames.session), trace: c.req.header(headerNames.trace) }, agentId, `${request.systemPrompt}\u0000${request.userRequest}`, random);
    const call: CallContext = { ...ids, agentId };
    const signal = requestSignal(c, policy.server.request_timeout);
    const canary = canaries.canary(ids.sessionId);
    const exchange: Exchange = {
      firewall, call, canaries: [canary], systemPrompt: request.systemPrompt, userRequest: request.userRequest, signal,
      ...(reviewer === undefined ? {} : { reviewer }), ...(options.audit === undefined ? {} : { audit: options.audit }),
    };
    c.header(headerNames.session, ids.sessionId);
    c.header(headerNames.trace, ids.traceId);

    const blocked = await guardRequest(exchange, request);
    if (blocked !== undefined) return send(c, proxyError(protocol, 'blocked', `input blocked (${blocked.ruleId}): ${blocked.reason}`, blocked.ruleId));
    request.appendSystem(canaries.instruction(canary));

    const budgets = options.budgets;
    const session = budgets === undefined ? undefined : await firewall.session(call);
    if (budgets !== undefined && session !== undefined) {
      let verdict: Verdict;
      try {
        verdict = await budgets.chargeTurn(session);
        if (verdict.action !== 'deny') verdict = await budgets.chargeTokens(session, 0);
      } catch (error) {
        return send(c, proxyError(protocol, 'unavailable', `budget store unavailable: ${errorMessage(error)}`));
      }
      if (verdict.action === 'deny') return send(c, proxyError(protocol, 'rate-limited', `budget exhausted (${verdict.ruleId}): ${verdict.reason}`, verdict.ruleId));
    }

    const started = performance.now();
    const upstream = await callUpstream(dispatcher, route, protocol.upstreamPath, { method: 'POST', body: request.body, clientHeaders: clientHeaders(c), signal });
    const recordCall = (status: number, usage: TokenUsage | undefined): void => {
      // The turn is already spent upstream; an exhausted budget stops the next call (checked above), not this answer.
      if (budgets !== undefined && session !== undefined && usage !== undefined) void budgets.chargeTokens(session, usage.input + usage.output).catch(() => undefined);
      options.audit?.record({
        type: 'upstream-called', ...ids, agentId, decision: 'info',
        data: { upstream: route.name, model: request.model, status, stream: request.stream, ms: Math.round(performance.now() - started), ...(usage === undefined ? {} : { inputTokens: usage.input, outputTokens: usage.output }) },
      });
    };
    if (upstream.status >= 400) {
      const text = await readLimited(upstream.body, 65_536).catch(() => '');
      recordCall(upstream.status, undefined);
      return send(c, upstreamFailure(protocol, route, upstream.status, upstreamErrorMessage(text)));
    }
    if (!request.stream) {
      const text = await readLimited(upstream.body, maxUpstreamBytes);
      const turn = protocol.decodeResponse(parseUpstreamJson(text, 'response'));
      recordCall(upstream.status, turn.usage);
      const guarded = await guardTurn(exchange, policy, turn);
      if ('error' in guarded) return send(c, proxyError(protocol, 'blocked', `tool call blocked (${guarded.error.ruleId}): ${guarded.error.reason}`, guarded.error.ruleId));
      return c.json(protocol.encodeResponse(guarded.turn));
    }
    if (!upstream.contentType.includes('text/event-stream')) {
      discardBody(upstream.body);
      return send(c, proxyError(protocol, 'upstream-failed', `upstream ${route.name} did not answer with an event stream`));
    }
    const frames = guardStream(exchange, policy, { protocol, includeUsage: request.includeUsage, body: upstream.body, onFinish: (usage) => recordCall(upstream.status, usage), ...(options.streamKeepAliveMs === undefined ? {} : { keepAliveMs: options.streamKeepAliveMs }) });
    const bytes = new TextEncoder();
    const stream = new ReadableStream<Uint8Array>({
      async pull(controller) {
        try {
          const next = await frames.next();
          if (next.done === true) {
            discardBody(upstream.body);
            controller.close();
          } else {
            controller.enqueue(bytes.encode(next.value));
          }
        } catch (error) {
          discardBody(upstream.body);
          controller.error(error);
        }
      },
      async cancel() {
        discardBody(upstream.body);
        await frames.return(undefined);
      },
    });
    return new Response(stream, {
      status: 200,
      headers: { 'content-type': 'text/event-stream; charset=utf-8', 'cache-control': 'no-cache', [headerNames.session]: ids.sessionId, [headerNames.trace]: ids.traceId },
    });
  }

  return {
    app,
    problems: auth.problems,
    close: async () => { if (ownsDispatcher) await dispatcher.close(); },
  };
}

function clientHeaders(c: Context): Record<string, string | undefined> {
  return { 'anthropic-version': c.req.header('anthropic-version'), 'anthropic-beta': c.req.header('anthropic-beta') };
}

function upstreamFailure(protocol: WireProtocol, route: UpstreamRoute, status: number, message: string): ProxyErrorResponse {
  const text = `upstream ${route.name} answered ${status}: ${message}`;
  if (status === 429) return proxyError(protocol, 'rate-limited', text);
  if (status === 404) return proxyError(protocol, 'not-found', text);
  if (status === 400 || status === 413 || status === 422) return proxyError(protocol, 'invalid-request', text);
  return proxyError(protocol, 'upstream-failed', text);
}

import type { Hono } from 'hono';
import { request, type Dispatcher } from 'undici';
import { errorMessage } from '../kernel/errors.ts';
import type { Policy } from '../policy/schema.ts';
import { routeUpstream } from './upstream.ts';

/** One readiness check result. */
export interface ReadinessCheck {
  readonly name: string;
  readonly ok: boolean;
  readonly detail?: string;
}

/** How long a readiness probe of an upstream may take. */
const probeTimeoutMs = 1500;

/**
 * `GET /healthz` answers 200 whenever the process serves HTTP. `GET /readyz` answers 200 only when
 * every check of the policy, stores and audit trail passes; it also probes each upstream and says
 * whether it is reachable, without failing readiness on it (a provider outage is not Rampart's).
 */
export function readinessRoutes(app: Hono, options: { policy: Policy; env: Readonly<Record<string, string | undefined>>; dispatcher: Dispatcher; readiness?: () => Promise<readonly ReadinessCheck[]> }): void {
  app.get('/healthz', (c) => c.json({ status: 'ok' }));
  app.get('/readyz', async (c) => {
    let checks: readonly ReadinessCheck[];
    try {
      checks = options.readiness === undefined ? [{ name: 'policy', ok: true }] : await options.readiness();
    } catch (error) {
      checks = [{ name: 'readiness', ok: false, detail: errorMessage(error) }];
    }
    const upstreams = await Promise.all(Object.keys(options.policy.upstreams).map((name) => probe(options, name)));
    const ready = checks.every((check) => check.ok);
    const note = upstreams.length === 0
      ? 'no upstream is configured: model calls answer 404 until the policy names one'
      : upstreams.some((upstream) => !upstream.ok) ? 'an upstream is unreachable: its model calls answer 502 until it is up' : undefined;
    return c.json({ status: ready ? 'ready' : 'not-ready', checks, upstreams, ...(note === undefined ? {} : { note }) }, ready ? 200 : 503);
  });
}

async function probe(options: { policy: Policy; env: Readonly<Record<string, string | undefined>>; dispatcher: Dispatcher }, name: string): Promise<ReadinessCheck> {
  const upstream = options.policy.upstreams[name];
  const route = upstream === undefined ? undefined : routeUpstream({ ...options.policy, upstreams: { [name]: upstream } }, options.env, upstream.provider, undefined);
  if (route === undefined) return { name, ok: false, detail: 'not configured' };
  try {
    const response = await request(`${route.baseUrl}/models`, { dispatcher: options.dispatcher, method: 'GET', headersTimeout: probeTimeoutMs, bodyTimeout: probeTimeoutMs, signal: AbortSignal.timeout(probeTimeoutMs) });
    await response.body.dump();
    return { name, ok: response.statusCode < 500, detail: `${route.baseUrl} answered ${response.statusCode}` };
  } catch (error) {
    return { name, ok: false, detail: `${route.baseUrl} is unreachable: ${errorMessage(error)}` };
  }
}

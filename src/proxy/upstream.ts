import type { Readable } from 'node:stream';
import type { Dispatcher } from 'undici';
import { RampartError, errorMessage } from '../kernel/errors.ts';
import { isPlainObject } from '../kernel/own.ts';
import type { Policy } from '../policy/schema.ts';
import { dispatchRequest } from './dispatch-request.ts';

/** One configured upstream, resolved for a request. */
export interface UpstreamRoute {
  readonly name: string;
  readonly provider: 'openai' | 'anthropic';
  /** Base URL without a trailing slash. */
  readonly baseUrl: string;
  readonly providerKey?: string;
  readonly timeoutMs: number;
}

/** Picks the first upstream of the right provider that serves the model; undefined when none does. */
export function routeUpstream(policy: Policy, env: Readonly<Record<string, string | undefined>>, provider: 'openai' | 'anthropic', model: string | undefined): UpstreamRoute | undefined {
  for (const [name, upstream] of Object.entries(policy.upstreams)) {
    if (upstream.provider !== provider) continue;
    if (model !== undefined && upstream.models.length > 0 && !upstream.models.includes(model)) continue;
    const providerKey = upstream.api_key_env === undefined || !Object.hasOwn(env, upstream.api_key_env) ? undefined : env[upstream.api_key_env];
    return {
      name, provider, baseUrl: upstream.base_url.replace(/\/+$/, ''), timeoutMs: upstream.timeout,
      ...(providerKey === undefined || providerKey === '' ? {} : { providerKey }),
    };
  }
  return undefined;
}

/** Provider headers: Rampart injects the provider key; the client's key never leaves the proxy. */
function providerHeaders(route: UpstreamRoute, clientHeaders: Readonly<Record<string, string | undefined>>): Record<string, string> {
  const headers: Record<string, string> = { 'content-type': 'application/json', 'accept': 'application/json, text/event-stream' };
  if (route.provider === 'anthropic') {
    headers['anthropic-version'] = clientHeaders['anthropic-version'] ?? '2023-06-01';
    const beta = clientHeaders['anthropic-beta'];
    if (beta !== undefined) headers['anthropic-beta'] = beta;
    if (route.providerKey !== undefined) headers['x-api-key'] = route.providerKey;
  } else if (route.providerKey !== undefined) {
    headers['authorization'] = `Bearer ${route.providerKey}`;
  }
  return headers;
}

/** An upstream answer whose body has not been read yet. */
export interface UpstreamResponse {
  readonly status: number;
  readonly contentType: string;
  readonly body: Readable;
}

/** Calls the upstream through an undici dispatcher; network failures and timeouts become RampartErrors with clear codes. */
export async function callUpstream(
  dispatcher: Dispatcher,
  route: UpstreamRoute,
  path: string,
  options: { method: 'GET' | 'POST'; body?: unknown; clientHeaders: Readonly<Record<string, string | undefined>>; signal: AbortSignal },
): Promise<UpstreamResponse> {
  try {
    const response = await dispatchRequest(dispatcher, `${route.baseUrl}${path}`, {
      method: options.method,
      headers: providerHeaders(route, options.clientHeaders),
      ...(options.body === undefined ? {} : { body: JSON.stringify(options.body) }),
      headersTimeout: route.timeoutMs,
      bodyTimeout: route.timeoutMs,
      signal: options.signal,
    });
    const contentType = response.headers['content-type'];
    return { status: response.statusCode, contentType: Array.isArray(contentType) ? contentType.join(',') : contentType ?? '', body: response.body };
  } catch (error) {
    throw upstreamError(route, error);
  }
}

/** Maps an undici or abort error to UPSTREAM_TIMEOUT or UPSTREAM_FAILED. */
export function upstreamError(route: UpstreamRoute, error: unknown): RampartError {
  if (error instanceof RampartError) return error;
  const code = isPlainObject(error) || error instanceof Error ? String((error as { code?: unknown }).code ?? '') : '';
  const name = error instanceof Error ? error.name : '';
  if (code === 'UND_ERR_HEADERS_TIMEOUT' || code === 'UND_ERR_BODY_TIMEOUT' || code === 'UND_ERR_CONNECT_TIMEOUT' || name === 'TimeoutError') {
    return new RampartError('UPSTREAM_TIMEOUT', `upstream ${route.name} did not answer in time`, { cause: error });
  }
  return new RampartError('UPSTREAM_FAILED', `upstream ${route.name} failed: ${errorMessage(error)}`, { cause: error });
}

/** The message inside a provider error body, or a short excerpt of the text. */
export function upstreamErrorMessage(text: string): string {
  try {
    const json: unknown = JSON.parse(text);
    if (isPlainObject(json) && isPlainObject(json['error']) && typeof json['error']['message'] === 'string') return json['error']['message'];
  } catch {
    // Not JSON: fall through to the excerpt.
  }
  return text.slice(0, 200).replace(/\s+/g, ' ').trim() || 'no details';
}

/** Reads an upstream body as text, refusing bodies over `limit` bytes. */
export async function readLimited(body: UpstreamResponse['body'], limit: number): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of body) {
    size += (chunk as Buffer).length;
    if (size > limit) {
      discardBody(body);
      throw new RampartError('UPSTREAM_FAILED', `upstream response is larger than ${limit} bytes`);
    }
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/** Drops an upstream body without reading it; the abort error it raises is expected and ignored. */
export function discardBody(body: UpstreamResponse['body']): void {
  body.on('error', () => {});
  body.destroy();
}

import type { WireProtocol } from './wire/model.ts';

/** The kinds of error the proxy answers with, independent of the wire format. */
export type ProxyErrorKind = 'invalid-request' | 'unauthorized' | 'blocked' | 'not-found' | 'too-large' | 'rate-limited' | 'upstream-failed' | 'upstream-timeout' | 'unavailable' | 'internal';

/** An HTTP status and a provider-shaped JSON body. */
export interface ProxyErrorResponse {
  readonly status: 400 | 401 | 403 | 404 | 413 | 429 | 500 | 502 | 503 | 504;
  readonly body: Record<string, unknown>;
}

const table: Record<ProxyErrorKind, { status: ProxyErrorResponse['status']; openai: string; anthropic: string }> = {
  'invalid-request': { status: 400, openai: 'invalid_request_error', anthropic: 'invalid_request_error' },
  'unauthorized': { status: 401, openai: 'invalid_request_error', anthropic: 'authentication_error' },
  'blocked': { status: 403, openai: 'rampart_blocked', anthropic: 'permission_error' },
  'not-found': { status: 404, openai: 'invalid_request_error', anthropic: 'not_found_error' },
  'too-large': { status: 413, openai: 'invalid_request_error', anthropic: 'request_too_large' },
  'rate-limited': { status: 429, openai: 'rate_limit_error', anthropic: 'rate_limit_error' },
  'upstream-failed': { status: 502, openai: 'api_error', anthropic: 'api_error' },
  'upstream-timeout': { status: 504, openai: 'api_error', anthropic: 'api_error' },
  'unavailable': { status: 503, openai: 'api_error', anthropic: 'overloaded_error' },
  'internal': { status: 500, openai: 'api_error', anthropic: 'api_error' },
};

const defaultCodes: Partial<Record<ProxyErrorKind, string>> = { 'unauthorized': 'invalid_api_key', 'not-found': 'model_not_found', 'too-large': 'request_too_large' };

/** Builds the error response for one wire format; `code` carries the rule id for blocks. */
export function proxyError(protocol: WireProtocol, kind: ProxyErrorKind, message: string, code?: string): ProxyErrorResponse {
  const entry = table[kind];
  const type = protocol.provider === 'anthropic' ? entry.anthropic : entry.openai;
  const resolvedCode = code ?? defaultCodes[kind];
  return { status: entry.status, body: protocol.errorBody(type, `rampart: ${message}`, resolvedCode) };
}

/** The error type a stream error frame carries for one wire format. */
export function streamErrorType(protocol: WireProtocol, kind: ProxyErrorKind): string {
  return protocol.provider === 'anthropic' ? table[kind].anthropic : table[kind].openai;
}

import { lookup } from 'node:dns/promises';
import { failed, passed, quote, type CheckResult } from './check-result.ts';
import { createAddressBlocklist, isIpLiteral, stripBrackets } from './ip-address.ts';

/** Resolves a host name to every address it has; injected so tests and benchmarks never touch the network. */
export type DnsResolver = (host: string) => Promise<string[]>;

/** The default resolver: every A and AAAA address the system resolver returns. */
export const systemDnsResolver: DnsResolver = async (host) => (await lookup(host, { all: true, verbatim: true })).map((entry) => entry.address);

/** Options of one URL argument, compiled once per tool. */
export interface UrlRules {
  readonly schemes: readonly string[];
  /** Matcher for the allowed domains (exact and `*.` subdomains). */
  readonly domainAllowed: (host: string) => boolean;
  /** Methods the validator allows; undefined means the role's list alone decides. */
  readonly methods?: readonly string[];
  /** Resolve the host and check every address. */
  readonly resolveDns: boolean;
  /** Deny loopback, private, link-local and metadata addresses (egress.block_private). */
  readonly blockPrivate: boolean;
  readonly resolver: DnsResolver;
}

/** What a URL check needs from the call. */
export interface UrlCallContext {
  /** HTTP method the tool will use, upper case. */
  readonly method: string;
  /** Methods the caller's role may use (role `http`). */
  readonly roleMethods: readonly string[];
  readonly signal?: AbortSignal;
}

const maxUrlLength = 8192;
// Names that always mean "this machine" or "the cloud metadata service", whatever DNS says.
const internalName = /(^|\.)(localhost|local|internal|localdomain|home\.arpa|intranet|corp|lan)$/;
const internalHosts = new Set(['metadata', 'metadata.google.internal', 'instance-data', 'kubernetes', 'kubernetes.default']);

/** Builds a URL / egress validator: scheme, credentials, domain and method allowlists, private-address blocking and DNS rebinding checks. */
export function createUrlValidator(rules: UrlRules): (value: unknown, context: UrlCallContext) => Promise<CheckResult> {
  const blocklist = createAddressBlocklist();
  const schemes = new Set(rules.schemes.map((scheme) => `${scheme.toLowerCase()}:`));
  return async (value, context) => {
    if (typeof value !== 'string') return failed('gate.url.type', 'URL must be a string');
    if (value.length > maxUrlLength) return failed('gate.url.too-long', `URL is longer than ${maxUrlLength} characters`);
    if (/[\s\p{Cc}]/u.test(value)) return failed('gate.url.invalid', 'URL contains whitespace or control characters');
    let url: URL;
    try { url = new URL(value); } catch { return failed('gate.url.invalid', `${quote(value)} is not an absolute URL`); }
    if (!schemes.has(url.protocol)) return failed('gate.url.scheme', `scheme '${url.protocol.slice(0, -1)}' is not allowed`);
    if (url.username !== '' || url.password !== '') return failed('gate.url.credentials', 'URL carries credentials');
    const host = url.hostname.endsWith('.') ? url.hostname.slice(0, -1) : url.hostname;
    if (host === '') return failed('gate.url.invalid', 'URL has no host');
    const literal = isIpLiteral(host);
    if (rules.blockPrivate) {
      if (literal && blocklist.blocked(host)) return failed('gate.url.private-address', `address ${stripBrackets(host)} is loopback, private, link-local or reserved`);
      if (!literal && (internalName.test(host) || internalHosts.has(host) || !host.includes('.'))) {
        return failed('gate.url.private-host', `host '${host}' names an internal service`);
      }
    }
    if (!rules.domainAllowed(stripBrackets(host))) return failed('gate.url.domain', `host '${host}' is not on the allowlist`);
    if (!context.roleMethods.includes(context.method)) return failed('gate.role.http-method', `the role may not use HTTP ${context.method}`);
    if (rules.methods !== undefined && !rules.methods.includes(context.method)) return failed('gate.url.method', `HTTP ${context.method} is not allowed for this argument`);
    if (literal || !rules.resolveDns || !rules.blockPrivate) return passed;
    let addresses: string[];
    try {
      addresses = await abortable(rules.resolver(host), context.signal);
    } catch {
      return failed('gate.url.dns-failed', `host '${host}' could not be resolved`);
    }
    if (addresses.length === 0) return failed('gate.url.dns-failed', `host '${host}' resolved to no address`);
    // Every address is checked: a rebinding name may answer with one public and one private address.
    const bad = addresses.find((address) => blocklist.blocked(address));
    if (bad !== undefined) return failed('gate.url.dns-private', `host '${host}' resolves to the internal address ${bad}`);
    return passed;
  };
}

function abortable<T>(promise: Promise<T>, signal: AbortSignal | undefined): Promise<T> {
  if (signal === undefined) return promise;
  if (signal.aborted) return Promise.reject(new Error('aborted'));
  return new Promise<T>((resolvePromise, reject) => {
    const onAbort = (): void => reject(new Error('aborted'));
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(
      (result) => { signal.removeEventListener('abort', onAbort); resolvePromise(result); },
      (error: unknown) => { signal.removeEventListener('abort', onAbort); reject(error instanceof Error ? error : new Error(String(error))); },
    );
  });
}

import { domainToASCII } from 'node:url';

// Multi-label public suffixes where `*.co.uk` would be as broad as `*.com`. Not the full Public Suffix List
// (that would be a data download); these are the common registrable second levels.
const publicSecondLevels = new Set([
  'co.uk', 'org.uk', 'ac.uk', 'gov.uk', 'me.uk', 'ltd.uk', 'plc.uk', 'net.uk',
  'com.au', 'net.au', 'org.au', 'edu.au', 'gov.au', 'co.nz', 'org.nz', 'net.nz',
  'co.jp', 'ne.jp', 'or.jp', 'ac.jp', 'go.jp', 'co.kr', 'or.kr', 'co.in', 'net.in', 'org.in',
  'com.br', 'net.br', 'org.br', 'com.cn', 'net.cn', 'org.cn', 'com.mx', 'com.ar', 'com.tr', 'com.tw',
  'com.sg', 'com.hk', 'co.za', 'co.il', 'com.es', 'com.pl', 'co.id', 'com.my', 'com.ph', 'com.vn',
  // Shared hosting suffixes where every customer owns a subdomain.
  'github.io', 'herokuapp.com', 'vercel.app', 'netlify.app', 'pages.dev', 'workers.dev', 'appspot.com',
  'cloudfront.net', 'amazonaws.com', 'azurewebsites.net', 'blob.core.windows.net', 'web.app', 'firebaseapp.com',
]);

const label = /^(?!-)[a-z0-9-]{1,63}(?<!-)$/;
const ipv4 = /^(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}$/;

/** Canonical host for comparison: lower case, no trailing dot, IDN as punycode; empty string when invalid. */
export function normalizeHost(host: string): string {
  let value = host.trim().toLowerCase();
  if (value.startsWith('[') && value.endsWith(']')) return value;
  if (value.endsWith('.')) value = value.slice(0, -1);
  if (value.length === 0 || value.includes('..')) return '';
  return domainToASCII(value);
}

function isHostname(ascii: string): boolean {
  if (ascii.length === 0 || ascii.length > 253) return false;
  return ascii.split('.').every((part) => label.test(part));
}

/** Checks one allowlist entry; returns a reason when it is invalid or over-broad, undefined when fine. */
export function domainPatternProblem(pattern: string): string | undefined {
  const trimmed = pattern.trim();
  if (trimmed === '*' || trimmed === '*.*' || trimmed === '**') return `'${pattern}' allows every domain; list the domains instead`;
  if (/[/:@?#\s]/.test(trimmed)) return `'${pattern}' is not a domain (no scheme, port, path or user part)`;
  const wildcard = trimmed.startsWith('*.');
  const rest = wildcard ? trimmed.slice(2) : trimmed;
  if (rest.includes('*')) return `'${pattern}' has a wildcard in the wrong place; only a leading '*.' is allowed`;
  const ascii = normalizeHost(rest);
  if (ascii === '' || (!isHostname(ascii) && !ipv4.test(ascii))) return `'${pattern}' is not a valid domain`;
  if (wildcard) {
    if (ipv4.test(ascii)) return `'${pattern}' puts a wildcard on an IP address`;
    const labels = ascii.split('.');
    if (labels.length < 2) return `'${pattern}' is over-broad: it covers a whole top-level domain`;
    if (publicSecondLevels.has(ascii)) return `'${pattern}' is over-broad: '${ascii}' is a public suffix shared by unrelated owners`;
  }
  return undefined;
}

/** Builds a matcher for `example.com` (exact) and `*.example.com` (strict subdomains) entries; case-insensitive, IDN-aware. */
export function domainAllowed(patterns: readonly string[]): (host: string) => boolean {
  const exact = new Set<string>();
  const suffixes: string[] = [];
  for (const pattern of patterns) {
    // Invalid or over-broad entries never widen the allowlist, even if a caller skipped validation.
    if (domainPatternProblem(pattern) !== undefined) continue;
    const trimmed = pattern.trim();
    if (trimmed.startsWith('*.')) suffixes.push(`.${normalizeHost(trimmed.slice(2))}`);
    else exact.add(normalizeHost(trimmed));
  }
  return (host: string): boolean => {
    if (typeof host !== 'string') return false;
    const normalised = normalizeHost(host);
    if (normalised === '') return false;
    if (exact.has(normalised)) return true;
    for (const suffix of suffixes) {
      if (normalised.length > suffix.length && normalised.endsWith(suffix)) return true;
    }
    return false;
  };
}

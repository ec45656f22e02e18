import { BlockList, isIP } from 'node:net';
import { RampartError } from '../kernel/errors.ts';

/** Compiled egress allowlist: a domain check and an address check, built once from the policy. */
export interface EgressRules {
  /** True when the host name is on the allowlist (exact name, or a subdomain of a `*.` entry). */
  allowsHost(host: string): boolean;
  /** True when the method is allowed for plain HTTP requests. */
  allowsMethod(method: string): boolean;
  /** True when a resolved address may be contacted (private, loopback, link-local and metadata ranges are refused when block_private is on). */
  allowsAddress(address: string): boolean;
}

/** Lower-cases a host and strips one trailing dot and IPv6 brackets. */
export function normaliseHost(host: string): string {
  let value = host.trim().toLowerCase();
  if (value.startsWith('[') && value.endsWith(']')) value = value.slice(1, -1);
  if (value.endsWith('.')) value = value.slice(0, -1);
  return value;
}

// Separate lists per family: Node's BlockList matches IPv4 addresses against IPv4-mapped IPv6 rules too.
function privateRanges(): { ipv4: BlockList; ipv6: BlockList } {
  const ipv4 = new BlockList();
  for (const [network, prefix] of [
    ['0.0.0.0', 8], ['10.0.0.0', 8], ['100.64.0.0', 10], ['127.0.0.0', 8], ['169.254.0.0', 16], ['172.16.0.0', 12],
    ['192.0.0.0', 24], ['192.168.0.0', 16], ['198.18.0.0', 15], ['224.0.0.0', 4], ['240.0.0.0', 4],
  ] as const) ipv4.addSubnet(network, prefix, 'ipv4');
  const ipv6 = new BlockList();
  // Mapped and NAT64 forms other than dotted ::ffff:a.b.c.d are refused wholesale rather than decoded.
  for (const [network, prefix] of [['::', 128], ['::1', 128], ['fc00::', 7], ['fe80::', 10], ['ff00::', 8], ['64:ff9b::', 96], ['::ffff:0:0', 96]] as const) {
    ipv6.addSubnet(network, prefix, 'ipv6');
  }
  return { ipv4, ipv6 };
}

/** Compiles `egress.allow`, `egress.methods` and `egress.block_private`; over-broad patterns fail at load time. */
export function compileEgressRules(egress: { readonly allow: readonly string[]; readonly methods: readonly string[]; readonly block_private: boolean }): EgressRules {
  const exact = new Set<string>();
  const suffixes: string[] = [];
  egress.allow.forEach((entry, index) => {
    const pattern = normaliseHost(entry);
    if (pattern.startsWith('*.')) {
      const base = pattern.slice(2);
      if (!base.includes('.') || base.includes('*')) {
        throw new RampartError('POLICY_INVALID', `egress.allow.${index}: '${entry}' is too broad`, { problems: [{ path: `egress.allow.${index}`, message: `'${entry}' is too broad; name a registrable domain such as *.example.com` }] });
      }
      suffixes.push(`.${base}`);
    } else if (pattern.includes('*') || pattern === '') {
      throw new RampartError('POLICY_INVALID', `egress.allow.${index}: '${entry}' is not a domain`, { problems: [{ path: `egress.allow.${index}`, message: `'${entry}' is not a domain or *.domain pattern` }] });
    } else exact.add(pattern);
  });
  const methods = new Set(egress.methods.map((method) => method.toUpperCase()));
  const blocked = privateRanges();
  return {
    allowsHost(host) {
      const name = normaliseHost(host);
      if (exact.has(name)) return true;
      // IP literals only match exact entries: a wildcard never admits an address.
      if (isIP(name) !== 0) return false;
      return suffixes.some((suffix) => name.endsWith(suffix) && name.length > suffix.length);
    },
    allowsMethod: (method) => methods.has(method.toUpperCase()),
    allowsAddress(address) {
      if (!egress.block_private) return true;
      // IPv4-mapped IPv6 (::ffff:a.b.c.d) is judged as the IPv4 address it carries.
      const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address)?.[1];
      if (mapped !== undefined) return this.allowsAddress(mapped);
      const family = isIP(address);
      if (family === 0) return false;
      return family === 4 ? !blocked.ipv4.check(address, 'ipv4') : !blocked.ipv6.check(address, 'ipv6');
    },
  };
}

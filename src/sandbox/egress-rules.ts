import { BlockList, isIP } from 'node:net';
import { RampartError } from '../kernel/errors.ts';
import { domainAllowed, domainPatternProblem, normalizeHost } from '../policy/domain.ts';

/** Compiled egress allowlist: a domain check and an address check, built once from the policy. */
export interface EgressRules {
  /** True when the host is on the allowlist; the same matcher (`domainAllowed`) the gate's URL validator uses. */
  allowsHost(host: string): boolean;
  /** True when the method is allowed for plain HTTP requests. */
  allowsMethod(method: string): boolean;
  /** True when a resolved address may be contacted (private, loopback, link-local and metadata ranges are refused when block_private is on). */
  allowsAddress(address: string): boolean;
}

/**
 * Canonical destination host, as the gate sees it: the policy's `normalizeHost` (lower case, no trailing dot, IDN as
 * punycode, every IPv4 spelling such as `0x7f.1` as a dotted quad); IPv6 literals lose their brackets; a name that
 * does not normalise is kept lower-cased (for the audit record) and matches no allowlist entry.
 */
export function canonicalHost(host: string): string {
  const value = host.trim().toLowerCase();
  const unbracketed = value.startsWith('[') && value.endsWith(']') ? value.slice(1, -1) : value;
  if (isIP(unbracketed) === 6) return unbracketed;
  const canonical = normalizeHost(unbracketed);
  return canonical === '' ? value : canonical;
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

/** Compiles `egress.allow`, `egress.methods` and `egress.block_private`; invalid or over-broad patterns fail at load time. */
export function compileEgressRules(egress: { readonly allow: readonly string[]; readonly methods: readonly string[]; readonly block_private: boolean }): EgressRules {
  egress.allow.forEach((entry, index) => {
    const problem = domainPatternProblem(entry);
    if (problem !== undefined) {
      throw new RampartError('POLICY_INVALID', `egress.allow.${index}: ${problem}`, { problems: [{ path: `egress.allow.${index}`, message: problem }] });
    }
  });
  // One matcher for gate and sandbox: a host the gate's URL validator admits is exactly a host the egress proxy admits.
  const hostAllowed = domainAllowed(egress.allow);
  const methods = new Set(egress.methods.map((method) => method.toUpperCase()));
  const blocked = privateRanges();
  return {
    allowsHost: (host) => hostAllowed(canonicalHost(host)),
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

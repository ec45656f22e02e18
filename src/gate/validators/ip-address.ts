import { BlockList, isIP } from 'node:net';

// Every range a tool must never reach through a URL: loopback, private (RFC 1918, ULA), link-local (incl. cloud
// metadata at 169.254.169.254 and fd00:ec2::254), CGNAT (incl. 100.100.100.200), multicast, reserved and
// documentation ranges, and the IPv6 forms that embed an IPv4 address (mapped, compatible, NAT64, 6to4, Teredo).
const ipv4Ranges: readonly [string, number][] = [
  ['0.0.0.0', 8], ['10.0.0.0', 8], ['100.64.0.0', 10], ['127.0.0.0', 8], ['169.254.0.0', 16], ['172.16.0.0', 12],
  ['192.0.0.0', 24], ['192.0.2.0', 24], ['192.88.99.0', 24], ['192.168.0.0', 16], ['198.18.0.0', 15],
  ['198.51.100.0', 24], ['203.0.113.0', 24], ['224.0.0.0', 4], ['240.0.0.0', 4],
];
const ipv6Ranges: readonly [string, number][] = [
  ['::', 96], ['::ffff:0:0', 96], ['64:ff9b::', 96], ['64:ff9b:1::', 48], ['100::', 64], ['2001::', 32], ['2001:db8::', 32],
  ['2002::', 16], ['fc00::', 7], ['fe80::', 10], ['fec0::', 10], ['ff00::', 8],
];

/** A matcher for addresses no tool may reach; built once per gate (BlockList is not shared module state). */
export interface AddressBlocklist {
  /** True when the literal address is blocked, or is not an IP address at all (fail closed). */
  blocked(address: string): boolean;
}

/** Builds the blocklist of loopback, private, link-local, CGNAT, metadata, multicast and reserved ranges. */
export function createAddressBlocklist(): AddressBlocklist {
  // Two lists: BlockList matches IPv4 addresses against IPv4-mapped IPv6 rules, and ::ffff:0:0/96 must not block all of IPv4.
  const list4 = new BlockList();
  const list6 = new BlockList();
  for (const [network, prefix] of ipv4Ranges) list4.addSubnet(network, prefix, 'ipv4');
  for (const [network, prefix] of ipv6Ranges) list6.addSubnet(network, prefix, 'ipv6');
  return {
    blocked(address) {
      const bare = stripBrackets(address);
      // A zone id (fe80::1%eth0) only exists on link-local addresses; refuse it outright.
      if (bare.includes('%')) return true;
      const family = isIP(bare);
      if (family === 0) return true;
      return family === 4 ? list4.check(bare, 'ipv4') : list6.check(bare, 'ipv6');
    },
  };
}

/** Removes the brackets of an IPv6 URL host. */
export function stripBrackets(host: string): string {
  return host.startsWith('[') && host.endsWith(']') ? host.slice(1, -1) : host;
}

/** True when the host is an IP literal (IPv4 dotted quad or IPv6, bracketed or not). */
export function isIpLiteral(host: string): boolean {
  return isIP(stripBrackets(host)) !== 0;
}

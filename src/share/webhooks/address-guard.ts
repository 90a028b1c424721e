import { lookup } from 'node:dns/promises';
import net from 'node:net';

/**
 * Guards against server-side request forgery: a webhook may only reach public addresses, never
 * this machine, its network, the cloud's metadata service or addresses reserved for other uses,
 * unless the operator allows private ones (`KUULO_WEBHOOKS_ALLOW_PRIVATE`, for a receiver inside the
 * company network). The check runs on the address the name resolves to at the moment of sending,
 * and that very address is the one connected to, so a name that resolves differently a moment
 * later (DNS rebinding) cannot slip through.
 */

const blocked = new net.BlockList();
for (const [prefix, length] of [
  ['0.0.0.0', 8], // "this" network
  ['10.0.0.0', 8], // private
  ['100.64.0.0', 10], // carrier-grade NAT
  ['127.0.0.0', 8], // loopback
  ['169.254.0.0', 16], // link-local, cloud metadata (169.254.169.254)
  ['172.16.0.0', 12], // private
  ['192.0.0.0', 24], // protocol assignments
  ['192.0.2.0', 24], // documentation
  ['192.168.0.0', 16], // private
  ['198.18.0.0', 15], // benchmarking
  ['198.51.100.0', 24], // documentation
  ['203.0.113.0', 24], // documentation
  ['224.0.0.0', 4], // multicast
  ['240.0.0.0', 4], // reserved, broadcast
] as const) {
  blocked.addSubnet(prefix, length, 'ipv4');
}
for (const [prefix, length] of [
  ['::', 128], // unspecified
  ['::1', 128], // loopback
  ['64:ff9b::', 96], // IPv4 translation
  ['100::', 64], // discard
  ['2001:db8::', 32], // documentation
  ['fc00::', 7], // unique local
  ['fe80::', 10], // link-local
  ['ff00::', 8], // multicast
] as const) {
  blocked.addSubnet(prefix, length, 'ipv6');
}

/** Whether an IP address is one a webhook may not reach (IPv4-mapped IPv6 is judged as the IPv4 it maps). */
export function isPrivateAddress(address: string): boolean {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address)?.[1];
  if (mapped) return blocked.check(mapped, 'ipv4');
  const family = net.isIP(address);
  if (family === 0) return true;
  return blocked.check(address, family === 4 ? 'ipv4' : 'ipv6');
}

export class BlockedAddressError extends Error {}

/** Problems with an endpoint's URL that no attempt can fix, in words for the person who typed it; null when it is fine. */
export function problemWithUrl(text: string): string | null {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return 'must be a full URL such as https://example.com/kuulo';
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return 'must start with https:// (or http://)';
  if (url.username || url.password) return 'must not carry a user name or password; the signature proves the sender';
  return null;
}

/**
 * Resolves a host name to the address to connect to: the first one that may be reached. Throws
 * BlockedAddressError, naming the address, when every address is private and private ones are not
 * allowed.
 */
export async function resolveDeliveryAddress(hostname: string, options: { allowPrivate: boolean }): Promise<{ address: string; family: 4 | 6 }> {
  const bare = hostname.replace(/^\[|\]$/g, '');
  const addresses = net.isIP(bare) ? [{ address: bare, family: net.isIP(bare) as 4 | 6 }] : ((await lookup(bare, { all: true })) as { address: string; family: 4 | 6 }[]);
  const allowed = options.allowPrivate ? addresses : addresses.filter((entry) => !isPrivateAddress(entry.address));
  if (allowed.length === 0) {
    throw new BlockedAddressError(`${hostname} resolves to ${addresses.map((entry) => entry.address).join(', ')}, a private or reserved address that webhooks may not reach (an operator can allow private addresses with KUULO_WEBHOOKS_ALLOW_PRIVATE=true)`);
  }
  return allowed[0]!;
}

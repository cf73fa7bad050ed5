/**
 * The look-up route's fetch on Node: https only, and never to an address a public badge host can't have. The name
 * is resolved by the connection itself, through a `lookup` that refuses loopback, private, link-local, unique-local
 * and other special-purpose addresses, so what is checked is what is connected to (no second resolution a DNS
 * rebinding could answer otherwise). An edge runtime resolves names where no code can see: there, the host list is
 * the whole defence. Node-only (node:https, node:dns, node:net).
 */
import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import { request } from 'node:https';
import { BlockList, isIP, type LookupFunction } from 'node:net';
import { Readable } from 'node:stream';

/** Address ranges no public badge host has: RFC 6890's special-purpose ranges, IPv4 and IPv6. */
const SPECIAL = new BlockList();
for (const [network, prefix] of [
  ['0.0.0.0', 8], // "this network"
  ['10.0.0.0', 8], // private
  ['100.64.0.0', 10], // shared address space (carrier-grade NAT)
  ['127.0.0.0', 8], // loopback
  ['169.254.0.0', 16], // link-local (cloud metadata services)
  ['172.16.0.0', 12], // private
  ['192.0.0.0', 24], // IETF protocol assignments
  ['192.0.2.0', 24], // documentation
  ['192.168.0.0', 16], // private
  ['198.18.0.0', 15], // benchmarking
  ['198.51.100.0', 24], // documentation
  ['203.0.113.0', 24], // documentation
  ['224.0.0.0', 4], // multicast
  ['240.0.0.0', 4], // reserved, broadcast
] as const) SPECIAL.addSubnet(network, prefix, 'ipv4');
for (const [network, prefix] of [
  ['::', 128], // unspecified
  ['::1', 128], // loopback
  ['64:ff9b:1::', 48], // local-use NAT64
  ['100::', 64], // discard
  ['2001::', 23], // IETF protocol assignments
  ['2001:db8::', 32], // documentation
  ['fc00::', 7], // unique-local
  ['fe80::', 10], // link-local
  ['ff00::', 8], // multicast
] as const) SPECIAL.addSubnet(network, prefix, 'ipv6');

/** The IPv4 address an IPv6 one carries (IPv4-mapped ::ffff:a.b.c.d, NAT64 64:ff9b::/96), if any. */
function embeddedIpv4(address: string): string | undefined {
  const match = /^(?:::ffff:|64:ff9b::)(?:(\d+\.\d+\.\d+\.\d+)|([0-9a-f]{1,4}):([0-9a-f]{1,4}))$/i.exec(address);
  if (!match) return undefined;
  if (match[1]) return match[1];
  const [high, low] = [parseInt(match[2]!, 16), parseInt(match[3]!, 16)];
  return [high >> 8, high & 255, low >> 8, low & 255].join('.');
}

/** Whether a badge host may have `address`: an IP address outside every special-purpose range. */
export function isPublicAddress(address: string): boolean {
  const bare = address.replace(/^\[|\]$/g, '').replace(/%.*$/, '');
  const family = isIP(bare);
  if (family === 4) return !SPECIAL.check(bare, 'ipv4');
  if (family !== 6) return false;
  const inner = embeddedIpv4(bare);
  if (inner) return isIP(inner) === 4 && !SPECIAL.check(inner, 'ipv4');
  return !SPECIAL.check(bare, 'ipv6');
}

/** Raised when a host resolves to an address the look-up route does not reach (the route answers 403). */
export class AddressNotAllowedError extends Error {
  override readonly name = 'AddressNotAllowedError';
  readonly code = 'ADDRESS_NOT_ALLOWED';
}

export type Resolve = (hostname: string, options: { all: true }, callback: (error: NodeJS.ErrnoException | null, addresses: LookupAddress[]) => void) => void;

export interface GuardedFetchOptions {
  /** The resolver (tests answer for it); default node:dns `lookup`. */
  resolve?: Resolve;
}

/**
 * A connection `lookup` (net.connect's, so the address checked is the one connected to) that resolves every address
 * of the name and refuses them all if one is not `allowed` (default: public).
 */
export function checkedLookup(resolve: Resolve, allowed: (address: string) => boolean = isPublicAddress): LookupFunction {
  return (hostname, options, callback) => {
    resolve(hostname, { all: true }, (error, addresses) => {
      if (error) return callback(error, '', 4);
      const refused = addresses.find((entry) => !allowed(entry.address));
      if (refused || !addresses.length) return callback(new AddressNotAllowedError(`${hostname} resolves to an address the proxy does not reach`), '', 4);
      const wanted = addresses.filter((entry) => !options.family || entry.family === options.family);
      if (options.all) return (callback as unknown as (error: null, addresses: LookupAddress[]) => void)(null, wanted);
      const first = wanted[0] ?? addresses[0]!;
      callback(null, first.address, first.family);
    });
  };
}

const NO_BODY = new Set([204, 205, 304]);

/**
 * A fetch for the look-up route on Node: GET over https only, redirects answered as they come (the route judges
 * them), the name resolved through the address check. Enough of fetch for the route, no more.
 */
export function createGuardedFetch(options: GuardedFetchOptions = {}): typeof fetch {
  const resolve = options.resolve ?? (dnsLookup as unknown as Resolve);
  return (input, init = {}) =>
    new Promise<Response>((fulfil, reject) => {
      const url = new URL(String(input instanceof Request ? input.url : input));
      if (url.protocol !== 'https:') return reject(new TypeError('the look-up route fetches https only'));
      const literal = url.hostname.replace(/^\[|\]$/g, '');
      // A literal address is never resolved, so it is judged here.
      if (isIP(literal) && !isPublicAddress(literal)) return reject(new AddressNotAllowedError(`${literal} is not an address the proxy reaches`));
      const headers: Record<string, string> = {};
      new Headers(init.headers).forEach((value, name) => void (headers[name] = value));
      const req = request(url, { method: 'GET', headers, lookup: checkedLookup(resolve), ...(init.signal ? { signal: init.signal } : {}) }, (res) => {
        const answer = new Headers();
        for (const [name, value] of Object.entries(res.headers)) for (const item of [value ?? []].flat()) answer.append(name, item);
        const status = res.statusCode ?? 502;
        const body = NO_BODY.has(status) ? null : (Readable.toWeb(res) as ReadableStream<Uint8Array>);
        if (!body) res.resume();
        fulfil(new Response(body, { status, headers: answer }));
      });
      req.on('error', reject);
      req.end();
    });
}

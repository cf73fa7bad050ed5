/**
 * Where an issuer says its hosted assertions live (OB 2.0 "Verification": the Issuer's VerificationObject), and
 * whether an address is there. Judged on parsed URLs, never on strings: the host must equal one of
 * `allowedOrigins` exactly (default: the host of the Issuer's id), and a `startsWith` prefix matches only at a path
 * boundary, on the same scheme and host. An address that hides a path separator or a dot segment in its encoding
 * (`..%2F`, `%5C`), or carries user info, is in no scope: a server may read it as another path than it shows.
 */
import { stringsOf } from '../../shape/credential.js';
import { objectsOf, type JsonObject } from '../../shape/json.js';

export interface Scope {
  /** The hosts assertions may be at (`host[:port]`, as URL parsing writes them). */
  hosts: string[];
  /** URL prefixes assertions must start with, at a path boundary (none: any path). */
  prefixes: string[];
  /** The hosts come from the Issuer's id (it states no allowedOrigins). */
  defaulted: boolean;
  /** Entries of the policy that are no host or prefix, and so admit nothing. */
  unusable: string[];
}

function parse(address: string): URL | undefined {
  try {
    const url = new URL(address);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url : undefined;
  } catch {
    return undefined;
  }
}

/** `host[:port]` of an allowedOrigins entry, as URL parsing writes it; undefined when it is not a host alone. */
function hostOf(entry: string): string | undefined {
  if (!entry || /[/?#@\\\s]/.test(entry)) return undefined;
  const url = parse(`https://${entry}/`);
  return url?.host;
}

/** The scope an Issuer (its view) states, or the ambiguity of one stated twice. */
export function scopeOf(issuer: JsonObject): Scope | { ambiguous: string } {
  const policies = objectsOf(issuer['verification']);
  if (policies.length > 1) return { ambiguous: 'verification' };
  const policy = policies[0] ?? {};
  const unusable: string[] = [];
  const origins = stringsOf(policy['allowedOrigins']);
  const hosts = origins.flatMap((entry) => {
    const host = hostOf(entry.trim());
    if (!host) unusable.push(entry);
    return host ? [host] : [];
  });
  const prefixes = stringsOf(policy['startsWith']).filter((prefix) => {
    const url = parse(prefix);
    const usable = !!url && !url.username && !url.password;
    if (!usable) unusable.push(prefix);
    return usable;
  });
  if (origins.length) return { hosts, prefixes, defaulted: false, unusable };
  const issuerHost = typeof issuer['id'] === 'string' ? parse(issuer['id'])?.host : undefined;
  return { hosts: issuerHost ? [issuerHost] : [], prefixes, defaulted: true, unusable };
}

/** The path's segments, each checked once decoded: undefined when one would move the path (`..`, an encoded `/`). */
function segmentsOf(url: URL): string[] | undefined {
  const segments = url.pathname.split('/').slice(1);
  for (const segment of segments) {
    let decoded: string;
    try {
      decoded = decodeURIComponent(segment);
    } catch {
      return undefined;
    }
    if (decoded === '.' || decoded === '..' || /[/\\\0]/.test(decoded)) return undefined;
  }
  // Percent-escapes compare case-insensitively (%2f and %2F are one character).
  return segments.map((segment) => segment.replace(/%[0-9a-f]{2}/gi, (escape) => escape.toUpperCase()));
}

function underPrefix(url: URL, prefix: URL): boolean {
  if (url.protocol !== prefix.protocol || url.host !== prefix.host) return false;
  // A prefix with a query or fragment admits only what starts with it exactly.
  if (prefix.search || prefix.hash) return url.href.startsWith(prefix.href);
  const want = segmentsOf(prefix);
  const have = segmentsOf(url);
  if (!want || !have) return false;
  // "https://uni.edu/badges/" and "https://uni.edu/badges" both mean the folder /badges.
  if (want.length > 1 && want.at(-1) === '') want.pop();
  if (want.length === 1 && want[0] === '') return true;
  return want.length <= have.length && want.every((segment, index) => segment === have[index]);
}

/** Whether `address` is in `scope`; undefined when it is, else why not (a sentence fragment). */
export function outOfScope(address: string, scope: Scope): string | undefined {
  const url = parse(address);
  if (!url) return `${address} is not an http(s) URL`;
  if (url.username || url.password) return `${address} carries user info`;
  if (!segmentsOf(url)) return `${address} hides a path separator or a dot segment in its encoding`;
  if (!scope.hosts.includes(url.host)) {
    const allowed = scope.hosts.length ? scope.hosts.join(', ') : 'none';
    return `${url.host} is not one of the issuer's allowed hosts (${allowed}${scope.defaulted ? ', the host of its id' : ''})`;
  }
  if (scope.prefixes.length && !scope.prefixes.some((prefix) => underPrefix(url, new URL(prefix)))) {
    return `${address} does not start with ${scope.prefixes.join(' or ')} (at a path boundary)`;
  }
  return undefined;
}

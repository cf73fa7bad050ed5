/**
 * The only upstream routes the proxy forwards: the read routes the clients use, with their documented query
 * parameters. Everything else (writes, other endpoints, other parameters) never leaves the proxy.
 *
 * Paths are judged decoded: each segment is percent-decoded once, a segment that could move the upstream path
 * (`.`, `..`, or one holding `/`, `\` or NUL once decoded) is refused before routing, routes match the decoded
 * segments, and each segment is forwarded re-encoded with encodeURIComponent.
 */
import type { ProviderConfig, ProviderName } from './config.js';

export interface ReadRoute {
  /** The route as logs name it, placeholders in braces: never the values themselves. */
  readonly template: string;
  readonly query: readonly string[];
}

const CLR_QUERY = ['limit', 'offset'] as const;
const ACCREDIBLE_QUERY = ['email', 'recipient_id', 'group_id', 'page', 'page_size'] as const;
const IBL_QUERY = ['page', 'page_size', 'search', 'course', 'program'] as const;

export const READ_ROUTES: Record<ProviderName, readonly ReadRoute[]> = {
  clr: [
    { template: '/ims/clr/v2p0/credentials', query: CLR_QUERY },
    { template: '/ims/clr/v2p0/credentials/{id}', query: [] },
  ],
  accredible: [
    { template: '/v1/credentials/{id}', query: [] },
    { template: '/v1/all_credentials', query: ACCREDIBLE_QUERY },
  ],
  ibl: [
    { template: '/api/credentials/orgs/{org}/users/{user}', query: IBL_QUERY },
    { template: '/api/credentials/orgs/{org}/users/{user}/{entity}', query: [] },
  ],
};

/** A request path split into decoded segments; a trailing slash is kept apart and forwarded as it came. */
export interface RequestPath {
  segments: string[];
  trailingSlash: boolean;
}

/**
 * Splits a URL pathname (as `new URL()` gives it, still percent-encoded) into decoded segments, or undefined when a
 * segment is malformed or would traverse: the caller answers 400 and sends nothing upstream.
 */
export function parsePath(pathname: string): RequestPath | undefined {
  const raw = pathname.split('/').slice(1);
  const trailingSlash = raw.length > 1 && raw.at(-1) === '';
  if (trailingSlash) raw.pop();
  const segments: string[] = [];
  for (const part of raw) {
    let decoded: string;
    try {
      decoded = decodeURIComponent(part);
    } catch {
      return undefined;
    }
    if (decoded === '.' || decoded === '..' || /[/\\\0]/.test(decoded)) return undefined;
    segments.push(decoded);
  }
  return { segments, trailingSlash };
}

export interface UpstreamTarget {
  url: string;
  route: ReadRoute;
}

/** The upstream URL for a proxied path (segments after the provider's), or undefined when it is not a read route. */
export function upstreamTarget(provider: ProviderName, config: ProviderConfig, path: RequestPath, query: URLSearchParams): UpstreamTarget | undefined {
  if (!Object.hasOwn(READ_ROUTES, provider)) return undefined;
  for (const route of READ_ROUTES[provider]) {
    const values = match(route.template, path.segments);
    if (!values) continue;
    if (provider === 'ibl' && config.orgs && !config.orgs.includes(values['org']!)) return undefined;
    const kept = new URLSearchParams();
    for (const name of route.query) {
      const value = query.get(name);
      if (value !== null) kept.set(name, value);
    }
    const search = kept.toString();
    const encoded = path.segments.map((segment) => encodeURIComponent(segment)).join('/');
    return { url: `${config.upstream}/${encoded}${path.trailingSlash ? '/' : ''}${search ? `?${search}` : ''}`, route };
  }
  return undefined;
}

/** The placeholder values when the decoded segments fit the template, else undefined. */
function match(template: string, segments: string[]): Record<string, string> | undefined {
  const parts = template.split('/').slice(1);
  if (parts.length !== segments.length) return undefined;
  const values: Record<string, string> = {};
  for (const [index, part] of parts.entries()) {
    const segment = segments[index]!;
    const placeholder = /^\{(\w+)\}$/.exec(part)?.[1];
    if (placeholder) {
      if (!segment) return undefined;
      values[placeholder] = segment;
    } else if (part !== segment) return undefined;
  }
  return values;
}

/**
 * The only upstream routes the proxy forwards: the read routes the clients use, with their documented query
 * parameters. Everything else (writes, other endpoints, other parameters) never leaves the proxy.
 */
import type { ProviderConfig, ProviderName } from './config.js';

interface ReadRoute {
  path: RegExp;
  query: readonly string[];
}

const CLR_QUERY = ['limit', 'offset'] as const;
const ACCREDIBLE_QUERY = ['email', 'recipient_id', 'group_id', 'page', 'page_size'] as const;
const IBL_QUERY = ['page', 'page_size', 'search', 'course', 'program'] as const;

export const READ_ROUTES: Record<ProviderName, readonly ReadRoute[]> = {
  clr: [
    { path: /^\/ims\/clr\/v2p0\/credentials\/?$/, query: CLR_QUERY },
    { path: /^\/ims\/clr\/v2p0\/credentials\/[^/]+$/, query: [] },
  ],
  accredible: [
    { path: /^\/v1\/credentials\/[^/]+\/?$/, query: [] },
    { path: /^\/v1\/all_credentials\/?$/, query: ACCREDIBLE_QUERY },
  ],
  ibl: [
    { path: /^\/api\/credentials\/orgs\/[^/]+\/users\/[^/]+\/?$/, query: IBL_QUERY },
    { path: /^\/api\/credentials\/orgs\/[^/]+\/users\/[^/]+\/[^/]+\/?$/, query: [] },
  ],
};

/** The upstream path and query for a proxied path, or undefined when the route is not a read route. */
export function upstreamTarget(provider: ProviderName, config: ProviderConfig, path: string, query: URLSearchParams): string | undefined {
  if (path.includes('..') || path.includes('//')) return undefined;
  const route = Object.hasOwn(READ_ROUTES, provider) ? READ_ROUTES[provider].find((candidate) => candidate.path.test(path)) : undefined;
  if (!route) return undefined;
  if (provider === 'ibl' && config.orgs) {
    const org = decodeURIComponent(path.split('/')[4] ?? '');
    if (!config.orgs.includes(org)) return undefined;
  }
  const kept = new URLSearchParams();
  for (const name of route.query) {
    const value = query.get(name);
    if (value !== null) kept.set(name, value);
  }
  const search = kept.toString();
  return `${config.upstream}${path}${search ? `?${search}` : ''}`;
}

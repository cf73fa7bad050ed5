/** CORS for the proxy: only listed origins get an answer a browser will hand to the page. */
import type { ProxyConfig } from './config.js';

export type OriginVerdict = { allowed: true; origin: string | undefined } | { allowed: false };

export function checkOrigin(origin: string | undefined, config: ProxyConfig): OriginVerdict {
  if (origin === undefined) return config.allowNoOrigin ? { allowed: true, origin: undefined } : { allowed: false };
  return config.allowedOrigins.includes(origin) ? { allowed: true, origin } : { allowed: false };
}

export function corsHeaders(origin: string | undefined): Record<string, string> {
  const headers: Record<string, string> = { vary: 'Origin' };
  if (!origin) return headers;
  return {
    ...headers,
    'access-control-allow-origin': origin,
    'access-control-expose-headers': 'x-total-count, link, retry-after, lookup-redirects, lookup-error',
  };
}

/** A preflight answer: GET only, and no Authorization header (the page has no secret to send). */
export function preflightHeaders(origin: string): Record<string, string> {
  return {
    ...corsHeaders(origin),
    'access-control-allow-methods': 'GET, HEAD',
    'access-control-allow-headers': 'accept, content-type',
    'access-control-max-age': '600',
  };
}

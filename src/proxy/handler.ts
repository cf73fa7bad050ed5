/**
 * The secrets proxy as a plain Node request handler: `/{provider}/{upstream path}` → the provider, with the secret
 * added server-side. GET only, read routes only, listed origins only; answers carry cache headers and no secret.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ProviderConfig, ProviderName, ProxyConfig } from './config.js';
import { checkOrigin, corsHeaders, preflightHeaders } from './cors.js';
import { createTokenSource, type TokenSource } from './oauth.js';
import { readCapped } from './body.js';
import { rewriteLinks } from './links.js';
import { Redactor } from './redact.js';
import { parsePath, upstreamTarget } from './routes.js';

export interface ProxyOptions {
  /** The fetch used for upstream calls and token requests. */
  fetch?: typeof fetch;
  /** The clock (tests move it to expire tokens). */
  now?: () => number;
  /** Largest upstream body passed on, in bytes. Default 10 MiB. */
  maxBytes?: number;
}

/** Upstream headers worth passing on; everything else (cookies, server details) stays behind. */
const PASSED_HEADERS = ['content-type', 'x-total-count', 'link', 'retry-after'];

export function createProxyHandler(config: ProxyConfig, options: ProxyOptions = {}) {
  const fetchFn = options.fetch ?? globalThis.fetch.bind(globalThis);
  const maxBytes = options.maxBytes ?? 10 * 1024 * 1024;
  const tokenSources = new Map<ProviderName, TokenSource>();
  for (const [name, provider] of Object.entries(config.providers) as Array<[ProviderName, ProviderConfig]>) {
    if (provider.oauth) tokenSources.set(name, createTokenSource(provider.oauth, fetchFn, options.now, config.timeoutMs));
  }
  const configuredSecrets = Object.values(config.providers).flatMap((provider) =>
    [provider?.apiKey, provider?.oauth?.clientSecret, provider?.oauth?.clientId].filter((value): value is string => !!value),
  );
  const redactor = new Redactor(configuredSecrets);

  async function authHeader(name: ProviderName, provider: ProviderConfig): Promise<string> {
    const source = tokenSources.get(name);
    if (source) {
      const token = await source.token();
      redactor.add(token);
      return `Bearer ${token}`;
    }
    const key = provider.apiKey!;
    if (name === 'clr') return `Bearer ${key}`;
    if (name === 'accredible') return `Token token=${key}`;
    return key;
  }

  async function forward(name: ProviderName, provider: ProviderConfig, target: string, method: string) {
    const call = async () =>
      fetchFn(target, {
        method,
        headers: { accept: 'application/json, application/ld+json', authorization: await authHeader(name, provider) },
        signal: AbortSignal.timeout(config.timeoutMs),
        redirect: 'manual',
      });
    let response = await call();
    // A refused OAuth token may have been revoked early: get a fresh one, once.
    if (response.status === 401 && tokenSources.has(name)) {
      await response.body?.cancel();
      tokenSources.get(name)!.invalidate();
      response = await call();
    }
    return response;
  }

  return async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const origin = typeof req.headers.origin === 'string' ? req.headers.origin : undefined;
    const verdict = checkOrigin(origin, config);
    if (!verdict.allowed) return send(res, 403, { error: 'This origin may not use the proxy.' }, { vary: 'Origin', 'cache-control': 'no-store' });
    const cors = corsHeaders(verdict.origin);
    const method = req.method ?? 'GET';
    if (method === 'OPTIONS') {
      res.writeHead(204, verdict.origin ? preflightHeaders(verdict.origin) : cors);
      res.end();
      return;
    }
    if (method !== 'GET' && method !== 'HEAD') {
      return send(res, 405, { error: 'The proxy only reads.' }, { ...cors, allow: 'GET, HEAD', 'cache-control': 'no-store' });
    }

    const url = new URL(`http://proxy.invalid${req.url ?? '/'}`);
    const path = parsePath(url.pathname);
    if (!path) return send(res, 400, { error: 'The path has a segment that is not allowed.' }, { ...cors, 'cache-control': 'no-store' });
    const [name = '', ...rest] = path.segments;
    // Own keys only: a path like /constructor or /__proto__ names no provider.
    const provider = Object.hasOwn(config.providers, name) ? config.providers[name as ProviderName] : undefined;
    const target = provider && upstreamTarget(name as ProviderName, provider, { segments: rest, trailingSlash: path.trailingSlash }, url.searchParams);
    if (!provider || !target) return send(res, 404, { error: 'No such read route.' }, { ...cors, 'cache-control': 'no-store' });

    let upstream: Response;
    let body: string;
    try {
      upstream = await forward(name as ProviderName, provider, target.url, method);
      body = await readCapped(upstream, maxBytes);
    } catch (error) {
      const timedOut = error instanceof DOMException && error.name === 'TimeoutError';
      return send(res, timedOut ? 504 : 502, { error: timedOut ? 'The provider took too long to answer.' : 'The provider could not be reached.' }, { ...cors, 'cache-control': 'no-store' });
    }

    const headers: Record<string, string> = { ...cors, 'cache-control': upstream.ok ? `private, max-age=${config.cacheSeconds}` : 'no-store' };
    for (const header of PASSED_HEADERS) {
      const value = upstream.headers.get(header);
      const passed = value !== null && header === 'link' ? rewriteLinks(value, provider.upstream, config.publicBaseUrl, name) : value;
      if (passed != null) headers[header] = redactor.redact(passed);
    }
    // 3xx would hand the browser an upstream URL (maybe with a signed query): pass it on as a plain error.
    const status = upstream.status >= 300 && upstream.status < 400 ? 502 : upstream.status;
    res.writeHead(status, headers);
    res.end(method === 'HEAD' ? undefined : redactor.redact(body));
  };
}

function send(res: ServerResponse, status: number, body: unknown, headers: Record<string, string>): void {
  res.writeHead(status, { ...headers, 'content-type': 'application/json; charset=utf-8' });
  res.end(JSON.stringify(body));
}

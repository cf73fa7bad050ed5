/**
 * The secrets proxy as a plain Node request handler: `/{provider}/{upstream path}` → the provider, with the secret
 * added server-side. GET only, read routes only, listed origins only; answers carry cache headers and no secret.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ProviderConfig, ProviderName, ProxyConfig } from './config.js';
import { checkOrigin, corsHeaders, preflightHeaders } from './cors.js';
import { createTokenSource, type TokenSource } from './oauth.js';
import { redact } from './redact.js';
import { upstreamTarget } from './routes.js';

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
  const issuedTokens = new Set<string>();
  for (const [name, provider] of Object.entries(config.providers) as Array<[ProviderName, ProviderConfig]>) {
    if (provider.oauth) tokenSources.set(name, createTokenSource(provider.oauth, fetchFn, options.now, config.timeoutMs));
  }
  const configuredSecrets = Object.values(config.providers).flatMap((provider) =>
    [provider?.apiKey, provider?.oauth?.clientSecret, provider?.oauth?.clientId].filter((value): value is string => !!value),
  );
  const secrets = () => [...configuredSecrets, ...issuedTokens];

  async function authHeader(name: ProviderName, provider: ProviderConfig): Promise<string> {
    const source = tokenSources.get(name);
    if (source) {
      const token = await source.token();
      issuedTokens.add(token);
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

    const url = new URL(req.url ?? '/', 'http://proxy.invalid');
    const [, name = '', ...rest] = url.pathname.split('/');
    // Own keys only: a path like /constructor or /__proto__ names no provider.
    const provider = Object.hasOwn(config.providers, name) ? config.providers[name as ProviderName] : undefined;
    const target = provider && upstreamTarget(name as ProviderName, provider, '/' + rest.join('/'), url.searchParams);
    if (!provider || !target) return send(res, 404, { error: 'No such read route.' }, { ...cors, 'cache-control': 'no-store' });

    let upstream: Response;
    let body: string;
    try {
      upstream = await forward(name as ProviderName, provider, target, method);
      body = await readCapped(upstream, maxBytes);
    } catch (error) {
      const timedOut = error instanceof DOMException && error.name === 'TimeoutError';
      return send(res, timedOut ? 504 : 502, { error: timedOut ? 'The provider took too long to answer.' : 'The provider could not be reached.' }, { ...cors, 'cache-control': 'no-store' });
    }

    const headers: Record<string, string> = { ...cors, 'cache-control': upstream.ok ? `private, max-age=${config.cacheSeconds}` : 'no-store' };
    for (const header of PASSED_HEADERS) {
      const value = upstream.headers.get(header);
      if (value !== null) headers[header] = redact(header === 'link' ? rewriteLinks(value, provider.upstream, req, name) : value, secrets());
    }
    // 3xx would hand the browser an upstream URL (maybe with a signed query): pass it on as a plain error.
    const status = upstream.status >= 300 && upstream.status < 400 ? 502 : upstream.status;
    res.writeHead(status, headers);
    res.end(method === 'HEAD' ? undefined : redact(body, secrets()));
  };
}

async function readCapped(response: Response, maxBytes: number): Promise<string> {
  const declared = Number(response.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > maxBytes) throw new Error('upstream body too large');
  const buffer = await response.arrayBuffer();
  if (buffer.byteLength > maxBytes) throw new Error('upstream body too large');
  return new TextDecoder().decode(buffer);
}

/** Paging links point at the upstream; point them at the proxy instead. */
function rewriteLinks(value: string, upstream: string, req: IncomingMessage, provider: string): string {
  const host = req.headers.host ?? 'localhost';
  const forwarded = req.headers['x-forwarded-proto'];
  const scheme = forwarded === 'https' || (req.socket as { encrypted?: boolean }).encrypted ? 'https' : 'http';
  return value.split(upstream).join(`${scheme}://${host}/${provider}`);
}

function send(res: ServerResponse, status: number, body: unknown, headers: Record<string, string>): void {
  res.writeHead(status, { ...headers, 'content-type': 'application/json; charset=utf-8' });
  res.end(JSON.stringify(body));
}

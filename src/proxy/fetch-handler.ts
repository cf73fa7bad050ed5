/**
 * The secrets proxy as a standard Fetch API handler, `(request: Request) => Promise<Response>`: the same code runs
 * on Node (the bundled server wraps it), Deno, Bun and serverless or edge platforms.
 *
 *   GET /healthz                      liveness, for load balancers
 *   GET /metrics                      Prometheus text, only with `metricsToken` and only to requests that send it
 *   GET /{provider}/{upstream path}   a read route of a configured provider, the secret added server-side
 *   GET /lookup?url=<https URL>       the verifier's look-ups at listed badge hosts, when `lookup` is configured
 *
 * Provider routes: listed origins only, GET/HEAD only, documented read routes and query parameters only; answers
 * come from the shared cache when it can, carry CORS headers computed for this request and never a secret.
 */
import { createBudget, parseRetryAfter, type Budget } from './budget.js';
import { createResponseCache, type Served } from './cache.js';
import { systemClock, type Clock } from './clock.js';
import { ProxyConfigError, type ProviderConfig, type ProviderName, type ProxyConfig } from './config.js';
import { checkOrigin, corsHeaders, preflightHeaders } from './cors.js';
import { consoleSink, formatLog, type LogSink, type RequestLog } from './log.js';
import { createLookupRoute } from './lookup.js';
import { ProxyMetrics } from './metrics.js';
import { parsePath, upstreamTarget } from './routes.js';
import { createMemoryStore, type CacheStore } from './store.js';
import { createUpstream } from './upstream.js';

export type FetchHandler = (request: Request) => Promise<Response>;

export interface FetchHandlerOptions {
  /** The fetch used for upstream calls and token requests. */
  fetch?: typeof fetch;
  /** Where answers are cached; by default the in-memory store the configuration describes. */
  store?: CacheStore;
  /** Where each request's JSON log line goes. Default: console.log. */
  log?: LogSink;
  /** The clock (tests move it to age answers, expire tokens and end pauses). */
  clock?: Clock;
  /**
   * The fetch the `lookup` route reaches badge hosts with. Default: `fetch`. On Node, the proxy's entry point
   * (credential-elements/proxy) defaults it to one that refuses loopback, private and link-local addresses.
   */
  lookupFetch?: typeof fetch;
}

const NO_STORE = { 'cache-control': 'no-store' };

export function createFetchHandler(config: ProxyConfig, options: FetchHandlerOptions = {}): FetchHandler {
  const clock = options.clock ?? systemClock;
  const log = options.log ?? consoleSink;
  const metrics = new ProxyMetrics();
  const store = options.store ?? memoryStoreFor(config, clock);
  const upstream = createUpstream(config, options.fetch ?? globalThis.fetch.bind(globalThis), clock, metrics);
  const cache = createResponseCache(store, config, clock, metrics);
  const lookup = config.lookup && createLookupRoute(config.lookup, options.lookupFetch ?? options.fetch ?? globalThis.fetch.bind(globalThis));
  const budgets = new Map<ProviderName, Budget>();
  for (const [name, provider] of Object.entries(config.providers) as Array<[ProviderName, ProviderConfig]>) {
    budgets.set(name, createBudget(provider.budget, clock, config.timeoutMs));
  }
  // A proxy mounted under a path (a serverless function at /api/credentials) routes what follows that path.
  const mount = config.publicBaseUrl ? new URL(config.publicBaseUrl).pathname.replace(/\/+$/, '') : '';

  async function route(request: Request, entry: RequestLog): Promise<Response> {
    const url = new URL(request.url);
    let pathname = url.pathname;
    if (mount && (pathname === mount || pathname.startsWith(`${mount}/`))) pathname = pathname.slice(mount.length) || '/';
    const method = request.method.toUpperCase();
    const reading = method === 'GET' || method === 'HEAD';

    if (pathname === '/healthz' || pathname === '/metrics') {
      entry.route = pathname;
      if (!reading) return reply(405, { error: 'The proxy only reads.' }, { ...NO_STORE, allow: 'GET, HEAD' }, entry, 'method');
      return pathname === '/healthz' ? reply(200, { status: 'ok' }, NO_STORE) : serveMetrics(request, entry);
    }

    const origin = request.headers.get('origin') ?? undefined;
    if (origin !== undefined) entry.origin = origin;
    const verdict = checkOrigin(origin, config);
    if (!verdict.allowed) return reply(403, { error: 'This origin may not use the proxy.' }, { vary: 'Origin', ...NO_STORE }, entry, 'origin');
    const cors = corsHeaders(verdict.origin);
    if (method === 'OPTIONS') {
      entry.route = 'preflight';
      return new Response(null, { status: 204, headers: verdict.origin ? preflightHeaders(verdict.origin) : cors });
    }
    if (!reading) return reply(405, { error: 'The proxy only reads.' }, { ...cors, ...NO_STORE, allow: 'GET, HEAD' }, entry, 'method');

    const path = parsePath(pathname);
    if (!path) return reply(400, { error: 'The path has a segment that is not allowed.' }, { ...cors, ...NO_STORE }, entry, 'path');
    const [name = '', ...rest] = path.segments;
    // The verifier's look-ups, behind this same Origin check: GET only (a HEAD would answer nothing to judge).
    if (lookup && name === 'lookup' && !rest.length && !path.trailingSlash) {
      if (method !== 'GET') return reply(405, { error: 'The look-up route only answers GET.' }, { ...cors, ...NO_STORE, allow: 'GET' }, entry, 'method');
      return lookup(request, cors, entry);
    }
    // Own keys only: a path like /constructor or /__proto__ names no provider.
    const provider = Object.hasOwn(config.providers, name) ? config.providers[name as ProviderName] : undefined;
    const target = provider && upstreamTarget(name as ProviderName, provider, { segments: rest, trailingSlash: path.trailingSlash }, url.searchParams);
    if (!provider || !target) return reply(404, { error: 'No such read route.' }, { ...cors, ...NO_STORE }, entry, 'route');
    entry.provider = name;
    entry.route = `${name} ${target.route.template}`;
    return serveProvider(name as ProviderName, provider, target.url, cors, method === 'HEAD', entry);
  }

  async function serveProvider(name: ProviderName, provider: ProviderConfig, targetUrl: string, cors: Record<string, string>, head: boolean, entry: RequestLog) {
    const budget = budgets.get(name)!;
    const fetchAnswer = async () => {
      const answer = await budget.run(() => upstream.call(name, provider, targetUrl));
      // The provider asked for a pause: honour it for every request, instead of retrying into the limit.
      if (answer.upstreamStatus === 429 || answer.upstreamStatus === 503) {
        const retryAt = parseRetryAfter(answer.headers['retry-after'], clock.now());
        if (retryAt !== undefined) budget.pause(retryAt);
      }
      return answer;
    };
    const served = await cache.serve(`${name} ${targetUrl}`, name, fetchAnswer);
    if (served.coalesced) entry.coalesced = true;
    if (served.kind === 'failure') return failure(name, served, cors, entry);
    entry.cache = served.cache;
    if (served.upstream) {
      entry.upstreamStatus = served.upstream.status;
      entry.upstreamMs = served.upstream.ms;
    }
    const { answer } = served;
    const ok = answer.status >= 200 && answer.status < 300;
    const headers = { ...answer.headers, ...cors, 'cache-control': ok ? cacheControl(config, provider, served) : 'no-store', 'x-cache': served.cache.toUpperCase() };
    return new Response(head ? null : answer.body, { status: answer.status, headers });
  }

  function failure(name: ProviderName, served: Extract<Served, { kind: 'failure' }>, cors: Record<string, string>, entry: RequestLog): Response {
    const headers = { ...cors, ...NO_STORE };
    if (served.code === 'paused' || served.code === 'busy') {
      metrics.rateLimited(name);
      const seconds = served.retryAt ? Math.max(1, Math.ceil((served.retryAt - clock.now()) / 1000)) : 1;
      const status = served.code === 'paused' ? 429 : 503;
      return reply(status, { error: 'The provider is busy; try again later.' }, { ...headers, 'retry-after': String(seconds) }, entry, served.code);
    }
    if (served.code === 'timeout') return reply(504, { error: 'The provider took too long to answer.' }, headers, entry, served.code);
    return reply(502, { error: 'The provider could not be reached.' }, headers, entry, served.code);
  }

  async function serveMetrics(request: Request, entry: RequestLog): Promise<Response> {
    if (!config.metricsToken) return reply(404, { error: 'No such route.' }, NO_STORE, entry, 'route');
    const sent = /^Bearer\s+(.+)$/i.exec(request.headers.get('authorization') ?? '')?.[1]?.trim() ?? '';
    if (!(await sameSecret(sent, config.metricsToken))) {
      return reply(401, { error: 'A valid metrics token is required.' }, { ...NO_STORE, 'www-authenticate': 'Bearer' }, entry, 'token');
    }
    const bytes = store.bytes?.();
    const gauges: Record<string, { help: string; value: number }> = {};
    if (bytes !== undefined) gauges['credential_proxy_cache_bytes'] = { help: 'Bytes held by the in-memory cache.', value: bytes };
    return new Response(metrics.render(gauges), { headers: { 'content-type': 'text/plain; version=0.0.4; charset=utf-8', ...NO_STORE } });
  }

  return async function handle(request: Request): Promise<Response> {
    const started = performance.now();
    const entry: RequestLog = { time: new Date(clock.now()).toISOString(), method: request.method.slice(0, 16), route: '-', status: 0, ms: 0 };
    let response: Response;
    try {
      response = await route(request, entry);
    } catch {
      response = reply(500, { error: 'The proxy failed.' }, NO_STORE, entry, 'internal');
    }
    entry.status = response.status;
    entry.ms = performance.now() - started;
    metrics.request(entry.provider ?? '-', response.status);
    log(upstream.redactor.redact(formatLog(entry)));
    return response;
  };
}

/** Fresh answers: private by default; a provider marked public may be kept by any shared cache (a CDN). */
function cacheControl(config: ProxyConfig, provider: ProviderConfig, served: Extract<Served, { kind: 'answer' }>): string {
  if (served.cache === 'stale') return 'no-cache';
  if (!provider.public) return `private, max-age=${served.freshSeconds}`;
  return `public, max-age=${served.freshSeconds}, s-maxage=${served.freshSeconds}, stale-while-revalidate=${config.staleWhileRevalidateSeconds}, stale-if-error=${config.staleIfErrorSeconds}`;
}

function reply(status: number, body: unknown, headers: Record<string, string>, entry?: RequestLog, error?: string): Response {
  if (entry && error) entry.error = error;
  return new Response(JSON.stringify(body), { status, headers: { ...headers, 'content-type': 'application/json; charset=utf-8' } });
}

function memoryStoreFor(config: ProxyConfig, clock: Clock): CacheStore {
  if (config.store.type !== 'memory') {
    throw new ProxyConfigError('store: the Redis store needs Node (TCP): start the proxy with credential-proxy or startProxy(), or pass a store');
  }
  return createMemoryStore({ maxBytes: config.store.maxBytes, clock });
}

/** Compares digests, so the time taken says nothing about how much of the token was right. */
async function sameSecret(sent: string, expected: string): Promise<boolean> {
  const digest = async (text: string) => new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text))).join(',');
  const [a, b] = await Promise.all([digest(sent), digest(expected)]);
  return a === b;
}

// The Fetch API handler driven with plain Request objects (as Deno, Bun and edge platforms call it): routing,
// CORS, cache headers for public and private providers, /healthz, /metrics, and the one JSON log line per request.
import { readFileSync } from 'node:fs';
import { describe, it, expect } from '../helpers/harness.js';
import { createFetchHandler, readProxyConfig, ProxyConfigError } from '../../src/proxy/index.js';
import { fakeUpstream, json, ORIGIN, page } from './helpers/index.js';

const METRICS_TOKEN = 'metrics-token-0123456789abcdef';

function handlerWith(extra: Record<string, unknown> = {}, providerExtra: Record<string, unknown> = {}) {
  const lines: string[] = [];
  const upstream = fakeUpstream((call) => json({ id: call.url.split('/').pop() }, { headers: { 'set-cookie': 'session=upstream', server: 'upstream/1.0', 'x-total-count': '1' } }));
  const config = readProxyConfig({
    allowedOrigins: [ORIGIN],
    cacheSeconds: 300,
    staleWhileRevalidateSeconds: 60,
    staleIfErrorSeconds: 86400,
    providers: {
      accredible: { upstream: 'https://accredible.example', apiKey: 'fetch-handler-key-01', ...providerExtra },
      ibl: { upstream: 'https://ibl.example', apiKey: 'fetch-handler-key-02', public: true },
    },
    ...extra,
  });
  const handle = createFetchHandler(config, { fetch: upstream.fetch, log: (line) => lines.push(line) });
  return { handle, upstream, lines };
}

describe('proxy Fetch handler: plain Request in, Response out', () => {
  it('serves a read route with CORS and private cache headers, passing only the allowed upstream headers', async () => {
    const { handle, upstream } = handlerWith();
    const response = await handle(page('/accredible/v1/credentials/42'));
    expect(response).to.be.instanceOf(Response);
    expect(response.status).to.equal(200);
    expect(await response.json()).to.deep.equal({ id: '42' });
    expect(response.headers.get('access-control-allow-origin')).to.equal(ORIGIN);
    expect(response.headers.get('vary')).to.equal('Origin');
    expect(response.headers.get('cache-control')).to.equal('private, max-age=300');
    expect(response.headers.get('x-total-count')).to.equal('1');
    expect(response.headers.get('set-cookie')).to.equal(null);
    expect(response.headers.get('server')).to.equal(null);
    expect(upstream.calls[0]!.headers.get('authorization')).to.equal('Token token=fetch-handler-key-01');
  });

  it('marks answers of a public provider for shared caches (CDNs)', async () => {
    const { handle } = handlerWith();
    const response = await handle(page('/ibl/api/credentials/orgs/riverside/users/maya/x1'));
    expect(response.status).to.equal(200);
    expect(response.headers.get('cache-control')).to.equal('public, max-age=300, s-maxage=300, stale-while-revalidate=60, stale-if-error=86400');
    expect(response.headers.get('vary')).to.equal('Origin');
  });

  it('answers HEAD without a body, a preflight for listed origins, 405 to writes and 403 to other origins', async () => {
    const { handle, upstream } = handlerWith();
    const head = await handle(page('/accredible/v1/credentials/1', ORIGIN, { method: 'HEAD' }));
    expect(head.status).to.equal(200);
    expect(await head.text()).to.equal('');
    const preflight = await handle(page('/accredible/v1/credentials/1', ORIGIN, { method: 'OPTIONS' }));
    expect(preflight.status).to.equal(204);
    expect(preflight.headers.get('access-control-allow-methods')).to.equal('GET, HEAD');
    const write = await handle(page('/accredible/v1/credentials/1', ORIGIN, { method: 'POST', body: '{}' }));
    expect(write.status).to.equal(405);
    expect(write.headers.get('allow')).to.equal('GET, HEAD');
    expect((await handle(page('/accredible/v1/credentials/1', 'https://evil.example'))).status).to.equal(403);
    expect((await handle(new Request('https://proxy.school.example/accredible/v1/credentials/1'))).status).to.equal(403);
    expect(upstream.calls).to.have.length(1);
  });

  it('routes what follows the path of publicBaseUrl, so a function can be mounted under a path', async () => {
    const { handle, upstream } = handlerWith({ publicBaseUrl: 'https://www.school.example/api/credentials' });
    const response = await handle(new Request('https://www.school.example/api/credentials/accredible/v1/credentials/7', { headers: { origin: ORIGIN } }));
    expect(response.status).to.equal(200);
    expect(upstream.calls.map((call) => call.url)).to.deep.equal(['https://accredible.example/v1/credentials/7']);
    expect((await handle(new Request('https://www.school.example/api/credentials/healthz'))).status).to.equal(200);
  });

  it('never uses the request host: paging links come from publicBaseUrl', async () => {
    const upstream = fakeUpstream(() => json([], { headers: { link: '<https://accredible.example/v1/all_credentials?page=2>; rel="next"' } }));
    const config = readProxyConfig({ allowedOrigins: [ORIGIN], publicBaseUrl: 'https://proxy.school.example', providers: { accredible: { upstream: 'https://accredible.example', apiKey: 'fetch-handler-key-01' } } });
    const handle = createFetchHandler(config, { fetch: upstream.fetch, log: () => undefined });
    const response = await handle(new Request('https://evil.example/accredible/v1/all_credentials', { headers: { origin: ORIGIN, host: 'evil.example', 'x-forwarded-host': 'evil.example' } }));
    expect(response.headers.get('link')).to.equal('<https://proxy.school.example/accredible/v1/all_credentials?page=2>; rel="next"');
  });

  it('answers /healthz to anyone, without CORS, uncached', async () => {
    const { handle, upstream } = handlerWith();
    const response = await handle(new Request('https://proxy.school.example/healthz'));
    expect(response.status).to.equal(200);
    expect(await response.json()).to.deep.equal({ status: 'ok' });
    expect(response.headers.get('cache-control')).to.equal('no-store');
    expect(upstream.calls).to.have.length(0);
  });

  it('refuses a Redis store it cannot open on a runtime without TCP, with a clear error', () => {
    const config = readProxyConfig({ allowedOrigins: [ORIGIN], store: { type: 'redis', url: 'redis://127.0.0.1:1' }, providers: { accredible: { upstream: 'https://a.example', apiKey: 'fetch-handler-key-01' } } });
    expect(() => createFetchHandler(config)).to.throw(ProxyConfigError, /Redis store needs Node/);
  });

  it('keeps the Web entry free of Node: no node: built-in and no ioredis in its import graph', () => {
    const seen = new Set<string>();
    const visit = (file: URL) => {
      if (seen.has(file.href)) return;
      seen.add(file.href);
      const source = readFileSync(file, 'utf8');
      expect(source, file.pathname).not.to.match(/from ['"](node:|ioredis)|import\(['"](node:|ioredis)/);
      for (const match of source.matchAll(/(?:from|import\()\s*['"](\.\.?\/[^'"]+)\.js['"]/g)) visit(new URL(`${match[1]}.ts`, file));
    };
    visit(new URL('../../src/proxy/index.ts', import.meta.url));
    expect(seen.size).to.be.above(10);
    expect([...seen].some((file) => file.endsWith('/server.ts') || file.endsWith('/store-redis.ts'))).to.equal(false);
    expect([...seen].some((file) => file.endsWith('/sources/providers.ts'))).to.equal(true);
  });
});

describe('proxy Fetch handler: /metrics', () => {
  it('is not served without a metricsToken, and refuses a missing or wrong token', async () => {
    expect((await handlerWith().handle(new Request('https://p.example/metrics'))).status).to.equal(404);
    const { handle } = handlerWith({ metricsToken: METRICS_TOKEN });
    expect((await handle(new Request('https://p.example/metrics'))).status).to.equal(401);
    const wrong = await handle(new Request('https://p.example/metrics', { headers: { authorization: `Bearer ${METRICS_TOKEN}x` } }));
    expect(wrong.status).to.equal(401);
    expect(await wrong.text()).not.to.contain(METRICS_TOKEN);
  });

  it('counts requests, upstream calls, cache results, coalesced and rate-limited requests, with a latency histogram', async () => {
    let limited = false;
    const upstream = fakeUpstream(() => (limited ? json({}, { status: 429, headers: { 'retry-after': '30' } }) : json({ ok: true })));
    const config = readProxyConfig({ allowedOrigins: [ORIGIN], metricsToken: METRICS_TOKEN, providers: { accredible: { upstream: 'https://accredible.example', apiKey: 'fetch-handler-key-01' } } });
    const handle = createFetchHandler(config, { fetch: upstream.fetch, log: () => undefined });
    await Promise.all([1, 2, 3].map(() => handle(page('/accredible/v1/credentials/1'))));
    await handle(page('/accredible/v1/credentials/1'));
    limited = true;
    await handle(page('/accredible/v1/credentials/2'));
    await handle(page('/accredible/v1/credentials/3'));
    await handle(page('/nope'));
    const response = await handle(new Request('https://p.example/metrics', { headers: { authorization: `Bearer ${METRICS_TOKEN}` } }));
    expect(response.status).to.equal(200);
    expect(response.headers.get('content-type')).to.equal('text/plain; version=0.0.4; charset=utf-8');
    const text = await response.text();
    const sample = (line: string) => Number(new RegExp(`^${line.replace(/[{}"+.]/g, '\\$&')} (\\S+)$`, 'm').exec(text)?.[1]);
    expect(sample('credential_proxy_requests_total{provider="accredible",status="200"}')).to.equal(4);
    expect(sample('credential_proxy_requests_total{provider="accredible",status="429"}')).to.equal(2);
    expect(sample('credential_proxy_requests_total{provider="-",status="404"}')).to.equal(1);
    expect(sample('credential_proxy_upstream_calls_total{provider="accredible",status="200"}')).to.equal(1);
    expect(sample('credential_proxy_upstream_calls_total{provider="accredible",status="429"}')).to.equal(1);
    expect(sample('credential_proxy_cache_total{provider="accredible",result="hit"}')).to.equal(1);
    expect(sample('credential_proxy_cache_total{provider="accredible",result="miss"}')).to.equal(5);
    expect(sample('credential_proxy_coalesced_total{provider="accredible"}')).to.equal(2);
    expect(sample('credential_proxy_rate_limited_total{provider="accredible"}')).to.equal(1);
    expect(sample('credential_proxy_upstream_duration_seconds_count{provider="accredible"}')).to.equal(2);
    expect(sample('credential_proxy_upstream_duration_seconds_bucket{provider="accredible",le="+Inf"}')).to.equal(2);
    expect(sample('credential_proxy_cache_bytes')).to.be.above(0);
    expect(text).to.match(/^# TYPE credential_proxy_upstream_duration_seconds histogram$/m);
    expect(text).not.to.contain('credentials/1');
  });
});

describe('proxy Fetch handler: logs', () => {
  it('writes one JSON line per request, naming the route template, never the path, query or credential', async () => {
    const { handle, lines } = handlerWith();
    await handle(page('/accredible/v1/credentials/secret-id-123'));
    await handle(page('/accredible/v1/credentials/secret-id-123'));
    await handle(page('/accredible/v1/all_credentials?email=maya.chen@example.com'));
    await handle(page('/accredible/v1/credentials/%2e%2e%2fadmin'));
    await handle(page('/accredible/v1/credentials/1', 'https://evil.example'));
    await handle(new Request('https://p.example/healthz'));
    expect(lines).to.have.length(6);
    const entries = lines.map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(entries[0]).to.include({ method: 'GET', route: 'accredible /v1/credentials/{id}', provider: 'accredible', status: 200, cache: 'miss', upstreamStatus: 200, origin: ORIGIN });
    expect(entries[0]!['ms']).to.be.a('number');
    expect(entries[0]!['upstreamMs']).to.be.a('number');
    expect(entries[0]!['time']).to.match(/^\d{4}-\d\d-\d\dT/);
    expect(entries[1]).to.include({ cache: 'hit', status: 200 });
    expect(entries[1]).not.to.have.property('upstreamStatus');
    expect(entries[2]).to.include({ route: 'accredible /v1/all_credentials' });
    expect(entries[3]).to.include({ status: 400, error: 'path' });
    expect(entries[4]).to.include({ status: 403, error: 'origin', origin: 'https://evil.example' });
    expect(entries[5]).to.include({ route: '/healthz', status: 200 });
    const all = lines.join('\n');
    for (const leak of ['secret-id-123', 'maya.chen', 'example.com', 'admin', '"id"', 'fetch-handler-key']) expect(all).not.to.contain(leak);
  });
});

// The shared response cache, driven through the Fetch handler with a clock the tests move: fresh hits,
// stale-while-revalidate, stale-if-error, coalescing, per-request CORS on hits, and the memory store's bounds.
import { describe, it, expect } from '../helpers/harness.js';
import { createFetchHandler, createMemoryStore, readProxyConfig, type CacheStore } from '../../src/proxy/index.js';
import { fakeUpstream, gatedUpstream, json, manualClock, ORIGIN, page, quiet, until } from './helpers/index.js';

const OTHER_ORIGIN = 'https://other-school.example';

function setup(reply: Parameters<typeof fakeUpstream>[0], extra: Record<string, unknown> = {}, store?: CacheStore) {
  const clock = manualClock();
  const upstream = fakeUpstream(reply);
  const config = readProxyConfig({
    allowedOrigins: [ORIGIN, OTHER_ORIGIN],
    cacheSeconds: 60,
    staleWhileRevalidateSeconds: 30,
    staleIfErrorSeconds: 3600,
    providers: { accredible: { upstream: 'https://accredible.example', apiKey: 'cache-test-key-01' } },
    ...extra,
  });
  const handle = createFetchHandler(config, { fetch: upstream.fetch, clock, log: quiet, ...(store ? { store } : {}) });
  return { clock, upstream, handle };
}

describe('proxy cache: fresh answers', () => {
  it('answers a repeated read from the cache, with the freshness left, until it expires', async () => {
    let version = 0;
    const { clock, upstream, handle } = setup(() => json({ version: ++version }));
    const first = await handle(page('/accredible/v1/credentials/1'));
    expect(await first.json()).to.deep.equal({ version: 1 });
    expect(first.headers.get('x-cache')).to.equal('MISS');
    expect(first.headers.get('cache-control')).to.equal('private, max-age=60');
    clock.advance(20);
    const second = await handle(page('/accredible/v1/credentials/1'));
    expect(await second.json()).to.deep.equal({ version: 1 });
    expect(second.headers.get('x-cache')).to.equal('HIT');
    expect(second.headers.get('cache-control')).to.equal('private, max-age=40');
    expect(upstream.calls).to.have.length(1);
    clock.advance(100); // past freshness and the stale-while-revalidate window
    expect(await (await handle(page('/accredible/v1/credentials/1'))).json()).to.deep.equal({ version: 2 });
    expect(upstream.calls).to.have.length(2);
  });

  it('keys on provider, route and the documented query, whatever their order or extra parameters', async () => {
    const { upstream, handle } = setup((call) => json({ url: call.url }));
    for (const query of ['?email=a@b.example&page=2', '?page=2&email=a@b.example', '?page=2&email=a@b.example&api_key=x&utm=y']) {
      expect((await handle(page(`/accredible/v1/all_credentials${query}`))).status).to.equal(200);
    }
    await handle(page('/accredible/v1/all_credentials?email=c@d.example&page=2'));
    await handle(page('/accredible/v1/credentials/2'));
    expect(upstream.calls.map((call) => call.url)).to.deep.equal([
      'https://accredible.example/v1/all_credentials?email=a%40b.example&page=2',
      'https://accredible.example/v1/all_credentials?email=c%40d.example&page=2',
      'https://accredible.example/v1/credentials/2',
    ]);
  });

  it('computes CORS for each request on a hit, keeps Vary: Origin, and still refuses other origins', async () => {
    const { upstream, handle } = setup(() => json({ id: 1 }));
    await handle(page('/accredible/v1/credentials/1', ORIGIN));
    const hit = await handle(page('/accredible/v1/credentials/1', OTHER_ORIGIN));
    expect(hit.headers.get('x-cache')).to.equal('HIT');
    expect(hit.headers.get('access-control-allow-origin')).to.equal(OTHER_ORIGIN);
    expect(hit.headers.get('vary')).to.equal('Origin');
    const refused = await handle(page('/accredible/v1/credentials/1', 'https://evil.example'));
    expect(refused.status).to.equal(403);
    expect(refused.headers.get('access-control-allow-origin')).to.equal(null);
    expect(await refused.text()).not.to.contain('"id"');
    expect(upstream.calls).to.have.length(1);
  });

  it('does not keep errors, and a definite "no" from the provider removes the kept copy', async () => {
    let status = 404;
    const { clock, upstream, handle } = setup(() => (status === 200 ? json({ ok: true }) : status === 500 ? json({}, { status: 500 }) : json({ error: 'gone' }, { status })));
    expect((await handle(page('/accredible/v1/credentials/1'))).status).to.equal(404);
    expect((await handle(page('/accredible/v1/credentials/1'))).headers.get('cache-control')).to.equal('no-store');
    expect(upstream.calls).to.have.length(2);
    status = 200;
    expect((await handle(page('/accredible/v1/credentials/1'))).status).to.equal(200);
    clock.advance(120);
    status = 403; // the credential was made private
    expect((await handle(page('/accredible/v1/credentials/1'))).status).to.equal(403);
    status = 500; // a later failure must not bring the private copy back
    expect((await handle(page('/accredible/v1/credentials/1'))).status).to.equal(500);
  });
});

describe('proxy cache: stale copies', () => {
  it('serves the stale copy while exactly one refresh runs (stale-while-revalidate)', async () => {
    let version = 0;
    const clock = manualClock();
    const upstream = gatedUpstream(() => json({ version: ++version }));
    const config = readProxyConfig({ allowedOrigins: [ORIGIN], cacheSeconds: 60, staleWhileRevalidateSeconds: 30, providers: { accredible: { upstream: 'https://accredible.example', apiKey: 'cache-test-key-01' } } });
    const handle = createFetchHandler(config, { fetch: upstream.fetch, clock, log: quiet });
    upstream.release();
    await handle(page('/accredible/v1/credentials/1'));
    upstream.state.open = false; // hold the refresh
    clock.advance(70);
    const stale = await Promise.all([1, 2, 3].map(() => handle(page('/accredible/v1/credentials/1'))));
    for (const response of stale) {
      expect(response.headers.get('x-cache')).to.equal('STALE');
      expect(response.headers.get('cache-control')).to.equal('no-cache');
      expect(await response.json()).to.deep.equal({ version: 1 });
    }
    await until(() => upstream.calls.length === 2, 'the refresh');
    expect(upstream.state.inFlight).to.equal(1);
    upstream.release();
    // The refresh lands in the store a moment after the upstream answers; until then the copy is still stale.
    let fresh = await handle(page('/accredible/v1/credentials/1'));
    for (let turn = 0; fresh.headers.get('x-cache') !== 'HIT' && turn < 1000; turn++) {
      await new Promise((resolve) => setTimeout(resolve, 5));
      fresh = await handle(page('/accredible/v1/credentials/1'));
    }
    expect(fresh.headers.get('x-cache')).to.equal('HIT');
    expect(await fresh.json()).to.deep.equal({ version: 2 });
    expect(upstream.calls).to.have.length(2);
  });

  it('serves the stale copy when the provider fails, rate-limits or cannot be reached, within staleIfErrorSeconds', async () => {
    let mode: 'ok' | '500' | '429' | 'down' = 'ok';
    const { clock, handle } = setup(() => {
      if (mode === 'down') throw new TypeError('fetch failed');
      if (mode === '500') return json({ error: 'boom' }, { status: 500 });
      if (mode === '429') return json({ error: 'slow down' }, { status: 429 });
      return json({ version: 1 });
    });
    await handle(page('/accredible/v1/credentials/1'));
    for (const failure of ['500', '429', 'down'] as const) {
      mode = failure;
      clock.advance(200);
      const response = await handle(page('/accredible/v1/credentials/1'));
      expect(response.status, failure).to.equal(200);
      expect(response.headers.get('x-cache'), failure).to.equal('STALE');
      expect(await response.json(), failure).to.deep.equal({ version: 1 });
    }
    clock.advance(3600); // past cacheSeconds + staleIfErrorSeconds
    mode = 'down';
    expect((await handle(page('/accredible/v1/credentials/1'))).status).to.equal(502);
    mode = '500';
    const error = await handle(page('/accredible/v1/credentials/1'));
    expect(error.status).to.equal(500);
    expect(error.headers.get('cache-control')).to.equal('no-store');
  });

  it('treats a store that fails as a miss and still answers', async () => {
    const broken: CacheStore = {
      get: () => Promise.reject(new Error('store down')),
      set: () => Promise.reject(new Error('store down')),
      delete: () => Promise.reject(new Error('store down')),
    };
    const { upstream, handle } = setup(() => json({ ok: true }), {}, broken);
    expect((await handle(page('/accredible/v1/credentials/1'))).status).to.equal(200);
    expect((await handle(page('/accredible/v1/credentials/1'))).status).to.equal(200);
    expect(upstream.calls).to.have.length(2);
  });
});

describe('proxy cache: coalescing', () => {
  it('shares one upstream call among identical requests in flight, and serves the next ones from the cache', async () => {
    const upstream = gatedUpstream(() => json({ id: 'one' }));
    const config = readProxyConfig({ allowedOrigins: [ORIGIN], providers: { accredible: { upstream: 'https://accredible.example', apiKey: 'cache-test-key-01' } } });
    const handle = createFetchHandler(config, { fetch: upstream.fetch, log: quiet });
    const pending = Array.from({ length: 200 }, () => handle(page('/accredible/v1/credentials/1')));
    await until(() => upstream.calls.length === 1, 'the first upstream call');
    upstream.release();
    const responses = await Promise.all(pending);
    expect(responses.map((response) => response.status)).to.deep.equal(responses.map(() => 200));
    expect(new Set(await Promise.all(responses.map((response) => response.text())))).to.deep.equal(new Set(['{"id":"one"}']));
    const again = await Promise.all(Array.from({ length: 200 }, () => handle(page('/accredible/v1/credentials/1'))));
    expect(again.every((response) => response.headers.get('x-cache') === 'HIT')).to.equal(true);
    expect(upstream.calls).to.have.length(1);
  });

  it('shares a failure too, without a call per request', async () => {
    const upstream = gatedUpstream(() => {
      throw new TypeError('fetch failed');
    });
    const config = readProxyConfig({ allowedOrigins: [ORIGIN], providers: { accredible: { upstream: 'https://accredible.example', apiKey: 'cache-test-key-01' } } });
    const handle = createFetchHandler(config, { fetch: upstream.fetch, log: quiet });
    const pending = Array.from({ length: 50 }, () => handle(page('/accredible/v1/credentials/9')));
    await until(() => upstream.calls.length === 1, 'the upstream call');
    upstream.release();
    expect((await Promise.all(pending)).map((response) => response.status)).to.deep.equal(pending.map(() => 502));
    expect(upstream.calls).to.have.length(1);
  });
});

describe('proxy cache: the memory store', () => {
  const answer = (body: string, storedAt = 0) => ({ status: 200, headers: { 'content-type': 'application/json' }, body, storedAt });

  it('evicts the least recently used answers to stay under its byte bound', async () => {
    const store = createMemoryStore({ maxBytes: 12_000 });
    const body = 'x'.repeat(2000); // ~4.5 KB each with the bookkeeping: two fit
    await store.set('a', answer(body), 60);
    await store.set('b', answer(body), 60);
    expect(await store.get('a')).to.not.equal(undefined); // a is now the most recent
    await store.set('c', answer(body), 60);
    expect(await store.get('b')).to.equal(undefined);
    expect(await store.get('a')).to.not.equal(undefined);
    expect(await store.get('c')).to.not.equal(undefined);
    expect(store.bytes!()).to.be.at.most(12_000);
    await store.set('huge', answer('y'.repeat(10_000)), 60);
    expect(await store.get('huge')).to.equal(undefined);
    await store.delete('a');
    expect(await store.get('a')).to.equal(undefined);
  });

  it('drops answers when their time is up', async () => {
    const clock = manualClock();
    const store = createMemoryStore({ maxBytes: 1_000_000, clock });
    await store.set('k', answer('v'), 10);
    clock.advance(9);
    expect((await store.get('k'))?.body).to.equal('v');
    clock.advance(2);
    expect(await store.get('k')).to.equal(undefined);
    expect(store.bytes!()).to.equal(0);
  });
});

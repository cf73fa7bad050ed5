// The upstream budget per provider: a concurrency cap, a token bucket, and a pause when the provider answers
// 429/503 with Retry-After (stale copies served meanwhile, else 429 with Retry-After, and no upstream call).
import { describe, it, expect } from '../helpers/harness.js';
import { createFetchHandler, readProxyConfig } from '../../src/proxy/index.js';
import { createBudget, parseRetryAfter, PausedError } from '../../src/proxy/budget.js';
import { fakeUpstream, gatedUpstream, json, manualClock, ORIGIN, page, quiet, until } from './helpers/index.js';

const providerWith = (budget?: Record<string, number>) => ({
  accredible: { upstream: 'https://accredible.example', apiKey: 'budget-test-key-01', ...(budget ? { budget } : {}) },
});

describe('proxy budget: concurrency and rate', () => {
  it('keeps at most 4 calls in flight per provider by default', async () => {
    const upstream = gatedUpstream(() => json({ ok: true }));
    const handle = createFetchHandler(readProxyConfig({ allowedOrigins: [ORIGIN], providers: providerWith() }), { fetch: upstream.fetch, log: quiet });
    const pending = Array.from({ length: 10 }, (_, index) => handle(page(`/accredible/v1/credentials/${index}`)));
    await until(() => upstream.state.inFlight === 4, 'four calls in flight');
    upstream.step();
    await until(() => upstream.calls.length === 8, 'the next four');
    expect(upstream.state.inFlight).to.equal(4);
    upstream.release();
    expect((await Promise.all(pending)).map((response) => response.status)).to.deep.equal(pending.map(() => 200));
    expect(upstream.state.maxInFlight).to.equal(4);
    expect(upstream.calls).to.have.length(10);
  });

  it('starts calls no faster than the token bucket allows', async () => {
    const clock = manualClock();
    const t0 = clock.now();
    const budget = createBudget({ concurrency: 100, ratePerSecond: 10, burst: 2 }, clock, 60_000);
    const started = await Promise.all(Array.from({ length: 5 }, () => budget.run(async () => clock.now() - t0)));
    // Two from the bucket at once, then one every 100 ms of the (manual) clock.
    expect(started).to.deep.equal([0, 0, 100, 200, 300]);
  });

  it('refuses work beyond its queue, and a wait past the timeout, with BusyError', async () => {
    const clock = manualClock();
    const budget = createBudget({ concurrency: 1, ratePerSecond: 1, burst: 1 }, clock, 20);
    let release!: () => void;
    const first = budget.run(() => new Promise<string>((resolve) => (release = () => resolve('first'))));
    const waited = await budget.run(async () => 'second').catch((error: Error) => error.name);
    expect(waited).to.equal('BusyError');
    release();
    expect(await first).to.equal('first');
  });
});

describe('proxy budget: Retry-After', () => {
  it('pauses the provider after a 429 with Retry-After: 30, answering 429 without calling it', async () => {
    const clock = manualClock();
    let limited = true;
    const upstream = fakeUpstream(() => (limited ? json({ error: 'rate limited' }, { status: 429, headers: { 'retry-after': '30' } }) : json({ ok: true })));
    const handle = createFetchHandler(readProxyConfig({ allowedOrigins: [ORIGIN], providers: providerWith() }), { fetch: upstream.fetch, clock, log: quiet });
    const first = await handle(page('/accredible/v1/credentials/0'));
    expect(first.status).to.equal(429);
    expect(first.headers.get('retry-after')).to.equal('30');
    limited = false;
    clock.advance(0.5);
    const next = await Promise.all(Array.from({ length: 100 }, (_, index) => handle(page(`/accredible/v1/credentials/${index % 7}`))));
    expect(upstream.calls).to.have.length(1);
    for (const response of next) {
      expect(response.status).to.equal(429);
      expect(response.headers.get('retry-after')).to.equal('30');
      expect(response.headers.get('access-control-allow-origin')).to.equal(ORIGIN);
    }
    clock.advance(30);
    expect((await handle(page('/accredible/v1/credentials/0'))).status).to.equal(200);
    expect(upstream.calls).to.have.length(2);
  });

  it('serves stale copies during the pause, and pauses on 503 with an HTTP-date Retry-After too', async () => {
    const clock = manualClock();
    let mode: 'ok' | '503' = 'ok';
    const upstream = fakeUpstream(() =>
      mode === 'ok' ? json({ cached: true }) : json({}, { status: 503, headers: { 'retry-after': new Date(clock.now() + 120_000).toUTCString() } }),
    );
    const config = readProxyConfig({ allowedOrigins: [ORIGIN], cacheSeconds: 10, staleWhileRevalidateSeconds: 0, providers: providerWith() });
    const handle = createFetchHandler(config, { fetch: upstream.fetch, clock, log: quiet });
    await handle(page('/accredible/v1/credentials/1'));
    mode = '503';
    clock.advance(20);
    const stale = await handle(page('/accredible/v1/credentials/1'));
    expect(stale.status).to.equal(200);
    expect(stale.headers.get('x-cache')).to.equal('STALE');
    const uncached = await handle(page('/accredible/v1/credentials/2'));
    expect(uncached.status).to.equal(429);
    expect(Number(uncached.headers.get('retry-after'))).to.be.within(119, 120);
    expect((await handle(page('/accredible/v1/credentials/1'))).headers.get('x-cache')).to.equal('STALE');
    expect(upstream.calls).to.have.length(2);
  });

  it('fails the calls already waiting when the pause begins', async () => {
    const upstream = gatedUpstream((call) =>
      call.url.endsWith('/0') ? json({}, { status: 429, headers: { 'retry-after': '60' } }) : json({ ok: true }),
    );
    const config = readProxyConfig({ allowedOrigins: [ORIGIN], providers: providerWith({ concurrency: 1, ratePerSecond: 100, burst: 100 }) });
    const handle = createFetchHandler(config, { fetch: upstream.fetch, log: quiet });
    const pending = Array.from({ length: 5 }, (_, index) => handle(page(`/accredible/v1/credentials/${index}`)));
    await until(() => upstream.calls.length === 1, 'the first call');
    upstream.release();
    expect((await Promise.all(pending)).map((response) => response.status)).to.deep.equal([429, 429, 429, 429, 429]);
    expect(upstream.calls).to.have.length(1);
  });

  it('reads Retry-After as seconds or an HTTP date, caps a pause at an hour, and ignores what it cannot read', async () => {
    const now = Date.UTC(2026, 0, 1);
    expect(parseRetryAfter('30', now)).to.equal(now + 30_000);
    expect(parseRetryAfter('Thu, 01 Jan 2026 00:02:00 GMT', now)).to.equal(now + 120_000);
    expect(parseRetryAfter('soon', now)).to.equal(undefined);
    expect(parseRetryAfter('-5', now)).to.equal(undefined);
    expect(parseRetryAfter('2026', now)).to.equal(now + 2_026_000);
    const clock = manualClock(now);
    const budget = createBudget({ concurrency: 1, ratePerSecond: 1, burst: 1 }, clock, 1000);
    budget.pause(now + 10 * 86_400_000);
    expect(budget.pausedUntil()).to.equal(now + 3_600_000);
    const refused = await budget.run(async () => 'ran').catch((error: unknown) => error);
    expect(refused).to.be.instanceOf(PausedError);
    clock.advance(3600);
    expect(await budget.run(async () => 'ran')).to.equal('ran');
  });
});

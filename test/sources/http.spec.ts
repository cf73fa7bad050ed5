import { describe, it, before, expect } from '../helpers/harness.js';
import { rejection } from '../helpers/rejection.js';
import { createIblClient, createLimiter, defaultLimiter, request, MAX_OPEN_REQUESTS } from '../../src/sources/index.js';
import { isUnreachable } from '../../src/sources/http-errors.js';
import { IBL_ORG, IBL_USER, MOCK_SECRETS, faultKey, mockApi, recordingSleep, spyFetch } from '../helpers/mock-api.js';

describe('sources/http: faults, retries, dedupe and the concurrency cap, against the mock API', () => {
  let listUrl = '';
  const headers = { authorization: MOCK_SECRETS.iblKey };
  before(async () => {
    listUrl = `${(await mockApi()).url}/ibl/api/credentials/orgs/${IBL_ORG}/users/${IBL_USER}/`;
  });
  const faulty = (fault: string, extra: Record<string, string> = {}) => spyFetch({ 'x-mock-fault': fault, 'x-mock-fault-key': faultKey(), ...extra });
  const isolated = { inFlight: false as const, limiter: createLimiter(6) };

  it('waits for Retry-After on 429 and succeeds on the third try', async () => {
    const spy = faulty('429*2', { 'x-mock-retry-after': '2' });
    const { sleep, waits } = recordingSleep();
    const response = await request({ url: listUrl, headers }, { ...isolated, fetch: spy.fetch, sleep });
    expect(response.status).to.equal(200);
    expect(waits).to.deep.equal([2000, 2000]);
    expect(spy.calls).to.have.length(3);
  });

  it('gives up after three tries with RATE_LIMITED', async () => {
    const spy = faulty('429');
    const { sleep, waits } = recordingSleep();
    const error = await rejection(request({ url: listUrl, headers }, { ...isolated, fetch: spy.fetch, sleep }));
    expect(error.code).to.equal('RATE_LIMITED');
    expect(spy.calls).to.have.length(3);
    expect(waits).to.have.length(2);
  });

  it('backs off exponentially with jitter when there is no Retry-After (502, 504)', async () => {
    for (const status of ['502', '504']) {
      const spy = faulty(`${status}*2`);
      const { sleep, waits } = recordingSleep();
      const response = await request({ url: listUrl, headers }, { ...isolated, fetch: spy.fetch, sleep, backoffMs: 100, random: () => 1 });
      expect(response.status).to.equal(200);
      expect(waits).to.deep.equal([100, 200]);
    }
    const { sleep, waits } = recordingSleep();
    await request({ url: listUrl, headers }, { ...isolated, fetch: faulty('502*1').fetch, sleep, backoffMs: 100, random: () => 0 });
    expect(waits).to.deep.equal([50]);
  });

  it('does not wait for a Retry-After longer than the limit', async () => {
    const spy = faulty('503*1', { 'x-mock-retry-after': '120' });
    const { sleep, waits } = recordingSleep();
    const error = await rejection(request({ url: listUrl, headers }, { ...isolated, fetch: spy.fetch, sleep }));
    expect(error.code).to.equal('SERVER_ERROR');
    expect(waits).to.deep.equal([]);
  });

  it('does not retry a 500: SERVER_ERROR after one try', async () => {
    const spy = faulty('500');
    const { sleep, waits } = recordingSleep();
    const error = await rejection(request({ url: listUrl, headers }, { ...isolated, fetch: spy.fetch, sleep }));
    expect(error.code).to.equal('SERVER_ERROR');
    expect(error.status).to.equal(500);
    expect(spy.calls).to.have.length(1);
    expect(waits).to.have.length(0);
  });

  it('tries a network failure once by default, twice with retryNetwork, and reports it as unreachable', async () => {
    let calls = 0;
    const failing: typeof fetch = async () => {
      calls++;
      throw new TypeError('Failed to fetch');
    };
    const { sleep } = recordingSleep();
    const once = await rejection(request({ url: listUrl, headers }, { ...isolated, fetch: failing, sleep }));
    expect([once.code, calls]).to.deep.equal(['NETWORK', 1]);
    expect(isUnreachable(once)).to.equal(true);
    const twice = await rejection(request({ url: listUrl, headers }, { ...isolated, fetch: failing, sleep, retryNetwork: true, maxTries: 2 }));
    expect([twice.code, calls]).to.deep.equal(['NETWORK', 3]);
    expect(isUnreachable(await rejection(request({ url: listUrl, headers }, { ...isolated, fetch: faulty('404').fetch })))).to.equal(false);
  });

  it('sends credentials only as asked', async () => {
    const seen: Array<RequestCredentials | undefined> = [];
    const recording: typeof fetch = async (input, init) => {
      seen.push(init?.credentials);
      return fetch(input, init);
    };
    await request({ url: listUrl, headers }, { ...isolated, fetch: recording });
    await request({ url: listUrl, headers, credentials: 'omit' }, { ...isolated, fetch: recording });
    expect(seen).to.deep.equal([undefined, 'omit']);
  });

  it('turns truncated JSON into BAD_RESPONSE, not a crash', async () => {
    const error = await rejection(request({ url: listUrl, headers }, { ...isolated, fetch: faulty('truncated').fetch }));
    expect(error.code).to.equal('BAD_RESPONSE');
    expect(error.message).to.match(/broken JSON/);
  });

  it('turns a wrong content type into BAD_RESPONSE', async () => {
    const error = await rejection(request({ url: listUrl, headers }, { ...isolated, fetch: faulty('html').fetch }));
    expect(error.code).to.equal('BAD_RESPONSE');
    expect(error.message).to.match(/other than JSON/);
  });

  it('caps the response size: RESPONSE_TOO_LARGE', async () => {
    const error = await rejection(request({ url: listUrl, headers }, { ...isolated, fetch: faulty('large').fetch, maxBytes: 1024 * 1024 }));
    expect(error.code).to.equal('RESPONSE_TOO_LARGE');
  });

  it('times out a slow answer: TIMEOUT', async () => {
    const spy = faulty('slow', { 'x-mock-delay': '3000' });
    const error = await rejection(request({ url: listUrl, headers }, { ...isolated, fetch: spy.fetch, timeoutMs: 150 }));
    expect(error.code).to.equal('TIMEOUT');
  });

  it("stops when the caller's signal aborts: ABORTED", async () => {
    const controller = new AbortController();
    const pending = request({ url: listUrl, headers, signal: controller.signal }, { ...isolated, fetch: faulty('slow', { 'x-mock-delay': '3000' }).fetch });
    setTimeout(() => controller.abort(new Error('the user left the page')), 30);
    expect((await rejection(pending)).code).to.equal('ABORTED');
  });

  it('shares identical GETs in flight, and only identical ones', async () => {
    const spy = spyFetch();
    const options = { fetch: spy.fetch, inFlight: new Map(), limiter: createLimiter(6) };
    const [a, b] = await Promise.all([request({ url: listUrl, headers }, options), request({ url: listUrl, headers }, options)]);
    expect(spy.calls).to.have.length(1);
    expect(a.body).to.deep.equal(b.body);
    (a.body as Record<string, unknown>)['changed'] = true;
    expect(b.body).not.to.have.property('changed');
    await Promise.all([request({ url: listUrl, headers }, options), request({ url: `${listUrl}?page=1`, headers }, options)]);
    expect(spy.calls).to.have.length(3);
  });

  it('keeps a shared GET going while one of its callers aborts', async () => {
    const spy = faulty('slow', { 'x-mock-delay': '200' });
    const options = { fetch: spy.fetch, inFlight: new Map(), limiter: createLimiter(6) };
    const controller = new AbortController();
    const first = request({ url: listUrl, headers, signal: controller.signal }, options);
    const second = request({ url: listUrl, headers }, options);
    controller.abort();
    expect((await rejection(first)).code).to.equal('ABORTED');
    expect((await second).status).to.equal(200);
    expect(spy.calls).to.have.length(1);
  });

  it(`never has more than ${MAX_OPEN_REQUESTS} requests open at once, page-wide`, async () => {
    const spy = faulty('slow', { 'x-mock-delay': '60' });
    const clients = Array.from({ length: 50 }, (_, index) =>
      createIblClient({ base: listUrl.split('/api/')[0]!, org: IBL_ORG, userId: IBL_USER, apiKey: MOCK_SECRETS.iblKey, fetch: spy.fetch }).listCredentials({ page: 1, pageSize: (index % 25) + 1 }),
    );
    const pages = await Promise.all(clients);
    expect(pages).to.have.length(50);
    expect(MAX_OPEN_REQUESTS).to.equal(6);
    expect(spy.state.maxOpen).to.be.at.most(6);
    expect(spy.state.maxOpen).to.be.greaterThan(1);
    expect(defaultLimiter.active).to.equal(0);
  });
});

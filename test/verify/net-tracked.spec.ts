// Tracked look-ups (verify/net.ts fetchJsonTracked): redirects followed by the engine itself where the runtime shows
// them, each address reported; a browser's opaque redirect followed by fetch, its end reported; a look-up proxy's
// Lookup-Redirects header read; never more than three redirects, never to anything but http(s).
import { describe, expect, it } from '../helpers/harness.js';
import { rejection } from '../helpers/rejection.js';
import { clearNetworkCache, fetchJsonTracked } from '../../src/verify/net.js';
import { createLookupBudget } from '../../src/verify/lookup-budget.js';
import type { VerifyContext } from '../../src/verify/options.js';

const context = (fetchImpl: typeof fetch) => ({ network: true, fetch: fetchImpl, timeoutMs: 2000, lookups: createLookupBudget({}) }) as VerifyContext;
const json = (body: unknown, headers: Record<string, string> = {}) => new Response(JSON.stringify(body), { headers: { 'content-type': 'application/json', ...headers } });
const to = (location: string, status = 302) => new Response(null, { status, headers: { location } });

function stub(routes: Record<string, (init: RequestInit) => Response>) {
  const calls: Array<{ url: string; redirect?: RequestRedirect }> = [];
  const fetchStub = (async (input: RequestInfo | URL, init: RequestInit = {}) => {
    const url = String(input);
    calls.push({ url, ...(init.redirect ? { redirect: init.redirect } : {}) });
    const route = routes[url];
    return route ? route(init) : new Response('', { status: 404 });
  }) as typeof fetch;
  return { fetch: fetchStub, calls };
}

describe('verify/net: tracked look-ups', () => {
  it('follows visible redirects itself (relative ones too) and reports each address', async () => {
    clearNetworkCache();
    const { fetch, calls } = stub({
      'https://a.example/1': () => to('/2', 301),
      'https://a.example/2': () => to('https://b.example/3', 307),
      'https://b.example/3': () => json({ id: 'x' }),
    });
    const answer = await fetchJsonTracked('https://a.example/1', context(fetch));
    expect(answer).to.deep.equal({ value: { id: 'x' }, redirects: ['https://a.example/2', 'https://b.example/3'], hiddenRedirects: false });
    expect(calls.every((call) => call.redirect === 'manual')).to.equal(true);
  });

  it('follows no more than three, and never to anything but http(s)', async () => {
    clearNetworkCache();
    const loop = stub({ 'https://a.example/loop': () => to('https://a.example/loop') });
    const error = await rejection(fetchJsonTracked('https://a.example/loop', context(loop.fetch)));
    expect(error.code).to.equal('BAD_RESPONSE');
    expect(loop.calls).to.have.length(4);
    for (const location of ['javascript:alert(1)', 'file:///etc/passwd', '']) {
      clearNetworkCache();
      const odd = stub({ 'https://a.example/odd': () => new Response(null, { status: 302, headers: location ? { location } : {} }) });
      expect((await rejection(fetchJsonTracked('https://a.example/odd', context(odd.fetch)))).code, location).to.equal('BAD_RESPONSE');
      expect(odd.calls, location).to.have.length(1);
    }
  });

  it("lets fetch follow a browser's opaque redirect, and reports where it ended as hidden", async () => {
    clearNetworkCache();
    const { fetch, calls } = stub({
      'https://a.example/hidden': (init) => {
        if (init.redirect === 'manual') return { type: 'opaqueredirect', status: 0, ok: false, url: '', redirected: false, headers: new Headers(), body: null } as unknown as Response;
        const response = json({ id: 'y' });
        Object.defineProperty(response, 'url', { value: 'https://c.example/end' });
        Object.defineProperty(response, 'redirected', { value: true });
        return response;
      },
    });
    const answer = await fetchJsonTracked('https://a.example/hidden', context(fetch));
    expect(answer).to.deep.equal({ value: { id: 'y' }, redirects: ['https://c.example/end'], hiddenRedirects: true });
    expect(calls.map((call) => call.redirect)).to.deep.equal(['manual', 'follow']);
  });

  it("reads the redirects a look-up proxy followed from its Lookup-Redirects header (three at most)", async () => {
    clearNetworkCache();
    const proxied = stub({ 'https://a.example/p': () => json({ id: 'z' }, { 'lookup-redirects': 'https://a.example/q https://d.example/r' }) });
    expect((await fetchJsonTracked('https://a.example/p', context(proxied.fetch))).redirects).to.deep.equal(['https://a.example/q', 'https://d.example/r']);
    clearNetworkCache();
    const many = stub({ 'https://a.example/m': () => json({}, { 'lookup-redirects': 'https://a.example/1 https://a.example/2 https://a.example/3 https://a.example/4' }) });
    expect((await rejection(fetchJsonTracked('https://a.example/m', context(many.fetch)))).code).to.equal('BAD_RESPONSE');
  });

  it('keeps a 404 a 404, and shares one request among concurrent callers', async () => {
    clearNetworkCache();
    const { fetch, calls } = stub({ 'https://a.example/ok': () => json({ id: 'ok' }) });
    expect((await rejection(fetchJsonTracked('https://a.example/none', context(fetch)))).status).to.equal(404);
    const [one, two] = await Promise.all([fetchJsonTracked('https://a.example/ok', context(fetch)), fetchJsonTracked('https://a.example/ok', context(fetch))]);
    expect(one).to.equal(two);
    expect(calls.filter((call) => call.url === 'https://a.example/ok')).to.have.length(1);
  });
});

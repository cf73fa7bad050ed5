// verify/net.ts: the verifier's look-ups go through the one HTTP layer with their own policy (no cookies, two tries,
// a size cap, a cache), and a look-up that got no answer is told apart from one that got a refusal.
import { describe, expect, it } from '../helpers/harness.js';
import { rejection } from '../helpers/rejection.js';
import { clearNetworkCache, fetchJson, isUnreachable } from '../../src/verify/net.js';
import { createLookupBudget } from '../../src/verify/lookup-budget.js';
import type { VerifyContext } from '../../src/verify/options.js';

interface Call {
  url: string;
  init: RequestInit;
}

/** A fetch that answers from `answer` and records each call. */
function stub(answer: (url: string, init: RequestInit, count: number) => Promise<Response> | Response) {
  const calls: Call[] = [];
  const fetchStub: typeof fetch = async (input, init = {}) => {
    const url = String(input);
    calls.push({ url, init });
    return answer(url, init, calls.length);
  };
  return { fetch: fetchStub, calls };
}

const json = (body: unknown, init: ResponseInit = {}) => new Response(JSON.stringify(body), { status: 200, headers: { 'content-type': 'text/plain' }, ...init });

function context(fetchImpl: typeof fetch, extra: Partial<VerifyContext> = {}): VerifyContext {
  return { network: true, fetch: fetchImpl, timeoutMs: 2000, lookups: createLookupBudget({}), ...extra } as VerifyContext;
}

let serial = 0;
const url = () => `https://issuer.example/doc-${++serial}`;

describe('verify/net: look-ups through the one HTTP layer', () => {
  it('asks without cookies, reads JSON whatever the content type, and caches the answer', async () => {
    clearNetworkCache();
    const { fetch, calls } = stub(() => json({ id: 'did:web:issuer.example' }));
    const target = url();
    const [first, second] = await Promise.all([fetchJson(target, context(fetch)), fetchJson(target, context(fetch))]);
    expect(first).to.deep.equal({ id: 'did:web:issuer.example' });
    expect(second).to.equal(first);
    expect(await fetchJson(target, context(fetch))).to.equal(first);
    expect(calls).to.have.length(1);
    expect(calls[0]!.init.credentials).to.equal('omit');
    expect(new Headers(calls[0]!.init.headers).get('accept')).to.contain('application/did+ld+json');
  });

  it('hands back a JWS served as text', async () => {
    const jws = 'eyJhbGciOiJFUzI1NiJ9.eyJzdWIiOiJ4In0.c2ln';
    const { fetch } = stub(() => new Response(`${jws}\n`, { headers: { 'content-type': 'application/vc+jwt' } }));
    expect(await fetchJson(url(), context(fetch))).to.equal(jws);
  });

  it('tries once more after no answer, then says the host could not be reached (unreachable)', async () => {
    const { fetch, calls } = stub(() => Promise.reject(new TypeError('Failed to fetch')));
    const target = url();
    const error = await rejection(fetchJson(target, context(fetch)));
    expect(error.code).to.equal('NETWORK');
    expect(isUnreachable(error)).to.equal(true);
    expect(error.message).to.contain(target);
    expect(calls).to.have.length(2);
  });

  it('counts a timeout as unreachable', async () => {
    const { fetch } = stub(
      (_url, init) => new Promise<Response>((_resolve, reject) => init.signal?.addEventListener('abort', () => reject(init.signal!.reason))),
    );
    // Node's AbortSignal.timeout does not keep the process alive on its own.
    const keepAlive = setTimeout(() => undefined, 5000);
    const error = await rejection(fetchJson(url(), context(fetch, { timeoutMs: 50 })));
    clearTimeout(keepAlive);
    expect(error.code).to.equal('TIMEOUT');
    expect(isUnreachable(error)).to.equal(true);
  });

  it('counts network use turned off as unreachable, and fetches nothing', async () => {
    const { fetch, calls } = stub(() => json({}));
    const error = await rejection(fetchJson(url(), context(fetch, { network: false })));
    expect(error.code).to.equal('OFFLINE');
    expect(isUnreachable(error)).to.equal(true);
    expect(calls).to.have.length(0);
  });

  it('takes a 404 as an answer: NOT_FOUND after one try, not unreachable, and remembered for a while', async () => {
    const { fetch, calls } = stub(() => new Response('gone', { status: 404 }));
    const target = url();
    const error = await rejection(fetchJson(target, context(fetch)));
    expect(error.code).to.equal('NOT_FOUND');
    expect(error.status).to.equal(404);
    expect(error.message).to.equal(`${target} answered HTTP 404.`);
    expect(isUnreachable(error)).to.equal(false);
    await rejection(fetchJson(target, context(fetch)));
    expect(calls).to.have.length(1);
  });

  it('tries a busy host (503) once more', async () => {
    const { fetch, calls } = stub((_url, _init, count) => (count === 1 ? new Response('busy', { status: 503 }) : json({ ok: true })));
    expect(await fetchJson(url(), context(fetch))).to.deep.equal({ ok: true });
    expect(calls).to.have.length(2);
  });

  it('refuses a body over 2 MB without reading it all (RESPONSE_TOO_LARGE, not unreachable)', async () => {
    let pulled = 0;
    const chunk = new Uint8Array(256 * 1024).fill(0x20);
    const endless = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled++;
        controller.enqueue(chunk);
      },
    });
    const { fetch } = stub(() => new Response(endless, { headers: { 'content-type': 'application/json' } }));
    const error = await rejection(fetchJson(url(), context(fetch)));
    expect(error.code).to.equal('RESPONSE_TOO_LARGE');
    expect(isUnreachable(error)).to.equal(false);
    expect(pulled).to.be.lessThan(20);
  });

  it('refuses an answer that is neither JSON nor a JWS', async () => {
    const { fetch } = stub(() => new Response('<html>hello</html>', { headers: { 'content-type': 'text/html' } }));
    expect((await rejection(fetchJson(url(), context(fetch)))).code).to.equal('BAD_RESPONSE');
  });

  it('refuses a URL that is not http(s) without fetching', async () => {
    const { fetch, calls } = stub(() => json({}));
    expect((await rejection(fetchJson('file:///etc/passwd', context(fetch)))).code).to.equal('INVALID_INPUT');
    expect(calls).to.have.length(0);
  });
});

import { describe, it, before, expect } from '../helpers/harness.js';
import { rejection } from '../helpers/rejection.js';
import { createClrClient, createLimiter, type ClrDocument } from '../../src/sources/index.js';
import { MOCK_SECRETS, faultKey, mockApi, recordingSleep, spyFetch } from '../helpers/mock-api.js';

const idOf = (doc: ClrDocument) => (typeof doc === 'string' ? doc : doc['id']);

describe('sources/clr: the CLR 2.0 client against the mock API', () => {
  let base = '';
  before(async () => {
    base = `${(await mockApi()).url}/clr`;
  });
  const client = (extra: Parameters<typeof createClrClient>[0] extends infer O ? Partial<O> : never = {}) =>
    createClrClient({ base, token: MOCK_SECRETS.clrToken, inFlight: false, limiter: createLimiter(6), ...extra });

  it('reads one page with X-Total-Count and the next offset from Link', async () => {
    const page = await client().listPage({ limit: 2, offset: 0 });
    expect(page.credentials).to.have.length(2);
    expect(page.total).to.equal(3);
    expect(page.nextOffset).to.equal(2);
    const last = await client().listPage({ limit: 2, offset: 2 });
    expect(last.credentials).to.have.length(1);
    expect(last.nextOffset).to.equal(undefined);
  });

  it('pages to the end of the list', async () => {
    const spy = spyFetch();
    const all = await client({ fetch: spy.fetch }).listAll({ pageSize: 1 });
    expect(all.map(idOf)).to.have.length(3);
    expect(new Set(all.map(idOf)).size).to.equal(3);
    expect(spy.calls.map((call) => new URL(call.url).searchParams.get('offset'))).to.deep.equal(['0', '1', '2']);
  });

  it('gets one CLR by its url-encoded id', async () => {
    const [first] = await client().listAll();
    const id = String(idOf(first!));
    const spy = spyFetch();
    const clr = await client({ fetch: spy.fetch }).getCredential(id);
    expect(idOf(clr)).to.equal(id);
    expect(spy.calls).to.have.length(1);
    expect(spy.calls[0]!.url).to.contain(encodeURIComponent(id));
  });

  it('falls back to paging the list when the by-id route answers 404', async () => {
    const [, second] = await client().listAll();
    const id = String(idOf(second!));
    const spy = spyFetch({ 'x-mock-fault': '404*1', 'x-mock-fault-key': faultKey() });
    const clr = await client({ fetch: spy.fetch }).getCredential(id);
    expect(idOf(clr)).to.equal(id);
    expect(spy.calls.length).to.be.greaterThan(1);
    expect(spy.calls[1]!.url).to.contain('limit=');
  });

  it('accepts a by-id answer served as a VC-JWT, and refuses one that is neither JSON nor a JWT', async () => {
    const jwt = 'eyJhbGciOiJFZERTQSJ9.eyJqdGkiOiJ1cm46dXVpZDpjbHIifQ.c2ln';
    const serve = (body: string, contentType: string): typeof fetch => async () => new Response(body, { headers: { 'content-type': contentType } });
    expect(await client({ fetch: serve(jwt, 'application/vc+jwt') }).getCredential('urn:uuid:clr')).to.equal(jwt);
    const error = await rejection(client({ fetch: serve('<html></html>', 'text/html') }).getCredential('urn:uuid:clr'));
    expect(error.code).to.equal('BAD_RESPONSE');
  });

  it('reports NOT_FOUND when the id is neither served nor listed', async () => {
    const error = await rejection(client().getCredential('urn:uuid:00000000-0000-0000-0000-000000000000'));
    expect(error.code).to.equal('NOT_FOUND');
  });

  it('loads the newest CLR when no id is given', async () => {
    const clr = await client().load();
    expect(typeof clr).to.equal('object');
    expect((clr as Record<string, unknown>)['validFrom']).to.equal('2025-06-02T00:00:00Z');
  });

  it('refuses without a token: UNAUTHORIZED, "The API key was refused."', async () => {
    const error = await rejection(createClrClient({ base, inFlight: false }).listPage());
    expect(error.code).to.equal('UNAUTHORIZED');
    expect(error.status).to.equal(401);
    expect(error.message).to.equal('The API key was refused.');
  });

  // In Chromium every test file shares one mock API: re-upsert an existing record unchanged, so nothing else moves.
  it('upserts a CLR with POST for server-side callers', async () => {
    const newest = (await client().load()) as Record<string, unknown>;
    const spy = spyFetch();
    const saved = await client({ fetch: spy.fetch }).upsertCredential(newest);
    expect(saved).to.deep.equal(newest);
    expect(spy.calls[0]!.method).to.equal('POST');
    expect(spy.calls[0]!.headers['content-type']).to.equal('application/json');
    expect(spy.calls[0]!.url.endsWith('/ims/clr/v2p0/credentials/')).to.equal(true);
  });

  it('sends the token only in the Authorization header', async () => {
    const spy = spyFetch();
    await client({ fetch: spy.fetch }).listAll({ pageSize: 2 });
    const bad = await rejection(client({ fetch: spy.fetch, token: 'wrong-secret-token' }).listPage());
    expect(spy.calls.length).to.be.greaterThan(1);
    for (const call of spy.calls) {
      expect(call.url).not.to.contain(MOCK_SECRETS.clrToken);
      expect(call.url).not.to.contain('wrong-secret-token');
    }
    expect(spy.calls[0]!.headers['authorization']).to.equal(`Bearer ${MOCK_SECRETS.clrToken}`);
    expect(bad.message).not.to.contain('wrong-secret-token');
    expect(JSON.stringify({ ...bad, message: bad.message, stack: bad.stack })).not.to.contain('wrong-secret-token');
  });

  it('retries a 503 answer after Retry-After and then succeeds', async () => {
    const spy = spyFetch({ 'x-mock-fault': '503*1', 'x-mock-fault-key': faultKey() });
    const { sleep, waits } = recordingSleep();
    const page = await client({ fetch: spy.fetch, sleep }).listPage({ limit: 1 });
    expect(page.credentials).to.have.length(1);
    expect(waits).to.deep.equal([1000]);
    expect(spy.calls).to.have.length(2);
  });
});

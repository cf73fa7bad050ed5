// sources/list.ts and credential-list.ts: each provider's list a page at a time (page numbers, offsets and Link
// headers), and lists given as JSON, against the mock APIs.
import { before, describe, expect, it } from '../helpers/harness.js';
import { rejection } from '../helpers/rejection.js';
import { createLister } from '../../src/sources/list.js';
import { fetchCredentialList, fetchListedUrl, readListEntry } from '../../src/sources/credential-list.js';
import { IBL_ORG, MOCK_SECRETS, mockApi, spyFetch } from '../helpers/mock-api.js';
import { GRADUATE_COUNT, IBL_GALLERY_USER } from '../../demo/mock-api/data/graduates.js';

describe('sources/list: a provider list, page by page', () => {
  let api = '';
  before(async () => {
    api = (await mockApi()).url;
  });

  it("pages a program's graduates at Accredible by page number, with every later page known", async () => {
    const spy = spyFetch();
    const lister = await createLister({ provider: 'accredible', base: `${api}/accredible`, token: MOCK_SECRETS.accredibleKey, groupId: '40500', pageSize: 15 }, { fetch: spy.fetch, inFlight: false });
    expect(lister.searches).to.equal(false);
    const first = await lister.page(undefined);
    expect(first.documents).to.have.length(15);
    expect(first.documents[0]!.source).to.equal('accredible');
    expect([first.total, first.next, first.later]).to.deep.equal([GRADUATE_COUNT, 2, [2, 3]]);
    const last = await lister.page(3);
    expect(last.documents).to.have.length(GRADUATE_COUNT - 30);
    expect(last.next).to.equal(undefined);
    const query = new URL(spy.calls[0]!.url).searchParams;
    expect([query.get('group_id'), query.get('page'), query.get('page_size')]).to.deep.equal(['40500', '1', '15']);
    for (const call of spy.calls) {
      expect(call.url.startsWith(`${api}/accredible/`)).to.equal(true);
      expect(call.url).not.to.contain(MOCK_SECRETS.accredibleKey);
      expect(call.headers['authorization']).to.equal(`Token token=${MOCK_SECRETS.accredibleKey}`);
    }
  });

  it('pages an ibl.ai learner by page number and lets the provider search and filter', async () => {
    const spy = spyFetch();
    const query = { provider: 'ibl' as const, base: `${api}/ibl`, token: MOCK_SECRETS.iblKey, org: IBL_ORG, userId: IBL_GALLERY_USER, pageSize: 10 };
    const lister = await createLister(query, { fetch: spy.fetch, inFlight: false });
    expect(lister.searches).to.equal(true);
    const first = await lister.page(undefined);
    expect(first.documents).to.have.length(10);
    expect(first.next).to.equal(2);
    expect(first.later).to.deep.equal([2, 3]);
    const searched = await (await createLister({ ...query, search: 'kubernetes' }, { fetch: spy.fetch, inFlight: false })).page(undefined);
    expect(searched.documents.map((item) => (item as { record: Record<string, unknown> }).record['name'])).to.deep.equal(['Containers and Kubernetes Badge', 'Containers and Kubernetes Certificate']);
    expect([searched.total, searched.next]).to.deep.equal([2, undefined]);
    const program = await (await createLister({ ...query, program: 'Product Design', course: 'course-v1:riverside+user-research+2025' }, { fetch: spy.fetch, inFlight: false })).page(undefined);
    expect(program.total).to.equal(2);
    const url = new URL(spy.calls.at(-1)!.url);
    expect([url.searchParams.get('program'), url.searchParams.get('course')]).to.deep.equal(['Product Design', 'course-v1:riverside+user-research+2025']);
  });

  it("pages the learner's CLRs by offset from the Link header", async () => {
    const lister = await createLister({ provider: 'clr', base: `${api}/clr`, token: MOCK_SECRETS.clrToken, pageSize: 1 }, { inFlight: false });
    const first = await lister.page(undefined);
    expect(first.documents).to.have.length(1);
    expect(first.documents[0]!.source).to.equal('clr');
    expect([first.total, first.next, first.later]).to.deep.equal([3, 1, [1, 2]]);
    expect((await lister.page(2)).next).to.equal(undefined);
  });

  it('refuses what it cannot list', async () => {
    expect((await rejection(createLister({ provider: 'ibl', pageSize: 10 }))).code).to.equal('INVALID_INPUT');
    expect((await rejection(createLister({ provider: 'clr', pageSize: 10 }))).code).to.equal('INVALID_INPUT');
    expect((await rejection(createLister({ provider: 'nope' as 'clr', pageSize: 10 }))).code).to.equal('INVALID_INPUT');
    const lister = await createLister({ provider: 'accredible', base: `${api}/accredible`, pageSize: 10 }, { inFlight: false });
    expect((await rejection(lister.page(undefined))).code).to.equal('UNAUTHORIZED');
  });
});

describe('sources/credential-list: a list of credentials as JSON', () => {
  let api = '';
  before(async () => {
    api = (await mockApi()).url;
  });

  it('reads a list and each entry: objects, JWTs and JSON text inline, URLs resolved against the list', async () => {
    const list = await fetchCredentialList(`${api}/public/badges.json`, { inFlight: false });
    expect(list.length).to.be.at.least(5);
    const base = `${api}/public/badges.json`;
    const url = readListEntry(list[0], base);
    expect(url).to.deep.equal({ kind: 'url', url: `${api}/public/badges/0.json`, sameOrigin: true });
    expect(readListEntry('https://elsewhere.example/badge.json', base)).to.deep.equal({ kind: 'url', url: 'https://elsewhere.example/badge.json', sameOrigin: false });
    expect(readListEntry({ id: 'x' }, base).kind).to.equal('input');
    expect(readListEntry('  {"id":"x"} ', base)).to.deep.equal({ kind: 'input', input: { kind: 'json', credential: { id: 'x' } } });
    expect(readListEntry('eyJhbGciOiJFZERTQSJ9.eyJ2YyI6e319.c2ln', base)).to.deep.equal({ kind: 'input', input: { kind: 'vc-jwt', jwt: 'eyJhbGciOiJFZERTQSJ9.eyJ2YyI6e319.c2ln' } });
    for (const bad of [42, null, '', 'javascript:alert(1)', 'ftp://host/x', ['nested']]) {
      const entry = readListEntry(bad, base);
      expect(entry.kind, String(bad)).to.equal('invalid');
      if (entry.kind === 'invalid') expect(entry.error.code).to.equal('INVALID_INPUT');
    }
    expect((await rejection(fetchCredentialList(`${api}/public/badges/0.json`, { inFlight: false }))).code).to.equal('BAD_RESPONSE');
    expect((await rejection(fetchCredentialList('data:application/json,[]'))).code).to.equal('INVALID_INPUT');
  });

  it("fetches an entry on another origin with the browser's fetch and no cookies, never the caller's", async () => {
    const spy = spyFetch();
    const seen: RequestInit[] = [];
    const original = globalThis.fetch;
    globalThis.fetch = ((input: RequestInfo | URL, init?: RequestInit) => {
      seen.push(init ?? {});
      return original(input, init);
    }) as typeof fetch;
    try {
      const input = await fetchListedUrl({ url: `${api}/public/badges/1.json`, sameOrigin: false }, { fetch: spy.fetch, inFlight: false });
      expect(input.kind).to.equal('json');
    } finally {
      globalThis.fetch = original;
    }
    expect(spy.calls).to.have.length(0);
    expect(seen.map((init) => init.credentials)).to.deep.equal(['omit']);
    const same = await fetchListedUrl({ url: `${api}/public/badges/1.json`, sameOrigin: true }, { fetch: spy.fetch, inFlight: false });
    expect(same.kind).to.equal('json');
    expect(spy.calls).to.have.length(1);
  });
});

// load/list.ts: the list pipeline, from a gallery's request to loaded documents, against the mock APIs.
import { before, describe, expect, it } from '../helpers/harness.js';
import { rejection } from '../helpers/rejection.js';
import { hasListSource, openList } from '../../src/load/list.js';
import { IBL_ORG, MOCK_SECRETS, mockApi, spyFetch } from '../helpers/mock-api.js';
import { GRADUATE_COUNT, IBL_GALLERY_USER } from '../../demo/mock-api/data/graduates.js';

const signal = () => new AbortController().signal;

describe('load/list: list request → loaded documents', () => {
  let api = '';
  before(async () => {
    api = (await mockApi()).url;
  });

  it('knows a request with nothing to list', () => {
    expect(hasListSource({ pageSize: 10, max: 10 })).to.equal(false);
    expect(hasListSource({ src: '', pageSize: 10, max: 10 })).to.equal(false);
    expect(hasListSource({ credentials: [], pageSize: 10, max: 10 })).to.equal(true);
    expect(hasListSource({ provider: 'clr', pageSize: 10, max: 10 })).to.equal(true);
  });

  it("loads a program's graduates a page at a time, then the rest side by side, never more than six requests at once", async () => {
    const spy = spyFetch();
    const request = { provider: 'accredible', apiBase: `${api}/accredible`, token: MOCK_SECRETS.accredibleKey, groupId: '40500', fetch: spy.fetch, pageSize: 2, max: 1000 };
    const list = await openList(request, signal());
    const first = await list.next(signal());
    expect(first).to.have.length(2);
    expect([list.total, list.done]).to.deep.equal([GRADUATE_COUNT, false]);
    expect(first[0]!.loaded!.kind).to.equal('record');
    expect(first[0]!.loaded!.verifiable).to.be.an('object');
    const rest = await list.next(signal(), true);
    expect(first.length + rest.length).to.equal(GRADUATE_COUNT);
    expect(list.done).to.equal(true);
    const ids = [...first, ...rest].map((item) => (item.loaded!.document as Record<string, unknown>)['id']);
    expect(ids).to.deep.equal([...ids].sort((a, b) => Number(a) - Number(b)));
    expect(spy.calls).to.have.length(GRADUATE_COUNT / 2);
    expect(spy.state.maxOpen).to.be.at.most(6);
    expect(spy.state.maxOpen).to.be.at.least(2);
    expect(await list.next(signal())).to.deep.equal([]);
  });

  it('stops at max', async () => {
    const list = await openList({ provider: 'accredible', apiBase: `${api}/accredible`, token: MOCK_SECRETS.accredibleKey, groupId: '40500', pageSize: 7, max: 10 }, signal());
    expect(await list.next(signal())).to.have.length(7);
    expect(await list.next(signal())).to.have.length(3);
    expect([list.done, list.total]).to.deep.equal([true, 10]);
  });

  it('lists an ibl.ai learner with the provider searching, and a CLR learner by offset', async () => {
    const ibl = await openList({ provider: 'ibl', apiBase: `${api}/ibl`, token: MOCK_SECRETS.iblKey, org: IBL_ORG, userId: IBL_GALLERY_USER, search: 'certificate', pageSize: 5, max: 1000 }, signal());
    expect(ibl.searches).to.equal(true);
    const all = [...(await ibl.next(signal())), ...(await ibl.next(signal(), true))];
    expect(all.length).to.equal(ibl.total);
    expect(all.every((item) => /certificate/i.test(String((item.loaded!.document as Record<string, unknown>)['name']) + String((item.loaded!.document as Record<string, unknown>)['description'])))).to.equal(true);
    const clr = await openList({ provider: 'clr', apiBase: `${api}/clr`, token: MOCK_SECRETS.clrToken, pageSize: 1, max: 1000 }, signal());
    const records = [...(await clr.next(signal())), ...(await clr.next(signal())), ...(await clr.next(signal()))];
    expect(records.map((item) => item.loaded!.kind)).to.deep.equal(['clr', 'clr', 'clr']);
    expect(clr.done).to.equal(true);
  });

  it('reads a src list: inline entries at once, URL entries a page at a time, bad entries as items with an error', async () => {
    const spy = spyFetch();
    const graduates = await openList({ src: `${api}/public/graduates.json`, fetch: spy.fetch, pageSize: 5, max: 1000 }, signal());
    expect(graduates.total).to.equal(GRADUATE_COUNT);
    expect(await graduates.next(signal())).to.have.length(GRADUATE_COUNT);
    expect(graduates.done).to.equal(true);
    const badges = await openList({ src: `${api}/public/badges.json`, fetch: spy.fetch, pageSize: 2, max: 1000 }, signal());
    const page = await badges.next(signal());
    expect(page.map((item) => item.loaded!.kind)).to.deep.equal(['credential', 'credential']);
    expect(badges.done).to.equal(false);
    // The list and its entries came through the element's fetch: they are on the list's origin.
    expect(spy.calls.map((call) => call.url.slice(api.length))).to.deep.equal(['/public/graduates.json', '/public/badges.json', '/public/badges/0.json', '/public/badges/1.json']);
    const mixed = await openList({ credentials: [{ not: 'a credential' }, 42, 'eyJhbGciOiJub25lIn0.bm90IGpzb24.'], pageSize: 5, max: 1000 }, signal());
    const items = await mixed.next(signal());
    expect(items).to.have.length(3);
    expect(items[1]!.error!.code).to.equal('INVALID_INPUT');
    expect(items[2]!.error).to.not.equal(undefined);
  });

  it('rejects with a CredentialError when the list itself cannot be had', async () => {
    expect((await rejection(openList({ src: `${api}/public/nothing.json`, pageSize: 5, max: 10 }, signal()))).code).to.equal('NOT_FOUND');
    expect((await rejection(openList({ provider: 'elsewhere', pageSize: 5, max: 10 }, signal()))).code).to.equal('INVALID_INPUT');
    const unauthorized = await openList({ provider: 'ibl', apiBase: `${api}/ibl`, org: IBL_ORG, userId: IBL_GALLERY_USER, pageSize: 5, max: 10 }, signal());
    expect((await rejection(unauthorized.next(signal()))).code).to.equal('UNAUTHORIZED');
  });
});

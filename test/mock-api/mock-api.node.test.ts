import { describe, it, before, expect } from '../helpers/harness.js';
import { generateMockData, mockData, ISSUER_SEED, type MockData } from '../../demo/mock-api/data/index.js';
import { loadVendor } from '../../demo/mock-api/data/vendor.js';
import { cacheKey, readCache } from '../../demo/mock-api/data/cache.js';
import { staticDocumentLoader, loadClrContexts } from '../../demo/mock-api/data/document-loader.js';
import { didKeyFromSeed } from '../../demo/mock-api/data/keys.js';
import { startMockApi, type RunningMockApi } from '../../demo/mock-api/server.js';
import { MOCK_SECRETS } from '../../demo/mock-api/tokens.js';
import { GRADUATE_COUNT, IBL_GALLERY_USER } from '../../demo/mock-api/data/graduates.js';

describe('mock API data: deterministic and signed', () => {
  let data: MockData;
  before(async () => {
    data = await generateMockData();
  });

  it('is byte-identical across generations, and cached on disk under a key of its sources', async () => {
    const served = await mockData();
    expect(JSON.stringify(served)).to.equal(JSON.stringify(data));
    expect(JSON.stringify(readCache(cacheKey()))).to.equal(JSON.stringify(data));
  });

  it('derives the issuer did:key from the fixed seed', async () => {
    const key = await didKeyFromSeed(ISSUER_SEED);
    expect(data.issuerDid).to.equal(key.controller);
    expect(data.issuerDid).to.match(/^did:key:z6Mk/);
  });

  it('has a dozen achievements (one course taken twice) in 13 credentials with eddsa-rdfc-2022 proofs that verify', async () => {
    expect(data.achievementCredentials).to.have.length(13);
    const ids = data.achievementCredentials.map((credential) => credential['id']);
    expect(new Set(ids).size).to.equal(13);
    const vendor = await loadVendor();
    const contexts = new Map(vendor.contexts);
    for (const [url, document] of Object.entries((await loadClrContexts()) ?? {})) contexts.set(url, document);
    const documentLoader = staticDocumentLoader(contexts);
    for (const credential of data.achievementCredentials) {
      const result = await vendor.verifyCredential({ credential, suite: vendor.newProof({}), documentLoader });
      expect(result.verified, String(credential['id'])).to.equal(true);
    }
    if (data.clrSigned) {
      const result = await vendor.verifyCredential({ credential: data.clrs.at(-1), suite: vendor.newProof({}), documentLoader });
      expect(result.verified).to.equal(true);
    }
  });

  it('detects tampering (the proofs are real)', async () => {
    const vendor = await loadVendor();
    const tampered = structuredClone(data.achievementCredentials[0]!);
    (tampered['credentialSubject'] as Record<string, unknown>)['creditsEarned'] = 40;
    const result = await vendor.verifyCredential({ credential: tampered, suite: vendor.newProof({}), documentLoader: staticDocumentLoader(vendor.contexts) });
    expect(result.verified).to.equal(false);
  });

  it('signs the outer CLRs when the CLR context is available, and says so', async () => {
    const clr = data.clrs.at(-1)!;
    expect(data.clrSigned).to.equal((await loadClrContexts()) !== undefined);
    expect('proof' in clr).to.equal(data.clrSigned);
    expect(clr['type']).to.deep.equal(['VerifiableCredential', 'ClrCredential']);
  });

  it('is the same on every run: fixed dates, fixed keys, fixed proofs', async () => {
    const again = JSON.stringify(data.achievementCredentials[3]);
    expect(again).to.contain('"created":"2024-05-10T00:00:00Z"');
    expect((data.achievementCredentials[3]!['proof'] as Record<string, unknown>)['verificationMethod']).to.equal(`${data.issuerDid}#${data.issuerDid.slice(8)}`);
  });

  it('has Accredible records with evidence, references, an expired and a private one', () => {
    const credentials = data.accredible.map((record) => record.credential);
    expect(credentials.some((item) => (item['evidence_items'] as unknown[]).length > 0)).to.equal(true);
    expect(credentials.some((item) => (item['references'] as unknown[]).length > 0)).to.equal(true);
    expect(credentials.some((item) => typeof item['expired_on'] === 'string' && Date.parse(item['expired_on']) < Date.parse('2026-01-01'))).to.equal(true);
    expect(data.accredible.filter((record) => record.private)).to.have.length(1);
  });

  it("has a program's graduates at Accredible, each record embedding its own signed credential, every eighth expired", async () => {
    const records = data.accredible.map((record) => record.credential).filter((item) => item['group_id'] === 40500);
    expect(records).to.have.length(GRADUATE_COUNT);
    expect(data.graduateCredentials).to.have.length(GRADUATE_COUNT);
    expect(new Set(records.map((item) => (item['recipient'] as Record<string, unknown>)['email'])).size).to.equal(GRADUATE_COUNT);
    records.forEach((record, index) => expect(record['verifiable_credential']).to.deep.equal(data.graduateCredentials[index]));
    const expired = records.filter((item) => typeof item['expired_on'] === 'string');
    expect(expired).to.have.length(GRADUATE_COUNT / 8);
    for (const record of expired) expect((record['verifiable_credential'] as Record<string, unknown>)['validUntil']).to.equal(`${String(record['expired_on'])}T00:00:00Z`);
    const vendor = await loadVendor();
    const documentLoader = staticDocumentLoader(vendor.contexts);
    // (Two that have not expired: the reference verifier also checks dates.)
    for (const credential of [data.graduateCredentials[0], data.graduateCredentials[GRADUATE_COUNT - 2]]) {
      expect((await vendor.verifyCredential({ credential, suite: vendor.newProof({}), documentLoader })).verified).to.equal(true);
    }
  });

  it('has another ibl.ai learner with enough credentials to page, search and filter, two revoked', () => {
    expect(data.iblGallery.length).to.be.at.least(25);
    expect(new Set(data.iblGallery.map((item) => item['entityId'])).size).to.equal(data.iblGallery.length);
    expect(new Set(data.iblGallery.map((item) => item['programs']))).to.deep.equal(new Set(['Data Science', 'Cloud Engineering', 'Product Design']));
    expect(data.iblGallery.filter((item) => item['revoked'] === true)).to.have.length(2);
    expect(new Set(data.iblGallery.map((item) => item['credentialType']))).to.deep.equal(new Set(['Badge', 'Certificate', 'Program']));
  });

  it('has ibl.ai credentials with html/css templates using placeholders', () => {
    for (const credential of data.ibl) {
      expect(credential['html_template']).to.match(/\{\{recipient\.name\}\}/);
      expect(credential['html_template']).to.match(/\{\{issued_on\}\}/);
      expect(credential['html_template']).not.to.match(/<script|on\w+=/i);
      expect(credential['css_template']).not.to.match(/@import|url\(/i);
    }
  });
});

describe('mock API routes: auth, paging and the fault switch', () => {
  let mock: RunningMockApi;
  before(async () => {
    mock = await startMockApi();
    mock.server.unref();
  });
  const get = (path: string, headers: Record<string, string> = {}) => fetch(`${mock.url}${path}`, { headers });

  it('answers 401 without the right header, for every provider', async () => {
    expect((await get('/clr/ims/clr/v2p0/credentials')).status).to.equal(401);
    expect((await get('/clr/ims/clr/v2p0/credentials', { authorization: 'Bearer nope' })).status).to.equal(401);
    expect((await get('/accredible/v1/credentials/61450021', { authorization: MOCK_SECRETS.accredibleKey })).status).to.equal(401);
    expect((await get('/ibl/api/credentials/orgs/riverside/users/maya.chen/')).status).to.equal(401);
  });

  it('issues OAuth tokens for the client-credentials grant and accepts them', async () => {
    const basic = Buffer.from(`${MOCK_SECRETS.clrClientId}:${MOCK_SECRETS.clrClientSecret}`).toString('base64');
    const response = await fetch(`${mock.url}/clr/oauth/token`, {
      method: 'POST',
      headers: { authorization: `Basic ${basic}`, 'content-type': 'application/x-www-form-urlencoded' },
      body: 'grant_type=client_credentials',
    });
    const token = (await response.json()) as { access_token: string; expires_in: number };
    expect(token.expires_in).to.equal(3600);
    expect((await get('/clr/ims/clr/v2p0/credentials', { authorization: `Bearer ${token.access_token}` })).status).to.equal(200);
    const wrong = await fetch(`${mock.url}/clr/oauth/token`, { method: 'POST', body: 'grant_type=client_credentials&client_id=x&client_secret=y' });
    expect(wrong.status).to.equal(401);
  });

  it('upserts: a new record answers 201 and is listed by its date, a known one answers 200', async () => {
    const own = await startMockApi(); // its own store, so the other tests keep three records
    const auth = { authorization: `Bearer ${MOCK_SECRETS.clrToken}`, 'content-type': 'application/json' };
    const post = (body: unknown) => fetch(`${own.url}/clr/ims/clr/v2p0/credentials/`, { method: 'POST', headers: auth, body: JSON.stringify(body) });
    const record = { id: 'urn:uuid:older-record', type: ['VerifiableCredential', 'ClrCredential'], validFrom: '2020-01-01T00:00:00Z' };
    expect((await post(record)).status).to.equal(201);
    expect((await post(record)).status).to.equal(200);
    expect((await post({ no: 'id' })).status).to.equal(400);
    const list = (await (await fetch(`${own.url}/clr/ims/clr/v2p0/credentials?limit=10`, { headers: auth })).json()) as { credential: Array<{ id: string }> };
    await own.close();
    expect(list.credential[0]!.id).to.equal('urn:uuid:older-record');
    expect(list.credential).to.have.length(4);
  });

  it('publishes the newest CLR and its badges at plain URLs, with no credentials needed', async () => {
    const clr = await (await fetch(`${mock.url}/public/clr.json`)).json();
    expect(clr.type).to.include('ClrCredential');
    const badge = await (await fetch(`${mock.url}/public/badges/0.json`)).json();
    expect(badge).to.deep.equal(clr.credentialSubject.verifiableCredential[0]);
    expect((await fetch(`${mock.url}/public/badges/999.json`)).status).to.equal(404);
    expect((await fetch(`${mock.url}/public/clr.json`, { method: 'POST' })).status).to.equal(405);
  });

  it('publishes lists for galleries: badge URLs relative to the list, and the graduates inline', async () => {
    const urls = (await (await fetch(`${mock.url}/public/badges.json`)).json()) as string[];
    expect(urls.length).to.be.at.least(5);
    const first = await (await fetch(new URL(urls[0]!, `${mock.url}/public/badges.json`))).json();
    expect(first).to.deep.equal(await (await fetch(`${mock.url}/public/badges/0.json`)).json());
    const graduates = (await (await fetch(`${mock.url}/public/graduates.json`)).json()) as Array<Record<string, unknown>>;
    expect(graduates).to.have.length(GRADUATE_COUNT);
    expect(graduates[0]!['proof']).to.be.an('object');
  });

  it("pages a program's graduates at Accredible, and another ibl.ai learner's list, searched and filtered", async () => {
    const accredible = { authorization: `Token token=${MOCK_SECRETS.accredibleKey}` };
    const page = (await (await get('/accredible/v1/all_credentials?group_id=40500&page=2&page_size=15', accredible)).json()) as { credentials: unknown[]; meta: Record<string, unknown> };
    expect(page.credentials).to.have.length(15);
    expect(page.meta).to.include({ current_page: 2, next_page: 3, total_pages: 3, total_count: GRADUATE_COUNT });
    const ibl = { authorization: MOCK_SECRETS.iblKey };
    const path = `/ibl/api/credentials/orgs/riverside/users/${IBL_GALLERY_USER}/`;
    const all = (await (await get(`${path}?page_size=10`, ibl)).json()) as { result: { count: number; num_pages: number } };
    expect(all.result.num_pages).to.equal(Math.ceil(all.result.count / 10));
    const search = (await (await get(`${path}?search=kubernetes`, ibl)).json()) as { result: { data: Array<{ name: string }> } };
    expect(search.result.data.map((item) => item.name)).to.deep.equal(['Containers and Kubernetes Badge', 'Containers and Kubernetes Certificate']);
    const program = (await (await get(`${path}?program=Product%20Design&page_size=100`, ibl)).json()) as { result: { count: number } };
    expect(program.result.count).to.equal(9);
    expect((await get('/ibl/api/credentials/orgs/riverside/users/nobody/', ibl)).status).to.equal(404);
  });

  it('sends 1EdTech paging headers', async () => {
    const response = await get('/clr/ims/clr/v2p0/credentials?limit=1&offset=1', { authorization: `Bearer ${MOCK_SECRETS.clrToken}` });
    expect(response.headers.get('x-total-count')).to.equal('3');
    const link = response.headers.get('link')!;
    expect(link).to.contain('offset=2>; rel="next"');
    expect(link).to.contain('offset=0>; rel="prev"');
    expect(link).to.contain('offset=2>; rel="last"');
  });

  it('fails on request: status, Retry-After, slow, truncated, html, and *N recovery', async () => {
    const auth = { authorization: MOCK_SECRETS.iblKey };
    const path = '/ibl/api/credentials/orgs/riverside/users/maya.chen/';
    const limited = await get(path, { ...auth, 'x-mock-fault': '429', 'x-mock-retry-after': '7' });
    expect([limited.status, limited.headers.get('retry-after')]).to.deep.equal([429, '7']);
    expect((await get(`${path}?mock-fault=500`, auth)).status).to.equal(500);
    const started = Date.now();
    expect((await get(path, { ...auth, 'x-mock-fault': 'slow', 'x-mock-delay': '150' })).status).to.equal(200);
    expect(Date.now() - started).to.be.at.least(140);
    const truncated = await (await get(path, { ...auth, 'x-mock-fault': 'truncated' })).text();
    expect(() => JSON.parse(truncated)).to.throw();
    expect((await get(path, { ...auth, 'x-mock-fault': 'html' })).headers.get('content-type')).to.match(/^text\/html/);
    const key = { 'x-mock-fault': '503*1', 'x-mock-fault-key': 'recovery' };
    expect((await get(path, { ...auth, ...key })).status).to.equal(503);
    expect((await get(path, { ...auth, ...key })).status).to.equal(200);
  });
});

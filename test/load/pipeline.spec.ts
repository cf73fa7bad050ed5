// load/pipeline.ts (with request.ts and fetch-document.ts): from what an element was told to a loaded document, and
// errors as the credential-error event carries them; against the mock APIs.
import { before, describe, expect, it } from '../helpers/harness.js';
import { rejection } from '../helpers/rejection.js';
import { errorDetail, hasSource, loadDocument, sameRequest, viewOf } from '../../src/load/pipeline.js';
import { CredentialError } from '../../src/errors.js';
import { IBL_ORG, IBL_USER, MOCK_SECRETS, mockApi, spyFetch } from '../helpers/mock-api.js';

const signal = () => new AbortController().signal;

describe('load/pipeline: request → document', () => {
  let api = '';
  before(async () => {
    api = (await mockApi()).url;
  });

  it('knows a request with nothing to load, and tells requests apart by value', () => {
    expect(hasSource({})).to.equal(false);
    expect(hasSource({ src: '' })).to.equal(false);
    expect(hasSource({ provider: 'clr' })).to.equal(true);
    expect(hasSource({ credential: 0 })).to.equal(true);
    const fetcher: typeof fetch = () => Promise.reject(new Error('unused'));
    expect(sameRequest({ src: 'a', fetch: fetcher }, { src: 'a', fetch: fetcher })).to.equal(true);
    expect(sameRequest({ src: 'a' }, { src: 'a', token: 'x' })).to.equal(false);
    expect(sameRequest({ src: 'a', fetch: fetcher }, { src: 'a', fetch: (...args) => fetcher(...args) })).to.equal(false);
  });

  it('loads an Accredible record through its API, with the key in a header only', async () => {
    const spy = spyFetch();
    const loaded = await loadDocument(
      { provider: 'Accredible ', apiBase: `${api}/accredible`, credentialId: '61450021', token: MOCK_SECRETS.accredibleKey, fetch: spy.fetch },
      signal(),
    );
    expect([loaded.kind, loaded.provider]).to.deep.equal(['record', 'accredible']);
    expect(spy.calls.every((call) => !call.url.includes(MOCK_SECRETS.accredibleKey))).to.equal(true);
    expect(spy.calls[0]!.headers['authorization']).to.contain(MOCK_SECRETS.accredibleKey);
    expect((await viewOf('card', loaded)).title).to.equal('Certified Cloud Practitioner');
  });

  it("loads the learner's newest CLR, and an ibl.ai record", async () => {
    const clr = await loadDocument({ provider: 'clr', apiBase: `${api}/clr`, token: MOCK_SECRETS.clrToken }, signal());
    expect(clr.kind).to.equal('clr');
    expect((await viewOf('transcript', clr)).entries.length).to.be.greaterThan(3);
    const ibl = await loadDocument(
      { provider: 'ibl', apiBase: `${api}/ibl`, org: IBL_ORG, userId: IBL_USER, credentialId: 'c7Kp2QmVRx6Gq9TzLw3d1A', token: MOCK_SECRETS.iblKey },
      signal(),
    );
    expect([ibl.kind, ibl.provider]).to.deep.equal(['record', 'ibl']);
  });

  it('prefers an inline credential to src and provider', async () => {
    const credential = { '@context': ['https://www.w3.org/ns/credentials/v2'], type: ['VerifiableCredential'], name: 'Inline', credentialSubject: {} };
    const loaded = await loadDocument({ credential, src: 'https://example.invalid/never', provider: 'clr' }, signal());
    expect(loaded.document).to.equal(credential);
  });

  it('says what a provider request lacks, before any request', async () => {
    const spy = spyFetch();
    const cases = [
      { provider: 'clr', fetch: spy.fetch },
      { provider: 'accredible', apiBase: `${api}/accredible`, fetch: spy.fetch },
      { provider: 'ibl', credentialId: 'x', org: IBL_ORG, fetch: spy.fetch },
      { provider: 'moodle', src: 'https://example.edu/badge.json', fetch: spy.fetch },
    ];
    for (const request of cases) expect((await rejection(loadDocument(request, signal()))).code).to.equal('INVALID_INPUT');
    expect(spy.calls).to.have.length(0);
  });

  it('turns any failure into the code and message of the credential-error event', () => {
    expect(errorDetail(new CredentialError('NOT_FOUND', 'gone'))).to.deep.equal({ code: 'NOT_FOUND', message: 'gone' });
    expect(errorDetail(new DOMException('stop', 'AbortError')).code).to.equal('ABORTED');
    expect(errorDetail(new TypeError('boom'))).to.deep.equal({ code: 'BAD_RESPONSE', message: 'boom' });
  });
});

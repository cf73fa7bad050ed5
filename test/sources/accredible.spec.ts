import { describe, it, before, expect } from '../helpers/harness.js';
import { rejection } from '../helpers/rejection.js';
import { createAccredibleClient, createLimiter, ACCREDIBLE_BASE } from '../../src/sources/index.js';
import { MOCK_SECRETS, mockApi, spyFetch } from '../helpers/mock-api.js';

describe('sources/accredible: the Accredible client against the mock API', () => {
  let base = '';
  before(async () => {
    base = `${(await mockApi()).url}/accredible`;
  });
  const client = (extra: Partial<Parameters<typeof createAccredibleClient>[0]> = {}) =>
    createAccredibleClient({ base, apiKey: MOCK_SECRETS.accredibleKey, inFlight: false, limiter: createLimiter(6), ...extra });

  it('defaults to the public API base', () => {
    expect(ACCREDIBLE_BASE).to.equal('https://api.accredible.com');
  });

  it('gets a credential by numeric or string id, unwrapping the envelope', async () => {
    const numeric = await client().getCredential(61450021);
    expect(numeric['name']).to.equal('Certified Cloud Practitioner');
    const text = await client().getCredential('nw-data-analyst-7731');
    expect(text['issued_on']).to.equal('22/11/2024');
  });

  it('pages through all_credentials to the end, with the query parameters in the URL', async () => {
    const spy = spyFetch();
    const all = await client({ fetch: spy.fetch }).listAll({ email: 'maya.chen@example.com', pageSize: 1 });
    expect(all.map((item) => item['id'])).to.deep.equal([61450021, 'nw-data-analyst-7731', 61450022]);
    expect(spy.calls).to.have.length(3);
    const query = new URL(spy.calls[2]!.url).searchParams;
    expect(query.get('email')).to.equal('maya.chen@example.com');
    expect(query.get('page')).to.equal('3');
    expect(query.get('page_size')).to.equal('1');
  });

  it('reads the paging meta of a page', async () => {
    const page = await client().listCredentials({ groupId: 40211, pageSize: 1 });
    expect(page.credentials).to.have.length(1);
    expect(page.meta).to.deep.equal({ currentPage: 1, nextPage: 2, totalPages: 2, totalCount: 2 });
  });

  it('maps a private credential to FORBIDDEN: "This credential is private."', async () => {
    const error = await rejection(client().getCredential(61450023));
    expect(error.code).to.equal('FORBIDDEN');
    expect(error.message).to.equal('This credential is private.');
  });

  it('maps a refused key to UNAUTHORIZED and an unknown id to NOT_FOUND', async () => {
    expect((await rejection(client({ apiKey: 'not-the-key' }).getCredential(61450021))).code).to.equal('UNAUTHORIZED');
    expect((await rejection(client().getCredential(999))).code).to.equal('NOT_FOUND');
  });

  it('sends the key only as "Authorization: Token token=<key>"', async () => {
    const spy = spyFetch();
    await client({ fetch: spy.fetch }).listAll({ email: 'maya.chen@example.com' });
    const error = await rejection(client({ fetch: spy.fetch }).getCredential(61450023));
    for (const call of spy.calls) expect(call.url).not.to.contain(MOCK_SECRETS.accredibleKey);
    expect(spy.calls[0]!.headers['authorization']).to.equal(`Token token=${MOCK_SECRETS.accredibleKey}`);
    expect(error.message).not.to.contain(MOCK_SECRETS.accredibleKey);
    expect(String(error.stack)).not.to.contain(MOCK_SECRETS.accredibleKey);
  });
});

import { describe, it, before, expect } from '../helpers/harness.js';
import { rejection } from '../helpers/rejection.js';
import { createIblClient, createLimiter, IBL_BASE } from '../../src/sources/index.js';
import { IBL_ORG, IBL_USER, MOCK_SECRETS, mockApi, spyFetch } from '../helpers/mock-api.js';

describe('sources/ibl: the ibl.ai client against the mock API', () => {
  let base = '';
  before(async () => {
    base = `${(await mockApi()).url}/ibl`;
  });
  const client = (extra: Partial<Parameters<typeof createIblClient>[0]> = {}) =>
    createIblClient({ base, org: IBL_ORG, userId: IBL_USER, apiKey: MOCK_SECRETS.iblKey, inFlight: false, limiter: createLimiter(6), ...extra });

  it('defaults to the ibl.ai manager base', () => {
    expect(IBL_BASE).to.equal('https://base.manager.iblai.app');
  });

  it('reads a page: data, count, num_pages, page_number, next', async () => {
    const page = await client().listCredentials({ page: 1, pageSize: 3 });
    expect(page.data).to.have.length(3);
    expect(page.count).to.equal(4);
    expect(page.numPages).to.equal(2);
    expect(page.pageNumber).to.equal(1);
    expect(page.next).to.be.a('string');
  });

  it('pages to the end', async () => {
    const spy = spyFetch();
    const all = await client({ fetch: spy.fetch }).listAll({ pageSize: 1 });
    expect(all.map((item) => item['entityId'])).to.have.length(4);
    expect(spy.calls).to.have.length(4);
  });

  it('caps page_size at 100 and passes search, course and program', async () => {
    const spy = spyFetch();
    const page = await client({ fetch: spy.fetch }).listCredentials({ pageSize: 500, search: 'supervised', program: 'AI Foundations' });
    expect(page.data.map((item) => item['name'])).to.deep.equal(['Applied Machine Learning']);
    const query = new URL(spy.calls[0]!.url).searchParams;
    expect(query.get('page_size')).to.equal('100');
    expect(query.get('search')).to.equal('supervised');
    const byCourse = await client().listCredentials({ course: 'course-v1:riverside+AI101+2025_T1' });
    expect(byCourse.data.map((item) => item['name'])).to.deep.equal(['Prompt Engineering Essentials']);
  });

  it('gets one credential by entity id, unwrapping {status, result}', async () => {
    const credential = await client().getCredential('Fh8sW0bXyN3eUa5RkD7tQe');
    expect(credential['name']).to.equal('Applied Machine Learning');
    expect(credential['html_template']).to.be.a('string');
  });

  it('maps a missing key to UNAUTHORIZED and an unknown entity to NOT_FOUND', async () => {
    expect((await rejection(client({ apiKey: '' }).listCredentials())).code).to.equal('UNAUTHORIZED');
    expect((await rejection(client().getCredential('nope'))).code).to.equal('NOT_FOUND');
  });

  it('sends the key only as the Authorization header', async () => {
    const spy = spyFetch();
    await client({ fetch: spy.fetch }).listAll();
    await client({ fetch: spy.fetch }).getCredential('Qm4nZt1LcE2vYh6PoS9bJk');
    for (const call of spy.calls) expect(call.url).not.to.contain(MOCK_SECRETS.iblKey);
    expect(spy.calls.every((call) => call.headers['authorization'] === MOCK_SECRETS.iblKey)).to.equal(true);
  });
});

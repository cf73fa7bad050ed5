import { describe, it, before, expect } from '../helpers/harness.js';
import { credentialViewFromAccredible } from '../../src/model/index.js';
import { createAccredibleClient, request } from '../../src/sources/index.js';
import { CredentialError } from '../../src/errors.js';
import { fixtureJson, fixtureText } from '../helpers/shared-fixtures.js';
import { MOCK_SECRETS, mockApi } from '../helpers/mock-api.js';

/** Every apiary / openapi example that carries credentials, as JSON or (malformed) text. */
const CREDENTIAL_EXAMPLES = [
  'openapi/GET_v1_credentials_id_200.json',
  'openapi/GET_v1_all_credentials_200.json',
  'openapi/POST_v1_credentials_200.json',
  'openapi/POST_v1_credentials_search_200.json',
  'openapi/POST_v2_credentials_search_200.json',
  'openapi/DELETE_v1_credentials_id_200.json',
  'apiary/GET_v1_credentials_id_200.json',
  'apiary/GET_v1_all_credentials_200.json',
  'apiary/POST_v1_credentials_search_200.json',
  'apiary/POST_v2_credentials_search_200.json',
  'apiary/DELETE_v1_credentials_id_200.json',
];
const MALFORMED_EXAMPLES = ['apiary/PUT_v1_credentials_id_200.txt', 'apiary/POST_v1_credentials_bulk_create_200.txt', 'apiary/GET_v1_designs_200.txt'];

const credentialsIn = (body: Record<string, unknown>): Record<string, unknown>[] =>
  (body['credential'] ? [body['credential']] : ((body['credentials'] as Record<string, unknown>[]) ?? [])) as Record<string, unknown>[];

describe('model/accredible: Accredible credentials to CredentialView', () => {
  it('maps the documented GET /v1/credentials/{id} example in full', async () => {
    const view = credentialViewFromAccredible(await fixtureJson('api/accredible/openapi/GET_v1_credentials_id_200.json'));
    expect(view).to.deep.include({ id: '10000005', provider: 'accredible', title: 'Example Certificate', issued: '2014-08-14' });
    expect(view.expires).to.equal(undefined);
    expect(view.recipient).to.deep.equal({ name: 'Jordan Smith', email: 'jor@dan.org', id: 'dw373' });
    expect(view.issuer).to.deep.equal({ name: 'Example Organization', id: '4897', url: 'http://www.accredible.com' });
    expect(view.results).to.deep.equal([{ label: 'Final Grade', value: '80' }]);
    expect(view.evidence).to.deep.equal([{ name: 'Presentation', url: 'https://s3.amazonaws.com/staging_accredible_api_evidence_items/files/10/original/open-uri20140316-15300-14jngj.pdf' }]);
    expect(view.endorsements[0]).to.deep.include({ name: 'Example Person', relationship: 'mentored' });
    expect(view.endorsements[0]?.comment).to.match(/final project was one of the best/);
    expect(view.attributes).to.deep.equal({ Location: 'London' });
    expect(view.links.map((link) => link.rel)).to.deep.equal(['page', 'badge-image', 'certificate-image', 'other']);
    expect(view.links[0]?.url).to.equal('https://www.credential.net/10000005');
    expect(view.group).to.deep.equal({ id: '9549', name: 'Example Certificate Design' });
  });

  it('maps every credential of the openapi and apiary examples without throwing', async () => {
    let mapped = 0;
    for (const name of CREDENTIAL_EXAMPLES) {
      for (const credential of credentialsIn(await fixtureJson(`api/accredible/${name}`))) {
        const view = credentialViewFromAccredible(credential);
        expect(view.id, name).to.match(/\S/);
        expect(view.title, name).to.match(/\S/);
        mapped++;
      }
    }
    expect(mapped).to.be.greaterThan(10);
  });

  it('reads the v2 search shape: flat recipient fields and a group object with designs', async () => {
    const body = await fixtureJson('api/accredible/openapi/POST_v2_credentials_search_200.json');
    const view = credentialViewFromAccredible(body.credentials[0]);
    expect(view.id).to.equal('12345678');
    expect(view.recipient).to.deep.equal({ name: 'John Doe', email: 'john.doe@mailinator.test' });
    expect(view.group).to.deep.equal({ id: '12345', name: 'COURSE_NAME', certificateDesignId: '1234' });
    expect(view.issued).to.equal('2025-10-31');
  });

  it('turns the malformed documentation bodies into BAD_RESPONSE through the HTTP layer', async () => {
    for (const name of MALFORMED_EXAMPLES) {
      const text = await fixtureText(`api/accredible/${name}`);
      expect(() => JSON.parse(text), name).to.throw();
      const stub: typeof fetch = async () => new Response(text, { headers: { 'content-type': 'application/json' } });
      try {
        await request({ url: 'https://api.accredible.example/v1/credentials/1' }, { fetch: stub, inFlight: false });
        expect.fail(`${name} should not parse`);
      } catch (error) {
        expect(error).to.be.instanceOf(CredentialError);
        expect((error as CredentialError).code).to.equal('BAD_RESPONSE');
      }
    }
  });

  it('tolerates nulls, the custom_attibutes misspelling and DD/MM/YYYY dates', () => {
    const view = credentialViewFromAccredible({
      id: 77,
      name: null,
      group_name: 'Forklift Safety',
      issued_on: '05/03/2019',
      expired_on: '31/02/2020',
      custom_attibutes: { Hours: 8, Instructor: null, Site: ['North', 'South'] },
      recipient: null,
      issuer: null,
      evidence_items: null,
      references: [{ referee: null, description: null }],
    });
    expect(view.id).to.equal('77');
    expect(view.title).to.equal('Forklift Safety');
    expect(view.issued).to.equal('2019-03-05');
    expect(view.expires).to.equal(undefined);
    expect(view.attributes).to.deep.equal({ Hours: '8', Site: 'North, South' });
    expect(view.recipient).to.equal(undefined);
    expect(view.evidence).to.deep.equal([]);
  });

  describe('on the generated data (through the mock API)', () => {
    let client: ReturnType<typeof createAccredibleClient>;
    before(async () => {
      client = createAccredibleClient({ base: `${(await mockApi()).url}/accredible`, apiKey: MOCK_SECRETS.accredibleKey });
    });

    it('maps evidence, references and custom attributes', async () => {
      const view = credentialViewFromAccredible(await client.getCredential(61450021));
      expect(view.results.map((result) => result.value)).to.deep.equal(['91%', '91']);
      expect(view.evidence[0]).to.deep.equal({ name: 'Architecture lab report', url: 'https://academy.northwind.example/evidence/9102/report.pdf' });
      expect(view.endorsements[0]?.issuer?.image?.url).to.equal('https://academy.northwind.example/staff/praman.jpg');
      expect(view.attributes).to.deep.equal({ 'Exam code': 'NW-CCP-02', Proctored: 'Yes' });
      expect(view.expires).to.equal('2028-03-14');
    });

    it('maps the older record and the expired one', async () => {
      const older = credentialViewFromAccredible(await client.getCredential('nw-data-analyst-7731'));
      expect(older.issued).to.equal('2024-11-22');
      expect(older.attributes['Capstone']).to.equal('Retail sales dashboard');
      const expired = credentialViewFromAccredible(await client.getCredential(61450022));
      expect(Date.parse(expired.expires!)).to.be.lessThan(Date.parse('2026-01-01'));
    });
  });
});

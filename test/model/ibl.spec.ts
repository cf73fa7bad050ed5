import { describe, it, before, expect } from '../helpers/harness.js';
import { credentialViewFromIbl } from '../../src/model/index.js';
import { createIblClient } from '../../src/sources/index.js';
import { fixtureJson } from '../helpers/shared-fixtures.js';
import { IBL_ORG, IBL_USER, MOCK_SECRETS, mockApi } from '../helpers/mock-api.js';

describe('model/ibl: ibl.ai credentials to CredentialView', () => {
  it('maps the docs mock assertion (placeholder values) without inventing data', async () => {
    const assertion = await fixtureJson('api/iblai/docs-mock__GET_api_credentials_public_assertions_entity_id_200.json');
    const view = credentialViewFromIbl(assertion);
    expect(view.id).to.equal('string');
    expect(view.provider).to.equal('ibl');
    expect(view.revoked).to.equal(true);
    expect(view.issued).to.equal(undefined);
    expect(view.expires).to.equal(undefined);
    expect(view.evidence).to.deep.equal([{ narrative: 'string' }]);
    expect(view.template).to.equal(undefined);
  });

  it('maps each item of the docs mock list, even an empty object', async () => {
    const list = await fixtureJson('api/iblai/docs-mock__GET_api_credentials_orgs_org_users_user_id_assertions_200.json');
    const views = list.data.map((item: Record<string, unknown>) => credentialViewFromIbl(item));
    expect(views).to.have.length(1);
    expect(views[0].title).to.equal('Untitled credential');
  });

  it('maps the schema-shaped entity of the API document', () => {
    const view = credentialViewFromIbl({
      entityId: 'string',
      name: 'string',
      criteriaNarrative: 'http://example.com',
      issuerDetails: { property1: 'string', property2: 'string' },
      expires: { property1: 0, property2: 0 },
      signatories: [{}],
      tags: null,
      metadata: null,
      html_template: 'string',
      css_template: 'string',
    });
    expect(view.criteria).to.deep.equal({ url: 'http://example.com' });
    expect(view.issuer).to.equal(undefined);
    expect(view.signatories).to.deep.equal([]);
    expect(view.template).to.deep.equal({ html: 'string', css: 'string' });
    expect(view.attributes).to.deep.equal({});
  });

  it('unwraps a {status, result} envelope and an assertion around credentialDetails', () => {
    const envelope = credentialViewFromIbl({ status: { success: true }, result: { entityId: 'e1', name: 'Badge' } });
    expect(envelope).to.deep.include({ id: 'e1', title: 'Badge' });
    const assertion = credentialViewFromIbl({
      entityId: 'a1',
      issuedOn: '2025-03-01T10:00:00Z',
      expires: '2027-03-01T10:00:00Z',
      recipient: { name: 'Maya Chen', email: 'maya@example.com' },
      credentialDetails: { name: 'Prompting', issuerDetails: { name: 'ibl Academy' } },
      revoked: false,
    });
    expect(assertion).to.deep.include({ id: 'a1', title: 'Prompting', issued: '2025-03-01T10:00:00Z', expires: '2027-03-01T10:00:00Z', revoked: false });
    expect(assertion.recipient).to.deep.equal({ name: 'Maya Chen', email: 'maya@example.com' });
    expect(assertion.issuer?.name).to.equal('ibl Academy');
  });

  it("reads the recipient's name from an assertion's free-form recipient map: full name, first and last, then username", () => {
    const named = (recipient: Record<string, unknown>) => credentialViewFromIbl({ entityId: 'a2', issuedOn: '2025-03-01', recipient, credentialDetails: { name: 'X' } }).recipient;
    expect(named({ full_name: 'Maya Chen', username: 'maya.chen' })).to.deep.equal({ name: 'Maya Chen' });
    expect(named({ first_name: 'Maya', last_name: 'Chen', username: 'maya.chen', email: 'm@example.com' })).to.deep.equal({ name: 'Maya Chen', email: 'm@example.com' });
    expect(named({ first_name: 'Maya', username: 'maya.chen' })).to.deep.equal({ name: 'Maya' });
    expect(named({ username: 'maya.chen' })).to.deep.equal({ name: 'maya.chen' });
    expect(named({ name: '  ', email: 'm@example.com' })).to.deep.equal({ email: 'm@example.com' });
    // A credential entity (the per-user credentials route) names no recipient: the page may (`recipient-name`).
    expect(credentialViewFromIbl({ entityId: 'e2', name: 'X' }).recipient).to.equal(undefined);
  });

  describe('on the generated data (through the mock API)', () => {
    let client: ReturnType<typeof createIblClient>;
    before(async () => {
      client = createIblClient({ base: `${(await mockApi()).url}/ibl`, org: IBL_ORG, userId: IBL_USER, apiKey: MOCK_SECRETS.iblKey });
    });

    it('keeps the certificate template, signatories, issuer and validity', async () => {
      const view = credentialViewFromIbl(await client.getCredential('Fh8sW0bXyN3eUa5RkD7tQe'));
      expect(view.template?.html).to.contain('{{recipient.name}}');
      expect(view.template?.css).to.contain('.cert');
      expect(view.signatories.map((signatory) => signatory.name)).to.deep.equal(['Dr. Alicia Moreno', 'James Whitfield']);
      expect(view.signatories[0]?.image?.url).to.match(/moreno\.png$/);
      expect(view.issuer).to.deep.include({ name: 'Riverside Continuing Education', email: 'ce@riverside-cc.example.edu' });
      expect(view.issued).to.equal('2025-05-30');
      expect(view.expires).to.equal('2028-05-30');
      expect(view.attributes['Valid for']).to.equal('3 years');
      expect(view.group).to.deep.equal({ name: 'AI Foundations' });
    });

    it('maps every listed credential, with a template each', async () => {
      const views = (await client.listAll()).map((item) => credentialViewFromIbl(item));
      expect(views).to.have.length(4);
      expect(views.every((view) => view.template && view.template.html.includes('{{credential.name}}'))).to.equal(true);
      expect(views[3]?.issuer).to.equal(undefined);
    });
  });
});

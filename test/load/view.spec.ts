// A provider record that embeds a signed credential is shown with the signed credential's own statements.
import { describe, expect, it } from '../harness.js';
import { loadCredentialView } from '../../src/model/load-view.js';

const signed = {
  '@context': ['https://www.w3.org/ns/credentials/v2', 'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json'],
  id: 'urn:uuid:4d2f5a0e-0000-4000-8000-000000000001',
  type: ['VerifiableCredential', 'OpenBadgeCredential'],
  issuer: { id: 'did:example:issuer', type: ['Profile'], name: 'Signed Issuer' },
  validFrom: '2025-03-01T00:00:00Z',
  name: 'Signed Title',
  credentialSubject: {
    type: ['AchievementSubject'],
    achievement: { id: 'urn:example:a', type: ['Achievement'], name: 'Signed Title', criteria: { narrative: 'Signed criteria' } },
  },
};

describe('model/load-view: provider records with an embedded signed credential', () => {
  it('shows what the signature covers, and keeps the provider’s extras', async () => {
    const record = {
      credential: {
        id: 61450099,
        name: 'API Title (unsigned)',
        issued_on: '2020-01-01',
        recipient: { name: 'Someone Else' },
        issuer: { name: 'API Issuer' },
        custom_attributes: { cohort: 'Spring' },
      },
      verifiable_credential: signed,
    };
    const view = await loadCredentialView('accredible', record);
    expect(view.title).to.equal('Signed Title');
    expect(view.issuer?.name).to.equal('Signed Issuer');
    expect(view.issued?.slice(0, 10)).to.equal('2025-03-01');
    expect(view.verifiable).to.deep.equal(signed);
    expect(view.attributes).to.deep.equal({ cohort: 'Spring' });
  });

  it('maps a record with no embedded credential from the API record alone', async () => {
    const view = await loadCredentialView('accredible', { credential: { id: 1, name: 'API Title', issuer: { name: 'API Issuer' } } });
    expect(view.title).to.equal('API Title');
    expect(view.verifiable).to.equal(undefined);
  });
});

// model/ob2.ts: an OB 2.0 assertion to the display model, as the verifier reports it (BadgeClass and Issuer
// embedded) and as given before verification (its JSON, its JWS); a hashed recipient is never shown.
import { describe, expect, it } from '../helpers/harness.js';
import { credentialViewFromOb2 } from '../../src/model/index.js';
import { verifyCredential } from '../../src/verify/index.js';
import { createWorld } from '../verify/ob2/helpers/world.js';

describe('model/ob2: OB 2.0 assertions to CredentialView', () => {
  it('shows what was verified: the BadgeClass, its Issuer, the dates, evidence and criteria', async () => {
    const world = await createWorld();
    const assertion = world.hosted('model', { expires: '2030-01-01T00:00:00Z', narrative: 'Presented at the fair.' });
    const report = await verifyCredential(assertion, world.options());
    const view = credentialViewFromOb2(report.credential!);
    expect(view.provider).to.equal('ob2');
    expect(view.id).to.equal(assertion.id);
    expect(view.title).to.equal('Data Science I');
    expect(view.description).to.equal('Analyses a data set and reports on it.');
    expect(view.image).to.deep.equal({ url: 'https://uni.edu/badges/classes/data-science.png' });
    expect(view.criteria).to.deep.equal({ narrative: 'Pass the final project.', url: 'https://uni.edu/badges/classes/data-science/criteria' });
    expect(view.issuer).to.deep.include({ id: 'https://uni.edu/issuer', name: 'Example University', url: 'https://uni.edu', email: 'badges@uni.edu' });
    expect(view.issued).to.equal('2024-01-15T12:00:00Z');
    expect(view.expires).to.equal('2030-01-01T00:00:00Z');
    expect(view.evidence).to.deep.equal([{ narrative: 'Presented at the fair.' }, { narrative: 'A study of river levels.', url: 'https://uni.edu/projects/42' }]);
    expect(view.alignments).to.deep.equal([{ name: 'Statistics', url: 'https://standards.example/statistics', framework: 'Example Framework', code: 'ST-1' }]);
    expect(view.tags).to.deep.equal(['data', 'statistics']);
    expect(view.recipient).to.equal(undefined); // hashed
    expect(view.links).to.deep.include({ rel: 'page', url: assertion.id });
  });

  it('reads a JWS payload, and shows a recipient only in plain text', async () => {
    const world = await createWorld();
    const jws = await world.signed({ recipient: { type: 'email', hashed: false, identity: 'alice@example.org' }, badge: { id: 'https://uni.edu/b', name: 'Embedded' } });
    const view = credentialViewFromOb2(jws);
    expect(view.title).to.equal('Embedded');
    expect(view.recipient).to.deep.equal({ email: 'alice@example.org' });
    expect(credentialViewFromOb2({ recipient: { type: 'url', identity: 'https://alice.example/' } }).recipient).to.deep.equal({ id: 'https://alice.example/' });
    expect(credentialViewFromOb2({ badge: 'https://uni.edu/b' }).title).to.equal('Untitled badge');
  });
});

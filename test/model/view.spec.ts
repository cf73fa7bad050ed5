// The mappers read a raw credential (shown before verification finishes) and the engine's view of its signed
// meaning (shown after) alike: the card shows the same thing either way.
import { describe, expect, it } from '../helpers/harness.js';
import { credentialViewFromOb3 } from '../../src/model/index.js';
import { verifyCredential } from '../../src/verify/index.js';
import { ed25519Issuer, openBadge, signEddsaRdfc2022 } from '../verify/helpers/signing.js';

describe('mapping the verified view', () => {
  it('shows the same card for a signed OB 3.0 badge and for its view', async () => {
    const issuer = await ed25519Issuer();
    const credential = openBadge(issuer, { validUntil: '2030-01-01T00:00:00Z', description: 'A first course.' });
    credential.credentialSubject.identifier = [{ type: 'IdentityObject', identityType: 'name', hashed: false, identityHash: 'Ada Lovelace' }];
    credential.credentialSubject.achievement.creditsAvailable = 4;
    credential.credentialSubject.achievement.image = { id: 'https://riverside.example/bio.png', type: 'Image', caption: 'Biology' };
    const signed = await signEddsaRdfc2022(credential, issuer);
    const report = await verifyCredential(signed, { network: false, now: '2026-01-01T00:00:00Z' });
    expect(report.status).to.equal('verified');
    const fromRaw = credentialViewFromOb3(signed);
    const fromView = credentialViewFromOb3(report.credential!);
    const shown = ({ raw: _raw, verifiable: _verifiable, ...rest }: ReturnType<typeof credentialViewFromOb3>) => rest;
    expect(shown(fromView)).to.deep.equal(shown(fromRaw));
    expect(fromView.title).to.equal('Introduction to Biology');
    expect(fromView.recipient?.name).to.equal('Ada Lovelace');
    expect(fromView.attributes['Credits available']).to.equal('4');
  });
});

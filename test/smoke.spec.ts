// The smoke test: the three outcomes a verifier exists to tell apart, through the public `credential-elements/verify`
// entry, on credentials signed here. If this fails, nothing else in the suite is worth reading first.
import { before, describe, expect, it } from './helpers/harness.js';
import { verifyCredential } from '../src/verify/index.js';
import { ed25519Issuer, openBadge, signEddsaRdfc2022, type TestIssuer } from './verify/helpers/signing.js';

const offline = { network: false, now: '2026-01-01T00:00:00Z' };

describe('smoke: the public verify entry', () => {
  let issuer: TestIssuer;
  let signed: Record<string, any>;
  before(async () => {
    issuer = await ed25519Issuer();
    signed = await signEddsaRdfc2022(openBadge(issuer, { name: 'Biology 101' }), issuer);
  });

  it('verifies a credential as signed, with its proof checked', async () => {
    const report = await verifyCredential(signed, offline);
    expect(report.status).to.equal('verified');
    expect(report.checks.find((check) => check.id === 'proof')?.status).to.equal('success');
  });

  it('refuses the same credential with one word changed', async () => {
    const forged = structuredClone(signed);
    forged.credentialSubject.achievement.name = 'Biology 201';
    const report = await verifyCredential(forged, offline);
    expect(report.status).to.equal('failed');
    expect(report.checks.find((check) => check.id === 'proof')?.status).to.equal('failure');
  });

  it('says a credential whose key needs the network, offline, could not be checked (not forged)', async () => {
    const webIssuer = await ed25519Issuer();
    webIssuer.keyPair.controller = 'did:web:university.example';
    webIssuer.keyPair.id = 'did:web:university.example#key-1';
    const credential = await signEddsaRdfc2022(openBadge(webIssuer), webIssuer);
    const report = await verifyCredential(credential, offline);
    expect(report.status).to.equal('unverifiable');
  });
});

// Reading a credential's meaning: bounded, unambiguous about which node is the credential, and never needed for a
// VC-JWT (whose payload is what was signed).
import { describe, expect, it } from '../helpers/harness.js';
import { verifyCredential, type VerificationReport } from '../../src/verify/index.js';
import { ed25519Issuer, ed25519PrivateCryptoKey, openBadge, signJwt } from './helpers/signing.js';

const offline = { network: false, now: '2026-01-01T00:00:00Z' };
const check = (report: VerificationReport, id: string) => report.checks.filter((entry) => entry.id === id);
const V2 = 'https://www.w3.org/ns/credentials/v2';

describe('the meaning of a credential', () => {
  it('stops with too-complex when shared nodes would make the view explode (a chain of diamonds)', async () => {
    const depth = 40;
    const nodes = Array.from({ length: depth }, (_, i) => ({ id: `urn:example:n${i}`, 'ex:left': { id: `urn:example:n${i + 1}` }, 'ex:right': { id: `urn:example:n${i + 1}` } }));
    const credential = {
      '@context': [V2, { ex: 'https://example.org/vocab#' }],
      id: 'urn:example:credential',
      type: ['VerifiableCredential'],
      issuer: 'did:example:issuer',
      validFrom: '2025-01-01T00:00:00Z',
      credentialSubject: { id: 'urn:example:n0' },
      '@included': nodes,
    };
    const report = await verifyCredential(credential, offline);
    expect(report.verified).to.equal(false);
    expect(check(report, 'format').map((entry) => entry.reason)).to.include('too-complex');
    // Finishing at all says the 2^40 embeddings were never attempted: the budget stopped the projection.
  });

  it('fails as ambiguous when the meaning holds two credentials side by side', async () => {
    const one = (id: string) => ({ id, type: ['VerifiableCredential'], issuer: 'did:example:issuer', credentialSubject: { id: 'did:example:s' } });
    const report = await verifyCredential({ '@context': [V2], '@graph': [one('urn:example:a'), one('urn:example:b')] }, offline);
    expect(report.verified).to.equal(false);
    expect(check(report, 'format').map((entry) => entry.reason)).to.include('ambiguous-value');
    expect(check(report, 'proof')[0]?.status).to.equal('failure');
  });

  it('reads a VC-JWT from its payload, even when a context in it is not bundled', async () => {
    const issuer = await ed25519Issuer();
    const credential = openBadge(issuer, { '@context': [...openBadge(issuer)['@context'], 'https://contexts.example/unbundled.json'] });
    const jwt = await signJwt(credential, 'EdDSA', { kid: issuer.verificationMethod, privateKey: await ed25519PrivateCryptoKey(issuer) });
    const report = await verifyCredential(jwt, offline);
    expect(check(report, 'context')[0]?.reason).to.equal('context-not-bundled');
    expect(check(report, 'proof')[0]?.status).to.equal('success');
    expect(report.summary.name).to.equal('Introduction to Biology');
    expect(report.credential?.name).to.equal('Introduction to Biology');
  });
});

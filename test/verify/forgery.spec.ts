// Credentials that name an issuer they were not signed by: each must fail (or at best warn), never verify cleanly.
import { before, describe, expect, it } from '../helpers/harness.js';
import { verifyCredential, clearNetworkCache, type VerificationReport } from '../../src/verify/index.js';
import * as Ed25519Multikey from '@digitalbazaar/ed25519-multikey';
import { ed25519Issuer, ed25519PrivateCryptoKey, openBadge, signEddsaRdfc2022, signJwt, type TestIssuer } from './helpers/signing.js';

const keyCheck = (report: VerificationReport) => report.checks.find((check) => check.id === 'key')!;

/** A fetch that serves the given JSON documents by URL, 404 for anything else. */
function serving(documents: Record<string, unknown>): typeof fetch {
  return (async (input: RequestInfo | URL) => {
    const url = String(input instanceof Request ? input.url : input);
    return url in documents ? new Response(JSON.stringify(documents[url]), { headers: { 'content-type': 'application/json' } }) : new Response('{}', { status: 404 });
  }) as typeof fetch;
}

/** Signs `credential` with `signer`'s key, announced under the verification method id `vm`. */
async function signAs(credential: Record<string, unknown>, signer: TestIssuer, vm: string, controller: string) {
  const exported = await signer.keyPair.export({ publicKey: true, secretKey: true, includeContext: true });
  const keyPair = await Ed25519Multikey.from({ ...exported, id: vm, controller });
  const signed = await signEddsaRdfc2022(credential, { ...signer, verificationMethod: vm, keyPair });
  expect(signed.proof.verificationMethod).to.equal(vm);
  return signed;
}

describe('forged issuers', () => {
  let attacker: TestIssuer;
  const issuer = 'did:web:issuer.example';
  const issuerDidDocument = { id: issuer, verificationMethod: [], assertionMethod: [] };
  before(async () => {
    attacker = await ed25519Issuer();
    clearNetworkCache();
  });

  it('fails a key document that claims the issuer as its controller when the issuer does not list it', async () => {
    const vm = 'https://evil.example/keys/1';
    const signed = await signAs(openBadge(attacker, { issuer: { id: issuer, type: ['Profile'], name: 'Issuer' } }), attacker, vm, issuer);
    const fetch = serving({
      [vm]: { id: vm, type: 'Multikey', controller: issuer, publicKeyMultibase: attacker.publicKeyMultibase },
      'https://issuer.example/.well-known/did.json': issuerDidDocument,
    });
    const report = await verifyCredential(signed, { network: true, fetch, now: '2026-01-01T00:00:00Z' });
    expect(keyCheck(report).status).to.equal('failure');
    expect(report.verified).to.equal(false);
  });

  it('does not take a key document at its word when the claimed controller cannot be read', async () => {
    const vm = 'https://evil.example/keys/2';
    const signed = await signAs(openBadge(attacker, { issuer: { id: 'https://issuer.example/profile', type: ['Profile'], name: 'Issuer' } }), attacker, vm, 'https://issuer.example/profile');
    const fetch = serving({ [vm]: { id: vm, type: 'Multikey', controller: 'https://issuer.example/profile', publicKeyMultibase: attacker.publicKeyMultibase } });
    const report = await verifyCredential(signed, { network: true, fetch, now: '2026-01-01T00:00:00Z' });
    expect(keyCheck(report).status).to.equal('warning');
    expect(report.status).to.not.equal('verified');
  });

  it("fails a key named under someone else's profile, even when that profile lists it", async () => {
    const vm = `https://evil.example/profile#${attacker.publicKeyMultibase}`;
    const signed = await signAs(openBadge(attacker, { issuer: { id: issuer, type: ['Profile'], name: 'Issuer' } }), attacker, vm, 'https://evil.example/profile');
    const fetch = serving({ 'https://evil.example/profile': { id: 'https://evil.example/profile', verificationMethod: [{ id: vm, publicKeyMultibase: attacker.publicKeyMultibase }] } });
    const report = await verifyCredential(signed, { network: true, fetch, now: '2026-01-01T00:00:00Z' });
    expect(keyCheck(report).status).to.equal('failure');
    expect(report.verified).to.equal(false);
  });

  it("fails a key named under the issuer's id that the issuer's own profile does not list", async () => {
    const profile = 'https://issuer.example/issuers/1';
    const vm = `${profile}#${attacker.publicKeyMultibase}`;
    const signed = await signAs(openBadge(attacker, { issuer: { id: profile, type: ['Profile'], name: 'Issuer' } }), attacker, vm, profile);
    const fetch = serving({ [profile]: { id: profile, type: 'Profile', verificationMethod: [] } });
    const report = await verifyCredential(signed, { network: true, fetch, now: '2026-01-01T00:00:00Z' });
    expect(keyCheck(report).status, JSON.stringify(report.checks)).to.equal('failure');
    // …and accepts it once the profile lists the key.
    clearNetworkCache();
    const listing = serving({ [profile]: { id: profile, type: 'Profile', verificationMethod: [{ id: vm, type: 'Multikey', publicKeyMultibase: attacker.publicKeyMultibase }] } });
    const listed = await verifyCredential(signed, { network: true, fetch: listing, now: '2026-01-01T00:00:00Z' });
    expect(keyCheck(listed).status).to.equal('success');
    expect(listed.status).to.equal('verified');
  });

  // Anyone can name a key under an address they don't own: only the issuer's own profile says whether it is theirs,
  // so when that look-up can't be made the credential is "couldn't verify right now", never "verified with warnings".
  it("is unverifiable, not a warning, when the issuer's profile that would list a key named under its id can't be read", async () => {
    const profile = 'https://issuer.example/issuers/2';
    const vm = `${profile}#${attacker.publicKeyMultibase}`;
    const signed = await signAs(openBadge(attacker, { issuer: { id: profile, type: ['Profile'], name: 'Issuer' } }), attacker, vm, profile);
    const unreachable = (() => Promise.reject(new TypeError('Failed to fetch'))) as unknown as typeof fetch;
    for (const options of [{ network: false }, { network: true, fetch: unreachable }]) {
      clearNetworkCache();
      const report = await verifyCredential(signed, { ...options, now: '2026-01-01T00:00:00Z' });
      expect([keyCheck(report).status, keyCheck(report).reason], JSON.stringify(options)).to.deep.equal(['unverifiable', 'key-unreachable']);
      expect(report.status).to.equal('unverifiable');
    }
    // An answer that is no profile (a homepage's HTML) did come: it lists no key, so the issuer stays unproven (a
    // warning), not "couldn't verify right now", which a retry would never change.
    clearNetworkCache();
    const homepage = (() => Promise.resolve(new Response('<!doctype html><title>Issuer</title>', { headers: { 'content-type': 'text/html' } }))) as unknown as typeof fetch;
    const answered = await verifyCredential(signed, { network: true, fetch: homepage, now: '2026-01-01T00:00:00Z' });
    expect([keyCheck(answered).status, keyCheck(answered).reason]).to.deep.equal(['warning', 'key-unproven']);
    // The same for a key document that names the issuer as its controller.
    const keyUrl = 'https://keys.example/1';
    const viaDocument = await signAs(openBadge(attacker, { issuer: { id: profile, type: ['Profile'], name: 'Issuer' } }), attacker, keyUrl, profile);
    clearNetworkCache();
    const onlyTheKey = ((input: RequestInfo | URL) =>
      String(input instanceof Request ? input.url : input) === keyUrl
        ? Promise.resolve(new Response(JSON.stringify({ id: keyUrl, type: 'Multikey', controller: profile, publicKeyMultibase: attacker.publicKeyMultibase }), { headers: { 'content-type': 'application/json' } }))
        : Promise.reject(new TypeError('Failed to fetch'))) as typeof fetch;
    const report = await verifyCredential(viaDocument, { network: true, fetch: onlyTheKey, now: '2026-01-01T00:00:00Z' });
    expect([keyCheck(report).status, keyCheck(report).reason]).to.deep.equal(['unverifiable', 'key-unreachable']);
  });

  it('fails a VC-JWT past its "exp" claim even when the credential inside states no expiry', async () => {
    // Signed by the issuer's own did:key (no kid: the key is the one its iss names).
    const jwt = await signJwt(openBadge(attacker), 'EdDSA', { claims: { exp: Math.floor(Date.parse('2025-01-01T00:00:00Z') / 1000) }, privateKey: await ed25519PrivateCryptoKey(attacker) });
    const report = await verifyCredential(jwt, { network: false, now: '2026-01-01T00:00:00Z' });
    expect(report.checks.some((check) => check.id === 'dates' && check.status === 'failure' && /"exp" claim/.test(check.message))).to.equal(true);
    expect(report.verified).to.equal(false);
  });

  it('fails a proof past its own "expires" date', async () => {
    const keyPair = attacker.keyPair;
    const { DataIntegrityProof } = await import('@digitalbazaar/data-integrity');
    const { cryptosuite } = await import('@digitalbazaar/eddsa-rdfc-2022-cryptosuite');
    const vc = await import('@digitalbazaar/vc');
    const { createDocumentLoader } = await import('../../src/verify/contexts/index.js');
    const suite = new DataIntegrityProof({ signer: keyPair.signer(), cryptosuite });
    suite.proof = { expires: '2025-06-01T00:00:00Z' };
    const signed = await vc.issue({ credential: openBadge(attacker), suite, documentLoader: createDocumentLoader() });
    expect(signed.proof.expires).to.equal('2025-06-01T00:00:00Z');
    const before = await verifyCredential(signed, { network: false, now: '2025-01-01T00:00:00Z' });
    expect(before.checks.find((check) => check.id === 'proof')?.status).to.equal('success');
    const after = await verifyCredential(signed, { network: false, now: '2026-01-01T00:00:00Z' });
    expect(after.checks.find((check) => check.id === 'proof')?.message).to.match(/proof expired on 2025-06-01/);
    expect(after.verified).to.equal(false);
  });
});

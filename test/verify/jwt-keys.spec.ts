// Issue 9 §2: a key in the JWT header is the signer's own claim. It may speak only for itself (an issuer that is
// exactly that did:jwk); a `kid` is resolved against the issuer first, and wins over a `jwk`.
import { SignJWT, exportJWK, generateKeyPair } from 'jose';
import { before, describe, expect, it } from '../helpers/harness.js';
import { verifyCredential, type VerificationReport } from '../../src/verify/index.js';
import { ed25519Issuer, ed25519PrivateCryptoKey, openBadge, type TestIssuer } from './helpers/signing.js';

type Json = Record<string, any>;

const offline = { network: false, now: '2026-01-01T00:00:00Z' };
const check = (report: VerificationReport, id: string) => report.checks.find((entry) => entry.id === id)!;

const base64url = (text: string) => btoa(text).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');

async function jwt(credential: Json, header: Json, privateKey: CryptoKey): Promise<string> {
  const issuer = typeof credential.issuer === 'string' ? credential.issuer : credential.issuer.id;
  const claims = { vc: credential, iss: issuer, jti: credential.id, nbf: Math.floor(Date.parse(credential.validFrom) / 1000), sub: credential.credentialSubject.id };
  return new SignJWT(claims).setProtectedHeader({ alg: 'EdDSA', typ: 'JWT', ...header }).sign(privateKey);
}

describe('VC-JWT header keys', () => {
  let issuer: TestIssuer;
  let attacker: { privateKey: CryptoKey; jwk: Json };
  before(async () => {
    issuer = await ed25519Issuer();
    const pair = await generateKeyPair('EdDSA', { crv: 'Ed25519', extractable: true });
    attacker = { privateKey: pair.privateKey, jwk: await exportJWK(pair.publicKey) };
  });

  it('fails a did:web issuer’s credential signed by whatever key the header carries', async () => {
    const credential = openBadge(issuer, { issuer: { id: 'did:web:university.example', type: ['Profile'], name: 'University' } });
    const report = await verifyCredential(await jwt(credential, { jwk: attacker.jwk }, attacker.privateKey), offline);
    expect(check(report, 'key').status).to.equal('failure');
    expect(check(report, 'key').reason).to.equal('key-not-issuers');
    expect(report.verified).to.equal(false);
  });

  it('fails a header key that speaks for any issuer but the did:jwk it is', async () => {
    const urnIssuer = openBadge(issuer, { issuer: { id: 'urn:uuid:7a0d7a53-0c1e-4d59-9b0e-0f5f4f9c1a01', type: ['Profile'], name: 'Someone' } });
    const report = await verifyCredential(await jwt(urnIssuer, { jwk: attacker.jwk }, attacker.privateKey), offline);
    expect(check(report, 'key').status).to.equal('failure');
    expect(report.verified).to.equal(false);
  });

  it('takes the key of a did:key issuer from its iss when there is no kid, whatever jwk the header carries', async () => {
    const forged = await verifyCredential(await jwt(openBadge(issuer), { jwk: attacker.jwk }, attacker.privateKey), offline);
    expect(forged.verified).to.equal(false);
    expect(check(forged, 'proof').reason).to.equal('signature-invalid');
    const genuine = await verifyCredential(await jwt(openBadge(issuer), {}, await ed25519PrivateCryptoKey(issuer)), offline);
    expect(genuine.status, JSON.stringify(genuine.checks)).to.equal('verified');
    expect(check(genuine, 'key').details?.route).to.equal('did:key');
  });

  it('resolves a kid that names the issuer’s key before the jwk beside it', async () => {
    const header = { kid: issuer.verificationMethod, jwk: attacker.jwk };
    const forged = await verifyCredential(await jwt(openBadge(issuer), header, attacker.privateKey), offline);
    expect(forged.verified).to.equal(false);
    expect(check(forged, 'proof').reason).to.equal('signature-invalid');

    const genuine = await verifyCredential(await jwt(openBadge(issuer), header, await ed25519PrivateCryptoKey(issuer)), offline);
    expect(genuine.status, JSON.stringify(genuine.checks)).to.equal('verified');
    expect(check(genuine, 'key').status).to.equal('success');
  });

  it('accepts the header key for an issuer that is exactly that did:jwk', async () => {
    const { d: _d, ...publicJwk } = attacker.jwk;
    const did = `did:jwk:${base64url(JSON.stringify(publicJwk))}`;
    const credential = openBadge(issuer, { issuer: { id: did, type: ['Profile'], name: 'Self-issued' } });
    const report = await verifyCredential(await jwt(credential, { jwk: publicJwk }, attacker.privateKey), offline);
    expect(report.status, JSON.stringify(report.checks)).to.equal('verified');
    expect(check(report, 'key').status).to.equal('success');
  });
});

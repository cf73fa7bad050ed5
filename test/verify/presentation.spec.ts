// Issue 10 §2: Verifiable Presentations. The holder's proof (authentication, by a key of the holder), the challenge
// and domain the caller expects, then each credential inside as a child report; VP-JWTs too. The attacker's versions:
// re-encoded presentation fields keep their verdict, duplicated holders and challenges are ambiguous, hidden
// credentials are caught, and ten thousand credentials answer with a bound.
import { SignJWT, exportJWK, generateKeyPair } from 'jose';
import jsigs from 'jsonld-signatures';
import { DataIntegrityProof } from '@digitalbazaar/data-integrity';
import { cryptosuite as eddsaRdfc2022 } from '@digitalbazaar/eddsa-rdfc-2022-cryptosuite';
import * as Ed25519Multikey from '@digitalbazaar/ed25519-multikey';
import { before, describe, expect, it } from '../helpers/harness.js';
import { verifyCredential, type VerificationReport } from '../../src/verify/index.js';
import { createDocumentLoader } from '../../src/verify/contexts/index.js';
import { reEncodings, TERMS } from './helpers/re-encode.js';
import { SUITES, type SuiteSigner } from './helpers/suites.js';
import { ed25519Issuer, ed25519PrivateCryptoKey, openBadge, signEddsaRdfc2022, signJwt, type TestIssuer } from './helpers/signing.js';

type Json = Record<string, any>;

const NOW = '2026-01-01T00:00:00Z';
const CHALLENGE = '8d1f3c2e-challenge';
const DOMAIN = 'https://registrar.example';
const offline = { network: false, now: NOW };
const expected = { ...offline, challenge: CHALLENGE, domain: DOMAIN };
const check = (report: VerificationReport, id: string) => report.checks.find((entry) => entry.id === id)!;
const problems = (report: VerificationReport) =>
  report.checks.filter((entry) => entry.status !== 'success' && entry.status !== 'skipped').map((entry) => `${entry.id}/${entry.status}/${entry.reason}`);
const clone = <T>(value: T): T => JSON.parse(JSON.stringify(value));

function presentation(holder: string | string[] | undefined, credentials: unknown[]): Json {
  return {
    '@context': ['https://www.w3.org/ns/credentials/v2'],
    id: 'urn:uuid:3b0f0c1e-5f0a-4a8e-9d55-2c6d7e8f9a01',
    type: ['VerifiablePresentation'],
    ...(holder && { holder }),
    verifiableCredential: credentials,
  };
}

/** The VC 2.0 envelope of a VC-JWT: the JWT in a data: URL. */
const enveloped = (jwt: string, mediaType = 'application/vc+jwt') => ({ '@context': 'https://www.w3.org/ns/credentials/v2', id: `data:${mediaType},${jwt}`, type: 'EnvelopedVerifiableCredential' });

/** A proof purpose that writes what it is given into the proof (two challenges, say), as no honest wallet would. */
function purposeWith(extra: Json) {
  const purpose = new jsigs.purposes.AuthenticationProofPurpose({ challenge: CHALLENGE, domain: DOMAIN });
  const update = purpose.update.bind(purpose);
  purpose.update = async (proof: Json, options: unknown) => ({ ...(await update(proof, options)), ...extra });
  return purpose;
}

describe('verifiable presentations', () => {
  let holder: SuiteSigner;
  let issuer: TestIssuer;
  let badge: Json;
  let jwt: string;
  let holderKey: { keyPair: any; did: string };
  before(async () => {
    holder = await SUITES['eddsa-rdfc-2022']!();
    issuer = await ed25519Issuer();
    badge = await signEddsaRdfc2022(openBadge(issuer), issuer);
    jwt = await signJwt(openBadge(issuer), 'EdDSA', { privateKey: await ed25519PrivateCryptoKey(issuer) });
    const keyPair = await Ed25519Multikey.generate();
    const did = `did:key:${keyPair.publicKeyMultibase}`;
    keyPair.controller = did;
    keyPair.id = `${did}#${keyPair.publicKeyMultibase}`;
    holderKey = { keyPair, did };
  });

  const signed = (doc: Json, options = { challenge: CHALLENGE, domain: DOMAIN }) => holder.signPresentation!(doc, options);

  it("verifies the holder's proof, the challenge and domain, and each credential inside (JSON-LD and enveloped VC-JWT)", async () => {
    const report = await verifyCredential(await signed(presentation(holder.did, [badge, enveloped(jwt)])), expected);
    expect(problems(report), JSON.stringify(report.checks)).to.deep.equal([]);
    expect(report.status).to.equal('verified');
    expect(check(report, 'holder').details?.holder).to.equal(holder.did);
    expect(check(report, 'key').message).to.match(/belongs to the holder/);
    expect(report.children.map((child) => [child.kind, child.status])).to.deep.equal([['json-ld', 'verified'], ['vc-jwt', 'verified']]);
    expect(check(report, 'format').message).to.match(/presentation/);
  });

  it('fails a challenge or a domain other than the expected, and a proof that carries none when one is expected', async () => {
    const vp = await signed(presentation(holder.did, [badge]));
    expect(check(await verifyCredential(vp, { ...expected, challenge: 'another' }), 'proof').reason).to.equal('challenge-mismatch');
    expect(check(await verifyCredential(vp, { ...expected, domain: 'https://elsewhere.example' }), 'proof').reason).to.equal('domain-mismatch');
    // Without expectations, the proof's own challenge binds nothing and is not judged.
    expect((await verifyCredential(vp, offline)).status).to.equal('verified');
  });

  it('fails a presentation signed by a key that is not the holder’s, or for another purpose', async () => {
    const other = await SUITES['eddsa-rdfc-2022']!();
    const forged = await other.signPresentation!(presentation(holder.did, [badge]), { challenge: CHALLENGE, domain: DOMAIN });
    const report = await verifyCredential(forged, expected);
    expect(check(report, 'key').reason).to.equal('key-not-holders');
    expect(report.verified).to.equal(false);
    const asAssertion = await holder.sign(presentation(holder.did, [badge]));
    expect(check(await verifyCredential(asAssertion, offline), 'proof').reason).to.equal('wrong-purpose');
  });

  it('warns of an unsigned presentation, whose credentials still verify; fails it when a challenge is expected', async () => {
    const unsigned = presentation(holder.did, [badge]);
    const report = await verifyCredential(unsigned, offline);
    expect(problems(report)).to.deep.equal(['proof/warning/no-proof']);
    expect(report.children[0]!.status).to.equal('verified');
    expect(check(await verifyCredential(unsigned, expected), 'proof').status).to.equal('failure');
  });

  it('fails a presentation whose credential fails (changed after signing), and names the formats it cannot check', async () => {
    const changed = { ...clone(badge), name: 'Advanced Biology' };
    const report = await verifyCredential(await signed(presentation(holder.did, [changed])), expected);
    expect(check(report, 'nested').reason).to.equal('nested-failed');
    expect(report.verified).to.equal(false);
    const sdJwt = await verifyCredential(await signed(presentation(holder.did, [enveloped(`${jwt}~WyJhIiwiYiIsImMiXQ~`, 'application/dc+sd-jwt')])), expected);
    expect(check(sdJwt.children[0]!, 'format').details?.format).to.equal('sd-jwt-vc');
  });

  it('reads the holder and the proof from the meaning: every equivalent encoding keeps the verdict', async () => {
    const vp = await signed(presentation(holder.did, [badge]));
    const plain = await verifyCredential(vp, expected);
    expect(plain.status).to.equal('verified');
    const encodings = reEncodings(vp, [TERMS.holder!, TERMS.challenge!, TERMS.domain!, TERMS.proofPurpose!, TERMS.verificationMethod!]);
    expect(encodings.length).to.be.greaterThan(10);
    const mismatches: string[] = [];
    for (const { name, doc } of encodings) {
      const report = await verifyCredential(doc, expected);
      // Wrapping the whole presentation (top-level @graph, @included) hides its credentials from the JSON they are
      // verified from: that fails, saying so, rather than verifying fewer.
      const wrapped = /^top-level /.test(name);
      const verdict = wrapped ? problems(report).join(', ') === 'nested/failure/nested-unreadable' : report.status === 'verified';
      if (!verdict) mismatches.push(`${name}: ${problems(report).join(', ')}`);
    }
    expect(mismatches).to.deep.equal([]);
    // And a wrong challenge stays wrong under each of them.
    for (const { name, doc } of reEncodings(vp, [TERMS.challenge!])) {
      const report = await verifyCredential(doc, { ...expected, challenge: 'another' });
      if (check(report, 'proof').reason !== 'challenge-mismatch') mismatches.push(`${name}: ${problems(report).join(', ')}`);
    }
    expect(mismatches).to.deep.equal([]);
  });

  it('fails a credential hidden from the JSON reader (under @nest), instead of verifying fewer', async () => {
    const vp = await signed({ ...presentation(holder.did, []), verifiableCredential: undefined, '@nest': { verifiableCredential: [badge] } });
    const report = await verifyCredential(vp, expected);
    expect(check(report, 'nested').reason).to.equal('nested-unreadable');
    expect(report.verified).to.equal(false);
  });

  it('fails two holders, and two challenges, as ambiguous', async () => {
    const twoHolders = await signed(presentation([holder.did, 'did:example:someone-else'], [badge]));
    expect(check(await verifyCredential(twoHolders, expected), 'holder').reason).to.equal('ambiguous-value');
    const suite = new DataIntegrityProof({ signer: holderKey.keyPair.signer(), cryptosuite: eddsaRdfc2022 });
    const twoChallenges = clone(await jsigs.sign(presentation(holderKey.did, [badge]), { suite, purpose: purposeWith({ challenge: [CHALLENGE, 'another'] }), documentLoader: createDocumentLoader() }));
    const report = await verifyCredential(twoChallenges, expected);
    expect(check(report, 'proof').reason).to.equal('ambiguous-value');
    expect(report.verified).to.equal(false);
  });

  it('answers a presentation of ten thousand credentials with the bound, without reading them', async () => {
    const many = presentation(holder.did, Array.from({ length: 10_000 }, (_, index) => ({ id: `urn:uuid:${index}`, type: 'VerifiableCredential' })));
    const report = await verifyCredential(many, expected);
    expect(check(report, 'nested').reason).to.equal('nested-too-many');
    expect(report.children).to.deep.equal([]);
    expect(report.verified).to.equal(false);
  });

  describe('VP-JWT', () => {
    let privateKey: CryptoKey;
    let did: string;
    before(async () => {
      const pair = await generateKeyPair('EdDSA', { crv: 'Ed25519', extractable: true });
      privateKey = pair.privateKey;
      const jwk = await exportJWK(pair.publicKey);
      did = `did:jwk:${btoa(JSON.stringify({ kty: jwk.kty, crv: jwk.crv, x: jwk.x })).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')}`;
    });
    const vpJwt = (claims: Json, key = privateKey) =>
      new SignJWT({ iss: did, nonce: CHALLENGE, aud: DOMAIN, vp: { '@context': ['https://www.w3.org/2018/credentials/v1'], type: ['VerifiablePresentation'], verifiableCredential: [jwt] }, ...claims })
        .setProtectedHeader({ alg: 'EdDSA', kid: `${did}#0` })
        .sign(key);

    it('verifies the holder (iss), its nonce and audience, and the VC-JWTs inside', async () => {
      const report = await verifyCredential(await vpJwt({}), expected);
      expect(problems(report), JSON.stringify(report.checks)).to.deep.equal([]);
      expect(check(report, 'holder').details?.holder).to.equal(did);
      expect(report.children.map((child) => child.status)).to.deep.equal(['verified']);
    });

    it('fails a nonce or an audience other than the expected, and a signature by someone else', async () => {
      expect(check(await verifyCredential(await vpJwt({ nonce: 'replayed' }), expected), 'proof').reason).to.equal('challenge-mismatch');
      expect(check(await verifyCredential(await vpJwt({ aud: 'https://elsewhere.example' }), expected), 'proof').reason).to.equal('domain-mismatch');
      const other = await generateKeyPair('EdDSA', { crv: 'Ed25519' });
      expect(check(await verifyCredential(await vpJwt({}, other.privateKey), expected), 'proof').reason).to.equal('signature-invalid');
    });
  });
});

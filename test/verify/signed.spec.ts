// Credentials the tests sign with keys they generate: every proof type, a CLR with nested badges, VC-JWTs,
// baked images, and the checks around them (dates, recipient, trusted issuers).
import { before, describe, expect, it } from '../helpers/harness.js';
import { verifyCredential, type VerificationReport } from '../../src/verify/index.js';
import { bakePng, bakeSvg } from './helpers/baking.js';
import {
  clrCredential,
  ed25519Issuer,
  ed25519PrivateCryptoKey,
  openBadge,
  p256Issuer,
  signEcdsaRdfc2019,
  signEd25519Signature2020,
  signEddsaRdfc2022,
  signJwt,
  type TestIssuer,
} from './helpers/signing.js';
import { SignJWT } from 'jose';
import { DataIntegrityProof } from '@digitalbazaar/data-integrity';
import { cryptosuite as eddsaRdfc2022 } from '@digitalbazaar/eddsa-rdfc-2022-cryptosuite';
import * as vc from '@digitalbazaar/vc';
import { createDocumentLoader } from '../../src/verify/contexts/index.js';

const offline = { network: false, now: '2026-01-01T00:00:00Z' };
const check = (report: VerificationReport, id: string) => report.checks.find((entry) => entry.id === id)!;
const failures = (report: VerificationReport) => report.checks.filter((entry) => entry.status === 'failure').map((entry) => `${entry.id}: ${entry.message}`);

describe('credentials signed by the tests', () => {
  let issuer: TestIssuer;
  let badge: Record<string, any>;

  before(async () => {
    issuer = await ed25519Issuer();
    badge = await signEddsaRdfc2022(openBadge(issuer), issuer);
  });

  it('verifies an OB 3.0 badge signed with eddsa-rdfc-2022', async () => {
    const report = await verifyCredential(badge, offline);
    expect(failures(report)).to.deep.equal([]);
    expect(report.verified).to.equal(true);
    expect(check(report, 'proof').message).to.contain('eddsa-rdfc-2022');
    expect(check(report, 'key').status).to.equal('success');
    expect(report.summary.name).to.equal('Introduction to Biology');
    expect(report.summary.issuer?.id).to.equal(issuer.did);
    expect(report.kind).to.equal('json-ld');
  });

  it('verifies Ed25519Signature2020 and ecdsa-rdfc-2019 (P-256) proofs', async () => {
    const legacySigned = await signEd25519Signature2020(
      openBadge(issuer, { '@context': [...openBadge(issuer)['@context'], 'https://w3id.org/security/suites/ed25519-2020/v1'] }),
      issuer,
    );
    const p256 = await p256Issuer();
    const ecdsaSigned = await signEcdsaRdfc2019(openBadge(p256), p256);
    for (const signed of [legacySigned, ecdsaSigned]) {
      const report = await verifyCredential(signed, offline);
      expect(failures(report), JSON.stringify(signed.proof)).to.deep.equal([]);
      expect(report.status).to.equal('verified');
    }
  });

  it('reports the legacy eddsa-2022 cryptosuite as a warning', async () => {
    const legacySuite = { ...eddsaRdfc2022, name: 'eddsa-2022' };
    const suite = new DataIntegrityProof({ signer: issuer.keyPair.signer(), cryptosuite: legacySuite });
    const signed = await vc.issue({ credential: openBadge(issuer), suite, documentLoader: createDocumentLoader() });
    const report = await verifyCredential(signed, offline);
    expect(report.verified).to.equal(true);
    expect(report.status).to.equal('warning');
    expect(check(report, 'proof').message).to.match(/legacy cryptosuite/);
  });

  it('reports an unknown cryptosuite, a proof type no context defines, and a credential with no proof', async () => {
    const unknown = { ...badge, proof: { ...badge.proof, cryptosuite: 'bbs-2023' } };
    const report = await verifyCredential(unknown, offline);
    expect(report.verified).to.equal(false);
    // Named as what it is: a selective-disclosure credential this verifier does not check.
    expect(check(report, 'format').message).to.match(/bbs-2023\), which this verifier does not check/);
    expect(check(report, 'format').reason).to.equal('unsupported-format');
    const mystery = await verifyCredential({ ...badge, proof: { ...badge.proof, cryptosuite: 'mystery-2031' } }, offline);
    expect(check(mystery, 'proof').message).to.match(/mystery-2031 is not supported/);
    expect(check(mystery, 'proof').reason).to.equal('unsupported-suite');
    // A type no bundled context defines leaves its proof's terms undefined: the meaning can't be read at all.
    const undefinedType = await verifyCredential({ ...badge, proof: { ...badge.proof, type: 'BbsBlsSignature2020' } }, offline);
    expect(undefinedType.verified).to.equal(false);
    expect(check(undefinedType, 'context').reason).to.equal('undefined-term');
    expect(check(undefinedType, 'proof').status).to.equal('failure');
    const { proof: _proof, ...unsigned } = badge;
    expect(check(await verifyCredential(unsigned, offline), 'proof').message).to.match(/no proof/);
  });

  it('fails a badge signed by a key that belongs to another DID', async () => {
    const other = await ed25519Issuer();
    const forged = await signEddsaRdfc2022(openBadge(issuer), other);
    const report = await verifyCredential(forged, offline);
    expect(check(report, 'proof').status).to.equal('success');
    expect(check(report, 'key').status).to.equal('failure');
    expect(report.verified).to.equal(false);
  });

  it('warns that the issuer is unproven when a urn:uuid issuer signs with a did:key', async () => {
    const credential = openBadge(issuer, { issuer: { id: 'urn:uuid:2f1a2b3c-0000-4000-8000-000000000001', type: ['Profile'], name: 'Anon' } });
    const report = await verifyCredential(await signEddsaRdfc2022(credential, issuer), offline);
    expect(report.verified).to.equal(true);
    expect(report.status).to.equal('warning');
    expect(check(report, 'key').message).to.match(/unproven/);
  });

  it('verifies a CLR with nested badges, streaming progress, and fails it when a nested badge is forged', async () => {
    const nested = await Promise.all(['Biology', 'Chemistry', 'Physics'].map((name) => signEddsaRdfc2022(openBadge(issuer, { name }), issuer)));
    const clr = await signEddsaRdfc2022(clrCredential(issuer, nested), issuer);
    const progress: Array<[number, number]> = [];
    const report = await verifyCredential(clr, { ...offline, onProgress: ({ done, total }) => progress.push([done, total]) });
    expect(failures(report)).to.deep.equal([]);
    expect(report.verified).to.equal(true);
    expect(report.children.map((child) => child.summary.name)).to.deep.equal(['Biology', 'Chemistry', 'Physics']);
    expect(progress).to.deep.equal([[1, 3], [2, 3], [3, 3]]);
    expect(check(report, 'nested').message).to.equal('All 3 nested credentials verified.');

    const forged = [...nested];
    forged[1] = { ...nested[1], name: 'Advanced Chemistry' };
    const forgedClr = await signEddsaRdfc2022(clrCredential(issuer, forged), issuer);
    const forgedReport = await verifyCredential(forgedClr, offline);
    expect(forgedReport.verified).to.equal(false);
    expect(forgedReport.children[1].verified).to.equal(false);
    expect(check(forgedReport, 'nested').message).to.equal('1 of 3 nested credentials did not verify.');
    // The CLR's own proof still holds: it signed the forged badge as it was.
    expect(check(forgedReport, 'proof').status).to.equal('success');
  });

  it('checks the validity window against options.now', async () => {
    const dated = await signEddsaRdfc2022(openBadge(issuer, { validFrom: '2025-01-01T00:00:00Z', validUntil: '2025-12-31T00:00:00Z' }), issuer);
    expect(check(await verifyCredential(dated, { network: false, now: '2025-06-01T00:00:00Z' }), 'dates').status).to.equal('success');
    expect(check(await verifyCredential(dated, { network: false, now: '2024-06-01T00:00:00Z' }), 'dates').message).to.match(/not valid yet/);
    const expired = await verifyCredential(dated, { network: false, now: '2026-06-01T00:00:00Z' });
    expect(check(expired, 'dates').message).to.match(/expired on 2025-12-31/);
    expect(expired.verified).to.equal(false);
  });

  it('matches the expected recipient, hashed identifiers included', async () => {
    const salt = 'pepper';
    const hash = Array.from(new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode('ada@example.edu' + salt))), (b) => b.toString(16).padStart(2, '0')).join('');
    const credential = openBadge(issuer);
    credential.credentialSubject.identifier = [{ type: 'IdentityObject', identityType: 'emailAddress', hashed: true, identityHash: `sha256$${hash}`, salt }];
    const signed = await signEddsaRdfc2022(credential, issuer);
    expect(check(await verifyCredential(signed, { ...offline, recipient: 'ada@example.edu' }), 'recipient').status).to.equal('success');
    expect(check(await verifyCredential(signed, { ...offline, recipient: 'did:example:learner-1' }), 'recipient').status).to.equal('success');
    const wrong = await verifyCredential(signed, { ...offline, recipient: 'eve@example.edu' });
    expect(check(wrong, 'recipient').status).to.equal('failure');
    expect(wrong.verified).to.equal(false);
  });

  it('warns when the issuer is not on the trusted list', async () => {
    expect(check(await verifyCredential(badge, { ...offline, trustedIssuers: [issuer.did] }), 'issuer').status).to.equal('success');
    const untrusted = await verifyCredential(badge, { ...offline, trustedIssuers: ['did:web:someone.else'] });
    expect(check(untrusted, 'issuer').status).to.equal('warning');
    expect(untrusted.status).to.equal('warning');
  });

  it('reports status as skipped, with the reason, when network use is off', async () => {
    const credential = openBadge(issuer, {
      credentialStatus: { id: 'https://status.example/1#5', type: 'BitstringStatusListEntry', statusPurpose: 'revocation', statusListIndex: '5', statusListCredential: 'https://status.example/1' },
    });
    const report = await verifyCredential(await signEddsaRdfc2022(credential, issuer), offline);
    expect(check(report, 'status').status).to.equal('warning');
    expect(check(report, 'status').message).to.match(/network use is off/);
    expect(report.verified).to.equal(true);
  });
});

describe('VC-JWT', () => {
  let issuer: TestIssuer;
  before(async () => {
    issuer = await ed25519Issuer();
  });

  for (const alg of ['EdDSA', 'ES256', 'RS256'] as const) {
    it(`checks a ${alg} signature with the key in the jwk header, which speaks for no issuer but its own did:jwk`, async () => {
      // An issuer that is no did:key (whose own key a JWT without kid would take from its iss).
      const jwt = await signJwt(openBadge(issuer, { issuer: { id: 'https://riverside.example/issuer', type: ['Profile'], name: 'Riverside' } }), alg);
      const report = await verifyCredential(jwt, offline);
      expect(report.kind).to.equal('vc-jwt');
      expect(check(report, 'proof').status).to.equal('success');
      expect(check(report, 'proof').message).to.contain(alg);
      expect(failures(report)).to.deep.equal([`key: ${check(report, 'key').message}`]);
      expect(check(report, 'key').reason).to.equal('key-not-issuers');
      expect(report.verified).to.equal(false);
    });
  }

  it('binds a kid that is the issuer did:key to the issuer', async () => {
    const jwt = await signJwt(openBadge(issuer), 'EdDSA', { kid: issuer.verificationMethod, privateKey: await ed25519PrivateCryptoKey(issuer) });
    const report = await verifyCredential(jwt, offline);
    expect(failures(report)).to.deep.equal([]);
    expect(report.status).to.equal('verified');
  });

  it('fails when the claims disagree with the credential, or the payload was changed', async () => {
    const mismatched = await signJwt(openBadge(issuer), 'ES256', { claims: { iss: 'did:example:someone-else' } });
    expect(check(await verifyCredential(mismatched, offline), 'proof').message).to.match(/"iss" claim/);
    const jwt = await signJwt(openBadge(issuer, { issuer: { id: 'https://riverside.example/issuer', type: ['Profile'], name: 'Riverside' } }), 'ES256');
    const [header, payload, signature] = jwt.split('.');
    const changed = JSON.parse(atob(payload.replace(/-/g, '+').replace(/_/g, '/')));
    changed.vc.name = 'Forged';
    const forged = [header, btoa(JSON.stringify(changed)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, ''), signature].join('.');
    const report = await verifyCredential(forged, offline);
    expect(report.verified).to.equal(false);
    expect(check(report, 'proof').message).to.match(/does not match/);
  });

  // VC Data Model 1.1 §6.3.1: iss stands for the issuer, nbf/exp for the dates, jti for the id, sub for the subject's id;
  // a vc claim that leaves them to the registered claims (as the specification's own examples do) is genuine.
  it('reads a VC-JWT whose vc claim leaves its issuer, dates, id and subject to the registered claims', async () => {
    const privateKey = await ed25519PrivateCryptoKey(issuer);
    const vcClaim = { '@context': ['https://www.w3.org/2018/credentials/v1'], type: ['VerifiableCredential'], credentialSubject: { degree: { type: 'BachelorDegree', name: 'Bachelor of Science' } } };
    const sign = (claims: Record<string, unknown>) => new SignJWT({ vc: vcClaim, iss: issuer.did, sub: 'did:example:learner-1', jti: 'urn:uuid:0b9a3f0e-1c1f-4f42-9a2f-2a1d1b1c1d1e', ...claims }).setProtectedHeader({ alg: 'EdDSA', typ: 'JWT', kid: issuer.verificationMethod }).sign(privateKey);
    const report = await verifyCredential(await sign({ nbf: Date.parse('2025-01-01T00:00:00Z') / 1000 }), offline);
    expect(failures(report)).to.deep.equal([]);
    expect(report.status).to.equal('verified');
    expect(report.credential).to.include({ issuer: issuer.did, issuanceDate: '2025-01-01T00:00:00Z', id: 'urn:uuid:0b9a3f0e-1c1f-4f42-9a2f-2a1d1b1c1d1e' });
    expect((report.credential!['credentialSubject'] as Record<string, unknown>)['id']).to.equal('did:example:learner-1');
    // Its expiry, in exp alone, is the credential's expiry.
    const expired = await verifyCredential(await sign({ nbf: Date.parse('2025-01-01T00:00:00Z') / 1000, exp: Date.parse('2025-07-01T00:00:00Z') / 1000 }), offline);
    expect(expired.checks.filter((entry) => entry.id === 'dates').map((entry) => entry.reason)).to.deep.equal(['expired', 'expired']);
    // The issuer it names is still the one whose key must have signed.
    const other = await ed25519Issuer();
    const foreign = await verifyCredential(await sign({ iss: other.did }), offline);
    expect(check(foreign, 'key').reason).to.equal('key-not-issuers');
  });

  // The attacker's version: a claim stands in only for what the vc claim states in no form. An `@id`, or the other key
  // of a date pair, is a statement the claim must equal, never a gap it fills beside it.
  it('never lets a registered claim stand beside what the vc claim states in another form', async () => {
    const attacker = await ed25519Issuer();
    const privateKey = await ed25519PrivateCryptoKey(attacker);
    const sign = (vc: Record<string, unknown>, claims: Record<string, unknown>) =>
      new SignJWT({ vc, ...claims }).setProtectedHeader({ alg: 'EdDSA', typ: 'JWT', kid: attacker.verificationMethod }).sign(privateKey);
    const base = { '@context': ['https://www.w3.org/2018/credentials/v1'], type: ['VerifiableCredential'], issuer: attacker.did, issuanceDate: '2025-01-01T00:00:00Z', credentialSubject: { id: 'did:example:alice' } };
    const victim = { ...base, issuer: { '@id': 'did:web:victim.example', name: 'Victim University' } };
    const cases: Array<[string, Record<string, unknown>, Record<string, unknown>]> = [
      ['issuer as @id, iss another', victim, { iss: attacker.did }],
      ['credential @id, jti another', { ...base, '@id': 'urn:uuid:a' }, { iss: attacker.did, jti: 'urn:uuid:b' }],
      ['subject @id, sub another', { ...base, credentialSubject: { '@id': 'did:example:alice' } }, { iss: attacker.did, sub: 'did:example:mallory' }],
    ];
    for (const [name, vc, claims] of cases) {
      const report = await verifyCredential(await sign(vc, claims), offline);
      expect(report.status, name).to.equal('failed');
    }
    // A VC 2.0 credential that expired by its expirationDate stays expired whatever its exp claim says.
    const v2 = { ...openBadge(attacker), expirationDate: '2020-01-01T00:00:00Z' };
    const expired = await verifyCredential(await sign(v2, { iss: attacker.did, exp: Date.parse('2099-01-01T00:00:00Z') / 1000 }), offline);
    expect(expired.status).to.equal('failed');
    // A NumericDate no Date holds is refused as a claim, not an internal error.
    const huge = await verifyCredential(await sign(base, { iss: attacker.did, exp: 1e13 }), offline);
    expect(check(huge, 'format').reason).not.to.equal('internal-error');
  });
});

describe('baked badges', () => {
  let issuer: TestIssuer;
  let json: string;
  let jwt: string;
  before(async () => {
    issuer = await ed25519Issuer();
    json = JSON.stringify(await signEddsaRdfc2022(openBadge(issuer), issuer));
    jwt = await signJwt(openBadge(issuer), 'EdDSA', { kid: issuer.verificationMethod, privateKey: await ed25519PrivateCryptoKey(issuer) });
  });

  it('reads PNG iTXt chunks, plain and compressed, holding JSON-LD or a JWT', async () => {
    for (const [payload, compressed, kind] of [[json, false, 'json-ld'], [json, true, 'json-ld'], [jwt, false, 'jwt']] as const) {
      const report = await verifyCredential(await bakePng(payload, { compressed }), offline);
      expect(failures(report), `${kind} compressed=${compressed}`).to.deep.equal([]);
      expect(report.kind).to.equal('baked-png');
    }
  });

  it('reads SVG credentials from the verify attribute, CDATA, or escaped text', async () => {
    for (const [payload, form] of [[jwt, 'attribute'], [json, 'cdata'], [json, 'escaped']] as const) {
      const report = await verifyCredential(bakeSvg(payload, form), offline);
      expect(failures(report), form).to.deep.equal([]);
      expect(report.kind).to.equal('baked-svg');
      expect(report.verified).to.equal(true);
    }
  });

  it('says so when an image carries no credential', async () => {
    const png = await verifyCredential(await bakePng(json, { keyword: 'Comment' }), offline);
    expect(check(png, 'format').message).to.match(/no baked credential/);
    const svg = await verifyCredential('<svg xmlns="http://www.w3.org/2000/svg"><circle r="1"/></svg>', offline);
    expect(check(svg, 'format').message).to.match(/no baked credential/);
  });
});

// Issue 10 §3: VC-JWTs of the pre-final 1EdTech drafts. A JWT's signature covers its payload's bytes, which the checks
// read directly, so a context this verifier does not bundle is a warning there (a failure for JSON-LD, whose meaning
// needs it); the schema reads the draft contexts as the final ones, as 1EdTech's validator does. A JWT without `kid`
// whose `iss` is a did:key or did:jwk takes its key from `iss`.
import { SignJWT, exportJWK, generateKeyPair } from 'jose';
import { describe, expect, it } from '../helpers/harness.js';
import { verifyCredential, type VerificationReport } from '../../src/verify/index.js';
import { checkSchema } from '../../src/verify/checks/schema.js';
import { ed25519Issuer, ed25519PrivateCryptoKey, signJwt } from './helpers/signing.js';

type Json = Record<string, any>;

const offline = { network: false, now: '2026-01-01T00:00:00Z' };
const check = (report: VerificationReport, id: string) => report.checks.find((entry) => entry.id === id)!;
const OB_DRAFT = 'https://imsglobal.github.io/openbadges-specification/context.json';
const CLR_DRAFT = 'https://dc.imsglobal.org/draft/clr/v2p0/context';

/** An OB 3.0 credential as the draft-era samples were written (VC 1.1, the draft OB context). */
function draftBadge(issuer: string): Json {
  return {
    '@context': ['https://www.w3.org/2018/credentials/v1', OB_DRAFT],
    id: 'urn:uuid:91537dba-56cb-11ec-bf63-0242ac130002',
    type: ['VerifiableCredential', 'OpenBadgeCredential'],
    issuer: { id: issuer, type: 'Profile', name: 'Example Corp' },
    issuanceDate: '2010-01-01T00:00:00Z',
    name: 'Teamwork Badge',
    credentialSubject: {
      id: 'did:example:ebfeb1f712ebc6f1c276e12ec21',
      type: 'AchievementSubject',
      achievement: {
        id: 'https://example.com/achievements/21st-century-skills/teamwork',
        type: 'Achievement',
        criteria: { narrative: 'Team members are nominated for this badge by their peers.' },
        description: 'This badge recognizes the development of the capacity to collaborate within a group environment.',
        name: 'Teamwork',
      },
    },
  };
}

describe('VC-JWTs of the pre-final drafts', () => {
  it('verify with warnings: the unbundled draft context, and the schema read against the final one', async () => {
    const issuer = await ed25519Issuer();
    const jwt = await signJwt(draftBadge(issuer.did), 'EdDSA', { privateKey: await ed25519PrivateCryptoKey(issuer) });
    const report = await verifyCredential(jwt, offline);
    expect(report.status, JSON.stringify(report.checks)).to.equal('warning');
    expect([check(report, 'context').status, check(report, 'context').reason]).to.deep.equal(['warning', 'context-not-bundled']);
    expect(check(report, 'schema').status).to.equal('warning');
    expect(check(report, 'schema').details?.warnings).to.include(`it lists the pre-final draft context ${OB_DRAFT}, read as https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json`);
    expect(check(report, 'proof').status).to.equal('success');
  });

  it('still fail as JSON-LD, whose meaning needs the context', async () => {
    const report = await verifyCredential({ ...draftBadge('did:example:issuer'), proof: { type: 'DataIntegrityProof' } }, offline);
    expect(check(report, 'context').reason).to.equal('context-not-bundled');
    expect(report.verified).to.equal(false);
  });

  it('read a draft CLR against the final CLR schema', () => {
    const clr = {
      '@context': ['https://www.w3.org/2018/credentials/v1', CLR_DRAFT, OB_DRAFT],
      id: 'http://example.edu/credentials/3732',
      type: ['VerifiableCredential', 'ClrCredential'],
      issuer: { id: 'did:example:university', type: 'Profile', name: 'Example University' },
      issuanceDate: '2010-01-01T00:00:00Z',
      name: 'Sample Transcript',
      credentialSubject: { id: 'did:example:learner', type: 'ClrSubject', verifiableCredential: [draftBadge('did:example:university')], achievement: [draftBadge('x').credentialSubject.achievement] },
    };
    const result = checkSchema(clr);
    expect(result.status, result.message).to.equal('warning');
    const final = checkSchema({ ...clr, '@context': ['https://www.w3.org/2018/credentials/v1', 'https://example.com/another-context'] });
    expect(final.status).to.equal('failure');
  });
});

describe('VC-JWTs without kid', () => {
  it('take the key of a did:jwk issuer from its iss', async () => {
    const { privateKey, publicKey } = await generateKeyPair('ES256', { extractable: true });
    const { kty, crv, x, y } = await exportJWK(publicKey);
    const did = `did:jwk:${btoa(JSON.stringify({ kty, crv, x, y })).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')}`;
    const badge: Json = { ...draftBadge(did), '@context': ['https://www.w3.org/ns/credentials/v2', 'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json'], issuanceDate: undefined, validFrom: '2025-01-01T00:00:00Z' };
    const sign = (key: CryptoKey) => new SignJWT({ vc: badge, iss: did, jti: badge.id }).setProtectedHeader({ alg: 'ES256' }).sign(key);
    const report = await verifyCredential(await sign(privateKey), offline);
    expect(check(report, 'proof').status, JSON.stringify(report.checks)).to.equal('success');
    expect(check(report, 'key').details?.route).to.equal('did:jwk');
    const other = await generateKeyPair('ES256');
    expect(check(await verifyCredential(await sign(other.privateKey), offline), 'proof').reason).to.equal('signature-invalid');
  });
});

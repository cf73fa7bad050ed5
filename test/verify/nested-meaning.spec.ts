// Nested credentials are verified from their own JSON, but the set of them is the one the signed meaning holds: an
// expired child hidden from the JSON locations the engine reads (under @nest, behind a full IRI key) fails the parent.
import { before, describe, expect, it } from '../helpers/harness.js';
import { joinNested, nestedCheck, nestedCredentials, verifyCredential, type VerificationReport } from '../../src/verify/index.js';
import { clrCredential, ed25519Issuer, ed25519PrivateCryptoKey, openBadge, signEddsaRdfc2022, signJwt, type TestIssuer } from './helpers/signing.js';

type Json = Record<string, any>;

const offline = { network: false, now: '2026-01-01T00:00:00Z' };
const CLR_VOCAB = 'https://purl.imsglobal.org/spec/vc/clr/vocab.html#';
const nested = (report: VerificationReport) => report.checks.filter((check) => check.id === 'nested');

describe('the nested credentials the meaning holds', () => {
  let issuer: TestIssuer;
  let valid: Json;
  let expired: Json;
  let clr: Json;
  before(async () => {
    issuer = await ed25519Issuer();
    valid = await signEddsaRdfc2022(openBadge(issuer, { name: 'Biology' }), issuer);
    expired = await signEddsaRdfc2022(openBadge(issuer, { name: 'Chemistry', validUntil: '2025-12-01T00:00:00Z' }), issuer);
    clr = await signEddsaRdfc2022(clrCredential(issuer, [valid, expired]), issuer);
  });

  it('fails the plain CLR for its expired entry', async () => {
    const report = await verifyCredential(clr, offline);
    expect(report.verified).to.equal(false);
    expect(nested(report).map((check) => check.reason)).to.deep.equal(['nested-failed']);
  });

  const hidden: Array<[string, (copy: Json) => void]> = [
    ['under @nest', (copy) => {
      copy.credentialSubject.verifiableCredential = [copy.credentialSubject.verifiableCredential[0]];
      copy.credentialSubject['@nest'] = { verifiableCredential: [expired] };
    }],
    ['behind its full IRI key', (copy) => {
      copy.credentialSubject.verifiableCredential = [copy.credentialSubject.verifiableCredential[0]];
      copy.credentialSubject[`${CLR_VOCAB}verifiableCredential`] = [expired];
    }],
  ];
  for (const [where, hide] of hidden) {
    it(`fails a CLR whose expired entry is hidden ${where}, with nested-unreadable`, async () => {
      const copy = structuredClone(clr);
      hide(copy);
      const report = await verifyCredential(copy, offline);
      // The re-encoding keeps the CLR's own signature: it is an attack, not a broken credential.
      expect(report.checks.find((check) => check.id === 'proof')?.status).to.equal('success');
      expect(report.verified).to.equal(false);
      expect(nested(report).some((check) => check.status === 'failure' && check.reason === 'nested-unreadable')).to.equal(true);
    });
  }

  it('fails a badge whose expired endorsement is hidden under @nest', async () => {
    const endorsement = await signEddsaRdfc2022(
      openBadge(issuer, {
        type: ['VerifiableCredential', 'EndorsementCredential'],
        validUntil: '2025-12-01T00:00:00Z',
        credentialSubject: { id: 'https://riverside.example/achievements/bio-101', type: ['EndorsementSubject'], endorsementComment: 'Fine course.' },
      }),
      issuer,
    );
    const credential = openBadge(issuer);
    credential.credentialSubject.achievement.endorsement = [endorsement];
    const signed = await signEddsaRdfc2022(credential, issuer);
    expect((await verifyCredential(signed, offline)).verified).to.equal(false);

    const copy = structuredClone(signed);
    copy.credentialSubject.achievement['@nest'] = { endorsement: copy.credentialSubject.achievement.endorsement };
    delete copy.credentialSubject.achievement.endorsement;
    const report = await verifyCredential(copy, offline);
    expect(report.checks.find((check) => check.id === 'proof')?.status).to.equal('success');
    expect(report.verified).to.equal(false);
    expect(nested(report).some((check) => check.reason === 'nested-unreadable')).to.equal(true);
  });

  it('keeps the completeness verdict when the children are verified separately (nested: skip, then joinNested)', async () => {
    const copy = structuredClone(clr);
    hidden[0][1](copy);
    const container = await verifyCredential(copy, { ...offline, nested: 'skip' });
    expect(nested(container).map((check) => check.reason)).to.deep.equal(['nested-unreadable']);
    const inputs = nestedCredentials(copy);
    const children = await Promise.all(inputs.map((input) => verifyCredential(input, { ...offline, nestingLevel: 1 })));
    const joined = joinNested(container, children, nestedCheck(children, inputs.length));
    expect(joined.verified).to.equal(false);
    expect(nested(joined).some((check) => check.reason === 'nested-unreadable')).to.equal(true);
  });

  // An entry with an IRI (an enveloped VC-JWT, its data: URL) is one node in the meaning however often the JSON
  // lists it: a count of entries can't tell [A, A] from the [A, B] that was signed.
  it('fails a CLR that lists an enveloped entry twice in place of an expired one hidden behind its full IRI key', async () => {
    const privateKey = await ed25519PrivateCryptoKey(issuer);
    const enveloped = async (overrides: Json) => {
      const jwt = await signJwt(openBadge(issuer, overrides), 'EdDSA', { kid: issuer.verificationMethod, privateKey });
      // The envelope repeats the credential's outline (no blank nodes), as the CLR schema asks of an entry.
      const outline = openBadge(issuer, { credentialSubject: { id: 'did:example:learner-1', type: ['AchievementSubject'] } });
      return { ...outline, id: `data:application/vc+jwt,${jwt}`, type: ['VerifiableCredential', 'OpenBadgeCredential', 'EnvelopedVerifiableCredential'] };
    };
    const biology = await enveloped({ name: 'Biology' });
    const chemistry = await enveloped({ name: 'Chemistry', validUntil: '2025-12-01T00:00:00Z' });
    const signed = await signEddsaRdfc2022(clrCredential(issuer, [biology, chemistry]), issuer);
    expect((await verifyCredential(signed, offline)).verified).to.equal(false);

    const copy = structuredClone(signed);
    copy.credentialSubject.verifiableCredential = [biology, structuredClone(biology)];
    copy.credentialSubject[`${CLR_VOCAB}verifiableCredential`] = [chemistry];
    const report = await verifyCredential(copy, offline);
    expect(report.checks.find((check) => check.id === 'proof')?.status).to.equal('success');
    expect(report.verified).to.equal(false);
    expect(nested(report).some((check) => check.status === 'failure' && check.reason === 'nested-unreadable')).to.equal(true);
    const alone = await verifyCredential(copy, { ...offline, nested: 'skip' });
    expect(nested(alone).map((check) => check.reason)).to.deep.equal(['nested-unreadable']);
  });
});

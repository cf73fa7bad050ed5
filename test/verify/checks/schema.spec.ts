// The schema check against the shared fixtures and hand-made broken credentials.
import { describe, it, expect, before } from '../../helpers/harness.js';
import { fixtureJson } from '../../helpers/shared-fixtures.js';
import { checkSchema } from '../../../src/verify/checks/schema.js';
import type { Check } from '../../../src/verify/types.js';

type Doc = Record<string, any>;
interface Entry {
  file: string;
  expected: string;
  reason: string;
}

const OB_SAMPLE = 'vectors/1edtech-impl-guide/obv3p0/signed.json';
const CLR_SAMPLE = 'vectors/1edtech-impl-guide/clrv2p0/signed.json';
const BAD_SCHEMA =
  'credentials/dcc-vc-test-fixtures/verifiableCredentials/v2/dataIntegrityProof/didKey/twoOIDF-revoked-notExpired-badSchema.json';
const VC11 = 'credentials/dcc-vc-test-fixtures/verifiableCredentials/v1/dataIntegrityProof/didKey/legacyRegistry-noStatus-noExpiry-OBSpecExample.json';
const OB_SCHEMA_URL = 'https://purl.imsglobal.org/spec/ob/v3p0/schema/json/ob_v3p0_achievementcredential_schema.json';
const OB_OR_CLR = ['AchievementCredential', 'OpenBadgeCredential', 'EndorsementCredential', 'ClrCredential'];

const expectFailure = (check: Check, ...phrases: string[]) => {
  expect(check.status, check.message).to.equal('failure');
  const errors = (check.details?.errors as string[]) ?? [];
  for (const phrase of phrases) expect(errors.join('\n'), check.message).to.contain(phrase);
  expect(errors.length).to.be.within(1, 5);
};

describe('schema check: shared fixtures', () => {
  const entries: Entry[] = [];
  const docs: Record<string, Doc> = {};
  before(async () => {
    entries.push(...(await fixtureJson<{ entries: Entry[] }>('EXPECTED.json')).entries);
    await Promise.all(entries.map(async (e) => (docs[e.file] = await fixtureJson(e.file))));
  });

  it('no credential whose expected outcome is not about schema fails the schema check', () => {
    const checked = entries.filter((e) => !/schema/i.test(`${e.expected} ${e.reason}`));
    expect(checked.length).to.be.greaterThan(100);
    const failures = checked
      .map((e) => ({ file: e.file, check: checkSchema(docs[e.file]!) }))
      .filter(({ check }) => check.status === 'failure')
      .map(({ file, check }) => `${file}: ${check.message}`);
    expect(failures).to.deep.equal([]);
  });

  it('every OB / CLR fixture is actually checked (not skipped), and the others are skipped', () => {
    let ob = 0;
    for (const e of entries) {
      const isOb = [docs[e.file]!.type].flat().some((t: unknown) => OB_OR_CLR.includes(t as string));
      const { status } = checkSchema(docs[e.file]!);
      expect(status === 'skipped', `${e.file}: ${status}`).to.equal(!isOb);
      if (isOb) ob++;
    }
    expect(ob).to.be.greaterThan(80);
  });

  it('fails twoOIDF-revoked-notExpired-badSchema: VC 2.0 context with issuanceDate instead of validFrom', async () => {
    const entry = entries.find((e) => e.file === BAD_SCHEMA)!;
    expect(entry.expected).to.contain('schema');
    const check = checkSchema(docs[BAD_SCHEMA]!);
    expectFailure(check, "missing its required 'validFrom'");
    expect(check.message).to.equal(
      "Not a well-formed OB 3.0 OpenBadgeCredential: the credential is missing its required 'validFrom'.",
    );
  });

  it('passes the 1EdTech implementation guide OB 3.0 and CLR 2.0 samples', async () => {
    for (const path of [OB_SAMPLE, CLR_SAMPLE, OB_SAMPLE.replace('signed', 'unsigned'), CLR_SAMPLE.replace('signed', 'unsigned')]) {
      const check = checkSchema(await fixtureJson(path));
      expect(check.status, `${path}: ${check.message}`).to.equal('success');
      expect(check.id).to.equal('schema');
    }
    expect(checkSchema(docs[CLR_SAMPLE]!).message).to.equal('A well-formed CLR 2.0 ClrCredential (1EdTech JSON Schema).');
  });

  it('accepts a VC 1.1-shaped OB credential with a warning, as 1EdTech’s validator does', () => {
    const check = checkSchema(docs[VC11]!);
    expect(check.status).to.equal('warning');
    expect(check.details?.vcdm).to.equal('1.1');
    expect(check.message).to.contain('VC 1.1').and.to.contain('issuanceDate');
  });

  it('skips plain VCs: no OB / CLR schema applies', () => {
    const check = checkSchema(docs['vectors/vc-di-eddsa/eddsa-rdfc-2022/signedDataInt.json']!);
    expect(check.status).to.equal('skipped');
    expect(check.message).to.equal(
      'No Open Badges 3.0 or CLR 2.0 schema applies to a credential of type VerifiableCredential, AlumniCredential.',
    );
  });

  it('validates the VC Data Model 2.0 test-suite inputs without throwing (they are plain VCs: skipped)', async () => {
    const rules = await fixtureJson<{ file: string }[]>('conformance/vc-data-model-2.0-test-suite/rules.json');
    for (const { file } of rules) {
      const doc = await fixtureJson(`conformance/vc-data-model-2.0-test-suite/${file}`);
      expect(checkSchema(doc).status, file).to.equal('skipped');
    }
  });
});

describe('schema check: broken credentials', () => {
  let ob: Doc;
  let clr: Doc;
  before(async () => {
    ob = await fixtureJson(OB_SAMPLE);
    clr = await fixtureJson(CLR_SAMPLE);
  });
  const variant = (base: () => Doc, change: (c: Doc) => void) => {
    const copy = structuredClone(base());
    change(copy);
    return checkSchema(copy);
  };
  const obWith = (change: (c: Doc) => void) => variant(() => ob, change);
  const clrWith = (change: (c: Doc) => void) => variant(() => clr, change);

  it('missing issuer', () => {
    const check = obWith((c) => delete c.issuer);
    expectFailure(check, "The credential is missing its required 'issuer'");
    expect(check.message).to.equal("Not a well-formed OB 3.0 OpenBadgeCredential: the credential is missing its required 'issuer'.");
  });

  it('issuer Profile without id, or of another type', () => {
    expectFailure(obWith((c) => delete c.issuer.id), "issuer is missing its required 'id'");
    expectFailure(obWith((c) => (c.issuer.type = 'Organization')), "issuer.type must include 'Profile'");
  });

  it('wrong credentialSubject type', () => {
    expectFailure(
      obWith((c) => (c.credentialSubject.type = ['ClrSubject'])),
      "credentialSubject.type must include 'AchievementSubject'",
    );
  });

  it('achievement without name and criteria', () => {
    const check = obWith((c) => {
      delete c.credentialSubject.achievement.name;
      delete c.credentialSubject.achievement.criteria;
    });
    expectFailure(
      check,
      "credentialSubject.achievement is missing its required 'name'",
      "credentialSubject.achievement is missing its required 'criteria'",
    );
    expect(check.message).to.contain('(and 1 more problem)');
  });

  it('credentialSubject without achievement', () => {
    expectFailure(obWith((c) => delete c.credentialSubject.achievement), "credentialSubject is missing its required 'achievement'");
  });

  it('bad result shape', () => {
    expectFailure(obWith((c) => (c.credentialSubject.result = [{ value: 'A' }])), "credentialSubject.result[0] is missing its required 'type'");
    expectFailure(
      obWith((c) => (c.credentialSubject.result = [{ type: ['Result'], status: 'Done' }])),
      'credentialSubject.result[0].status must be one of Completed, Enrolled',
    );
    expectFailure(obWith((c) => (c.credentialSubject.result = 'A+')), 'credentialSubject.result must be an object, not a string');
  });

  it('evidence and identifiers of the wrong shape', () => {
    expectFailure(obWith((c) => (c.evidence = [{ id: 'https://example.org/e/1' }])), "evidence[0] is missing its required 'type'");
    expectFailure(
      obWith((c) => (c.credentialSubject.identifier = [{ type: 'IdentityObject', hashed: 'no', identityHash: 'x' }])),
      "credentialSubject.identifier[0] is missing its required 'identityType'",
      'credentialSubject.identifier[0].hashed must be true or false, not a string',
    );
  });

  it('credential type, @context and validFrom', () => {
    expectFailure(obWith((c) => (c.type = ['OpenBadgeCredential'])), "type must include 'VerifiableCredential'");
    expectFailure(obWith((c) => (c.type = 'OpenBadgeCredential')), 'type must be a list, not a string');
    expectFailure(obWith((c) => (c['@context'] = ['https://www.w3.org/ns/credentials/v2'])), '@context must include');
    expectFailure(obWith((c) => (c.validFrom = '2020-01-01')), 'validFrom must be a date and time with a time zone');
  });

  it('collects at most five problems', () => {
    const check = obWith((c) => {
      delete c.issuer;
      delete c.validFrom;
      c.credentialSubject.achievement = {};
    });
    expect(check.status).to.equal('failure');
    expect(check.details?.errors).to.have.length(5);
    expect(check.details?.errorCount).to.be.greaterThan(5);
  });

  it('CLR without verifiableCredential, or with none', () => {
    expectFailure(clrWith((c) => delete c.credentialSubject.verifiableCredential), "credentialSubject is missing its required 'verifiableCredential'");
    expectFailure(clrWith((c) => (c.credentialSubject.verifiableCredential = [])), 'credentialSubject.verifiableCredential must list at least 1 item');
  });

  it('CLR whose nested credential has no achievement, or whose achievement has no criteria', () => {
    expectFailure(
      clrWith((c) => delete c.credentialSubject.verifiableCredential[0].credentialSubject.achievement),
      "credentialSubject.verifiableCredential[0].credentialSubject is missing its required 'achievement'",
    );
    expectFailure(clrWith((c) => delete c.credentialSubject.achievement[1].criteria), "credentialSubject.achievement[1] is missing its required 'criteria'");
  });

  it('CLR association of an unknown type, and a wrong subject type', () => {
    expectFailure(clrWith((c) => (c.credentialSubject.association[0].associationType = 'sibling')), 'associationType must be one of');
    expectFailure(clrWith((c) => (c.credentialSubject.type = 'AchievementSubject')), "credentialSubject.type must include 'ClrSubject'");
  });

  it('a VC 1.1-shaped credential with a real problem still fails, naming that problem', () => {
    const check = obWith((c) => {
      c['@context'][0] = 'https://www.w3.org/2018/credentials/v1';
      c.issuanceDate = c.validFrom;
      delete c.validFrom;
      delete c.credentialSubject.achievement.criteria;
    });
    expectFailure(check, "credentialSubject.achievement is missing its required 'criteria'");
    expect(check.details?.errors).to.have.length(1);
  });
});

describe('schema check: tolerated deviations and credentialSchema', () => {
  let ob: Doc;
  before(async () => {
    ob = await fixtureJson(OB_SAMPLE);
  });
  const obWith = (change: (c: Doc) => void) => {
    const copy = structuredClone(ob);
    change(copy);
    return checkSchema(copy);
  };

  it('warns (does not fail) for an issuer given as a URL, a missing name, an image given as a URL', () => {
    for (const [change, phrase] of [
      [(c: Doc) => (c.issuer = c.issuer.id), "issuer is only a URL; OB 3.0 expects a Profile object with 'id' and 'type'"],
      [(c: Doc) => delete c.name, "the credential has no 'name', which OB 3.0 requires for display"],
      [(c: Doc) => (c.credentialSubject.achievement.image = 'https://example.org/a.png'), 'credentialSubject.achievement.image is only a URL'],
    ] as const) {
      const check = obWith(change);
      expect(check.status, check.message).to.equal('warning');
      expect(check.message).to.contain(phrase);
    }
  });

  it('validates against a bundled credentialSchema the credential names, whatever its type says', () => {
    const check = obWith((c) => {
      c.type = ['VerifiableCredential'];
      c.credentialSchema = [{ id: OB_SCHEMA_URL, type: '1EdTechJsonSchemaValidator2019' }];
    });
    expectFailure(check, "type must include 'AchievementCredential' or 'OpenBadgeCredential'");
    expect(check.details?.schemas).to.deep.equal([OB_SCHEMA_URL]);
  });

  it('mentions an unknown credentialSchema URL without fetching it; the status stays the type-based one', () => {
    const url = 'https://example.org/schemas/custom.json';
    const check = obWith((c) => (c.credentialSchema = [{ id: url, type: '1EdTechJsonSchemaValidator2019' }]));
    expect(check.status).to.equal('success');
    expect(check.message).to.contain(url).and.to.contain('not checked');
    expect(check.details?.unknownSchemas).to.deep.equal([url]);

    const broken = obWith((c) => {
      c.credentialSchema = [{ id: url, type: 'JsonSchema' }];
      delete c.issuer;
    });
    expect(broken.status).to.equal('failure');
    expect(broken.message).to.contain(url);
  });
});

// Issue 9 §1: every check judges the signed meaning. For each supported proof suite, credentials signed by the test
// (valid, expired, not yet valid, revoked, suspended, past the proof's own expiry) are re-encoded term by term in
// ways that keep their RDF: a Data Integrity signature over the canonical RDF still holds, so each re-encoding is a
// real attack, and it must get the plain credential's verdict. JCS suites sign the JSON bytes: there a re-encoding
// must break the signature or be judged by its meaning.
import { before, describe, expect, it } from '../helpers/harness.js';
import { verifyCredential, type VerificationReport } from '../../src/verify/index.js';
import { reEncodings, TERMS, type Term } from './helpers/re-encode.js';
import { CLEAR_INDEX, REVOCATION_LIST, SET_INDEX, statusEntry, statusWorld, SUSPENSION_LIST, type StatusWorld } from './helpers/status-lists.js';
import { SUITES, type SuiteSigner } from './helpers/suites.js';

type Json = Record<string, any>;

const NOW = '2026-01-01T00:00:00Z';

function badge(did: string, overrides: Json = {}): Json {
  return {
    '@context': ['https://www.w3.org/ns/credentials/v2', 'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json'],
    id: 'urn:uuid:6f1b7e52-1c3a-4f7e-9a57-3f2d7c1e0a01',
    type: ['VerifiableCredential', 'OpenBadgeCredential'],
    issuer: { id: did, type: ['Profile'], name: 'Riverside Community College' },
    validFrom: '2025-06-01T00:00:00Z',
    validUntil: '2030-01-01T00:00:00Z',
    name: 'Introduction to Biology',
    credentialStatus: statusEntry(REVOCATION_LIST, 'revocation', CLEAR_INDEX),
    credentialSubject: {
      id: 'did:example:learner-1',
      type: ['AchievementSubject'],
      achievement: {
        id: 'https://riverside.example/achievements/bio-101',
        type: ['Achievement'],
        name: 'Introduction to Biology',
        description: 'Cells, genetics and evolution.',
        criteria: { narrative: 'Pass the final examination.' },
      },
    },
    ...overrides,
  };
}

const STATUS_TERMS = [TERMS.credentialStatus, TERMS.statusPurpose, TERMS.statusListIndex, TERMS.statusListCredential, TERMS.statusType];
const DATE_TERMS = [TERMS.validFrom, TERMS.validUntil];

interface Scenario {
  name: string;
  overrides: Json;
  proofOptions?: Json;
  /** The failing check and its reason; undefined for a credential that verifies. */
  fails?: { check: string; reason: string };
  terms: Term[];
}

const SCENARIOS: Scenario[] = [
  {
    name: 'valid',
    overrides: {},
    terms: [...DATE_TERMS, TERMS.issuer, TERMS.name, TERMS.type, ...STATUS_TERMS, TERMS.proofPurpose, TERMS.verificationMethod],
  },
  { name: 'expired', overrides: { validUntil: '2025-12-01T00:00:00Z' }, fails: { check: 'dates', reason: 'expired' }, terms: DATE_TERMS },
  { name: 'not yet valid', overrides: { validFrom: '2026-06-01T00:00:00Z' }, fails: { check: 'dates', reason: 'not-yet-valid' }, terms: DATE_TERMS },
  {
    name: 'revoked',
    overrides: { credentialStatus: statusEntry(REVOCATION_LIST, 'revocation', SET_INDEX) },
    fails: { check: 'status', reason: 'revoked' },
    terms: STATUS_TERMS,
  },
  {
    name: 'suspended',
    overrides: { credentialStatus: statusEntry(SUSPENSION_LIST, 'suspension', SET_INDEX) },
    fails: { check: 'status', reason: 'suspended' },
    terms: STATUS_TERMS,
  },
  {
    name: 'past its proof’s expiry',
    overrides: {},
    proofOptions: { expires: '2025-12-01T00:00:00Z' },
    fails: { check: 'proof', reason: 'proof-expired' },
    terms: [TERMS.proofExpires, TERMS.proofPurpose],
  },
];

/** What must not change under a re-encoding: the outcome, every problem's check and reason, what is displayed. */
function verdict(report: VerificationReport) {
  return {
    verified: report.verified,
    status: report.status,
    problems: report.checks
      .filter((check) => check.status === 'failure' || check.status === 'warning')
      .map((check) => `${check.id} ${check.status} ${check.reason}`)
      .sort(),
    summary: { name: report.summary.name, issuer: report.summary.issuer?.id, validFrom: report.summary.validFrom, validUntil: report.summary.validUntil },
  };
}

const signatureHolds = (report: VerificationReport) => {
  const proofs = report.checks.filter((check) => check.id === 'proof');
  // A legacy suite's valid signature is a warning that names the suite.
  return proofs.length > 0 && proofs.every((check) => check.status === 'success' || (check.status === 'warning' && check.reason === 'legacy-suite'));
};

const describeFailures = (report: VerificationReport) =>
  report.checks.filter((check) => check.status !== 'success' && check.status !== 'skipped').map((check) => `${check.id}/${check.reason}: ${check.message}`).join(' | ');

for (const [suiteName, makeSigner] of Object.entries(SUITES)) {
  describe(`re-encodings keep the verdict: ${suiteName}`, () => {
    let signer: SuiteSigner;
    let world: StatusWorld;
    const verify = (doc: unknown, now = NOW) => verifyCredential(doc, { now, network: true, fetch: world.fetch });

    before(async () => {
      signer = await makeSigner();
      world = await statusWorld(signer);
    });

    for (const scenario of SCENARIOS) {
      it(`${scenario.name}: every equivalent encoding of ${scenario.terms.map((term) => term.label).join(', ')}`, async () => {
        const signed = await signer.sign(badge(signer.did, scenario.overrides), scenario.proofOptions);
        const plain = await verify(signed);
        // The plain credential's own verdict, first.
        if (scenario.fails) {
          expect(plain.verified, describeFailures(plain)).to.equal(false);
          const failing = plain.checks.filter((check) => check.status === 'failure');
          expect(failing.map((check) => `${check.id} ${check.reason}`), describeFailures(plain)).to.deep.equal([`${scenario.fails.check} ${scenario.fails.reason}`]);
        } else {
          // A legacy suite's valid signature is a warning that says so; nothing else may be wrong.
          expect(plain.status, describeFailures(plain)).to.equal(signer.legacy ? 'warning' : 'verified');
          if (signer.legacy) expect(plain.checks.filter((check) => check.status === 'warning').map((check) => check.reason)).to.deep.equal(['legacy-suite']);
        }
        const expected = verdict(plain);

        const mismatches: string[] = [];
        const encodings = reEncodings(signed, scenario.terms);
        expect(encodings.length).to.be.greaterThan(scenario.terms.length * 3);
        for (const { name, doc } of encodings) {
          const report = await verify(doc);
          if (signer.jcs && !signatureHolds(report)) {
            // The JSON bytes were signed: a re-encoding that breaks them must fail for that reason.
            if (report.verified) mismatches.push(`${name}: verified with a broken signature`);
            continue;
          }
          // For RDFC suites the re-encoding keeps the signature: it is a real attack, not a broken credential.
          const holds = scenario.proofOptions ? signatureHolds(await verify(doc, '2025-07-01T00:00:00Z')) : signatureHolds(report);
          if (!holds) mismatches.push(`${name}: the signature no longer holds (${describeFailures(report)})`);
          const actual = verdict(report);
          if (JSON.stringify(actual) !== JSON.stringify(expected)) mismatches.push(`${name}: ${JSON.stringify(actual)} ≠ ${JSON.stringify(expected)}`);
        }
        expect(mismatches).to.deep.equal([]);
      });
    }

    it('judges a proof by its meaning when the signer itself wrote its expiry under @nest', async () => {
      const signed = await signer.sign(badge(signer.did), { '@nest': { expires: '2025-12-01T00:00:00Z' } });
      const report = await verify(signed);
      expect(report.verified).to.equal(false);
      expect(report.checks.filter((check) => check.id === 'proof').map((check) => check.reason)).to.deep.equal(['proof-expired']);
      const before = (await verify(signed, '2025-07-01T00:00:00Z')).checks.find((check) => check.id === 'proof');
      // A JCS proof's JSON must say what its meaning says; this one hides its expiry from a reader of its keys.
      expect([before?.status, before?.reason]).to.deep.equal(signer.jcs ? ['failure', 'signature-invalid'] : signer.legacy ? ['warning', 'legacy-suite'] : ['success', undefined]);
    });

    it('fails with ambiguous-value when the signer wrote two distinct values of a single-valued term', async () => {
      const cases: Array<[string, Json]> = [
        ['validUntil', { validUntil: ['2025-12-01T00:00:00Z', '2030-01-01T00:00:00Z'] }],
        ['validFrom', { validFrom: ['2025-06-01T00:00:00Z', '2026-06-01T00:00:00Z'] }],
        ['issuer', { issuer: [signer.did, 'did:example:someone-else'] }],
        ['name', { name: ['Introduction to Biology', 'Advanced Biology'] }],
        ['statusPurpose', { credentialStatus: { ...statusEntry(REVOCATION_LIST, 'revocation', SET_INDEX), statusPurpose: ['revocation', 'suspension'] } }],
        ['statusListCredential', { credentialStatus: { ...statusEntry(REVOCATION_LIST, 'revocation', SET_INDEX), statusListCredential: [REVOCATION_LIST, SUSPENSION_LIST] } }],
        ['statusListIndex', { credentialStatus: { ...statusEntry(REVOCATION_LIST, 'revocation', SET_INDEX), statusListIndex: [String(SET_INDEX), String(CLEAR_INDEX)] } }],
      ];
      const wrong: string[] = [];
      for (const [term, overrides] of cases) {
        const report = await verify(await signer.sign(badge(signer.did, overrides)));
        const ambiguous = report.checks.filter((check) => check.status === 'failure' && check.reason === 'ambiguous-value');
        if (report.verified || !ambiguous.length || !ambiguous.some((check) => check.message.includes(term))) wrong.push(`${term}: ${describeFailures(report)}`);
        if (!signer.jcs && !signatureHolds(report)) wrong.push(`${term}: the signature does not hold`);
      }
      expect(wrong).to.deep.equal([]);
    });
  });
}

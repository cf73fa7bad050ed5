// Every signed fixture in ../shared/fixtures/EXPECTED.json, verified with its documented outcome.
import { before, describe, expect, it } from '../helpers/harness.js';
import { fixtureJson, fixtureText } from '../helpers/shared-fixtures.js';
import { verifyCredential, type VerificationReport } from '../../src/verify/index.js';
import { fixtureWorld, type ExpectedEntry, type FixtureWorld } from './helpers/fixture-world.js';

const byId = (report: VerificationReport, id: string) => report.checks.filter((check) => check.id === id);

// EXPECTED.json judges signatures; this library also requires the key to belong to the issuer. The W3C "employ"
// vectors are issued by one did:key and signed by another, so here the signature is valid and the key check fails.
const signedByAnotherDid = (entry: ExpectedEntry) => /\/employ\//.test(entry.file);

function assertOutcome(entry: ExpectedEntry, report: VerificationReport) {
  const expected = signedByAnotherDid(entry) ? 'invalid (key)' : entry.expected;
  const failures = report.checks.filter((check) => check.status === 'failure').map((check) => `${check.id}: ${check.message}`);
  const context = `${entry.file}: expected ${expected}; failures: ${failures.join(' | ') || 'none'}`;
  const proofs = byId(report, 'proof');
  const dates = byId(report, 'dates')[0];
  const status = byId(report, 'status');

  if (expected === 'valid' || expected.startsWith('valid signature; malformed')) {
    expect(report.verified, context).to.equal(true);
    expect(proofs.every((check) => check.status === 'success'), context).to.equal(true);
    expect(proofs.length, context).to.equal(entry.proofs?.length ?? 1);
  } else if (expected === 'status error' || expected.startsWith('signatures valid; status unresolvable')) {
    // The credential verifies, but its status list can't be used: never "not revoked".
    expect(report.verified, context).to.equal(true);
    expect(report.status, context).to.equal('warning');
    expect(status.some((check) => check.status === 'warning'), context).to.equal(true);
    expect(status.some((check) => /not revoked/i.test(check.message)), context).to.equal(false);
  } else if (expected.startsWith('invalid (') || expected.startsWith('valid signature;')) {
    expect(report.verified, context).to.equal(false);
    const reasons = expected.replace(/^.*\(|\).*$/g, '');
    if (/revoked/.test(reasons)) expect(status.some((check) => check.status === 'failure' && check.reason === 'revoked'), context).to.equal(true);
    if (/expired/.test(expected)) expect(dates?.reason, context).to.equal('expired');
    if (/not[- ]yet[- ]valid/.test(expected)) expect(dates?.reason, context).to.equal('not-yet-valid');
    if (/schema/.test(reasons)) expect(byId(report, 'schema')[0]?.status, context).to.equal('failure');
    if (/status list/.test(reasons)) expect(proofs.some((check) => check.status === 'failure'), context).to.equal(true);
    if (reasons === 'key') {
      expect(proofs.every((check) => check.status === 'success'), context).to.equal(true);
      expect(byId(report, 'key').every((check) => check.status === 'failure' && /not by its issuer/.test(check.message)), context).to.equal(true);
    }
  } else if (expected === 'invalid') {
    expect(report.verified, context).to.equal(false);
    expect(proofs.some((check) => check.status === 'failure'), context).to.equal(true);
  } else {
    throw new Error(`unhandled expectation "${expected}" for ${entry.file}`);
  }
}

describe('EXPECTED.json fixtures', () => {
  let world: FixtureWorld;
  before(async () => {
    world = await fixtureWorld();
  });

  it('covers every documented outcome', async () => {
    const verifiable = world.entries.filter((entry) => entry.expected !== 'intermediate');
    expect(verifiable.length).to.be.greaterThan(100);
    const mismatches: string[] = [];
    const unexplained: string[] = [];
    const visit = (file: string, report: VerificationReport) => {
      // Every failure and warning says why, as a code the elements can branch on.
      for (const check of report.checks) if ((check.status === 'failure' || check.status === 'warning') && !check.reason) unexplained.push(`${file}: ${check.id}: ${check.message}`);
      for (const child of report.children) visit(`${file} › nested`, child);
    };
    for (const entry of verifiable) {
      const report = await verifyCredential(await fixtureText(entry.file), {
        now: world.now,
        network: true,
        fetch: world.fetch,
        contexts: world.contexts,
      });
      visit(entry.file, report);
      try {
        assertOutcome(entry, report);
      } catch (error) {
        mismatches.push((error as Error).message);
      }
    }
    expect(mismatches).to.deep.equal([]);
    expect(unexplained).to.deep.equal([]);
  });

  it('fails the chained-proof intermediate document whose proof chains to a missing proof', async () => {
    const entry = world.entries.find((candidate) => candidate.file.endsWith('proofChainTempDoc2.json'))!;
    const report = await verifyCredential(await fixtureText(entry.file), { now: world.now, network: false, contexts: world.contexts });
    expect(report.verified).to.equal(false);
  });

  it('fetches each status list and DID document once, then uses it from the cache', () => {
    expect(world.requested.length).to.be.greaterThan(3);
    expect(world.requested.length).to.equal(new Set(world.requested).size);
  });

  it('never fetches a JSON-LD context', async () => {
    const contextUrls = Object.keys(await fixtureJson<Record<string, string>>('contexts/index.json'));
    expect(world.requested.length).to.be.greaterThan(0);
    expect(world.requested.filter((url) => contextUrls.includes(url))).to.deep.equal([]);
  });
});

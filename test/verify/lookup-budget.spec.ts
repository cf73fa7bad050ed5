// Issue 9 §3, an attacker's finding: a CLR of up to 1000 entries, each naming a did:web host that never answers (or a
// credential with 8 status lists at addresses the attacker picks), kept a page "Verifying…" for hours and made every
// visitor send thousands of requests. One verification now has a budget of distinct look-ups and one deadline for
// all of them; past either, a look-up is not made and the check that needed it is "could not be checked"
// (`lookup-budget-spent`), never failed. The tests count the fetches their own fetch is asked for.
import { before, describe, expect, it } from '../helpers/harness.js';
import { clearNetworkCache, verifyCredential, type VerificationReport } from '../../src/verify/index.js';
import { createLookupBudget, spendLookup } from '../../src/verify/lookup-budget.js';
import { clrCredential, ed25519Issuer, openBadge, signEddsaRdfc2022, type TestIssuer } from './helpers/signing.js';
import { statusEntry } from './helpers/status-lists.js';

type Json = Record<string, any>;

const NOW = '2026-01-01T00:00:00Z';
const ENTRIES = 200;
const check = (report: VerificationReport, id: string) => report.checks.find((entry) => entry.id === id);
const urlOf = (input: RequestInfo | URL) => String(input instanceof Request ? input.url : input);
const signalOf = (input: RequestInfo | URL, init?: RequestInit) => init?.signal ?? (input instanceof Request ? input.signal : undefined);

/**
 * A fetch whose hosts never answer: each request waits until its own timeout aborts it, or, after `giveUpMs`, fails
 * as a lost connection (so that a verifier that waited for it out says `did-unreachable`, not the budget's reason).
 */
function silentHosts(giveUpMs = 3000) {
  const calls: string[] = [];
  const fetchStub = ((input: RequestInfo | URL, init?: RequestInit) => {
    calls.push(urlOf(input));
    const signal = signalOf(input, init);
    return new Promise((_, reject) => {
      const giveUp = setTimeout(() => reject(new TypeError('Failed to fetch')), giveUpMs);
      signal?.addEventListener('abort', () => (clearTimeout(giveUp), reject(signal.reason)), { once: true });
    });
  }) as typeof fetch;
  return { fetch: fetchStub, calls };
}

/** An entry naming its own did:web host as its signer; its signature is never reached, as its key is never had. */
function hostileEntry(template: TestIssuer, index: number): Json {
  const did = `did:web:host-${index}.attacker.example`;
  return {
    ...openBadge(template, { issuer: { id: did, type: ['Profile'], name: `Host ${index}` } }),
    proof: { type: 'DataIntegrityProof', cryptosuite: 'eddsa-rdfc-2022', created: '2025-06-01T00:00:00Z', proofPurpose: 'assertionMethod', verificationMethod: `${did}#key-1`, proofValue: `z${'5'.repeat(86)}` },
  };
}

/** The reason of each child's `proof` check, counted. */
function proofReasons(report: VerificationReport): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const child of report.children) {
    const key = `${check(child, 'proof')?.status} ${check(child, 'proof')?.reason}`;
    counts[key] = (counts[key] ?? 0) + 1;
  }
  return counts;
}

describe("a verification's look-up budget", () => {
  let recorder: TestIssuer;
  let hostile: Json;
  before(async () => {
    // The record itself is signed by a did:key (no look-up): only its entries ask the network.
    recorder = await ed25519Issuer();
    hostile = await signEddsaRdfc2022(clrCredential(recorder, Array.from({ length: ENTRIES }, (_, index) => hostileEntry(recorder, index))), recorder);
  });

  it('stops at the count: 200 silent did:web hosts cost at most `maxLookups` fetches, the rest answer at once as unverifiable', async () => {
    clearNetworkCache();
    const { fetch, calls } = silentHosts();
    const report = await verifyCredential(hostile, { now: NOW, network: true, fetch, timeoutMs: 50, maxLookups: 12 });
    expect(report.children).to.have.length(ENTRIES);
    expect(calls.length).to.be.at.most(12);
    expect(calls.length).to.be.greaterThan(0);
    expect(new Set(calls).size).to.equal(calls.length);
    const reasons = proofReasons(report);
    expect(reasons['unverifiable lookup-budget-spent']).to.equal(ENTRIES - calls.length);
    expect(reasons['unverifiable did-unreachable']).to.equal(calls.length);
    const spent = report.children.find((child) => check(child, 'proof')?.reason === 'lookup-budget-spent')!;
    expect(spent.status).to.equal('unverifiable');
    expect(check(spent, 'key')).to.include({ status: 'unverifiable', reason: 'lookup-budget-spent' });
    expect(check(spent, 'proof')!.message).to.match(/look-up budget was spent/);
    // Never failed: the record is "could not be checked", and so are its entries.
    expect(report.status).to.equal('unverifiable');
    expect(check(report, 'nested')).to.include({ status: 'unverifiable', reason: 'nested-unverifiable' });
    expect(report.children.filter((child) => child.status === 'failed')).to.have.length(0);
  });

  it('stops at the deadline: a look-up in flight is not waited for past it, and none starts after it', async () => {
    clearNetworkCache();
    // Each request would wait ten minutes for its timeout (and fail as a lost connection after 3 s).
    const { fetch, calls } = silentHosts();
    const report = await verifyCredential(hostile, { now: NOW, network: true, fetch, timeoutMs: 600_000, maxLookups: 10_000, lookupDeadlineMs: 200 });
    expect(report.children).to.have.length(ENTRIES);
    // Entries go one at a time and no request answers, so at most the one in flight at the deadline was sent.
    expect(calls.length).to.be.at.most(1);
    expect(proofReasons(report)).to.deep.equal({ 'unverifiable lookup-budget-spent': ENTRIES });
    expect(report.status).to.equal('unverifiable');
  });

  it('cuts a single look-up in flight at the deadline: the budget spent, not "unreachable"', async () => {
    clearNetworkCache();
    const { fetch, calls } = silentHosts();
    const report = await verifyCredential(hostileEntry(recorder, 0), { now: NOW, network: true, fetch, timeoutMs: 600_000, lookupDeadlineMs: 100 });
    expect(calls).to.deep.equal(['https://host-0.attacker.example/.well-known/did.json']);
    expect(check(report, 'proof')).to.include({ status: 'unverifiable', reason: 'lookup-budget-spent' });
    expect(report.status).to.equal('unverifiable');
  });

  it('leaves status lists past the budget a warning, without fetching them', async () => {
    clearNetworkCache();
    const lists = Array.from({ length: 8 }, (_, index) => `https://lists-${index}.attacker.example/status`);
    const badge = await signEddsaRdfc2022(openBadge(recorder, { credentialStatus: lists.map((list) => statusEntry(list, 'revocation', 3)) }), recorder);
    const { fetch, calls } = silentHosts();
    const report = await verifyCredential(badge, { now: NOW, network: true, fetch, timeoutMs: 50, maxLookups: 3 });
    expect(calls.length).to.equal(3);
    const status = report.checks.filter((entry) => entry.id === 'status');
    expect(status).to.have.length(8);
    expect(status.every((entry) => entry.status === 'warning')).to.equal(true);
    expect(status.filter((entry) => entry.reason === 'lookup-budget-spent')).to.have.length(5);
    expect(status.filter((entry) => entry.reason === 'status-unreachable')).to.have.length(3);
    expect(report.status).to.equal('warning');
  });
});

describe('a genuine CLR within the budget', () => {
  const issuers: Record<string, { issuer: TestIssuer; document: Json }> = {};
  let record: Json;
  before(async () => {
    const recorder = await ed25519Issuer();
    for (const host of ['university.example', 'college.example']) {
      const did = `did:web:${host}`;
      const issuer = await ed25519Issuer();
      issuer.keyPair.controller = did;
      issuer.keyPair.id = `${did}#key-1`;
      issuers[`https://${host}/.well-known/did.json`] = {
        issuer,
        document: {
          '@context': ['https://www.w3.org/ns/did/v1', 'https://w3id.org/security/multikey/v1'],
          id: did,
          verificationMethod: [{ id: `${did}#key-1`, type: 'Multikey', controller: did, publicKeyMultibase: issuer.publicKeyMultibase }],
          assertionMethod: [`${did}#key-1`],
        },
      };
    }
    const [university, college] = Object.values(issuers);
    const badge = (signer: TestIssuer, name: string) => signEddsaRdfc2022(openBadge(signer, { issuer: { id: signer.keyPair.controller, type: ['Profile'], name }, name }), signer);
    // Two badges from the university (one DID document), one from the college.
    const entries = [await badge(university!.issuer, 'Biology'), await badge(university!.issuer, 'Chemistry'), await badge(college!.issuer, 'History')];
    record = await signEddsaRdfc2022(clrCredential(recorder, entries), recorder);
  });

  function answering() {
    const calls: string[] = [];
    const fetchStub = (async (input: RequestInfo | URL) => {
      const url = urlOf(input);
      calls.push(url);
      const known = issuers[url];
      return known ? new Response(JSON.stringify(known.document), { headers: { 'content-type': 'application/json' } }) : new Response('not found', { status: 404 });
    }) as typeof fetch;
    return { fetch: fetchStub, calls };
  }

  it('verifies with the default budget, and with a budget of exactly its distinct look-ups: a repeated URL is fetched once', async () => {
    for (const maxLookups of [undefined, 2]) {
      clearNetworkCache();
      const { fetch, calls } = answering();
      const report = await verifyCredential(record, { now: NOW, network: true, fetch, ...(maxLookups !== undefined && { maxLookups }) });
      expect(report.status, JSON.stringify(report.children.map((child) => child.checks))).to.equal('verified');
      expect(report.children.map((child) => child.status)).to.deep.equal(['verified', 'verified', 'verified']);
      expect([...calls].sort()).to.deep.equal(Object.keys(issuers).sort());
    }
  });

  it('leaves the look-up past a budget of one unverifiable, and the ones it already had verified', async () => {
    clearNetworkCache();
    const { fetch, calls } = answering();
    const report = await verifyCredential(record, { now: NOW, network: true, fetch, maxLookups: 1 });
    expect(calls).to.have.length(1);
    expect(report.children.map((child) => child.status)).to.deep.equal(['verified', 'verified', 'unverifiable']);
    expect(check(report.children[2]!, 'proof')).to.include({ status: 'unverifiable', reason: 'lookup-budget-spent' });
    expect(report.status).to.equal('unverifiable');
  });

  it('shares one count between calls that name the same budget (a split verification, in one worker)', async () => {
    clearNetworkCache();
    const { fetch, calls } = answering();
    const [university, college] = Object.keys(issuers);
    const shared = { lookupBudgetId: `test ${Math.random()}`, maxLookups: 1 };
    const [first, second, third] = record.credentialSubject.verifiableCredential;
    const options = { now: NOW, network: true, fetch, ...shared, nestingLevel: 1 };
    expect((await verifyCredential(first, options)).status).to.equal('verified');
    expect((await verifyCredential(second, options)).status).to.equal('verified');
    const past = await verifyCredential(third, options);
    expect(check(past, 'proof')).to.include({ reason: 'lookup-budget-spent' });
    expect(calls).to.deep.equal([university]);
    // Another verification has a budget of its own.
    expect((await verifyCredential(third, { now: NOW, network: true, fetch, maxLookups: 1 })).status).to.equal('verified');
    expect(calls).to.deep.equal([university, college]);
  });
});

describe('the budget itself', () => {
  it('counts distinct URLs: asking for one again costs nothing, a new one past the count is refused', () => {
    const budget = createLookupBudget({ maxLookups: 2, lookupDeadlineMs: 60_000 });
    expect(spendLookup(budget, 'https://a.example/')).to.equal(undefined);
    expect(spendLookup(budget, 'https://a.example/')).to.equal(undefined);
    expect(spendLookup(budget, 'https://b.example/')).to.equal(undefined);
    expect(budget.used).to.equal(2);
    expect(spendLookup(budget, 'https://c.example/')?.code).to.equal('LOOKUP_BUDGET_SPENT');
    expect(spendLookup(budget, 'https://a.example/')).to.equal(undefined);
  });

  it('refuses every new look-up once its deadline (an absolute instant, as the worker path passes it) has passed', () => {
    const budget = createLookupBudget({ maxLookups: 100, lookupDeadline: Date.now() - 1 });
    expect(spendLookup(budget, 'https://a.example/')?.code).to.equal('LOOKUP_BUDGET_SPENT');
    expect(budget.used).to.equal(0);
  });
});

// The parallel CLR path (verify-client/parallel.ts) keeps one verification's look-up budget though its parts run on
// several workers: every part gets the same absolute deadline and budget id, and each worker a share of the count.
// A stand-in pool runs the record in-process, and its entries go through requestVerifications (in-process, as with a
// custom fetch), all in one realm as on one worker, with a fetch whose hosts never answer.
import { describe, expect, it } from '../helpers/harness.js';
import { clearNetworkCache, verifyCredential } from '../../src/verify/index.js';
import { requestVerifications } from '../../src/verify-client/index.js';
import { sharedLookupBudget, splittableClr, verifyClrInParallel } from '../../src/verify-client/parallel.js';
import type { WorkerPool } from '../../src/verify-client/pool.js';
import type { WorkerVerifyOptions } from '../../src/verify-client/protocol.js';
import { clrCredential, ed25519Issuer, openBadge } from '../verify/helpers/signing.js';

type Json = Record<string, any>;

const ENTRIES = 40;
const LANES = 4;

function hostileClr(issuer: Awaited<ReturnType<typeof ed25519Issuer>>): Json {
  const entries = Array.from({ length: ENTRIES }, (_, index) => {
    const did = `did:web:host-${index}.attacker.example`;
    return {
      ...openBadge(issuer, { issuer: { id: did, type: ['Profile'], name: `Host ${index}` } }),
      proof: { type: 'DataIntegrityProof', cryptosuite: 'eddsa-rdfc-2022', created: '2025-06-01T00:00:00Z', proofPurpose: 'assertionMethod', verificationMethod: `${did}#key-1`, proofValue: `z${'5'.repeat(86)}` },
    };
  });
  return clrCredential(issuer, entries);
}

describe('verify-client/parallel: one look-up budget across workers', () => {
  it('gives every part one deadline as an instant, one budget id, and each worker its share of the count', () => {
    const now = Date.parse('2026-01-01T00:00:00Z');
    const budget = sharedLookupBudget({ maxLookups: 20 }, LANES, now);
    expect(budget).to.include({ lookupDeadline: now + 90_000, maxLookups: 20 / LANES });
    expect(budget.lookupBudgetId).to.be.a('string');
    expect(sharedLookupBudget({ maxLookups: 20 }, LANES, now).lookupBudgetId).to.not.equal(budget.lookupBudgetId);
    // A deadline the caller gave as an instant is kept; the default count is shared too.
    expect(sharedLookupBudget({ lookupDeadline: now + 5000 }, LANES, now)).to.include({ lookupDeadline: now + 5000, maxLookups: Math.floor(300 / LANES) });
    expect(sharedLookupBudget({ lookupDeadlineMs: 1000 }, LANES, now)).to.include({ lookupDeadline: now + 1000 });
  });

  it('keeps a split record within its budget: the record in one part, its entries through requestVerifications', async () => {
    clearNetworkCache();
    const calls: string[] = [];
    const fetchStub = ((input: RequestInfo | URL) => {
      calls.push(String(input instanceof Request ? input.url : input));
      return Promise.reject(new TypeError('Failed to fetch'));
    }) as typeof fetch;
    const options = { now: '2026-01-01T00:00:00Z', network: true, timeoutMs: 50, ...sharedLookupBudget({ maxLookups: 20 }, LANES) };
    const seen: WorkerVerifyOptions[] = [];
    const pool = {
      run: (input: unknown, wire: WorkerVerifyOptions) => {
        seen.push(wire);
        return verifyCredential(input, { ...wire, fetch: fetchStub });
      },
    } as unknown as WorkerPool;
    const clr = splittableClr(hostileClr(await ed25519Issuer()))!;
    expect(clr.nested).to.have.length(ENTRIES);
    // As the client does: the entries in batches (in-process here, as with a custom fetch), one level down.
    const children = (inputs: unknown[]) => requestVerifications(inputs, { ...options, fetch: fetchStub, nestingLevel: 1 });
    const report = await verifyClrInParallel(pool, clr, options, children, {});

    expect(seen).to.have.length(1);
    expect(seen[0]).to.include({ lookupDeadline: options.lookupDeadline, lookupBudgetId: options.lookupBudgetId, maxLookups: 20 / LANES });
    // Every part ran in one realm here (as on one worker), so they shared that worker's share: 5 look-ups in all.
    expect(new Set(calls).size).to.equal(20 / LANES);
    expect(report.children).to.have.length(ENTRIES);
    expect(report.children.filter((child) => child.checks.some((check) => check.reason === 'lookup-budget-spent'))).to.have.length(ENTRIES - 20 / LANES);
    expect(report.children.some((child) => child.status === 'failed')).to.equal(false);
  });
});

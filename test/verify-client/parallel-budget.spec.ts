// The parallel CLR path (verify-client/parallel.ts) keeps one verification's look-up budget though its parts run on
// several workers: every part gets the same absolute deadline and budget id, and each worker a share of the count.
// A stand-in pool runs each part in-process (one realm, as one worker) with a fetch whose hosts never answer.
import { describe, expect, it } from '../harness.js';
import { clearNetworkCache, verifyCredential } from '../../src/verify/index.js';
import { splittableClr, verifyClrInParallel } from '../../src/verify-client/parallel.js';
import type { WorkerPool } from '../../src/verify-client/pool.js';
import type { WorkerVerifyOptions } from '../../src/verify-client/protocol.js';
import { clrCredential, ed25519Issuer, openBadge } from '../verify/signing.js';

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
  it('passes every part one absolute deadline, one budget id and a worker’s share of the count; the record makes no more look-ups than its budget', async () => {
    clearNetworkCache();
    const calls: string[] = [];
    const fetchStub = ((input: RequestInfo | URL) => {
      calls.push(String(input instanceof Request ? input.url : input));
      return Promise.reject(new TypeError('Failed to fetch'));
    }) as typeof fetch;
    const seen: WorkerVerifyOptions[] = [];
    const pool = {
      run: (input: unknown, options: WorkerVerifyOptions) => {
        seen.push(options);
        return verifyCredential(input, { ...options, fetch: fetchStub });
      },
    } as unknown as WorkerPool;
    const clr = splittableClr(hostileClr(await ed25519Issuer()))!;
    expect(clr.nested).to.have.length(ENTRIES);
    const before = Date.now();
    const report = await verifyClrInParallel(pool, LANES, clr, { now: '2026-01-01T00:00:00Z', network: true, timeoutMs: 50, maxLookups: 20 }, {});

    expect(seen).to.have.length(ENTRIES + 1);
    const deadlines = new Set(seen.map((options) => options.lookupDeadline));
    const ids = new Set(seen.map((options) => options.lookupBudgetId));
    expect(deadlines.size).to.equal(1);
    expect(ids.size).to.equal(1);
    expect([...ids][0]).to.be.a('string');
    // The default deadline (90 s from the start), as an instant.
    expect([...deadlines][0]).to.be.at.least(before + 90_000);
    expect(seen.every((options) => options.maxLookups === 20 / LANES)).to.equal(true);

    // All parts ran in one realm here, so they shared one worker's share: 5 look-ups for the whole record.
    expect(new Set(calls).size).to.equal(20 / LANES);
    expect(report.children).to.have.length(ENTRIES);
    expect(report.children.filter((child) => child.checks.some((check) => check.reason === 'lookup-budget-spent'))).to.have.length(ENTRIES - 20 / LANES);
    expect(report.children.some((child) => child.status === 'failed')).to.equal(false);
  });

  it('keeps a deadline the caller gave as an instant', async () => {
    const seen: WorkerVerifyOptions[] = [];
    const pool = {
      run: (input: unknown, options: WorkerVerifyOptions) => {
        seen.push(options);
        return verifyCredential(input, { ...options, network: false });
      },
    } as unknown as WorkerPool;
    const clr = splittableClr(hostileClr(await ed25519Issuer()))!;
    const deadline = Date.now() + 5000;
    await verifyClrInParallel(pool, LANES, clr, { now: '2026-01-01T00:00:00Z', lookupDeadline: deadline }, {});
    expect(seen.every((options) => options.lookupDeadline === deadline && options.maxLookups === Math.floor(300 / LANES))).to.equal(true);
  });
});

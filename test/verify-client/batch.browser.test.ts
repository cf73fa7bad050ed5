// requestVerifications in a page: batches of credentials, one worker message each, spread over the pool; reports
// stream back as they complete; duplicates are verified once; reports are shared with requestVerification.
import { before, describe, expect, it } from '../helpers/harness.js';
import { requestVerification, requestVerifications, verificationRuntime, type VerifiedItem } from '../../src/verify-client/index.js';
import { ed25519Issuer, openBadge, signEddsaRdfc2022, type TestIssuer } from '../verify/helpers/signing.js';

/** Counts the messages posted to verification workers, and which workers got batches. */
function watchWorkers() {
  const original = Worker.prototype.postMessage;
  const batches: Array<{ worker: Worker; size: number }> = [];
  const singles: unknown[] = [];
  Worker.prototype.postMessage = function (this: Worker, message: any, ...rest: any[]) {
    if (message?.type === 'verify-batch') batches.push({ worker: this, size: message.inputs.length });
    if (message?.type === 'verify') singles.push(message);
    return (original as any).call(this, message, ...rest);
  } as typeof original;
  return { batches, singles, restore: () => void (Worker.prototype.postMessage = original) };
}

async function collect(iterable: AsyncIterable<VerifiedItem>): Promise<VerifiedItem[]> {
  const items: VerifiedItem[] = [];
  for await (const item of iterable) items.push(item);
  return items;
}

describe('requestVerifications in a browser', () => {
  let issuer: TestIssuer;
  let badges: Record<string, unknown>[];
  before(async () => {
    issuer = await ed25519Issuer();
    badges = await Promise.all(Array.from({ length: 20 }, (_, index) => signEddsaRdfc2022(openBadge(issuer, { name: `Course ${index}` }), issuer)));
  });

  it('sends one message per batch, spread over both workers, and yields every report once', async () => {
    const inputs = badges.map((badge, index) => (index === 5 ? { ...badge, name: 'Forged' } : badge));
    const watch = watchWorkers();
    let items: VerifiedItem[];
    try {
      items = await collect(requestVerifications(inputs, { network: false, batchSize: 4, now: '2026-01-02T00:00:00Z' }));
    } finally {
      watch.restore();
    }
    expect(items.map((item) => item.index).sort((a, b) => a - b)).to.deep.equal([...inputs.keys()]);
    for (const { index, report } of items) {
      expect(report.summary.name, `item ${index}`).to.equal(index === 5 ? 'Forged' : `Course ${index}`);
      expect(report.status, `item ${index}`).to.equal(index === 5 ? 'failed' : 'verified');
    }
    expect(watch.batches.map((batch) => batch.size)).to.deep.equal([4, 4, 4, 4, 4]);
    expect(watch.singles.length).to.equal(0);
    expect(new Set(watch.batches.map((batch) => batch.worker)).size).to.be.at.least(2);
    expect(verificationRuntime()).to.equal('worker');
  });

  it('verifies identical credentials once and shares the reports with requestVerification', async () => {
    const options = { network: false, now: '2026-01-03T00:00:00Z' };
    const inputs = [badges[0], structuredClone(badges[0]), badges[1], badges[0]];
    const watch = watchWorkers();
    let items: VerifiedItem[];
    try {
      items = await collect(requestVerifications(inputs, options));
    } finally {
      watch.restore();
    }
    expect(watch.batches.map((batch) => batch.size)).to.deep.equal([2]);
    const byIndex = new Map(items.map((item) => [item.index, item.report]));
    expect(byIndex.size).to.equal(4);
    expect(byIndex.get(1)).to.equal(byIndex.get(0));
    expect(byIndex.get(3)).to.equal(byIndex.get(0));
    // A later single request for the same credential gets the batch's report, and a later batch the single one's.
    expect(await requestVerification(structuredClone(badges[1]), options)).to.equal(byIndex.get(2));
    const single = await requestVerification(badges[2], options);
    const again = await collect(requestVerifications([badges[2]], options));
    expect(again[0]!.report).to.equal(single);
  });

  it('stops when its signal aborts, or when the caller stops reading', async () => {
    const controller = new AbortController();
    const seen: VerifiedItem[] = [];
    for await (const item of requestVerifications(badges, { network: false, batchSize: 2, signal: controller.signal, now: '2026-01-04T00:00:00Z' })) {
      seen.push(item);
      controller.abort();
    }
    expect(seen.length).to.equal(1);
    const iterator = requestVerifications(badges, { network: false, batchSize: 2, now: '2026-01-05T00:00:00Z' });
    const first = await iterator.next();
    expect(first.done).to.equal(false);
    await iterator.return(undefined);
    expect((await iterator.next()).done).to.equal(true);
    // The pool is still usable afterwards.
    const after = await collect(requestVerifications(badges.slice(0, 3), { network: false, now: '2026-01-06T00:00:00Z' }));
    expect(after.length).to.equal(3);
  });

  it('gives bad input a failed report, and runs in-process with a custom fetch', async () => {
    const items = await collect(requestVerifications(['not a credential', badges[3]], { network: false, fetch: globalThis.fetch, now: '2026-01-07T00:00:00Z' }));
    const byIndex = new Map(items.map((item) => [item.index, item.report]));
    expect(byIndex.get(0)!.status).to.equal('failed');
    expect(byIndex.get(1)!.status).to.equal('verified');
    expect(verificationRuntime()).to.equal('in-process');
  });

  it('yields nothing for an empty list', async () => {
    expect(await collect(requestVerifications([]))).to.deep.equal([]);
  });
});

// The verification client in a page: work goes to a module worker, progress streams back, duplicates are shared.
import { before, describe, expect, it } from '../harness.js';
import { requestVerification, verificationRuntime } from '../../src/verify-client/index.js';
import { MIN_NESTED } from '../../src/verify-client/parallel.js';
import { HOSTILE } from '../verify/hostile.js';
import { clrCredential, ed25519Issuer, openBadge, signEddsaRdfc2022, type TestIssuer } from '../verify/signing.js';


describe('requestVerification in a browser', () => {
  let issuer: TestIssuer;
  let badge: Record<string, unknown>;
  before(async () => {
    issuer = await ed25519Issuer();
    badge = await signEddsaRdfc2022(openBadge(issuer), issuer);
  });

  it('verifies in a worker', async () => {
    const report = await requestVerification(badge, { network: false });
    expect(report.verified).to.equal(true);
    expect(report.summary.name).to.equal('Introduction to Biology');
    expect(verificationRuntime()).to.equal('worker');
  });

  it('streams nested results one by one', async () => {
    const nested = await Promise.all(['A', 'B', 'C', 'D'].map((name) => signEddsaRdfc2022(openBadge(issuer, { name }), issuer)));
    const clr = await signEddsaRdfc2022(clrCredential(issuer, nested), issuer);
    const counts: string[] = [];
    const names: string[] = [];
    const report = await requestVerification(clr, {
      network: false,
      onProgress: ({ done, total, report: child }) => {
        counts.push(`${done}/${total}`);
        names.push(child.summary.name!);
      },
    });
    // Parallel lanes may finish in either order; each result arrives on its own.
    expect(counts).to.deep.equal(['1/4', '2/4', '3/4', '4/4']);
    expect([...names].sort()).to.deep.equal(['A', 'B', 'C', 'D']);
    expect(report.children.length).to.equal(4);
    expect(report.verified).to.equal(true);
  });

  it('splits a large CLR across workers and joins the same report the engine makes in one piece', async () => {
    const names = Array.from({ length: MIN_NESTED }, (_, index) => `Course ${index}`);
    const nested = await Promise.all(names.map((name) => signEddsaRdfc2022(openBadge(issuer, { name }), issuer)));
    nested[3] = { ...nested[3], name: 'Forged' };
    const clr = await signEddsaRdfc2022(clrCredential(issuer, nested), issuer);
    let progress = 0;
    // The record goes in a message of its own; its nested credentials go in batches, a few per message.
    const original = Worker.prototype.postMessage;
    const messages: Array<{ type: string; size: number }> = [];
    Worker.prototype.postMessage = function (this: Worker, message: any, ...rest: any[]) {
      if (message?.type === 'verify' || message?.type === 'verify-batch') messages.push({ type: message.type, size: message.inputs?.length ?? 1 });
      return (original as any).call(this, message, ...rest);
    } as typeof original;
    let parallel;
    try {
      parallel = await requestVerification(clr, { network: false, onProgress: () => progress++ });
    } finally {
      Worker.prototype.postMessage = original;
    }
    expect(verificationRuntime()).to.equal('worker');
    expect(messages.filter((message) => message.type === 'verify').length).to.equal(1);
    const batches = messages.filter((message) => message.type === 'verify-batch');
    expect(batches.reduce((sum, batch) => sum + batch.size, 0)).to.equal(MIN_NESTED);
    expect(batches.length).to.be.lessThan(MIN_NESTED / 2);
    const whole = await requestVerification(clr, { network: false, inProcess: true });
    expect(progress).to.equal(MIN_NESTED);
    expect(parallel.children.map((child) => child.summary.name)).to.deep.equal(whole.children.map((child) => child.summary.name));
    expect(parallel.children.map((child) => child.verified)).to.deep.equal(names.map((_, index) => index !== 3));
    expect(parallel.checks.map((check) => `${check.id}:${check.status}`)).to.deep.equal(whole.checks.map((check) => `${check.id}:${check.status}`));
    expect(parallel.checks.find((check) => check.id === 'nested')?.message).to.equal(`1 of ${MIN_NESTED} nested credentials did not verify.`);
    expect(parallel.status).to.equal('failed');
    expect(whole.status).to.equal('failed');
  });

  it('verifies the same credential once, however many elements ask', async () => {
    const [first, second] = await Promise.all([requestVerification(badge, { network: false }), requestVerification(JSON.parse(JSON.stringify(badge)), { network: false })]);
    expect(first).to.equal(second);
  });

  it('reports a failure for bad input instead of rejecting', async () => {
    const report = await requestVerification('not a credential', { network: false });
    expect(report.status).to.equal('failed');
    expect(report.checks[0].message).to.match(/not a credential/);
  });

  it('answers hostile input in the worker with the bound that stopped it', async () => {
    for (const [name, size] of [['png-inflate', 512 * 1024 * 1024], ['proof-value', 200_000], ['blank-nodes', 40_000], ['svg-scan', 64_000]] as const) {
      const hostile = HOSTILE.find((entry) => entry.name === name)!;
      const report = await requestVerification(await hostile.build(size), { network: false });
      expect(verificationRuntime(), name).to.equal('worker');
      expect(report.status, name).to.equal('failed');
      expect(report.checks.find((check) => check.id === hostile.check && check.status === 'failure')?.reason, name).to.equal(hostile.reason);
    }
  });

  it('runs in-process when given a custom fetch, which cannot cross into a worker', async () => {
    const report = await requestVerification({ ...badge }, { network: false, fetch: globalThis.fetch });
    expect(report.verified).to.equal(true);
    expect(verificationRuntime()).to.equal('in-process');
  });
});

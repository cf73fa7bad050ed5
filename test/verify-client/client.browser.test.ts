// The verification client in a page: work goes to a module worker, progress streams back, duplicates are shared.
import { before, describe, expect, it } from '../harness.js';
import { requestVerification, verificationRuntime } from '../../src/verify-client/index.js';
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
    const seen: string[] = [];
    const report = await requestVerification(clr, { network: false, onProgress: ({ done, total, report: child }) => seen.push(`${done}/${total} ${child.summary.name}`) });
    expect(seen).to.deep.equal(['1/4 A', '2/4 B', '3/4 C', '4/4 D']);
    expect(report.children.length).to.equal(4);
    expect(report.verified).to.equal(true);
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

  it('runs in-process when given a custom fetch, which cannot cross into a worker', async () => {
    const report = await requestVerification({ ...badge }, { network: false, fetch: globalThis.fetch });
    expect(report.verified).to.equal(true);
    expect(verificationRuntime()).to.equal('in-process');
  });
});

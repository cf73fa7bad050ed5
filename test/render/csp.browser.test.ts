// The renderer on pages with a strict Content-Security-Policy *header* (test/render/helpers/csp-server.mjs): no
// securitypolicyviolation event and no report to the page's report endpoint while a template is
// sanitized and rendered, and the styles that pass vetting still apply. Each case is an iframe whose
// page runs test/render/helpers/csp-frame.ts; the frame ends with one deliberate violation (the sentinel), so
// once the sentinel's report has arrived, every report the page would have sent has been counted.
import { describe, expect, it } from '../helpers/harness.js';
import type { CspFrameReport } from './helpers/csp-frame.js';
import { richCertificates } from './helpers/rich-certificates.js';

/** The policy of the issue: a school that allows nothing inline and reports what it blocks. */
const SCHOOL_POLICY = "default-src 'self'; style-src 'self'; base-uri 'none'; require-trusted-types-for 'script'";
// The URL of the frame's last, deliberate violation (csp-frame.ts).
const SENTINEL = 'https://sentinel.invalid/csp-sentinel';

interface CspRun extends CspFrameReport {
  /** The reports the page sent to its report-uri, but the sentinel's. */
  reports: Array<Record<string, unknown>>;
}

let pages = 0;

async function reportsFor(id: string): Promise<Array<Record<string, unknown>>> {
  // Wait (a bounded number of polls) for the sentinel's report: it is sent after every earlier one.
  for (let i = 0; i < 200; i++) {
    const reports = (await (await fetch(`/__csp__/reports/${id}`)).json()) as Array<Record<string, unknown>>;
    if (reports.some((r) => String(r['blocked-uri'] ?? r.blockedURL ?? '').startsWith(SENTINEL))) {
      return reports.filter((r) => !String(r['blocked-uri'] ?? r.blockedURL ?? '').startsWith(SENTINEL));
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`the sentinel's report never reached /__csp__/report/${id}`);
}

async function runPage(policy: string, scenario: string, extra = ''): Promise<CspRun> {
  const id = `csp-${Date.now()}-${pages++}`;
  const src = `/__csp__/page?id=${id}&run=/test/render/helpers/csp-frame.ts&scenario=${scenario}${extra}&policy=${encodeURIComponent(policy)}`;
  const report = await new Promise<CspFrameReport>((resolve, reject) => {
    const frame = document.createElement('iframe');
    frame.style.cssText = 'width: 800px; height: 600px';
    const timer = setTimeout(() => reject(new Error(`the ${scenario} page did not report`)), 60000);
    const onMessage = (event: MessageEvent) => {
      if (event.source !== frame.contentWindow || !event.data?.cspFrame) return;
      clearTimeout(timer);
      window.removeEventListener('message', onMessage);
      frame.remove();
      resolve(event.data.cspFrame as CspFrameReport);
    };
    window.addEventListener('message', onMessage);
    frame.src = src;
    document.body.append(frame);
  });
  return { ...report, reports: await reportsFor(id) };
}

describe('CSP: sanitizing reports nothing to the page (policy header with report-uri)', () => {
  it('(control) the page enforces the policy and its reports reach the endpoint', async () => {
    const run = await runPage(SCHOOL_POLICY, 'control');
    expect(run.error).to.equal(undefined);
    expect(run.data.applied).to.equal('');
    expect(run.violations.some((v) => v.startsWith('style-src-attr'))).to.equal(true);
    expect(run.reports.some((r) => r['violated-directive'] === 'style-src-attr' || r['effective-directive'] === 'style-src-attr')).to.equal(true);
  });

  it("the page's own parsers inherit its policy (DOMParser, createHTMLDocument, <template>); none of them fetches; renderTemplate reports nothing", async () => {
    const run = await runPage(SCHOOL_POLICY, 'parsers');
    expect(run.error).to.equal(undefined);
    const counts = run.data.counts as Record<string, string[]>;
    // Chromium checks a style attribute against the page's policy as it is parsed, in any document of the
    // page: this is why the renderer never lets the parser see one (src/render/inert-parse.ts).
    for (const method of ['domParser', 'createHTMLDocument', 'template']) {
      expect(counts[method]!.some((v) => v.startsWith('style-src-attr')), `${method}: ${counts[method]}`).to.equal(true);
    }
    // A parsed document processes <style> and <base> (template content does not).
    for (const method of ['domParser', 'createHTMLDocument']) {
      expect(counts[method]!.some((v) => v.startsWith('style-src-elem')), `${method}: ${counts[method]}`).to.equal(true);
      expect(counts[method]!.some((v) => v.startsWith('base-uri')), `${method}: ${counts[method]}`).to.equal(true);
    }
    expect(counts.template!.every((v) => v.startsWith('style-src-attr')), `template: ${counts.template}`).to.equal(true);
    expect(counts.renderTemplate).to.deep.equal([]);
    // Inert documents load nothing: no image, stylesheet, poster, object, frame, SVG image or refresh.
    expect(run.requests).to.deep.equal([]);
    expect(run.reports.filter((r) => !String(r['violated-directive'] ?? '').startsWith('style-src') && r['violated-directive'] !== 'base-uri')).to.deep.equal([]);
  });

  it('every template of the XSS corpora: zero violation events, zero reports, zero requests', async () => {
    const run = await runPage(SCHOOL_POLICY, 'corpora');
    expect(run.error).to.equal(undefined);
    expect(run.data.ours as number).to.be.greaterThan(100);
    const missing = run.data.missing as string[];
    if (missing.length > 0) console.log(`CSP corpora: ../shared/fixtures not found, did not run ${missing.join(', ')}`);
    else expect(run.data.shared as number).to.be.greaterThan(500);
    expect(run.violations).to.deep.equal([]);
    expect(run.reports).to.deep.equal([]);
    expect(run.requests).to.deep.equal([]);
  });

  it('richly styled certificates: zero violations and reports, and their styles apply', async () => {
    const run = await runPage(SCHOOL_POLICY, 'rich');
    expect(run.error).to.equal(undefined);
    expect(run.violations).to.deep.equal([]);
    expect(run.reports).to.deep.equal([]);
    const styles = run.data.styles as Record<string, Record<string, string>>;
    for (const certificate of richCertificates()) expect(styles[certificate.name], certificate.name).to.deep.equal(certificate.expected);
  });

  it('with inline images allowed by the page (img-src data:), images render and nothing is reported', async () => {
    const run = await runPage(`${SCHOOL_POLICY}; img-src 'self' data:`, 'rich', '&images=inline');
    expect(run.error).to.equal(undefined);
    expect(run.violations).to.deep.equal([]);
    expect(run.reports).to.deep.equal([]);
    const styles = run.data.styles as Record<string, Record<string, string>>;
    expect(styles['inline-design']).to.deep.equal(richCertificates()[1]!.expected);
    expect(run.requests).to.deep.equal([]);
  });
});

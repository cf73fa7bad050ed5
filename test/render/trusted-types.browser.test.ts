// Trusted Types: the renderer on pages that enforce `require-trusted-types-for 'script'`. Each case is an
// iframe (srcdoc, same origin) whose document sets the CSP in a <meta>, loads the renderer as a module
// from the test server and reports back: output, securitypolicyviolation events, and whether a plain
// innerHTML assignment is really refused there (proof that enforcement is on).
import { describe, expect, it } from '../helpers/harness.js';
import { TRUSTED_TYPES_POLICY_NAME } from '../../src/render/index.js';
import { sampleView } from './helpers/checks.js';
import { installTraps } from './helpers/traps.js';
import { sharedFixturesPresent } from './helpers/shared-corpora.js';

interface FrameReport {
  ok: boolean;
  error?: string;
  code?: string;
  text?: string;
  color?: string;
  html?: string;
  imgs?: number;
  violations: string[];
  enforced: boolean;
}

const traps = installTraps();

function runInFrame(csp: string, body: string): Promise<FrameReport> {
  const script = `
const violations = [];
document.addEventListener('securitypolicyviolation', (e) => violations.push(e.violatedDirective + ' ' + (e.sample || e.blockedURI)));
const view = ${JSON.stringify(sampleView())};
const report = {};
try {
  ${body}
  report.ok = true;
} catch (error) {
  report.ok = false;
  report.error = String(error);
  report.code = error && error.code;
}
await new Promise((r) => setTimeout(r, 100));
report.violations = violations.slice();
let enforced = false;
try { document.createElement('div').innerHTML = '<b>x</b>'; } catch { enforced = true; }
report.enforced = enforced;
parent.postMessage({ trustedTypesReport: report }, '*');`;
  const doc = `<!doctype html><html><head><meta http-equiv="Content-Security-Policy" content="${csp}"></head><body><div id="target"></div><script type="module">${script}</script></body></html>`;
  return new Promise((resolve, reject) => {
    const frame = document.createElement('iframe');
    const timer = setTimeout(() => reject(new Error('the frame did not report')), 15000);
    const onMessage = (event: MessageEvent) => {
      if (event.source !== frame.contentWindow || !event.data?.trustedTypesReport) return;
      clearTimeout(timer);
      window.removeEventListener('message', onMessage);
      frame.remove();
      resolve(event.data.trustedTypesReport as FrameReport);
    };
    window.addEventListener('message', onMessage);
    frame.srcdoc = doc;
    document.body.append(frame);
  });
}

const RENDER = `
const { renderTemplate } = await import('/src/render/render-template.ts');
const result = renderTemplate(document.getElementById('target'), {
  html: '<h1 class="n">{{recipient.name}}</h1><p style="color: rgb(4, 5, 6)">{{credential.name}}</p><img src="x" onerror="parent.pwn()"><svg onload="parent.pwn()"></svg><a href="javascript:parent.pwn()">x</a>',
  css: '.n { color: rgb(1, 2, 3); } @import url(https://evil.example/x.css);',
}, view);
report.text = result.shadowRoot.querySelector('.n').textContent + ' / ' + result.shadowRoot.querySelector('p').textContent;
report.color = getComputedStyle(result.shadowRoot.querySelector('.n')).color + ' ' + getComputedStyle(result.shadowRoot.querySelector('p')).color;
report.html = result.shadowRoot.innerHTML;
`;

const STRICT_CSP = [
  "require-trusted-types-for 'script'",
  `trusted-types ${TRUSTED_TYPES_POLICY_NAME}`,
  "default-src 'none'",
  "script-src 'self' 'unsafe-inline'",
  // No 'unsafe-inline': the renderer applies styles through adopted sheets and the CSSOM only.
  "style-src 'self'",
  "img-src 'self' data: https://images.example",
  "font-src 'none'",
  "connect-src 'self'",
  "frame-src 'none'",
  "object-src 'none'",
  "media-src 'none'",
  "form-action 'none'",
].join('; ');

// In-frame code shared by the corpus runs: fire the events payloads hook into, then report what ran.
const POKE_AND_REPORT = `await new Promise((r) => setTimeout(r, 300));
for (const { shadowRoot } of results) {
  shadowRoot.addEventListener('click', (e) => e.preventDefault(), { capture: true });
  for (const el of shadowRoot.querySelectorAll('*')) for (const type of ['mouseover', 'click', 'focus', 'toggle', 'error', 'load']) el.dispatchEvent(new Event(type));
}
await new Promise((r) => setTimeout(r, 200));
report.text = JSON.stringify({ rendered: results.length, executed });`;

describe(`Trusted Types (policy "${TRUSTED_TYPES_POLICY_NAME}")`, () => {
  it('renders a template under require-trusted-types-for with only our policy allowed', async () => {
    const report = await runInFrame(`require-trusted-types-for 'script'; trusted-types ${TRUSTED_TYPES_POLICY_NAME}`, RENDER);
    expect(report.error).to.equal(undefined);
    expect(report.ok).to.equal(true);
    expect(report.enforced).to.equal(true);
    expect(report.violations).to.deep.equal([]);
    expect(report.text).to.equal('Ada Lovelace / Introduction to Data Science');
    expect(report.color).to.equal('rgb(1, 2, 3) rgb(4, 5, 6)');
    expect(report.html).to.not.match(/onerror|onload|javascript:/);
    await new Promise((r) => setTimeout(r, 100));
    expect(traps.executed).to.deep.equal([]);
  });

  it('renders the default certificate (Lit) when lit-html is allowed too', async () => {
    const report = await runInFrame(
      `require-trusted-types-for 'script'; trusted-types ${TRUSTED_TYPES_POLICY_NAME} lit-html`,
      `const { render } = await import('/test/render/helpers/lit-render.ts');
const { renderDefaultCertificate, defaultCertificateStyles, renderTemplate } = await import('/src/render/index.ts');
const host = document.getElementById('target');
const root = host.attachShadow({ mode: 'open' });
root.adoptedStyleSheets = [defaultCertificateStyles.styleSheet];
render(renderDefaultCertificate(view), root);
report.text = root.querySelector('.recipient').textContent;
const other = document.createElement('div');
document.body.append(other);
renderTemplate(other, { html: '<p>{{recipient.name}}</p>' }, view);`,
    );
    expect(report.error).to.equal(undefined);
    expect(report.enforced).to.equal(true);
    expect(report.violations).to.deep.equal([]);
    expect(report.text).to.equal('Ada Lovelace');
  });

  it('runs our XSS corpus under a strict CSP plus Trusted Types: no violation, nothing executes', async () => {
    const csp = STRICT_CSP;
    const report = await runInFrame(
      csp,
      `const executed = [];
for (const name of ['alert', 'confirm', 'prompt', 'print']) window[name] = (...a) => executed.push(name + '(' + a.join(',') + ')');
window.pwn = () => executed.push('pwn()');
const { renderTemplate } = await import('/src/render/render-template.ts');
const entries = [...(await (await fetch('/test/render/corpus/html.json')).json()), ...(await (await fetch('/test/render/corpus/css.json')).json())];
const results = [];
for (const entry of entries) {
  const slot = document.createElement('div');
  slot.style.cssText = 'width:300px;height:120px;margin:30px';
  document.body.append(slot);
  results.push(renderTemplate(slot, { html: entry.html || '', css: entry.css || '' }, { ...view, ...(entry.view || {}) }, { imageOrigins: ['https://images.example'], ...(entry.options || {}) }));
}
${POKE_AND_REPORT}`,
    );
    expect(report.error).to.equal(undefined);
    expect(report.enforced).to.equal(true);
    expect(report.violations).to.deep.equal([]);
    const { rendered, executed } = JSON.parse(report.text!) as { rendered: number; executed: string[] };
    expect(rendered).to.be.greaterThan(100);
    expect(executed).to.deep.equal([]);
  });

  it('runs the shared corpora (../shared/fixtures/xss) under the same CSP: no violation, nothing executes', async () => {
    if (!(await sharedFixturesPresent('the shared corpora under Trusted Types (trusted-types.browser.test.ts)'))) return;
    const report = await runInFrame(
      STRICT_CSP,
      `const executed = [];
for (const name of ['alert', 'confirm', 'prompt', 'print']) window[name] = (...a) => executed.push(name + '(' + a.join(',') + ')');
const { renderTemplate } = await import('/src/render/render-template.ts');
const load = async (path) => { const data = await (await fetch('/__fixtures__/' + path)).json(); return Array.isArray(data) ? data : data.items; };
const payloads = [];
for (const path of ['xss/dompurify/expect.json', 'xss/css/dompurify-style-subset.json', 'xss/css/owasp-css-vectors.json', 'xss/css/h5sc-css-subset.json', 'xss/h5sc/items.json']) {
  for (const item of await load(path)) payloads.push(item.payload);
}
const results = [];
for (const html of payloads) {
  const slot = document.createElement('div');
  slot.style.cssText = 'width:300px;height:100px;margin:20px';
  document.body.append(slot);
  // (The page test also feeds <style> contents to the CSS path; parsing them here would itself be a Trusted Types sink.)
  results.push(renderTemplate(slot, { html }, view, { imageOrigins: ['https://images.example'] }));
}
${POKE_AND_REPORT}`,
    );
    expect(report.error).to.equal(undefined);
    expect(report.enforced).to.equal(true);
    expect(report.violations).to.deep.equal([]);
    const { rendered, executed } = JSON.parse(report.text!) as { rendered: number; executed: string[] };
    expect(rendered).to.be.greaterThan(500);
    expect(executed).to.deep.equal([]);
  });

  it('(control) the strict CSP frame does report a request to another origin', async () => {
    const report = await runInFrame(STRICT_CSP, `const img = new Image(); img.src = 'https://evil.example/control.png'; document.body.append(img);`);
    expect(report.violations.some((v) => v.startsWith('img-src'))).to.equal(true);
  });

  it('fails with TEMPLATE_REJECTED, not silently, when the page does not allow the policy', async () => {
    const report = await runInFrame(`require-trusted-types-for 'script'; trusted-types some-other-policy`, RENDER);
    expect(report.ok).to.equal(false);
    expect(report.code).to.equal('TEMPLATE_REJECTED');
    expect(report.enforced).to.equal(true);
  });
});

// The module a CSP test page runs (served by test/render/helpers/csp-server.mjs with a real policy header). It runs
// one scenario, counts `securitypolicyviolation` events and cross-origin requests, then provokes one last
// violation on purpose (the sentinel: a fetch of https://sentinel.invalid, blocked by connect-src) so the
// test knows every earlier event has been dispatched and every earlier report sent, and posts its
// findings to the parent test page.
import { renderTemplate, type RenderOptions, type RenderResult } from '../../../src/render/index.js';
import { sampleView } from './sample-view.js';
import { richCertificates } from './rich-certificates.js';

export interface CspFrameReport {
  ok: boolean;
  error?: string;
  /** `violatedDirective blockedURI` of every securitypolicyviolation event but the sentinel's. */
  violations: string[];
  /** Resource-timing entries: every request the page made, same origin included, but its own modules, fixtures and reports. */
  requests: string[];
  /** Scenario-specific findings. */
  data: Record<string, unknown>;
}

// The test (csp.browser.test.ts) waits for this URL's report.
const SENTINEL = 'https://sentinel.invalid/csp-sentinel';

const violations: string[] = [];
let sentinelSeen: () => void = () => {};
const sentinel = new Promise<void>((resolve) => (sentinelSeen = resolve));
document.addEventListener('securitypolicyviolation', (event) => {
  if (event.blockedURI.startsWith(SENTINEL)) sentinelSeen();
  else violations.push(`${event.violatedDirective} ${event.blockedURI}`);
});

const params = new URL(location.href).searchParams;
const tick = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

function slot(): HTMLElement {
  const el = document.createElement('div');
  el.style.setProperty('width', '320px');
  document.body.append(el);
  return el;
}

async function fixtureItems(path: string): Promise<Array<{ payload: string }> | null> {
  const response = await fetch(`/__fixtures__/${path}`);
  if (!response.ok) return null;
  const data = (await response.json()) as Array<{ payload: string }> | { items: Array<{ payload: string }> };
  return Array.isArray(data) ? data : data.items;
}

/** Options that match a page whose img-src allows no image a template could name. */
const NO_IMAGES: RenderOptions = { remoteImages: false, inlineImages: false };

const scenarios: Record<string, (data: Record<string, unknown>) => Promise<void>> = {
  /** Control: a style attribute set by script is a violation, and the report reaches the server. */
  async control(data) {
    const p = document.createElement('p');
    p.setAttribute('style', 'color: rgb(1, 2, 3)');
    data.applied = p.style.color;
  },

  /** The ways a page can parse HTML, each on its own: which of them report, and whether any of them fetches. */
  async parsers(data) {
    const markup = '<p style="color: rgb(1, 2, 3)">x</p><style>p { color: red }</style><base href="https://evil.example/">'
      + '<img src="https://evil.example/img.png"><link rel="stylesheet" href="https://evil.example/x.css"><video poster="https://evil.example/p.png"></video>'
      + '<object data="https://evil.example/o"></object><iframe src="https://evil.example/f"></iframe><svg><image href="https://evil.example/i.png"></image></svg>'
      + '<meta http-equiv="refresh" content="0; url=https://evil.example/">';
    const policy = (window as unknown as { trustedTypes: { createPolicy(n: string, o: object): { createHTML(s: string): string } } }).trustedTypes.createPolicy('csp-probe', { createHTML: (s: string) => s });
    const html = policy.createHTML(markup);
    const methods: Record<string, () => void> = {
      domParser: () => new DOMParser().parseFromString(html, 'text/html'),
      createHTMLDocument: () => {
        document.implementation.createHTMLDocument('').body.innerHTML = html;
      },
      template: () => {
        document.createElement('template').innerHTML = html;
      },
      renderTemplate: () => {
        renderTemplate(slot(), { html: markup }, sampleView(), NO_IMAGES);
      },
    };
    const counts: Record<string, string[]> = {};
    for (const [name, parse] of Object.entries(methods)) {
      const before = violations.length;
      parse();
      await new Promise((resolve) => setTimeout(resolve, 50));
      counts[name] = violations.slice(before);
    }
    data.counts = counts;
  },

  /** Every template of the XSS corpora (ours, and the shared ones when present). */
  async corpora(data) {
    const corpus = async (name: string) => (await (await fetch(`/test/render/corpus/${name}.json`)).json()) as unknown[];
    const ours = [...(await corpus('html')), ...(await corpus('css')), ...(await corpus('exfiltration'))] as Array<{
      html?: string;
      css?: string;
      view?: object;
      options?: RenderOptions;
    }>;
    const results: RenderResult[] = [];
    for (const entry of ours) {
      results.push(renderTemplate(slot(), { html: entry.html ?? '', css: entry.css ?? '' }, sampleView(entry.view ?? {}), { ...entry.options, ...NO_IMAGES }));
    }
    let shared = 0;
    const missing: string[] = [];
    for (const path of ['xss/dompurify/expect.json', 'xss/css/dompurify-style-subset.json', 'xss/css/owasp-css-vectors.json', 'xss/css/h5sc-css-subset.json', 'xss/h5sc/items.json']) {
      const items = await fixtureItems(path);
      if (!items) {
        missing.push(path);
        continue;
      }
      for (const { payload } of items) {
        results.push(renderTemplate(slot(), { html: payload }, sampleView(), NO_IMAGES));
        shared++;
      }
    }
    data.ours = ours.length;
    data.shared = shared;
    data.missing = missing;
    // Let anything that would load or report do so: layout, lazy images, animations.
    document.body.getBoundingClientRect();
    await new Promise((resolve) => setTimeout(resolve, 300));
    data.rendered = results.length;
  },

  /** Richly styled certificates: nothing reported, and their styles apply. */
  async rich(data) {
    const images = params.get('images') === 'inline';
    const styles: Record<string, Record<string, string>> = {};
    for (const certificate of richCertificates()) {
      const result = renderTemplate(slot(), certificate.template, sampleView(), images ? {} : NO_IMAGES);
      await tick();
      styles[certificate.name] = certificate.probe(result);
      data[`${certificate.name}:removed`] = result.removed;
    }
    data.styles = styles;
    await new Promise((resolve) => setTimeout(resolve, 200));
  },
};

async function main(): Promise<void> {
  const report: CspFrameReport = { ok: false, violations, requests: [], data: {} };
  try {
    const scenario = scenarios[params.get('scenario') ?? ''];
    if (!scenario) throw new Error(`unknown scenario ${params.get('scenario')}`);
    await scenario(report.data);
    report.ok = true;
  } catch (error) {
    report.error = String((error as Error)?.stack ?? error);
  }
  fetch(SENTINEL).catch(() => undefined);
  await sentinel;
  report.requests = performance
    .getEntriesByType('resource')
    .map((entry) => entry.name)
    .filter((name) => {
      const url = new URL(name, location.href);
      return url.origin !== location.origin || !/^\/(?:src|test|demo|node_modules|__fixtures__|__csp__|@)/.test(url.pathname);
    });
  report.violations = violations.slice();
  parent.postMessage({ cspFrame: report }, location.origin);
}

void main();

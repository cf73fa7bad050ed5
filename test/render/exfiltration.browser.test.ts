// Personal data never leaves in a request (test/render/corpus/exfiltration.json): no placeholder in anything the
// browser fetches, no selector that reads credential data in attributes, no indirection (var(), custom
// properties, @property, attr(), image-set(), src(), @font-face, @import) that carries a url() past those
// rules. The attacker's best case: the template's author also runs an image origin the page allows
// (https://images.example here, as the renderer's default allows any https origin).
import { describe, expect, it } from '../helpers/harness.js';
import { renderTemplate, type RenderOptions, type RenderResult } from '../../src/render/index.js';
import { ALLOWED_IMAGE_ORIGIN, assertInert, sampleView } from './helpers/checks.js';
import { runInMetaFrame } from './helpers/meta-frame.js';
import corpus from './corpus/exfiltration.json';

interface ExfiltrationEntry {
  id: string;
  attacks: string;
  html: string;
  css: string;
  options?: RenderOptions;
  /** Some removed item's reason includes this ('' for none required). */
  removedReason: string;
  /** Selectors that must match nothing. */
  absent?: string[];
  /** Selectors that must match, with the href they must have (null: any). */
  present?: Record<string, string | null>;
  /** Elements whose computed background-image must be none. */
  backgroundNone?: string[];
  /** Text the sanitized stylesheet must not hold. */
  cssExcludes?: string[];
}

const entries = corpus as ExfiltrationEntry[];
const view = sampleView();
const options: RenderOptions = { imageOrigins: [ALLOWED_IMAGE_ORIGIN] };
const PERSONAL = [view.recipient!.email!, view.recipient!.name!, 'Lovelace', 'ada%40example.org'];
/** Attributes whose values the browser fetches, navigates to, pings or parses as CSS. */
const REQUEST_ATTRIBUTES = /^(?:src|srcset|href|xlink:href|poster|background|data|action|formaction|ping|style|fill|filter|mask|clip-path|cursor|content|lowsrc|dynsrc|longdesc|cite|codebase|usemap)$/;

function target(): HTMLElement {
  const el = document.createElement('div');
  el.style.cssText = 'width: 480px; display: block';
  document.body.append(el);
  return el;
}

function assertNoPersonalDataInRequests(result: RenderResult, label: string): void {
  for (const el of Array.from(result.shadowRoot.querySelectorAll('*'))) {
    for (const attr of Array.from(el.attributes)) {
      if (!REQUEST_ATTRIBUTES.test(attr.name.toLowerCase())) continue;
      for (const value of PERSONAL) expect(attr.value.includes(value), `${label}: ${attr.name}="${attr.value}" on <${el.localName}>`).to.equal(false);
    }
  }
  for (const value of PERSONAL) expect(result.css.includes(value), `${label}: the stylesheet holds ${value}`).to.equal(false);
}

describe('exfiltration corpus (test/render/corpus/exfiltration.json)', () => {
  it('has CSS and HTML cases', () => {
    expect(entries.filter((e) => e.id.startsWith('css-')).length).to.be.greaterThan(15);
    expect(entries.filter((e) => e.id.startsWith('ph-')).length).to.be.greaterThan(12);
  });

  for (const entry of entries) {
    it(`${entry.id}: ${entry.attacks}`, () => {
      const result = renderTemplate(target(), { html: entry.html, css: entry.css }, view, { ...options, ...entry.options });
      assertInert(result, entry.id);
      assertNoPersonalDataInRequests(result, entry.id);
      const root = result.shadowRoot;
      if (entry.removedReason) {
        expect(result.removed.some((r) => r.reason.includes(entry.removedReason)), `${entry.id}: ${JSON.stringify(result.removed)}`).to.equal(true);
      }
      for (const text of entry.cssExcludes ?? []) expect(result.css.includes(text), `${entry.id}: ${text} in ${result.css}`).to.equal(false);
      for (const selector of entry.absent ?? []) expect(root.querySelector(selector), `${entry.id}: ${selector}`).to.equal(null);
      for (const [selector, href] of Object.entries(entry.present ?? {})) {
        const el = root.querySelector(selector);
        expect(el, `${entry.id}: ${selector}`).to.not.equal(null);
        if (href !== null) expect(el!.getAttribute('href'), `${entry.id}: ${selector}`).to.equal(href);
      }
      for (const selector of entry.backgroundNone ?? []) {
        const el = root.querySelector(selector);
        if (!el) continue;
        const style = getComputedStyle(el);
        for (const property of ['background-image', 'border-image-source', 'mask-image', 'list-style-image']) {
          expect(style.getPropertyValue(property), `${entry.id}: ${selector} ${property}`).to.equal('none');
        }
      }
    });
  }

  it('the text and text attributes still get the data (the channel is closed, not the feature)', () => {
    const result = renderTemplate(target(), { html: entries[0]!.html, css: entries[0]!.css }, view, options);
    const p = result.shadowRoot.querySelector('.c')!;
    expect(p.getAttribute('data-e')).to.equal(view.recipient!.email);
    expect(p.getAttribute('title')).to.equal(view.recipient!.name);
    expect(result.shadowRoot.querySelector('.l')!.getAttribute('href')).to.equal('https://credentials.example/c/123');
  });

  it('attribute-value selectors stay when no attribute holds credential data', () => {
    const result = renderTemplate(target(), { html: '<p class="k" data-theme="dark">{{recipient.name}}</p>', css: '.k[data-theme="dark"] { color: rgb(1, 2, 3); }' }, view);
    expect(result.removed).to.deep.equal([]);
    expect(getComputedStyle(result.shadowRoot.querySelector('.k')!).color).to.equal('rgb(1, 2, 3)');
  });

  it('end to end, in a page whose img-src and font-src allow only itself: no load is even attempted', async () => {
    const report = await runInMetaFrame(
      "default-src 'none'; script-src 'self' 'unsafe-inline'; connect-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; media-src 'none'; object-src 'none'; frame-src 'none'; form-action 'none'; base-uri 'none'",
      `const { renderTemplate } = await import('/src/render/render-template.ts');
const { sampleView } = await import('/test/render/helpers/sample-view.ts');
const view = sampleView();
const slot = () => { const el = document.createElement('div'); el.style.setProperty('width', '480px'); document.body.append(el); return el; };
// Control: the same defaults load a plain remote background, and the page reports it.
renderTemplate(slot(), { html: '<p class="k">control</p>', css: '.k { background-image: url(https://images.example/control.png); }' }, view);
document.body.getBoundingClientRect();
await new Promise((r) => setTimeout(r, 200));
const control = violations.splice(0);
const entries = await (await fetch('/test/render/corpus/exfiltration.json')).json();
const loads = {};
for (const entry of entries) {
  renderTemplate(slot(), { html: entry.html, css: entry.css }, view, { imageOrigins: ['https://images.example'], ...entry.options });
  document.body.getBoundingClientRect();
  await new Promise((r) => setTimeout(r, 20));
  if (violations.length > 0) loads[entry.id] = violations.splice(0);
}
report.result = { control, rendered: entries.length, loads };`,
    );
    expect(report.error).to.equal(undefined);
    const { control, rendered, loads } = report.result as { control: string[]; rendered: number; loads: Record<string, string[]> };
    expect(control.some((v) => v.startsWith('img-src https://images.example/control.png')), JSON.stringify(control)).to.equal(true);
    expect(rendered).to.equal(entries.length);
    expect(loads).to.deep.equal({});
    expect(report.violations).to.deep.equal([]);
  });
});

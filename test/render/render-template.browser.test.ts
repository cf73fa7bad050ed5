// Benign templates keep their text, structure and styling; placeholders, options and isolation.
import { describe, expect, it } from '../helpers/harness.js';
import { renderTemplate, sanitizeCss, resourcePolicy } from '../../src/render/index.js';
import { isCredentialError } from '../../src/errors.js';
import { ALLOWED_IMAGE_ORIGIN, assertContained, assertInert, sampleView } from './helpers/checks.js';

const PNG = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==';

export const IBL_TEMPLATE = {
  html: `<div class="certificate">
  <header><img class="logo" src="${PNG}" alt="ibl.ai"><h1>Certificate of Completion</h1></header>
  <p class="lead">This is to certify that</p>
  <h2 class="recipient">{{recipient.name}}</h2>
  <p>has successfully completed <strong>{{credential.name}}</strong></p>
  <p class="meta">Issued on {{ issued_on }} · Grade {{grade}} · {{Cohort_Name}}</p>
  <a href="{{verify_url}}">Verify</a>
  <svg class="seal" viewBox="0 0 10 10"><circle cx="5" cy="5" r="4" fill="#c9a227"></circle></svg>
</div>`,
  css: `.certificate { font-family: Georgia, serif; color: rgb(20, 30, 40); background: rgb(250, 248, 240); border: 4px double rgb(180, 150, 60); padding: 24px; position: relative; }
.recipient { font-size: 32px; font-weight: 700; margin: 8px 0; }
@media (min-width: 1px) { .lead { font-style: italic; } }
@keyframes fade { from { opacity: 0 } to { opacity: 1 } }
.certificate h1 { letter-spacing: 2px; text-transform: uppercase; animation: fade 1ms; }
.meta { --accent: rgb(180, 150, 60); color: var(--accent); }
.certificate { & .recipient { text-decoration-line: underline; } }
.seal { width: 40px; height: 40px; position: absolute; top: 8px; right: 8px; }`,
};

function target(): HTMLElement {
  const el = document.createElement('div');
  el.style.width = '640px';
  document.body.append(el);
  return el;
}

describe('renderTemplate: benign templates', () => {
  it('keeps the text, structure and styling of an ibl.ai-style template', () => {
    const result = renderTemplate(target(), IBL_TEMPLATE, sampleView(), { locale: 'en-US' });
    assertInert(result, 'ibl');
    assertContained(result, 'ibl');
    expect(result.removed).to.deep.equal([]);
    expect(result.unknownPlaceholders).to.deep.equal([]);
    const root = result.shadowRoot;
    expect(root.innerHTML).to.equal(`<div class="certificate">
  <header><img class="logo" src="${PNG}" alt="ibl.ai" loading="lazy" decoding="async" referrerpolicy="no-referrer"><h1>Certificate of Completion</h1></header>
  <p class="lead">This is to certify that</p>
  <h2 class="recipient">Ada Lovelace</h2>
  <p>has successfully completed <strong>Introduction to Data Science</strong></p>
  <p class="meta">Issued on November 20, 2026 · Grade A · Fall 2026</p>
  <a href="https://credentials.example/c/123" target="_blank" rel="noopener noreferrer" referrerpolicy="no-referrer">Verify</a>
  <svg class="seal" viewBox="0 0 10 10"><circle cx="5" cy="5" r="4" fill="#c9a227"></circle></svg>
</div>`);
    const style = (selector: string) => getComputedStyle(root.querySelector(selector)!);
    expect(style('.certificate').color).to.equal('rgb(20, 30, 40)');
    expect(style('.certificate').backgroundColor).to.equal('rgb(250, 248, 240)');
    expect(style('.certificate').borderTopStyle).to.equal('double');
    expect(style('.certificate').borderTopWidth).to.equal('4px');
    expect(style('.certificate').paddingLeft).to.equal('24px');
    expect(style('.recipient').fontSize).to.equal('32px');
    expect(style('.recipient').fontWeight).to.equal('700');
    expect(style('.recipient').textDecorationLine).to.equal('underline');
    expect(style('.lead').fontStyle).to.equal('italic');
    expect(style('h1').textTransform).to.equal('uppercase');
    expect(style('h1').animationName).to.equal('fade');
    expect(style('.meta').color).to.equal('rgb(180, 150, 60)');
    expect(style('.seal').position).to.equal('absolute');
    expect(style('.seal').width).to.equal('40px');
  });

  it('keeps the CSS features a certificate uses', () => {
    const css = `@layer base, theme;
@layer base { p { margin: 0; } }
@supports (display: grid) { .grid { display: grid; grid-template-columns: 1fr 2fr; gap: 4px; } }
@container (min-width: 10px) { .c { color: rgb(1, 2, 3); } }
.bg { background-image: url("${ALLOWED_IMAGE_ORIGIN}/paper.png"), url("data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg'/%3E"); }
.shadow { box-shadow: 0 1px 2px rgb(0 0 0 / 0.2); transform: rotate(-2deg) translateX(10px) scale(1.1); margin-left: -12px; }
.matrix { transform: matrix(1, 0, 0, 1, 20, 30); }
.relative { transform: translate(-50%, -50%); }
@font-face { font-family: Brand; src: url("https://fonts.example/brand.woff2") format("woff2"), local("Georgia"); }
.local-filter { filter: url(#soft) blur(1px); }`;
    const { css: out, removed } = sanitizeCss(css, resourcePolicy({ imageOrigins: [ALLOWED_IMAGE_ORIGIN], fontOrigins: ['https://fonts.example'] }));
    expect(removed).to.deep.equal([]);
    for (const piece of ['@layer base, theme', '@supports', '@container', `${ALLOWED_IMAGE_ORIGIN}/paper.png`, 'data:image/svg+xml', 'rotate(-2deg)', 'margin-left: -12px', 'matrix(1, 0, 0, 1, 20, 30)', 'translate(-50%, -50%)', '@font-face', 'https://fonts.example/brand.woff2', 'url("#soft")']) {
      expect(out, piece).to.include(piece);
    }
    // The same fonts from an origin not listed are removed.
    const other = sanitizeCss('@font-face { font-family: Brand; src: url("https://fonts.example/brand.woff2"); }', resourcePolicy({}));
    expect(other.css).to.equal('');
    expect(other.removed.map((r) => r.kind)).to.deep.equal(['css-rule']);
  });

  it('reuses its host for the same target, and renders into a shadow root target', () => {
    const el = target();
    const first = renderTemplate(el, { html: '<p>one</p>' }, sampleView());
    const second = renderTemplate(el, { html: '<p>two</p>', css: 'p { color: rgb(0, 128, 0); }' }, sampleView());
    expect(second.host).to.equal(first.host);
    expect(el.children.length).to.equal(1);
    expect(second.shadowRoot.textContent).to.equal('two');
    expect(getComputedStyle(second.shadowRoot.querySelector('p')!).color).to.equal('rgb(0, 128, 0)');
    const outer = target().attachShadow({ mode: 'open' });
    const inShadow = renderTemplate(outer, { html: '<p>inside</p>' }, sampleView());
    expect(inShadow.host.parentNode).to.equal(outer);
    expect(inShadow.shadowRoot.textContent).to.equal('inside');
  });

  it('isolates both ways: page styles do not reach the template, template styles do not reach the page', () => {
    const pageStyle = document.createElement('style');
    pageStyle.textContent = 'p.iso { color: rgb(255, 0, 0) !important; } [data-credential-certificate] p { color: rgb(255, 0, 0) !important; }';
    document.head.append(pageStyle);
    const pageP = document.createElement('p');
    pageP.className = 'iso';
    document.body.append(pageP);
    const result = renderTemplate(target(), { html: '<p class="iso">x</p>', css: 'p { color: rgb(0, 0, 255); } .iso { font-size: 40px; }' }, sampleView());
    expect(getComputedStyle(result.shadowRoot.querySelector('p')!).color).to.equal('rgb(0, 0, 255)');
    expect(getComputedStyle(pageP).color).to.equal('rgb(255, 0, 0)');
    expect(getComputedStyle(pageP).fontSize).to.not.equal('40px');
    expect(document.adoptedStyleSheets.includes(result.sheet)).to.equal(false);
    // Inherited page styles stop at the host too.
    const inheriting = target();
    inheriting.style.cssText = 'color: rgb(255, 0, 0); font-size: 31px; letter-spacing: 3px;';
    const plain = renderTemplate(inheriting, { html: '<span>x</span>' }, sampleView());
    const span = getComputedStyle(plain.shadowRoot.querySelector('span')!);
    expect(span.color).to.not.equal('rgb(255, 0, 0)');
    expect(span.fontSize).to.not.equal('31px');
    expect(span.letterSpacing).to.equal('normal');
    pageStyle.remove();
    pageP.remove();
  });

  it('rejects oversized templates with TEMPLATE_REJECTED', () => {
    try {
      renderTemplate(target(), { html: 'x'.repeat(1024 * 1024 + 1) }, sampleView());
      expect.fail('should throw');
    } catch (error) {
      expect(isCredentialError(error) && error.code).to.equal('TEMPLATE_REJECTED');
    }
  });
});

describe('renderTemplate: placeholders', () => {
  it('resolves the display model, Accredible-style names and custom attributes, as text', () => {
    const keys = [
      ['recipient.name', 'Ada Lovelace'],
      ['recipient_name', 'Ada Lovelace'],
      ['credential.name', 'Introduction to Data Science'],
      ['course_name', 'Introduction to Data Science'],
      ['group_name', 'Introduction to Data Science'],
      ['issuer.name', 'ibl.ai Academy'],
      [' issued_on ', 'November 20, 2026'],
      ['expired_on', 'November 20, 2029'],
      ['credential_id', 'urn:uuid:1f0e7c2a-5b7e-4c1e-9d3a-7c1b2a3d4e5f'],
      ['recipient.email', 'ada@example.org'],
      ['grade', 'A'],
      ['attributes.grade', 'A'],
      ['cohort_name', 'Fall 2026'],
      ['signatory.name', 'Grace Hopper'],
      ['signatories.0.name', 'Grace Hopper'],
      ['signatories.0.title', 'Dean of Studies'],
      ['signatories.1.name', ''],
      ['credential.url', 'https://credentials.example/c/123'],
    ];
    const html = keys.map(([key], i) => `<span id="k${i}" data-v="{{${key}}}">{{${key}}}</span>`).join('');
    const result = renderTemplate(target(), { html }, sampleView(), { locale: 'en-US' });
    keys.forEach(([key, expected], i) => {
      const span = result.shadowRoot.getElementById(`k${i}`)!;
      expect(span.textContent, key).to.equal(expected);
      expect(span.getAttribute('data-v'), key).to.equal(expected);
    });
    expect(result.unknownPlaceholders).to.deep.equal([]);
  });

  it('renders unknown placeholders empty and warns once per placeholder, not per render', () => {
    const warnings: string[] = [];
    const original = console.warn;
    console.warn = (...args: unknown[]) => void warnings.push(args.map(String).join(' '));
    try {
      const html = '<p>[{{no_such_field}}] [{{no_such_field}}] [{{another.unknown}}]</p>';
      const first = renderTemplate(target(), { html }, sampleView());
      const second = renderTemplate(target(), { html }, sampleView());
      expect(first.shadowRoot.textContent).to.equal('[] [] []');
      expect(first.unknownPlaceholders).to.deep.equal(['no_such_field', 'another.unknown']);
      expect(second.unknownPlaceholders).to.deep.equal(['no_such_field', 'another.unknown']);
      expect(warnings.length).to.equal(2);
      expect(warnings[0]).to.include('{{no_such_field}}');
    } finally {
      console.warn = original;
    }
  });

  it('leaves a known placeholder with no value empty, without a warning', () => {
    const result = renderTemplate(target(), { html: '<p>[{{expired_on}}]</p>' }, sampleView({ expires: undefined }));
    expect(result.shadowRoot.textContent).to.equal('[]');
    expect(result.unknownPlaceholders).to.deep.equal([]);
  });
});

describe('renderTemplate: links and images', () => {
  const html = `<a href="https://example.org/">site</a><a href="mailto:a@example.org">mail</a><a href="/relative">rel</a>
<img id="allowed" src="${ALLOWED_IMAGE_ORIGIN}/a.png"><img id="other" src="https://other.example/b.png"><img id="http" src="http://${ALLOWED_IMAGE_ORIGIN.slice(8)}/c.png">
<img id="png" src="${PNG}"><img id="svg" src="data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg'/%3E">`;
  const css = `.a { background-image: url("${ALLOWED_IMAGE_ORIGIN}/bg.png"); } .b { background-image: url("${PNG}"); }`;

  it('links open in a new tab without opener or referrer; only absolute http(s)/mailto', () => {
    const { shadowRoot } = renderTemplate(target(), { html }, sampleView(), { imageOrigins: [ALLOWED_IMAGE_ORIGIN] });
    const links = Array.from(shadowRoot.querySelectorAll('a'));
    expect(links.map((a) => a.getAttribute('href'))).to.deep.equal(['https://example.org/', 'mailto:a@example.org', null]);
    for (const a of links.slice(0, 2)) {
      expect(a.target).to.equal('_blank');
      expect(a.rel).to.equal('noopener noreferrer');
    }
  });

  it('loads images only from the listed origins, lazily and without referrer', () => {
    const result = renderTemplate(target(), { html, css }, sampleView(), { imageOrigins: [ALLOWED_IMAGE_ORIGIN] });
    const src = (id: string) => result.shadowRoot.getElementById(id)!.getAttribute('src');
    expect(src('allowed')).to.equal(`${ALLOWED_IMAGE_ORIGIN}/a.png`);
    expect(src('other')).to.equal(null);
    expect(src('http')).to.equal(null);
    expect(src('png')).to.equal(PNG);
    expect(src('svg')).to.equal(null);
    expect(result.css).to.include(`${ALLOWED_IMAGE_ORIGIN}/bg.png`);
    const img = result.shadowRoot.getElementById('allowed')!;
    expect(img.getAttribute('loading')).to.equal('lazy');
    expect(img.getAttribute('referrerpolicy')).to.equal('no-referrer');
    expect(result.removed.some((r) => r.name === 'src on <img>' && r.reason === 'image URL not allowed')).to.equal(true);
  });

  it('with remote images off keeps only inline raster images, in HTML and CSS', () => {
    const result = renderTemplate(target(), { html, css }, sampleView(), { remoteImages: false });
    assertInert(result, 'remote off', false);
    const srcs = Array.from(result.shadowRoot.querySelectorAll('img'), (i) => i.getAttribute('src'));
    expect(srcs).to.deep.equal([null, null, null, PNG, null]);
    expect(result.css).to.not.include(ALLOWED_IMAGE_ORIGIN);
    expect(result.css).to.include(PNG);
  });
});

describe('renderTemplate: the demo mock API templates (demo/mock-api/data/certificate-templates.ts)', () => {
  it('render without removals or unknown placeholders', async () => {
    const { CLASSIC_TEMPLATE, MODERN_TEMPLATE } = await import('../../demo/mock-api/data/certificate-templates.js');
    const view = sampleView({ signatories: [{ name: 'Grace Hopper', title: 'Dean' }, { name: 'Alan Turing', title: 'Director' }] });
    for (const template of [CLASSIC_TEMPLATE, MODERN_TEMPLATE]) {
      const result = renderTemplate(target(), template, view, { locale: 'en-US' });
      expect(result.removed).to.deep.equal([]);
      expect(result.unknownPlaceholders).to.deep.equal([]);
      expect(result.shadowRoot.textContent).to.include('Ada Lovelace');
      expect(result.shadowRoot.textContent).to.include('Grace Hopper');
      expect(result.shadowRoot.textContent).to.not.include('{{');
      assertContained(result, 'mock template');
    }
  });
});

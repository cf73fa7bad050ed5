// The XSS corpora, run through renderTemplate on a page with traps: our own corpus (corpus/*.json) and
// the shared ones, read in place from ../shared/fixtures/xss. Nothing may execute, nothing may be
// requested from an origin that is not allowed, nothing may paint outside the certificate's box.
import { before, describe, expect, it } from '../helpers/harness.js';
import { fixtureJson } from '../helpers/shared-fixtures.js';
import { renderTemplate, sanitizeHtml, placeholderResolver, resourcePolicy, type RenderOptions, type RenderResult } from '../../src/render/index.js';
import type { CredentialView } from '../../src/model/types.js';
import { ALLOWED_IMAGE_ORIGIN, assertContained, assertInert, sampleView } from './helpers/checks.js';
import { foreignRequests, installTraps, settle } from './helpers/traps.js';
import { sharedFixturesPresent } from './helpers/shared-corpora.js';
import htmlCorpus from './corpus/html.json';
import cssCorpus from './corpus/css.json';

interface CorpusEntry {
  id: string;
  attacks: string;
  html?: string;
  css?: string;
  view?: { recipient?: CredentialView['recipient'] };
  options?: RenderOptions;
  expectText?: string;
  /** Harmless because the shadow root scopes it: nothing needs removing. */
  scoped?: boolean;
}

const traps = installTraps();
const options: RenderOptions = { imageOrigins: [ALLOWED_IMAGE_ORIGIN] };

function stage(): HTMLElement {
  const el = document.createElement('section');
  el.style.cssText = 'display:block;padding:24px;';
  document.body.append(el);
  return el;
}

function slot(parent: HTMLElement): HTMLElement {
  const el = document.createElement('div');
  el.style.cssText = 'width:320px;height:140px;margin:40px;';
  parent.append(el);
  return el;
}

/** Drives the rendered nodes the way a visitor would, so any surviving handler gets its chance. */
async function poke(results: RenderResult[]): Promise<void> {
  await settle(250);
  for (const { shadowRoot } of results) {
    shadowRoot.addEventListener('click', (e) => e.preventDefault(), { capture: true });
    for (const el of Array.from(shadowRoot.querySelectorAll('*'))) {
      for (const type of ['mouseover', 'mouseenter', 'mousedown', 'click', 'focus', 'blur', 'input', 'animationstart', 'transitionend', 'toggle', 'load', 'error']) {
        el.dispatchEvent(new Event(type, { bubbles: false }));
      }
      (el as HTMLElement).focus?.();
    }
  }
  await settle(100);
}

function assertNothingRan(label: string): void {
  expect(traps.executed, `${label}: executed`).to.deep.equal([]);
  expect(traps.violations, `${label}: CSP violations`).to.deep.equal([]);
  const foreign = foreignRequests().filter((url) => !url.startsWith(`${ALLOWED_IMAGE_ORIGIN}/`));
  expect(foreign, `${label}: requests to origins not allowed`).to.deep.equal([]);
}

/** The text of <style> elements in a payload, to feed the CSS path as well (parsed inertly). */
function styleText(payload: string): string {
  const doc = new DOMParser().parseFromString(payload, 'text/html');
  return Array.from(doc.querySelectorAll('style'), (s) => s.textContent ?? '').join('\n');
}

async function runPayloads(name: string, payloads: Array<{ label: string; html: string }>): Promise<void> {
  const parent = stage();
  const results: RenderResult[] = [];
  for (const { label, html } of payloads) {
    const result = renderTemplate(slot(parent), { html, css: styleText(html) }, sampleView(), options);
    assertInert(result, `${name} ${label}`);
    results.push(result);
  }
  await poke(results);
  assertNothingRan(name);
  for (const [i, result] of results.entries()) {
    for (const el of Array.from(result.shadowRoot.querySelectorAll('*'))) {
      expect(['fixed', 'sticky'].includes(getComputedStyle(el).position), `${name} ${payloads[i]!.label}`).to.equal(false);
    }
  }
  parent.remove();
}

describe('XSS traps (positive controls)', () => {
  it('catch an unsanitized payload, and an overlay painting outside a box', async () => {
    const raw = document.createElement('div');
    raw.innerHTML = '<img src="data:," onerror="pwn()"><img src="data:," onerror="alert(1)">';
    document.body.append(raw);
    await settle(200);
    expect(traps.executed).to.include('pwn()');
    expect(traps.executed).to.include('alert(1)');
    traps.executed.length = 0;
    raw.remove();
    // The containment check fails for a host that lets a fixed overlay out.
    const host = document.createElement('div');
    document.body.append(host);
    const root = host.attachShadow({ mode: 'open' });
    root.innerHTML = '<div style="position:fixed;inset:0;background:red"></div>';
    const fake = { host, shadowRoot: root, sheet: new CSSStyleSheet(), removed: [], unknownPlaceholders: [], emptied: [], css: '' };
    expect(() => assertContained(fake, 'control')).to.throw();
    host.remove();
  });
});

describe('XSS corpus: ours (test/render/corpus)', () => {
  it('html.json: no payload survives or runs', async () => {
    const parent = stage();
    const results: RenderResult[] = [];
    for (const entry of htmlCorpus as CorpusEntry[]) {
      const view = sampleView(entry.view ?? {});
      const result = renderTemplate(slot(parent), { html: entry.html ?? '', css: entry.css ?? '' }, view, { ...options, ...entry.options });
      assertInert(result, entry.id, entry.options?.remoteImages !== false);
      assertContained(result, entry.id);
      if (entry.expectText !== undefined) expect(result.shadowRoot.textContent, entry.id).to.equal(entry.expectText);
      results.push(result);
    }
    await poke(results);
    assertNothingRan('html.json');
    // DOM clobbering: the template's ids and names stay inside its shadow root.
    expect(typeof document.getElementById).to.equal('function');
    expect(typeof document.cookie).to.equal('string');
    expect(window.location).to.be.instanceOf(Location);
    expect((window as unknown as Record<string, unknown>).credentialConfig).to.equal(undefined);
    expect((document as unknown as Record<string, unknown>).defaultView).to.equal(window);
    expect(document.querySelector('[popover], dialog')).to.equal(null);
    parent.remove();
  });

  it('html.json: placeholder values stay text', () => {
    const parent = stage();
    const entries = (htmlCorpus as CorpusEntry[]).filter((e) => e.id.startsWith('placeholder-'));
    expect(entries.length).to.be.greaterThan(3);
    const breakout = renderTemplate(slot(parent), { html: entries.find((e) => e.id === 'placeholder-attr-breakout')!.html! }, sampleView({ recipient: { name: '" onmouseover="pwn()" x="' } }), options);
    const paragraphs = breakout.shadowRoot.querySelectorAll('p');
    expect(paragraphs.length).to.equal(2);
    for (const p of Array.from(paragraphs)) {
      expect(p.getAttribute('title')).to.equal('" onmouseover="pwn()" x="');
      expect(p.getAttributeNames().sort()).to.deep.equal(['title']);
    }
    const url = renderTemplate(slot(parent), { html: entries.find((e) => e.id === 'placeholder-js-url')!.html! }, sampleView({ recipient: { name: 'javascript:pwn()' } }), options);
    expect(url.shadowRoot.querySelector('a')!.hasAttribute('href')).to.equal(false);
    expect(url.shadowRoot.querySelector('img')!.hasAttribute('src')).to.equal(false);
    const style = renderTemplate(slot(parent), { html: entries.find((e) => e.id === 'placeholder-style-injection')!.html! }, sampleView({ recipient: { name: 'red; position: fixed; inset: 0; background: url(https://evil.example/x.png)' } }), options);
    const styled = style.shadowRoot.querySelector('p')!;
    expect(styled.style.position).to.equal('');
    expect(styled.style.backgroundImage).to.equal('');
    parent.remove();
  });

  it('css.json: every CSS vector is removed or contained', async () => {
    const parent = stage();
    const marker = document.createElement('p');
    marker.className = 'page-marker';
    marker.textContent = 'page content';
    document.body.append(marker);
    const results: RenderResult[] = [];
    for (const entry of cssCorpus as CorpusEntry[]) {
      const host = slot(parent);
      const result = renderTemplate(host, { html: entry.html ?? '', css: entry.css ?? '' }, sampleView(), { ...options, ...entry.options });
      assertInert(result, entry.id, entry.options?.remoteImages !== false);
      host.scrollIntoView({ block: 'center' });
      assertContained(result, entry.id);
      const removedSomething = result.removed.length > 0 || result.css.length < (entry.css ?? '').length;
      if (!entry.scoped) expect(removedSomething, `${entry.id}: nothing was removed (${result.css})`).to.equal(true);
      results.push(result);
    }
    await poke(results);
    assertNothingRan('css.json');
    // The template's selectors did not reach the page.
    expect(getComputedStyle(marker).display).to.equal('block');
    expect(getComputedStyle(document.body).visibility).to.equal('visible');
    expect(getComputedStyle(document.documentElement).display).to.equal('block');
    marker.remove();
    parent.remove();
  });
});

describe('XSS corpus: shared fixtures (../shared/fixtures/xss, read in place)', () => {
  let dompurify: Array<{ title?: string; payload: string }> = [];
  let present = false;
  before(async () => {
    present = await sharedFixturesPresent('the shared XSS corpora (xss-corpus.browser.test.ts)');
    if (present) dompurify = await fixtureJson('xss/dompurify/expect.json');
  });

  it('DOMPurify test vectors (xss/dompurify/expect.json)', async () => {
    if (!present) return;
    expect(dompurify.length).to.be.greaterThan(200);
    await runPayloads('dompurify', dompurify.map((e, i) => ({ label: `#${i} ${e.title ?? ''}`, html: e.payload })));
  });

  it('CSS subsets (xss/css/*.json)', async () => {
    if (!present) return;
    for (const file of ['dompurify-style-subset.json', 'owasp-css-vectors.json', 'h5sc-css-subset.json']) {
      const data = await fixtureJson<{ items: Array<{ id?: string | number; title?: string; payload: string }> }>(`xss/css/${file}`);
      expect(data.items.length, file).to.be.greaterThan(10);
      await runPayloads(file, data.items.map((e, i) => ({ label: `${e.id ?? i} ${e.title ?? ''}`, html: e.payload })));
    }
  });

  it('H5SC vectors (xss/h5sc/items.json)', async () => {
    if (!present) return;
    const data = await fixtureJson<{ items: Array<{ id: number; name: string; payload: string }> }>('xss/h5sc/items.json');
    expect(data.items.length).to.be.greaterThan(100);
    await runPayloads('h5sc', data.items.map((e) => ({ label: `${e.id} ${e.name}`, html: e.payload })));
  });

  it('mXSS cheat sheet examples (xss/mxss/sonarsource-mxss-cheatsheet.json): safe, also when re-parsed', async () => {
    if (!present) return;
    const data = await fixtureJson<{ documents: Array<Record<string, unknown>> }>('xss/mxss/sonarsource-mxss-cheatsheet.json');
    const snippets = new Set<string>();
    for (const doc of data.documents) {
      for (const value of Object.values(doc)) {
        if (!Array.isArray(value)) continue;
        for (const item of value as Array<{ description?: string }>) {
          for (const m of (item.description ?? '').matchAll(/`([^`\n]*<[^`\n]*)`/g)) snippets.add(m[1]!);
        }
      }
    }
    expect(snippets.size).to.be.greaterThan(20);
    const payloads = [...snippets].map((html) => ({ label: html.slice(0, 60), html }));
    await runPayloads('mxss', payloads);
    // The renderer appends DOMPurify's nodes and never re-parses them, so a mutation on re-parse cannot
    // reach the page. Still: if someone serialized the output and parsed it again (the mXSS scenario),
    // the re-parsed tree must hold nothing executable, and a second sanitize must not find anything.
    const resolve = placeholderResolver(sampleView());
    const policy = resourcePolicy(options);
    const serialize = (fragment: DocumentFragment) => {
      const template = document.createElement('template');
      template.content.append(fragment);
      return template.innerHTML;
    };
    for (const { html } of payloads) {
      const once = serialize(sanitizeHtml(html, resolve, policy).fragment);
      const reparsed = new DOMParser().parseFromString(once, 'text/html');
      for (const el of Array.from(reparsed.body.querySelectorAll('*'))) {
        expect(['script', 'iframe', 'style', 'object', 'embed'].includes(el.localName), `mxss re-parse <${el.localName}>: ${html}`).to.equal(false);
        for (const name of el.getAttributeNames()) expect(name.startsWith('on'), `mxss re-parse ${name}: ${html}`).to.equal(false);
      }
      const again = sanitizeHtml(once, resolve, policy);
      expect(again.removed.filter((r) => /script|^on/i.test(r.name)), `mxss second pass: ${html}`).to.deep.equal([]);
    }
  });
});

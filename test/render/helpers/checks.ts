// Assertions shared by the render tests: what a rendered certificate may and may not contain.
import { expect } from '../../helpers/harness.js';
import type { RenderResult } from '../../../src/render/index.js';

export { ALLOWED_IMAGE_ORIGIN, sampleView } from './sample-view.js';
import { ALLOWED_IMAGE_ORIGIN } from './sample-view.js';

const FORBIDDEN_ELEMENTS = new Set([
  'script', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'base', 'meta', 'link', 'style', 'form', 'input', 'button', 'textarea',
  'select', 'template', 'slot', 'foreignobject', 'animate', 'set', 'animatemotion', 'animatetransform', 'dialog', 'video', 'audio', 'source', 'noscript',
]);
const FORBIDDEN_ATTRIBUTES = new Set(['srcdoc', 'srcset', 'formaction', 'action', 'ping', 'popover', 'autofocus', 'is', 'part', 'slot', 'contenteditable', 'attributionsrc', 'download']);
const SCRIPTISH = /^\s*(?:javascript|vbscript|livescript)\s*:|expression\s*\(|-moz-binding|behavior\s*:/i;

function allowedImage(url: string, remote: boolean): boolean {
  if (/^data:image\/(?:png|jpe?g|gif|webp|avif)[;,]/i.test(url)) return true;
  return remote && url.startsWith(`${ALLOWED_IMAGE_ORIGIN}/`);
}

function allowedCssUrl(url: string, remote: boolean): boolean {
  return /^data:image\//i.test(url) || url.startsWith('#') || (remote && url.startsWith(`${ALLOWED_IMAGE_ORIGIN}/`));
}

function cssUrls(text: string): string[] {
  return Array.from(text.matchAll(/url\(\s*"((?:[^"\\]|\\.)*)"\s*\)/gi), (m) => m[1]!.replace(/\\(.)/g, '$1'));
}

/** Static checks on the rendered DOM and the adopted stylesheet: nothing that could run or fetch elsewhere. */
export function assertInert(result: RenderResult, label: string, remote = true): void {
  const root = result.shadowRoot;
  for (const el of Array.from(root.querySelectorAll('*'))) {
    const tag = el.localName.toLowerCase();
    expect(FORBIDDEN_ELEMENTS.has(tag), `${label}: <${tag}> survived`).to.equal(false);
    expect(tag.includes('-'), `${label}: custom element <${tag}> survived`).to.equal(false);
    for (const attr of Array.from(el.attributes)) {
      const name = attr.name.toLowerCase();
      expect(name.startsWith('on'), `${label}: ${name} on <${tag}>`).to.equal(false);
      expect(FORBIDDEN_ATTRIBUTES.has(name), `${label}: ${name} on <${tag}>`).to.equal(false);
      if (['href', 'xlink:href', 'src', 'background'].includes(name)) {
        expect(SCRIPTISH.test(attr.value), `${label}: ${name}=${attr.value}`).to.equal(false);
        if (tag === 'a' || tag === 'area') expect(attr.value, `${label}: link`).to.match(/^(?:https?:|mailto:|#)/i);
        else if (tag === 'image' || tag === 'feimage') expect(attr.value, `${label}: SVG image`).to.match(/^data:image\//i);
        else if (tag === 'img' || name === 'background')
          expect(allowedImage(attr.value, remote), `${label}: image ${attr.value}`).to.equal(true);
        else expect(attr.value, `${label}: ${name} on <${tag}>`).to.match(/^#/);
      }
      if (name === 'style') {
        expect(SCRIPTISH.test(attr.value), `${label}: style ${attr.value}`).to.equal(false);
        expect(/position\s*:\s*(?:fixed|sticky)/i.test(attr.value), `${label}: style ${attr.value}`).to.equal(false);
        for (const url of cssUrls(attr.value)) expect(allowedCssUrl(url, remote), `${label}: style url ${url}`).to.equal(true);
      } else if (/url\s*\(/i.test(attr.value)) {
        expect(attr.value, `${label}: ${name}`).to.match(/^\s*url\(\s*['"]?#/i);
      }
    }
    if (tag === 'a' && el.hasAttribute('href')) {
      expect(el.getAttribute('target'), `${label}: link target`).to.equal('_blank');
      expect(el.getAttribute('rel'), `${label}: link rel`).to.equal('noopener noreferrer');
    }
    if (tag === 'img') {
      expect(el.getAttribute('loading'), `${label}: img loading`).to.equal('lazy');
      expect(el.getAttribute('referrerpolicy'), `${label}: img referrerpolicy`).to.equal('no-referrer');
    }
  }
  const css = Array.from(result.sheet.cssRules, (r) => r.cssText).join('\n');
  expect(css).to.equal(result.css);
  expect(/@import|@namespace|@property|@page|@scope/i.test(css), `${label}: forbidden at-rule in ${css}`).to.equal(false);
  expect(/:host|::part|::slotted/i.test(css), `${label}: outside selector in ${css}`).to.equal(false);
  expect(/position\s*:\s*(?:fixed|sticky)/i.test(css), `${label}: position in ${css}`).to.equal(false);
  expect(SCRIPTISH.test(css) || /javascript:/i.test(css), `${label}: script in ${css}`).to.equal(false);
  for (const rule of Array.from(result.sheet.cssRules)) {
    if (rule.constructor.name === 'CSSFontFaceRule') continue;
    for (const url of cssUrls(rule.cssText)) expect(allowedCssUrl(url, remote), `${label}: css url ${url}`).to.equal(true);
  }
  expect(result.sheet.cssRules.length === 0 || root.adoptedStyleSheets.includes(result.sheet)).to.equal(true);
}

/** Computed-style and hit-test checks that nothing of the template paints outside its host. */
export function assertContained(result: RenderResult, label: string): void {
  const host = result.host;
  const style = getComputedStyle(host);
  expect(style.contain, `${label}: host contain`).to.match(/paint|strict|content/);
  expect(style.overflowX, `${label}: host overflow`).to.equal('hidden');
  expect(style.overflowY, `${label}: host overflow`).to.equal('hidden');
  expect(style.position, `${label}: host position`).to.equal('relative');
  for (const el of Array.from(result.shadowRoot.querySelectorAll('*'))) {
    const position = getComputedStyle(el).position;
    expect(['fixed', 'sticky'].includes(position), `${label}: <${el.localName}> position ${position}`).to.equal(false);
  }
  const box = host.getBoundingClientRect();
  const outside: Array<[number, number]> = [
    [box.left - 10, box.top + 5],
    [box.right + 10, box.top + 5],
    [box.left + 5, box.top - 10],
    [box.left + 5, box.bottom + 10],
    [1, 1],
    [innerWidth - 2, innerHeight - 2],
  ];
  for (const [x, y] of outside) {
    if (x < 0 || y < 0 || x >= innerWidth || y >= innerHeight) continue;
    const hit = document.elementFromPoint(x, y);
    expect(hit === host || (hit !== null && host.contains(hit)), `${label}: host paints at (${x},${y})`).to.equal(false);
  }
}

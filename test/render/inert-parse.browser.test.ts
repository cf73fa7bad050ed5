// The inert parse (src/render/inert-parse.ts): the browser's parser never meets a style attribute, yet the
// template comes out as the browser would have parsed it: "style" in names, values and text survives,
// style attributes apply through the CSSOM, and nothing of the template upgrades with the page's code.
import { describe, expect, it } from '../helpers/harness.js';
import { renderTemplate } from '../../src/render/index.js';
import { markStyle } from '../../src/render/inert-parse.js';
import { assertInert, sampleView } from './helpers/checks.js';
import { installTraps, settle } from './helpers/traps.js';

const traps = installTraps();

function target(): HTMLElement {
  const el = document.createElement('div');
  document.body.append(el);
  return el;
}

describe('inert parse', () => {
  it('markStyle breaks every "style", in any case, and nothing else', () => {
    expect(markStyle('style STYLE sTyLe lifestyles')).to.equal('s\uFDD0tyle S\uFDD0TYLE s\uFDD0TyLe lifes\uFDD0tyles');
    expect(markStyle('<p st\uFDD0yle="x">')).to.equal('<p st\uFFFDyle="x">');
    expect(markStyle('<p class="a">no s-t-y-l-e here</p>')).to.equal('<p class="a">no s-t-y-l-e here</p>');
  });

  it('"style" survives in text, values, comments and attribute names; style attributes apply', () => {
    const html = `<p id="t" class="stylish STYLE" data-style="Style" title="a style" aria-label="STYLE" style="font-style: italic; color: rgb(1, 2, 3)">Lifestyle STYLE</p>
<svg><text id="svgtext" font-style="italic" style="fill: rgb(4, 5, 6)">Styled</text></svg>
<math><mstyle id="ms" mathcolor="rgb(7, 8, 9)"><mi>x</mi></mstyle></math>`;
    const result = renderTemplate(target(), { html }, sampleView());
    assertInert(result, 'style words');
    expect(result.removed).to.deep.equal([]);
    const p = result.shadowRoot.getElementById('t')!;
    expect(p.textContent).to.equal('Lifestyle STYLE');
    expect(p.getAttribute('class')).to.equal('stylish STYLE');
    expect(p.getAttribute('data-style')).to.equal('Style');
    expect(p.getAttribute('title')).to.equal('a style');
    expect(p.getAttribute('aria-label')).to.equal('STYLE');
    expect(getComputedStyle(p).fontStyle).to.equal('italic');
    expect(getComputedStyle(p).color).to.equal('rgb(1, 2, 3)');
    const text = result.shadowRoot.getElementById('svgtext')!;
    expect(text.getAttribute('font-style')).to.equal('italic');
    expect(getComputedStyle(text).fill).to.equal('rgb(4, 5, 6)');
    expect(result.shadowRoot.getElementById('ms')!.localName).to.equal('mstyle');
    expect(result.shadowRoot.innerHTML).to.not.include('\uFDD0');
  });

  it('<style> in the markup goes with its content, even content that looks like markup', () => {
    const result = renderTemplate(target(), { html: '<div id="d"><style>p { color: red } /* <b>bold</b> */</style><p id="p">kept</p></div><STYLE>x</STYLE>after' }, sampleView());
    expect(result.shadowRoot.querySelector('style, b')).to.equal(null);
    expect(result.shadowRoot.getElementById('p')!.textContent).to.equal('kept');
    expect(result.shadowRoot.textContent).to.equal('keptafter');
    expect(result.removed.some((r) => r.name === '<style>')).to.equal(true);
  });

  it('a style attribute vetted like the stylesheet: what is not allowed is removed, with its reason', () => {
    const result = renderTemplate(target(), { html: '<p id="p" style="position: fixed; background-image: url(https://evil.example/x.png); color: rgb(1, 2, 3); behavior: url(x.htc)">x</p>' }, sampleView(), { imageOrigins: ['https://images.example'] });
    const p = result.shadowRoot.getElementById('p')!;
    expect(p.style.position).to.equal('');
    expect(p.style.backgroundImage).to.equal('');
    expect(p.style.color).to.equal('rgb(1, 2, 3)');
    expect(result.removed.map((r) => r.name)).to.include.members(['<p style> { position: fixed }', '<p style> { background-image: url("https://evil.example/x.png") }']);
  });

  it('an element with is= is unwrapped: the page\'s customized built-in element never upgrades it', async () => {
    class Upgraded extends HTMLParagraphElement {
      connectedCallback(): void {
        traps.executed.push('customized built-in upgraded');
      }
    }
    if (!customElements.get('x-credential-probe')) customElements.define('x-credential-probe', Upgraded, { extends: 'p' });
    // The control: the same markup, parsed by the page, upgrades.
    const control = document.createElement('div');
    document.body.append(control);
    control.append(document.createRange().createContextualFragment('<p is="x-credential-probe">control</p>'));
    expect(traps.executed).to.deep.equal(['customized built-in upgraded']);
    traps.executed.length = 0;
    control.remove();
    const result = renderTemplate(target(), { html: '<p is="x-credential-probe" id="x">text <b>kept</b></p><s\uFDD0tyle is="x-credential-probe">y</s\uFDD0tyle>' }, sampleView());
    await settle(50);
    expect(traps.executed).to.deep.equal([]);
    expect(result.shadowRoot.querySelector('[is], p')).to.equal(null);
    expect(result.shadowRoot.textContent).to.equal('text kepty');
    expect(result.removed.some((r) => r.name === '<p is>' && r.reason === 'customized built-in elements are not allowed')).to.equal(true);
  });

  it('form controls that clobber DOM properties do not break the parse', () => {
    const html = '<form><input name="attributes"><input name="localName"><input name="nodeType"><input name="firstChild"><input name="namespaceURI"><b style="color: red">x</b></form><p style="color: rgb(1, 2, 3)" id="p">x</p>';
    const result = renderTemplate(target(), { html }, sampleView());
    assertInert(result, 'clobbering');
    expect(result.shadowRoot.querySelector('form, input')).to.equal(null);
    expect(getComputedStyle(result.shadowRoot.getElementById('p')!).color).to.equal('rgb(1, 2, 3)');
  });
});

describe('inlineImages: false', () => {
  it('keeps no data: image, in HTML or CSS (for pages whose img-src does not allow data:)', () => {
    const png = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==';
    const on = renderTemplate(target(), { html: `<img src="${png}"><p class="b" style="background-image: url('${png}')">x</p>`, css: `.b { border-image: url("${png}") 1; }` }, sampleView());
    expect(on.shadowRoot.querySelector('img')!.getAttribute('src')).to.equal(png);
    expect(on.css).to.include(png);
    const off = renderTemplate(target(), { html: `<img src="${png}"><p class="b" style="background-image: url('${png}')">x</p>`, css: `.b { border-image: url("${png}") 1; }` }, sampleView(), { inlineImages: false });
    assertInert(off, 'inline off', false);
    expect(off.shadowRoot.querySelector('img')!.hasAttribute('src')).to.equal(false);
    expect(off.shadowRoot.querySelector('p')!.style.backgroundImage).to.equal('');
    expect(off.css).to.not.include('data:');
  });
});

// A placeholder that resolves to nothing leaves no hole: the nearest p, li, td, h1–h6 or div whose only text came
// from empty placeholders is removed, on the sanitized tree, by empty-vs-present alone. And a template's headings
// take the outline level the page asks for.
import { describe, expect, it } from '../helpers/harness.js';
import { renderTemplate, type RenderOptions } from '../../src/render/index.js';
import type { CredentialView } from '../../src/model/types.js';
import { sampleView } from './helpers/checks.js';

function render(html: string, view: CredentialView = sampleView(), options: RenderOptions = {}) {
  const target = document.createElement('div');
  document.body.append(target);
  const result = renderTemplate(target, { html }, view, { locale: 'en-US', ...options });
  const text = result.shadowRoot.textContent!.replace(/\s+/g, ' ').trim();
  target.remove();
  return { result, root: result.shadowRoot, text };
}

const nameless = () => sampleView({ recipient: undefined });

describe('renderTemplate: placeholders that resolve to nothing', () => {
  it('removes the block that held only an empty recipient name, and keeps the rest', () => {
    const html = `<article><p class="lead">This certifies that</p><p class="recipient">{{recipient.name}}</p><h2>{{credential.name}}</h2></article>`;
    const { root, result } = render(html, nameless());
    expect(root.querySelector('.recipient')).to.equal(null);
    expect(root.querySelector('.lead')!.textContent).to.equal('This certifies that');
    expect(root.querySelector('h2')!.textContent).to.equal('Introduction to Data Science');
    expect(result.emptied).to.deep.equal(['p']);
    // With a name, nothing is removed.
    const named = render(html);
    expect(named.root.querySelector('.recipient')!.textContent).to.equal('Ada Lovelace');
    expect(named.result.emptied).to.deep.equal([]);
  });

  it('removes a list item of a signatory the credential does not have', () => {
    const html = `<ul><li><span class="name">{{signatories.0.name}}</span> <span>{{signatories.0.title}}</span></li>
      <li><span class="name">{{signatories.1.name}}</span> <span>{{signatories.1.title}}</span></li></ul>`;
    const { root, result } = render(html);
    expect([...root.querySelectorAll('li')].map((li) => li.textContent!.trim())).to.deep.equal(['Grace Hopper Dean of Studies']);
    expect(result.emptied).to.deep.equal(['li']);
  });

  it('removes a table cell and a heading of unknown placeholders, and only the nearest block', () => {
    const html = `<div class="outer"><table><tr><td>Grade</td><td class="x">{{no_such_field}}</td></tr></table><h3>{{also_unknown}}</h3><div class="inner"><p>{{recipient.name}}</p></div></div>`;
    const { root, result } = render(html, nameless());
    expect(root.querySelector('td.x')).to.equal(null);
    expect(root.querySelector('h3')).to.equal(null);
    expect(root.querySelector('.inner p')).to.equal(null);
    // The enclosing blocks stay, even left empty: only the nearest block goes.
    expect(root.querySelector('.inner')).to.not.equal(null);
    expect(root.querySelector('.outer')).to.not.equal(null);
    expect(result.emptied).to.deep.equal(['td', 'h3', 'p']);
    expect(result.unknownPlaceholders.sort()).to.deep.equal(['also_unknown', 'no_such_field']);
  });

  it('keeps a block with literal text, an image or an SVG beside the empty placeholder', () => {
    const PNG = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==';
    const html = `<p class="a">Awarded to <strong>{{recipient.name}}</strong> on {{issued_on}}</p>
      <p class="b"><img src="${PNG}" alt="">{{recipient.name}}</p>
      <div class="c"><svg viewBox="0 0 1 1"><text>{{recipient.name}}</text></svg></div>
      <p class="d" title="{{recipient.name}}"></p>`;
    const { root, result } = render(html, nameless());
    expect(root.querySelector('.a')!.textContent).to.equal('Awarded to  on November 20, 2026');
    expect(root.querySelector('.b')).to.not.equal(null);
    expect(root.querySelector('.c')).to.not.equal(null);
    // An attribute's placeholder is no text: the block stays.
    expect(root.querySelector('.d')).to.not.equal(null);
    expect(result.emptied).to.deep.equal([]);
  });

  it('decides on the sanitized tree: what the sanitizer removed is not there to keep a block', () => {
    const html = `<p class="a">{{recipient.name}}<iframe src="https://evil.example/"></iframe><script>alert(1)</script></p><p class="b">{{recipient.name}}<button>Click</button></p>`;
    const { root, result } = render(html, nameless());
    expect(root.querySelector('.a')).to.equal(null);
    // A form control goes, its text stays (KEEP_CONTENT): the block shows text, and stays.
    expect(root.querySelector('.b')!.textContent).to.equal('Click');
    expect(result.emptied).to.deep.equal(['p']);
  });

  it('depends on whether each placeholder is empty, never on its value', () => {
    const html = `<div><p class="r">{{recipient.name}}</p><p class="e">{{recipient.email}}</p><p class="g">{{grade}}</p></div>`;
    const shape = (view: CredentialView) => render(html, view).root.innerHTML.replace(/>[^<]*</g, '><');
    const a = shape(sampleView({ recipient: { name: 'Ada Lovelace', email: 'ada@example.org' } }));
    const b = shape(sampleView({ recipient: { name: 'X', email: 'a-much-longer-address@example.org' }, attributes: { grade: 'F' } }));
    expect(a).to.equal(b);
    // Whitespace is no name: it counts as empty.
    const blank = render(html, sampleView({ recipient: { name: '   ' }, attributes: {} }));
    expect(blank.result.emptied).to.deep.equal(['p', 'p', 'p']);
  });
});

describe('renderTemplate: placeholders that resolve to nothing, at hostile sizes', () => {
  it('removes five thousand emptied blocks and keeps the one with text', () => {
    const many = Array.from({ length: 5000 }, () => '<p>{{recipient.name}}{{recipient.email}}</p>').join('');
    const { root, result, text } = render(`<div class="keep">Kept</div>${many}`, nameless());
    expect(result.emptied.length).to.equal(5000);
    expect(root.querySelectorAll('p').length).to.equal(0);
    expect(text).to.equal('Kept');
  });

  it('removes only the nearest block of a placeholder deep in nested blocks, whatever the depth', () => {
    const deep = `<div class="top">${'<div>'.repeat(300)}<span>{{recipient.name}}</span>${'</div>'.repeat(300)}</div>`;
    const { root, result } = render(deep, nameless());
    expect(result.emptied).to.deep.equal(['div']);
    expect(root.querySelectorAll('div').length).to.equal(300);
    expect(root.querySelector('span')).to.equal(null);
  });

  it('keeps a block whose empty placeholder sits beside text in four hundred nested inline elements', () => {
    const html = `<p class="a">${'<span>'.repeat(400)}{{recipient.name}}${'</span>'.repeat(400)}<em>Text</em></p>`;
    const { root, result } = render(html, nameless());
    expect(root.querySelector('.a')).to.not.equal(null);
    expect(result.emptied).to.deep.equal([]);
  });
});

describe('renderTemplate: heading levels', () => {
  const html = `<div><h1 class="t">Certificate</h1><h2 class="n">{{credential.name}}</h2><h4 class="s">Signed</h4></div>`;

  it('keeps headings as written when no level is asked for', () => {
    const { root } = render(html);
    expect(root.querySelector('h1')!.hasAttribute('aria-level')).to.equal(false);
  });

  it('places the top heading at headingLevel and the others below it in step, tags (and styles) unchanged', () => {
    const { root } = render(html, sampleView(), { headingLevel: 3 });
    expect(['.t', '.n', '.s'].map((selector) => root.querySelector(selector)!.getAttribute('aria-level'))).to.deep.equal(['3', '4', '6']);
    expect(root.querySelector('.t')!.localName).to.equal('h1');
    const deep = render(html, sampleView(), { headingLevel: 5 }).root;
    expect(['.t', '.n', '.s'].map((selector) => deep.querySelector(selector)!.getAttribute('aria-level'))).to.deep.equal(['5', '6', '6']);
    // Out of range: as written.
    expect(render(html, sampleView(), { headingLevel: 9 }).root.querySelector('.t')!.hasAttribute('aria-level')).to.equal(false);
  });
});

// Hostile sizes and shapes: each answers with a clear outcome (rendered, or TEMPLATE_REJECTED with a reason,
// or the stylesheet dropped with its reason in `removed`) within the renderer's bounds, and never takes the
// page down (Chromium's own parsers crash on deeply nested CSS and crawl on deeply nested HTML, so those are
// measured before they parse). No timing assertions: a bound that failed would show as a test timeout.
import { describe, expect, it } from '../helpers/harness.js';
import {
  renderTemplate,
  MAX_CSS_RULES,
  MAX_ELEMENTS,
  MAX_HTML_LENGTH,
  type RenderResult,
} from '../../src/render/index.js';
import { cssNestsDeeperThan, MAX_CSS_NESTING } from '../../src/render/css-nesting.js';
import { isCredentialError } from '../../src/errors.js';
import { assertInert, sampleView } from './helpers/checks.js';

function target(): HTMLElement {
  const el = document.createElement('div');
  el.style.setProperty('width', '480px');
  document.body.append(el);
  return el;
}

function rejected(html: string, css = ''): string {
  try {
    renderTemplate(target(), { html, css }, sampleView(), { locale: 'en-US' });
  } catch (error) {
    expect(isCredentialError(error) && error.code, String(error)).to.equal('TEMPLATE_REJECTED');
    return (error as Error).message;
  }
  throw new Error('the template was rendered');
}

function rendered(html: string, css = ''): RenderResult {
  const result = renderTemplate(target(), { html, css }, sampleView(), { locale: 'en-US' });
  assertInert(result, html.slice(0, 40));
  return result;
}

describe('hostile input: HTML', () => {
  it('a 2 MB template is rejected for its length', () => {
    expect(rejected(`<p>${'x'.repeat(2 * 1024 * 1024)}</p>`)).to.include(String(MAX_HTML_LENGTH));
  });

  it('50,000 elements are rejected before parsing', () => {
    expect(rejected('<b></b>'.repeat(50_000))).to.include(`more than ${MAX_ELEMENTS} elements`);
  });

  it('100,000 nested elements (a minute of the browser parser) are rejected before parsing', () => {
    expect(rejected('<div>'.repeat(100_000))).to.include(`more than ${MAX_ELEMENTS} elements`);
  });

  it('5,000 nested elements render (the parser flattens them below its depth limit)', () => {
    const result = rendered(`${'<div class="d">'.repeat(5000)}deep{{recipient.name}}`);
    expect(result.shadowRoot.querySelectorAll('div.d').length).to.equal(5000);
    expect(result.shadowRoot.textContent).to.equal('deepAda Lovelace');
  });

  it('implied elements count too: a table of bare cells', () => {
    // Each "<td>" after a "</table>"-less table row… the parser adds <tbody>/<tr> around the tags it sees.
    const result = rendered(`<table>${'<tr><td>x'.repeat(3000)}</table>`);
    expect(result.shadowRoot.querySelectorAll('td').length).to.equal(3000);
    expect(result.shadowRoot.querySelectorAll('tbody').length).to.equal(1);
  });

  it('placeholders that would add more than a megabyte are rejected, in text and in attributes', () => {
    const view = sampleView({ description: 'd'.repeat(1000) });
    for (const html of [`<p>${'{{credential.description}}'.repeat(2000)}</p>`, `${'<p title="{{credential.description}}"></p>'.repeat(2000)}`]) {
      try {
        renderTemplate(target(), { html }, view);
        expect.fail('rendered');
      } catch (error) {
        expect(isCredentialError(error) && error.code).to.equal('TEMPLATE_REJECTED');
        expect((error as Error).message).to.include('placeholders add more than');
      }
    }
  });

  it('a megabyte of styled elements renders, every style applied through the CSSOM', () => {
    const row = '<p class="r" style="color: rgb(1, 2, 3); margin: var(--m, 2px) 0; font-style: italic">{{recipient.name}}</p>';
    const count = Math.min(9000, Math.floor((MAX_HTML_LENGTH - 100) / row.length));
    const result = rendered(row.repeat(count));
    const rows = result.shadowRoot.querySelectorAll('p.r');
    expect(rows.length).to.equal(count);
    const last = getComputedStyle(rows[rows.length - 1]!);
    expect([last.color, last.marginTop, last.fontStyle]).to.deep.equal(['rgb(1, 2, 3)', '2px', 'italic']);
  });

  it('a style attribute nested thousands deep is removed, and the page survives', () => {
    const result = rendered(`<p class="s" style="color: rgb(1, 2, 3); --x: ${'('.repeat(20000)}">x</p><p class="t" style="${':is('.repeat(5000)}">y</p>`);
    expect(result.removed.filter((r) => r.reason === `nested deeper than ${MAX_CSS_NESTING} levels`).length).to.equal(2);
    expect(result.shadowRoot.querySelector('.s')!.hasAttribute('style')).to.equal(false);
  });
});

describe('hostile input: CSS', () => {
  const html = '<p class="a">x</p>';

  it('100,000 rules: the stylesheet is dropped with its reason, the certificate renders', () => {
    const result = rendered(html, '.a{color:red}'.repeat(100_000).slice(0, 500_000));
    expect(result.css).to.equal('');
    expect(result.removed).to.deep.equal([{ kind: 'css-rule', name: '(whole stylesheet)', reason: `more than ${MAX_CSS_RULES} rules` }]);
    expect(rendered(html, 'a{}'.repeat(100_000)).removed[0]!.reason).to.equal(`more than ${MAX_CSS_RULES} rules`);
  });

  it('rules nested thousands deep (which crash Chromium\'s CSS parser) are dropped before parsing', () => {
    for (const css of ['a{'.repeat(5000) + '}'.repeat(5000), `${':is('.repeat(20000)}a${')'.repeat(20000)}{color:red}`, '@media all{'.repeat(20_000)]) {
      const result = rendered(html, css);
      expect(result.css).to.equal('');
      expect(result.removed[0]!.reason).to.equal(`nested deeper than ${MAX_CSS_NESTING} levels`);
    }
  });

  it('the same depth hidden in strings, comments, escapes and url() is measured all the same', () => {
    for (const closer of ['"}"', '/*}*/', '\\}', 'url(})', 'b:url(x"})']) {
      const result = rendered(html, `.a{${closer}`.repeat(MAX_CSS_NESTING + 1));
      expect(result.removed[0]?.reason, closer).to.equal(`nested deeper than ${MAX_CSS_NESTING} levels`);
    }
  });

  it('the nesting guard never reads less depth than the browser parses (generated CSS, fixed seed)', () => {
    // A small deterministic generator (mulberry32): fragments that open, close, quote, comment and escape.
    let seed = 0x5eed;
    const random = () => {
      seed = (seed + 0x6d2b79f5) | 0;
      let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
      t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
    const opening = ['a{', 'b {', '@media all{', '&{', '.c:is(.d){', 'e{f:g;'];
    const other = ['}', '"', "'", '/*', '*/', '\\', '\\}', '\\7d ', 'url(', 'url( ', 'u\\72l(', '#url(', ')', '(', '[', ']', ' ', '\n', ';', 'c:', '"}"', '/*}*/', 'x', '1', ')}', '"}}}"', "'}}}'", '/*}}}*/', 'url(}}})', '\\}\\}\\}', ':is(}}})'];
    const fragment = () => {
      const list = random() < 0.55 ? opening : other;
      return list[Math.floor(random() * list.length)]!;
    };
    const depthOf = (rules: CSSRuleList): number => {
      let max = 0;
      for (const rule of Array.from(rules)) {
        const children = (rule as CSSRule & { cssRules?: CSSRuleList }).cssRules;
        max = Math.max(max, 1 + (children ? depthOf(children) : 0));
      }
      return max;
    };
    const limit = 3;
    let deepSeen = 0;
    for (let n = 0; n < 3000; n++) {
      const css = Array.from({ length: 4 + Math.floor(random() * 24) }, fragment).join('');
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(cssNestsDeeperThan(css, 50) ? '' : css);
      const parsed = depthOf(sheet.cssRules);
      if (parsed > limit) deepSeen++;
      if (!cssNestsDeeperThan(css, limit)) expect(parsed, JSON.stringify(css)).to.be.at.most(limit);
    }
    expect(deepSeen).to.be.greaterThan(50);
  });
});

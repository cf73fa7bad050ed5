// Richly styled certificates for the CSP suites: style attributes (200 styled rows, shorthands with var(),
// "style" in names, values and text), <style>/<base> in the markup, the demo templates' stylesheets, and
// for each the computed styles that must apply once rendered, whatever the page's style-src.
import type { TemplateView } from '../../../src/model/types.js';
import type { RenderResult } from '../../../src/render/index.js';
import { CLASSIC_TEMPLATE, MODERN_TEMPLATE } from '../../../demo/mock-api/data/certificate-templates.js';

export interface RichCertificate {
  name: string;
  template: TemplateView;
  /** Reads the computed styles the certificate must show. */
  probe(result: RenderResult): Record<string, string>;
  expected: Record<string, string>;
}

const PNG = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==';

function computed(result: RenderResult, selector: string, ...properties: string[]): Record<string, string> {
  const el = result.shadowRoot.querySelector(selector);
  const style = el ? getComputedStyle(el) : null;
  return Object.fromEntries(properties.map((p) => [`${selector} ${p}`, style?.getPropertyValue(p) ?? 'missing']));
}

/** The example: a table of 200 rows, each styled inline, with a <style> and a <base> for good measure. */
function styledRows(): RichCertificate {
  const rows = Array.from({ length: 200 }, (_, i) => `<tr class="r${i}" style="color: rgb(10, 20, 30); background-color: rgb(250, 240, 230); font-style: italic"><td style="padding: 2px 6px">Row ${i}</td></tr>`).join('');
  return {
    name: 'styled-rows',
    template: { html: `<base href="https://evil.example/"><style>td { color: red }</style><table class="t">${rows}</table>` },
    probe: (result) => ({
      ...computed(result, '.r0', 'color', 'background-color', 'font-style'),
      ...computed(result, '.r199', 'color', 'background-color'),
      ...computed(result, '.r199 td', 'padding-left'),
      rows: String(result.shadowRoot.querySelectorAll('tr[style]').length),
      styleElements: String(result.shadowRoot.querySelectorAll('style, base').length),
    }),
    expected: {
      '.r0 color': 'rgb(10, 20, 30)',
      '.r0 background-color': 'rgb(250, 240, 230)',
      '.r0 font-style': 'italic',
      '.r199 color': 'rgb(10, 20, 30)',
      '.r199 background-color': 'rgb(250, 240, 230)',
      '.r199 td padding-left': '6px',
      rows: '200',
      styleElements: '0',
    },
  };
}

/** Inline styles a designer writes: shorthands over var(), gradients, transforms, "style" everywhere it can be. */
function inlineDesign(): RichCertificate {
  return {
    name: 'inline-design',
    template: {
      html: `<article class="cert" data-style="classic" style="--brand: rgb(1, 2, 3); border: 3px solid var(--brand); padding: 12px 24px; background: linear-gradient(90deg, rgb(255, 255, 255), rgb(240, 240, 240))">
  <h1 class="title" STYLE="font-style: italic; letter-spacing: 2px; text-transform: uppercase">Lifestyle Medicine</h1>
  <p class="stylish" style="margin: var(--gap, 8px) auto; transform: rotate(-1deg)">{{recipient.name}}</p>
  <img class="logo" src="${PNG}" alt="logo" style="width: 24px; height: 24px">
  <svg class="seal" viewBox="0 0 10 10" style="width: 40px"><style>circle { fill: red }</style><text font-style="italic" x="1" y="8">S</text><circle cx="5" cy="5" r="4" style="fill: rgb(200, 160, 40)"></circle></svg>
  <math><mstyle mathcolor="rgb(5, 6, 7)"><mi>x</mi></mstyle></math>
</article>`,
      css: '.cert { --gap: 16px; font-family: Georgia, serif; } .title { color: var(--brand); }',
    },
    probe: (result) => ({
      ...computed(result, '.cert', 'border-top-color', 'border-top-width', 'padding-left', 'background-image'),
      ...computed(result, '.title', 'font-style', 'letter-spacing', 'text-transform', 'color'),
      ...computed(result, '.stylish', 'margin-top', 'transform'),
      ...computed(result, 'circle', 'fill'),
      ...computed(result, 'mi', 'color'),
      dataStyle: result.shadowRoot.querySelector('.cert')?.getAttribute('data-style') ?? 'missing',
      svgFontStyle: result.shadowRoot.querySelector('text')?.getAttribute('font-style') ?? 'missing',
      text: result.shadowRoot.querySelector('.title')?.textContent ?? 'missing',
      mstyle: String(result.shadowRoot.querySelectorAll('mstyle').length),
    }),
    expected: {
      '.cert border-top-color': 'rgb(1, 2, 3)',
      '.cert border-top-width': '3px',
      '.cert padding-left': '24px',
      '.cert background-image': 'linear-gradient(90deg, rgb(255, 255, 255), rgb(240, 240, 240))',
      '.title font-style': 'italic',
      '.title letter-spacing': '2px',
      '.title text-transform': 'uppercase',
      '.title color': 'rgb(1, 2, 3)',
      '.stylish margin-top': '16px',
      '.stylish transform': 'matrix(0.999848, -0.0174524, 0.0174524, 0.999848, 0, 0)',
      'circle fill': 'rgb(200, 160, 40)',
      'mi color': 'rgb(5, 6, 7)',
      dataStyle: 'classic',
      svgFontStyle: 'italic',
      text: 'Lifestyle Medicine',
      mstyle: '1',
    },
  };
}

/** The demo's two templates: stylesheets only (adopted, never parsed in the page's document). */
function demoTemplates(): RichCertificate[] {
  return [
    {
      name: 'demo-classic',
      template: CLASSIC_TEMPLATE,
      probe: (result) => computed(result, '.certificate', 'border-top-style', 'border-top-color', 'text-align'),
      expected: { '.certificate border-top-style': 'double', '.certificate border-top-color': 'rgb(154, 123, 63)', '.certificate text-align': 'center' },
    },
    {
      name: 'demo-modern',
      template: MODERN_TEMPLATE,
      probe: (result) => computed(result, '.cert', 'display', 'border-top-left-radius'),
      expected: { '.cert display': 'grid', '.cert border-top-left-radius': '12px' },
    },
  ];
}

export function richCertificates(): RichCertificate[] {
  return [styledRows(), inlineDesign(), ...demoTemplates()];
}

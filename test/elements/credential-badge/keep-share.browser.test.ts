// Keep and share: Save as PDF prints the certificate alone on one page of its size (emulated print media here; the
// PDF itself in test/e2e/certificate-csp.node.test.ts), Download PNG draws it in the browser, Share uses the Web
// Share API where there is one and copies the link otherwise.
import { describe, it } from '../../helpers/harness.js';
import { expect, fixture, fixtureSync, html, waitUntil } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { CredentialBadge } from '../../../src/credential-badge.js';
import { drawingOf, drawPng } from '../../../src/elements/credential-badge/png.js';
import { certificateOf, certificateShown, IBL_MODERN, iblCertificate, inlineCertificate } from '../../helpers/certificate.js';
import { shadow, signedBadge, untilState } from '../../helpers/elements.js';

type Suite = { timeout(ms: number): void };
const PNG_DOT = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==';

/** Width and height from a PNG's IHDR chunk, after checking its signature. */
function pngSize(bytes: ArrayBuffer): { width: number; height: number } {
  const view = new DataView(bytes);
  expect([...new Uint8Array(bytes, 0, 8)]).to.deep.equal([137, 80, 78, 71, 13, 10, 26, 10]);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

/** How varied the picture is: distinct colours (4 bits a channel) and the share of pixels unlike the top-left one. */
async function pixels(blob: Blob): Promise<{ colours: number; unlikeCorner: number; dark: number }> {
  const bitmap = await createImageBitmap(blob);
  const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
  const context = canvas.getContext('2d')!;
  context.drawImage(bitmap, 0, 0);
  const data = context.getImageData(0, 0, bitmap.width, bitmap.height).data;
  const colours = new Set<number>();
  let unlike = 0;
  let dark = 0;
  for (let i = 0; i < data.length; i += 4) {
    colours.add(((data[i]! >> 4) << 12) | ((data[i + 1]! >> 4) << 8) | ((data[i + 2]! >> 4) << 4) | (data[i + 3]! >> 4));
    if (Math.abs(data[i]! - data[0]!) + Math.abs(data[i + 1]! - data[1]!) + Math.abs(data[i + 2]! - data[2]!) > 24) unlike++;
    if (data[i + 3]! > 200 && data[i]! + data[i + 1]! + data[i + 2]! < 200) dark++;
  }
  const total = data.length / 4;
  return { colours: colours.size, unlikeCorner: unlike / total, dark: dark / total };
}

describe('<credential-badge>: Download PNG', function (this: Suite) {
  this.timeout(60000);

  it('draws the built-in certificate at twice its own size, with its text and colours', async () => {
    const el = inlineCertificate(await signedBadge(2), 450);
    const article = await certificateShown(el);
    const blob = await el.certificatePng();
    expect(blob.type).to.equal('image/png');
    expect(pngSize(await blob.arrayBuffer())).to.deep.equal({ width: 1760, height: 2 * article.offsetHeight });
    const seen = await pixels(blob);
    expect(seen.colours, 'colours').to.be.greaterThan(30);
    expect(seen.unlikeCorner, 'drawn, not blank').to.be.greaterThan(0.02);
    expect(seen.dark, 'dark text on the light sheet').to.be.greaterThan(0.002);
  });

  it("draws an issuer's template (its images, which do not load here, as their initials)", async () => {
    const el = iblCertificate(IBL_MODERN, 375, { recipientName: 'Maya Chen' });
    const host = await certificateShown(el);
    const blob = await el.certificatePng();
    const size = pngSize(await blob.arrayBuffer());
    expect(size.width).to.equal(1760);
    expect(size.height).to.equal(2 * Math.ceil(host.offsetHeight));
    const seen = await pixels(blob);
    expect(seen.unlikeCorner).to.be.greaterThan(0.02);
    expect(seen.dark).to.be.greaterThan(0.002);
  });

  it('puts an image the page cannot read (cross-origin, no CORS) in as its initials, an inline one as itself', async () => {
    const other = location.hostname === 'localhost' ? '127.0.0.1' : 'localhost';
    const cross = `${location.protocol}//${other}:${location.port}/docs/screenshots/index-375-light.png`;
    const root = fixtureSync<HTMLElement>(html`<div class="sheet-test">
      <img class="logo" alt="Riverside Community College" src=${cross} width="80" height="40" />
      <img class="dot" alt="" src=${PNG_DOT} width="10" height="10" />
      <p>Text</p>
    </div>`);
    const logo = root.querySelector<HTMLImageElement>('img.logo')!;
    await logo.decode();
    expect(logo.naturalWidth, 'the image shows on the page').to.be.greaterThan(0);
    const size = { width: 300, height: 100 };
    const svg = await drawingOf(root, { size });
    expect(svg).to.not.contain(other);
    expect(svg).to.contain('>RC</span>');
    expect(svg).to.contain(PNG_DOT);
    // Nothing in the drawing taints the canvas.
    const blob = await drawPng(root, { size, pixelRatio: 1 });
    expect(pngSize(await blob.arrayBuffer())).to.deep.equal(size);
  });

  it('reads a huge image at no more than twice the size it is shown, and draws a sheet taller than any canvas at most 4096 px a side', async () => {
    const big = new OffscreenCanvas(4000, 4000);
    const context = big.getContext('2d')!;
    context.fillStyle = '#123456';
    context.fillRect(0, 0, 4000, 4000);
    const url = URL.createObjectURL(await big.convertToBlob({ type: 'image/png' }));
    try {
      const root = fixtureSync<HTMLElement>(html`<div><img class="big" alt="Big" src=${url} width="100" height="50" /><p>Text</p></div>`);
      await root.querySelector('img')!.decode();
      const svg = await drawingOf(root, { size: { width: 300, height: 100 } });
      const read = new Image();
      read.src = /<img[^>]* src="(data:image\/png[^"]+)"/.exec(svg)![1]!;
      await read.decode();
      expect([read.naturalWidth, read.naturalHeight]).to.deep.equal([200, 100]);
      const blob = await drawPng(root, { size: { width: 1000, height: 40000 } });
      expect(pngSize(await blob.arrayBuffer())).to.deep.equal({ width: 102, height: 4096 });
    } finally {
      URL.revokeObjectURL(url);
    }
  });

  it('saves the drawing as a file from the Download PNG button', async () => {
    const el = inlineCertificate(await signedBadge(2), 600);
    await certificateShown(el);
    const saved: Array<{ download: string; href: string }> = [];
    const click = HTMLAnchorElement.prototype.click;
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      saved.push({ download: this.download, href: this.href });
    };
    try {
      shadow(el, 'button[data-action="png"]')!.click();
      await waitUntil(() => saved.length === 1, 'nothing was saved', { timeout: 20000 });
    } finally {
      HTMLAnchorElement.prototype.click = click;
    }
    expect(saved[0]!.download).to.match(/^[\p{L}\p{N}-]+\.png$/u);
    expect(saved[0]!.download).to.contain(String((await signedBadge(2))['name']).split(/\W/)[0]);
    expect(saved[0]!.href).to.match(/^blob:/);
  });

  it('says so, and rejects with DRAW_FAILED, when there is no certificate to draw', async () => {
    const el = await fixture<CredentialBadge>(html`<credential-badge layout="card" verify="off" .credential=${await signedBadge()}></credential-badge>`);
    await untilState(el, 'ready');
    const error = await el.certificatePng().catch((caught: unknown) => caught);
    expect((error as { code?: string }).code).to.equal('DRAW_FAILED');
    expect(shadow(el, 'button[data-action="png"]')).to.equal(null);
    await el.downloadPng();
    expect(shadow(el, '[role="status"]')!.textContent).to.contain('Save the certificate as PDF');
  });
});

describe('<credential-badge>: Save as PDF', function (this: Suite) {
  this.timeout(60000);

  it('prints the certificate alone, at its own size, on a page of that size, and puts the page back afterwards', async () => {
    const page = fixtureSync<HTMLElement>(html`<div class="page"><h1>Our graduates</h1><p class="intro">Text around the certificate.</p><section><credential-badge layout="certificate" verify="off"></credential-badge></section><footer>Footer</footer></div>`);
    const el = page.querySelector('credential-badge')!;
    el.credential = await signedBadge(2);
    const article = await certificateShown(el);
    let printed = 0;
    const print = window.print;
    window.print = () => void printed++;
    try {
      shadow(el, 'button[data-action="pdf"]')!.click();
      expect(printed).to.equal(1);
      const rules = document.adoptedStyleSheets.flatMap((sheet) => [...sheet.cssRules].map((rule) => rule.cssText));
      expect(rules.find((rule) => rule.startsWith('@page'))).to.match(new RegExp(`size: 880px ${article.offsetHeight}px`));
      await emulateMedia({ media: 'print' });
      for (const selector of ['h1', '.intro', 'footer']) expect(getComputedStyle(page.querySelector(selector)!).display, selector).to.equal('none');
      expect(getComputedStyle(shadow(el, '.below')!).display).to.equal('none');
      const box = el.getBoundingClientRect();
      expect(box.width).to.be.closeTo(880, 1);
      expect(box.height).to.be.closeTo(article.offsetHeight, 1);
      expect(box.left).to.be.closeTo(0, 1);
      // Unscaled: the certificate at its own size.
      expect(certificateOf(el)!.getBoundingClientRect().width).to.be.closeTo(880, 1);
    } finally {
      await emulateMedia({ media: 'screen' });
      window.print = print;
      window.dispatchEvent(new Event('afterprint'));
    }
    expect(el.hasAttribute('data-credential-print')).to.equal(false);
    expect(page.querySelector('[data-credential-print-path]')).to.equal(null);
    expect(document.adoptedStyleSheets.some((sheet) => [...sheet.cssRules].some((rule) => rule.cssText.startsWith('@page')))).to.equal(false);
    expect(getComputedStyle(page.querySelector('h1')!).display).to.equal('block');
  });

  it('finds the certificate through shadow roots and slots', async () => {
    class Wrapper extends HTMLElement {
      constructor() {
        super();
        const root = this.attachShadow({ mode: 'open' });
        root.append(Object.assign(document.createElement('p'), { className: 'inside', textContent: 'Inside' }), document.createElement('slot'));
      }
    }
    if (!customElements.get('print-wrapper')) customElements.define('print-wrapper', Wrapper);
    const page = fixtureSync<HTMLElement>(html`<div><p class="before">Before</p><print-wrapper><credential-badge layout="certificate" verify="off"></credential-badge></print-wrapper></div>`);
    const el = page.querySelector('credential-badge')!;
    el.credential = await signedBadge(2);
    await certificateShown(el);
    const print = window.print;
    window.print = () => undefined;
    const wrapper = page.querySelector('print-wrapper')!;
    try {
      expect(el.printCertificate()).to.equal(true);
      await emulateMedia({ media: 'print' });
      expect(getComputedStyle(page.querySelector('.before')!).display).to.equal('none');
      expect(getComputedStyle(wrapper.shadowRoot!.querySelector('.inside')!).display).to.equal('none');
      expect(el.getBoundingClientRect().width).to.be.closeTo(880, 1);
    } finally {
      await emulateMedia({ media: 'screen' });
      window.print = print;
      window.dispatchEvent(new Event('afterprint'));
    }
    expect(wrapper.shadowRoot!.adoptedStyleSheets).to.deep.equal([]);
  });
});

describe('<credential-badge>: Share', () => {
  type Nav = Navigator & Record<string, unknown>;
  const stub = (name: string, value: unknown) => Object.defineProperty(navigator, name, { value, configurable: true });
  const unstub = (...names: string[]) => names.forEach((name) => delete (navigator as Nav)[name]);

  async function badge(): Promise<CredentialBadge> {
    const el = await fixture<CredentialBadge>(html`<credential-badge verify="off" .credential=${await signedBadge()}></credential-badge>`);
    await untilState(el, 'ready');
    return el;
  }

  it("shares through the Web Share API with the credential's page and name", async () => {
    const shared: unknown[] = [];
    stub('share', async (data: unknown) => void shared.push(data));
    stub('canShare', () => true);
    try {
      const el = await badge();
      const button = shadow(el, 'button[data-action="share"]')!;
      expect(button.textContent!.trim()).to.equal('Share');
      button.click();
      await waitUntil(() => shared.length === 1, 'never shared');
      expect(shared[0]).to.deep.equal({ url: el.pageUrl, title: String((await signedBadge())['name']) });
      expect(el.pageUrl).to.match(/^https:\/\//);
      await expect(el).to.be.accessible();
    } finally {
      unstub('share', 'canShare');
    }
  });

  it('copies the link where the browser has no share sheet, and says so', async () => {
    const copied: string[] = [];
    stub('share', undefined);
    stub('clipboard', { writeText: async (text: string) => void copied.push(text) });
    try {
      const el = await badge();
      const button = shadow(el, 'button[data-action="share"]')!;
      expect(button.textContent!.trim()).to.equal('Copy link');
      button.click();
      await waitUntil(() => copied.length === 1, 'never copied');
      expect(copied).to.deep.equal([el.pageUrl]);
      await waitUntil(() => shadow(el, '[role="status"]')!.textContent!.includes('Link copied.'), 'the copy was never announced');
    } finally {
      unstub('share', 'clipboard');
    }
  });

  it('copies the link when the share sheet refuses, and does nothing more when the person closes it', async () => {
    const copied: string[] = [];
    const refusal = (name: string) => async () => {
      throw new DOMException('no', name);
    };
    stub('clipboard', { writeText: async (text: string) => void copied.push(text) });
    try {
      stub('share', refusal('NotAllowedError'));
      const el = await badge();
      expect(await el.share()).to.equal('copied');
      expect(copied).to.deep.equal([el.pageUrl]);
      stub('share', refusal('AbortError'));
      expect(await el.share()).to.equal('cancelled');
      expect(copied.length).to.equal(1);
      stub('clipboard', { writeText: async () => Promise.reject(new Error('denied')) });
      stub('share', undefined);
      expect(await el.share()).to.equal('failed');
      await el.updateComplete;
      expect(shadow(el, '[role="status"]')!.textContent).to.contain('copy it by hand');
    } finally {
      unstub('share', 'clipboard');
    }
  });
});

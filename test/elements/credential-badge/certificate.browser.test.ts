// The certificate layout: it fits any width from 280 px up, keeping its proportions, with nothing outside the
// element's box or cut off by its frame; the learner's name; headings and landmarks; the image policy attributes.
import { describe, it } from '../../helpers/harness.js';
import { expect, fixture, fixtureSync, html } from '@open-wc/testing';
import { CredentialBadge } from '../../../src/credential-badge.js';
import { certificateOf, certificateShown, escapes, IBL_CLASSIC, IBL_MODERN, iblCertificate, inlineCertificate } from '../../helpers/certificate.js';
import { shadow, shadowText, signedBadge, untilState } from '../../helpers/elements.js';

type Suite = { timeout(ms: number): void };
const WIDTHS = [280, 375, 450, 768, 1280];

/** A signed badge without the recipient's name (its signature no longer holds: shown with verify="off"). */
async function namelessBadge(): Promise<Record<string, unknown>> {
  const credential = await signedBadge(2);
  const subject = credential['credentialSubject'] as Record<string, unknown>;
  delete subject['identifier'];
  delete subject['name'];
  return credential;
}

/** A fetch that answers every ibl.ai API call with `entity` (a credential entity with a template of our own). */
function iblAnswering(entity: Record<string, unknown>): typeof fetch {
  return async () => new Response(JSON.stringify({ status: { success: true }, result: entity }), { headers: { 'content-type': 'application/json' } });
}

describe('<credential-badge layout="certificate">: fits any width', function (this: Suite) {
  this.timeout(120000);

  for (const width of WIDTHS) {
    it(`the built-in certificate at ${width} px: nothing outside the element, nothing cut off, a sheet's proportions`, async () => {
      const el = inlineCertificate(await signedBadge(2), width);
      const article = await certificateShown(el);
      expect(escapes(el)).to.deep.equal([]);
      const box = article.getBoundingClientRect();
      const frame = shadow(el, '.fit')!.getBoundingClientRect();
      expect(box.width / box.height, 'proportions').to.be.closeTo(1.414, 0.01);
      expect(box.width, 'fills the width').to.be.closeTo(frame.width, 1);
      expect(box.height, 'the frame is the certificate').to.be.closeTo(frame.height, 1);
      expect(frame.right).to.be.at.most(el.getBoundingClientRect().right + 0.5);
    });
  }

  for (const [name, id] of [['Modern', IBL_MODERN], ['Classic', IBL_CLASSIC]] as const) {
    for (const width of WIDTHS) {
      it(`ibl.ai's "${name}" template at ${width} px: nothing outside the element, nothing cut off`, async () => {
        const el = iblCertificate(id, width, { recipientName: 'Maya Chen' });
        const host = await certificateShown(el);
        expect(escapes(el)).to.deep.equal([]);
        // Scaled as a whole: the template's own box is as wide as the frame, whatever the width.
        const design = host.shadowRoot!.firstElementChild!.getBoundingClientRect();
        const frame = shadow(el, '.fit')!.getBoundingClientRect();
        expect(design.right).to.be.at.most(frame.right + 1);
        expect(design.bottom).to.be.at.most(frame.bottom + 1);
        expect(frame.width).to.be.closeTo(el.getBoundingClientRect().width - 2 * parseFloat(getComputedStyle(shadow(el, '.credential')!).paddingLeft) - 2, 2);
      });
    }
  }

  it('follows the element as its width changes, and a template wider than the sheet is scaled from its own width', async () => {
    const wide = { entityId: 'w1', name: 'Wide design', html_template: '<div class="page">{{credential.name}}</div>', css_template: '.page { width: 1400px; height: 990px; background: #eee; }' };
    const el = await fixture<CredentialBadge>(html`<credential-badge layout="certificate" verify="off" provider="ibl" api-base="https://ibl.example" org="o" user-id="u" credential-id="w1" .fetch=${iblAnswering(wide)}></credential-badge>`);
    el.style.setProperty('width', '600px');
    await certificateShown(el);
    const page = () => certificateOf(el)!.shadowRoot!.querySelector('.page')!.getBoundingClientRect();
    expect(page().width).to.be.closeTo(shadow(el, '.fit')!.getBoundingClientRect().width, 1);
    expect(page().width / page().height).to.be.closeTo(1400 / 990, 0.01);
    expect(escapes(el)).to.deep.equal([]);
    el.style.setProperty('width', '320px');
    await new Promise((resolve) => setTimeout(resolve, 100));
    await certificateShown(el);
    expect(page().width).to.be.closeTo(shadow(el, '.fit')!.getBoundingClientRect().width, 1);
    expect(escapes(el)).to.deep.equal([]);
  });

  it('keeps a template that tries to escape the sheet inside the element: offsets, negative margins, transforms, a huge image, no end', async () => {
    const DOT = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==';
    const hostile = {
      entityId: 'h1',
      name: 'Escape',
      html_template: `<div class="cert"><p class="cover">Cover</p><p class="fixed">Fixed</p><p class="wide">Wide</p><p class="moved">Moved</p>
        <p class="scaled">Scaled</p><img class="huge" src="${DOT}" alt="" width="100000" height="100000"><div class="endless">{{credential.name}}</div></div>`,
      // Offsets and scales within what the CSS sanitizer lets through (it drops larger ones, and position: fixed).
      css_template: `.cert { position: relative; }
        .cover { position: absolute; left: -3900px; top: -3900px; width: 20000px; height: 20000px; margin: 0; background: #b00020; }
        .fixed { position: fixed; inset: -50px; background: #b00020; }
        .wide { margin-left: -3000px; width: 9000px; background: #b00020; }
        .moved { transform: translate(-2000px, 3000px); background: #b00020; }
        .scaled { transform: scale(9); transform-origin: 0 0; background: #b00020; }
        .endless { height: 10000000px; }`,
    };
    const box = fixtureSync<HTMLElement>(html`<div class="hostile-box"><credential-badge layout="certificate" verify="off" provider="ibl" api-base="https://ibl.example" org="o" user-id="u" credential-id="h1" .fetch=${iblAnswering(hostile)}></credential-badge></div>`);
    box.style.setProperty('width', '300px');
    box.style.setProperty('margin', '40px');
    const el = box.querySelector('credential-badge')!;
    await certificateShown(el);
    // The hostile rules reached the template (all but position: fixed), so the element is what holds them in.
    const style = (selector: string) => getComputedStyle(certificateOf(el)!.shadowRoot!.querySelector(selector)!);
    expect([style('.cover').left, style('.wide').marginLeft]).to.deep.equal(['-3900px', '-3000px']);
    expect(parseFloat(style('.endless').height)).to.equal(1e7);
    expect(style('.moved').transform).to.not.equal('none');
    expect(style('.scaled').transform).to.not.equal('none');
    const outer = el.getBoundingClientRect();
    const frame = shadow(el, '.fit')!.getBoundingClientRect();
    // The frame (which clips) and the template's host (which contains its paint) sit inside the element.
    for (const inner of [frame, certificateOf(el)!.getBoundingClientRect()]) {
      expect(inner.left).to.be.at.least(outer.left - 1);
      expect(inner.right).to.be.at.most(outer.right + 1);
      expect(inner.top).to.be.at.least(outer.top - 1);
    }
    expect(frame.bottom).to.be.at.most(outer.bottom + 1);
    // The sheet is laid out at most 4000 px wide and 8 widths tall: the element is at most 8 of its widths tall.
    expect(frame.height / frame.width).to.be.at.most(8.01);
    expect(frame.height).to.be.greaterThan(frame.width);
    // Nothing widens the page, and nothing of the element paints outside its box (points around it, in view).
    expect(document.documentElement.scrollWidth).to.be.at.most(document.documentElement.clientWidth);
    const paintsAt = (x: number, y: number) => document.elementsFromPoint(x, y).includes(el);
    el.scrollIntoView({ block: 'start' });
    await new Promise((resolve) => requestAnimationFrame(resolve));
    let at = el.getBoundingClientRect();
    for (const [x, y] of [[at.left - 20, at.top + 20], [at.right + 20, at.top + 20], [at.left + 20, at.top - 20], [at.left + at.width / 2, at.top - 20], [at.right + 20, at.top + 200]] as const) {
      if (x >= 0 && y >= 0 && x < innerWidth && y < innerHeight) expect(paintsAt(x, y), `${x},${y}`).to.equal(false);
    }
    el.scrollIntoView({ block: 'end' });
    await new Promise((resolve) => requestAnimationFrame(resolve));
    at = el.getBoundingClientRect();
    for (const [x, y] of [[at.left + 20, at.bottom + 20], [at.left + at.width / 2, at.bottom + 20], [at.right + 20, at.bottom - 20]] as const) {
      if (x >= 0 && y >= 0 && x < innerWidth && y < innerHeight) expect(paintsAt(x, y), `${x},${y}`).to.equal(false);
    }
    expect(paintsAt(at.left + 20, at.bottom - 60), 'the element itself is found by the probe').to.equal(true);
    // Its drawing is bounded too: at most 4096 px a side.
    const bitmap = await createImageBitmap(await el.certificatePng());
    expect(Math.max(bitmap.width, bitmap.height)).to.equal(4096);
  });

  it('sets its scale through the CSSOM: custom properties, no style attribute parsed', async () => {
    const el = inlineCertificate(await signedBadge(2), 375);
    await certificateShown(el);
    const frame = shadow(el, '.fit')!;
    expect(frame.style.getPropertyValue('--_sheet-width')).to.equal('880px');
    expect(Number(frame.style.getPropertyValue('--_scale'))).to.be.closeTo(frame.clientWidth / 880, 0.001);
  });
});

describe("<credential-badge layout=\"certificate\">: the learner's name", function (this: Suite) {
  this.timeout(60000);

  it('fills the template from recipient-name when the credential names no one', async () => {
    const el = iblCertificate(IBL_MODERN, 768, { recipientName: 'Maya Chen' });
    const host = await certificateShown(el);
    expect(host.shadowRoot!.querySelector('.recipient')!.textContent).to.equal('Maya Chen');
  });

  it('prints no hole where no name is given: the block that held only the name is left out', async () => {
    const el = iblCertificate(IBL_CLASSIC, 768);
    const host = await certificateShown(el);
    expect(host.shadowRoot!.querySelector('.recipient')).to.equal(null);
    for (const block of host.shadowRoot!.querySelectorAll('p, li, h1, h2')) expect(block.textContent!.trim(), block.outerHTML).to.not.equal('');
  });

  it("never puts the page's name on a signed credential, nor over a name the credential gives", async () => {
    const nameless = inlineCertificate(await namelessBadge(), 768);
    nameless.recipientName = 'Someone Else';
    await certificateShown(nameless);
    expect(shadowText(nameless)).to.not.contain('Someone Else');
    const named = inlineCertificate(await signedBadge(2), 768);
    named.recipientName = 'Someone Else';
    await certificateShown(named);
    expect(shadowText(named)).to.contain('Maya Chen');
    expect(shadowText(named)).to.not.contain('Someone Else');
  });

  it('shows the page\'s name as text, filled in once, and leaves out a name longer than 200 characters', async () => {
    const given = '<img src=x onerror="window.pwned = 1">{{recipient.email}} {{credential.name}}';
    const el = iblCertificate(IBL_MODERN, 768, { recipientName: given });
    const line = () => certificateOf(el)!.shadowRoot!.querySelector('.recipient');
    await certificateShown(el);
    expect(line()!.textContent).to.equal(given);
    expect(line()!.children.length).to.equal(0);
    expect((window as { pwned?: number }).pwned).to.equal(undefined);
    el.recipientName = 'A'.repeat(201);
    await el.updateComplete;
    await certificateShown(el);
    expect(line(), 'too long: no name, so no line').to.equal(null);
    el.recipientName = ` ${'B'.repeat(200)} `;
    await el.updateComplete;
    await certificateShown(el);
    expect(line()!.textContent).to.equal('B'.repeat(200));
  });

  it('takes the provider\'s name over the page\'s', async () => {
    const entity = { entityId: 'a1', issuedOn: '2025-03-01', recipient: { full_name: 'Ana Ruiz' }, credentialDetails: { name: 'Data Ethics', html_template: '<p class="r">{{recipient.name}}</p>' } };
    const el = await fixture<CredentialBadge>(html`<credential-badge layout="certificate" recipient-name="Someone Else" provider="ibl" api-base="https://ibl.example" org="o" user-id="u" credential-id="a1" .fetch=${iblAnswering(entity)}></credential-badge>`);
    const host = await certificateShown(el);
    expect(host.shadowRoot!.querySelector('.r')!.textContent).to.equal('Ana Ruiz');
  });
});

describe('<credential-badge layout="certificate">: headings and landmarks', () => {
  it('adds no landmark unless asked, and takes its heading level from heading-level', async () => {
    const el = inlineCertificate(await signedBadge(2), 768);
    await certificateShown(el);
    const headings = () => [...el.shadowRoot!.querySelectorAll('h1, h2, h3, h4, h5, h6')].map((h) => h.localName);
    expect(el.shadowRoot!.querySelector('main, nav, aside, [role="region"], [role="main"]')).to.equal(null);
    expect(headings()).to.deep.equal(['h3']);
    el.headingLevel = 2;
    await el.updateComplete;
    expect(headings()).to.deep.equal(['h2']);
    el.landmark = true;
    await el.updateComplete;
    const region = shadow(el, '[role="region"]')!;
    expect(region.getAttribute('aria-label')).to.equal(String((await signedBadge(2))['name']));
    await expect(el).to.be.accessible();
  });

  it("places an issuer's template headings under heading-level (aria-level; tags and styles kept)", async () => {
    const el = iblCertificate(IBL_CLASSIC, 768, { recipientName: 'Maya Chen' });
    const host = await certificateShown(el);
    const levels = () => [...host.shadowRoot!.querySelectorAll('h1, h2')].map((h) => `${h.localName}:${h.getAttribute('aria-level')}`);
    expect(levels()).to.deep.equal(['h1:3', 'h2:4']);
    el.headingLevel = 2;
    await el.updateComplete;
    await certificateShown(el);
    expect(levels()).to.deep.equal(['h1:2', 'h2:3']);
  });
});

describe('<credential-badge>: the image policy attributes', () => {
  it('reads image-origins, font-origins, remote-images and inline-images', async () => {
    const el = await fixture<CredentialBadge>(html`<credential-badge image-origins="https://a.example, https://b.example" font-origins="https://fonts.example" remote-images="false"></credential-badge>`);
    expect(el.imageOrigins).to.deep.equal(['https://a.example', 'https://b.example']);
    expect(el.fontOrigins).to.deep.equal(['https://fonts.example']);
    expect(el.remoteImages).to.equal(false);
    expect(el.inlineImages).to.equal(true);
    el.setAttribute('inline-images', 'false');
    el.removeAttribute('remote-images');
    expect(el.inlineImages).to.equal(false);
    expect(el.remoteImages).to.equal(true);
  });

  it("passes them to the renderer: an issuer's template keeps only the images the page allows", async () => {
    const PNG = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==';
    const entity = {
      entityId: 'p1',
      name: 'Policy',
      html_template: `<div><img class="listed" src="https://cdn.listed.example/a.png" alt="a"><img class="other" src="https://other.example/b.png" alt="b"><img class="inline" src="${PNG}" alt="c"></div>`,
    };
    const el = await fixture<CredentialBadge>(html`<credential-badge layout="certificate" provider="ibl" api-base="https://ibl.example" org="o" user-id="u" credential-id="p1" image-origins="https://cdn.listed.example" .fetch=${iblAnswering(entity)}></credential-badge>`);
    const host = await certificateShown(el).catch(() => certificateOf(el)!);
    // An image the policy refuses loses its src (the sanitizer's way): nothing is asked for.
    const images = () => [...host.shadowRoot!.querySelectorAll('img[src]')].map((image) => image.className);
    expect(images()).to.deep.equal(['listed', 'inline']);
    el.inlineImages = false;
    await el.updateComplete;
    expect(images()).to.deep.equal(['listed']);
    // Without data: images, there is no drawing to offer.
    expect(shadow(el, 'button[data-action="png"]')).to.equal(null);
    expect(shadow(el, 'button[data-action="pdf"]')).to.not.equal(null);
    el.remoteImages = false;
    await el.updateComplete;
    expect(images()).to.deep.equal([]);
  });

  it('applies them to the built-in certificate and to the badge image', async () => {
    const credential = await signedBadge(2);
    const el = await fixture<CredentialBadge>(html`<credential-badge layout="certificate" verify="off" .credential=${credential}></credential-badge>`);
    await certificateShown(el);
    expect(certificateOf(el)!.querySelector('img.issuer-logo')).to.not.equal(null);
    el.inlineImages = false;
    await el.updateComplete;
    expect(certificateOf(el)!.querySelector('img')).to.equal(null);
    el.layout = 'badge';
    await el.updateComplete;
    await untilState(el, 'ready');
    expect(shadow(el, 'img')).to.equal(null);
    expect(shadow(el, '.image.placeholder')).to.not.equal(null);
  });
});

// The certificate layout: it fits any width from 280 px up, keeping its proportions, with nothing outside the
// element's box or cut off by its frame; the learner's name; headings and landmarks; the image policy attributes.
import { describe, it } from '../../harness.js';
import { expect, fixture, html } from '@open-wc/testing';
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

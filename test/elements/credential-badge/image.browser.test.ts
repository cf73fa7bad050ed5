// <credential-badge>'s image: the badge image when it loads; the initials of the name in its place while it loads
// and when it fails (never an empty square). The image loads lazily, and a page the runner keeps in the background
// loads none: the tests tell the image it loaded or failed, as the browser would, and check what is drawn.
import { describe, it } from '../../helpers/harness.js';
import { fixture, html, expect } from '@open-wc/testing';
import { CredentialBadge } from '../../../src/credential-badge.js';
import { shadow, signedBadge, until, untilState } from '../../helpers/elements.js';

/** A badge whose image is `image`, shown unverified (the image is not signed here; only what is drawn matters). */
async function badgeWithImage(image: unknown): Promise<CredentialBadge> {
  const credential = await signedBadge();
  credential['image'] = image;
  const subject = credential['credentialSubject'] as { achievement: Record<string, unknown> };
  delete subject.achievement['image'];
  const el = await fixture<CredentialBadge>(html`<credential-badge verify="off" .credential=${credential}></credential-badge>`);
  await untilState(el, 'ready');
  return el;
}

describe('<credential-badge> image', () => {
  it('shows the initials of the name while the image loads, and in its place when it fails', async () => {
    const el = await badgeWithImage({ id: 'data:image/png;base64,bm90IGFuIGltYWdl', type: 'Image' });
    // Loading: the initials show; the image waits, unseen, over them.
    expect(shadow(el, '.placeholder')!.textContent).to.equal('CI');
    expect(getComputedStyle(shadow(el, 'img')!).opacity).to.equal('0');
    shadow(el, 'img')!.dispatchEvent(new Event('error'));
    await until(el, () => !shadow(el, 'img'), 'the broken image stayed');
    const placeholder = shadow(el, '[part="image"]')!;
    expect(placeholder.classList.contains('placeholder')).to.equal(true);
    expect(placeholder.textContent).to.equal('CI');
    const box = placeholder.getBoundingClientRect();
    expect(box.width).to.be.greaterThan(40);
    expect(box.height).to.be.greaterThan(40);
    await expect(el).to.be.accessible();
  });

  it('shows the image once it has loaded, in place of the initials', async () => {
    const el = await badgeWithImage(undefined);
    // The signed badge's own image (a data: PNG).
    const credential = await signedBadge();
    el.credential = credential;
    await until(el, () => shadow(el, 'img') !== null, 'no image');
    shadow(el, 'img')!.dispatchEvent(new Event('load'));
    await until(el, () => shadow(el, 'img[part="image"]') !== null, 'the image never showed');
    expect(shadow(el, '.placeholder')).to.equal(null);
    expect(getComputedStyle(shadow(el, 'img')!).opacity).to.equal('1');
  });

  it('shows the initials when there is no image, or one the policy refuses', async () => {
    for (const image of [undefined, { id: 'http://example.edu/badge.png' }]) {
      const el = await badgeWithImage(image);
      expect(shadow(el, 'img')).to.equal(null);
      expect(shadow(el, '[part="image"]')!.textContent).to.equal('CI');
    }
  });
});

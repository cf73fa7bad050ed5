// Certificates in tests: a badge in the certificate layout at a given width, waiting until its certificate is shown
// and fitted, and what of it reaches outside the element's box or its own frame.
import { fixtureSync, html, waitUntil } from '@open-wc/testing';
import type { CredentialBadge } from '../../src/credential-badge.js';
import { IBL_BASE, MOCK_SECRETS } from './elements.js';

export const IBL_CLASSIC = 'c7Kp2QmVRx6Gq9TzLw3d1A';
export const IBL_MODERN = 'Fh8sW0bXyN3eUa5RkD7tQe';

/** An ibl.ai certificate of the mock API (Classic or Modern template), in a box `width` px wide. */
export function iblCertificate(id: string, width: number, attributes: { recipientName?: string; lang?: string } = {}): CredentialBadge {
  const box = fixtureSync<HTMLElement>(html`<div>
    <credential-badge
      layout="certificate"
      provider="ibl"
      api-base=${IBL_BASE}
      org="riverside"
      user-id="maya.chen"
      credential-id=${id}
      recipient-name=${attributes.recipientName ?? ''}
      lang=${attributes.lang ?? 'en'}
      .token=${MOCK_SECRETS.iblKey}
    ></credential-badge>
  </div>`);
  box.style.setProperty('width', `${width}px`);
  return box.querySelector('credential-badge')!;
}

/** A badge given inline, in the certificate layout, in a box `width` px wide. */
export function inlineCertificate(credential: unknown, width: number, verify: 'auto' | 'off' = 'off'): CredentialBadge {
  const box = fixtureSync<HTMLElement>(html`<div><credential-badge layout="certificate" verify=${verify} .credential=${credential}></credential-badge></div>`);
  box.style.setProperty('width', `${width}px`);
  return box.querySelector('credential-badge')!;
}

/** The certificate's root: the built-in layout's article, or the template's host. */
export function certificateOf(el: CredentialBadge): HTMLElement | null {
  return el.shadowRoot!.querySelector<HTMLElement>('.sheet > article, .sheet > [data-credential-certificate]');
}

const frames = (n: number) => new Promise<void>((resolve) => {
  const step = (left: number) => (left === 0 ? resolve() : requestAnimationFrame(() => step(left - 1)));
  step(n);
});

/** Waits until the certificate is shown, measured, its images settled, and a fit has followed any late change. */
export async function certificateShown(el: CredentialBadge): Promise<HTMLElement> {
  await waitUntil(() => {
    const root = certificateOf(el);
    const measured = el.shadowRoot!.querySelector<HTMLElement>('.fit')?.style.getPropertyValue('--_sheet-height');
    const filled = root?.localName === 'article' || !!root?.shadowRoot?.childElementCount;
    return !!root && !!measured && filled;
  }, 'the certificate was never shown', { timeout: 20000, interval: 20 });
  const images = () => {
    const root = certificateOf(el)!;
    return [...root.querySelectorAll('img'), ...(root.shadowRoot?.querySelectorAll('img') ?? [])];
  };
  await waitUntil(() => images().every((image) => image.complete), 'images never settled', { timeout: 20000 });
  await el.updateComplete;
  await frames(3);
  return certificateOf(el)!;
}

/**
 * Every box and line of text, in the element's shadow tree and the certificate's own shadow root, that reaches
 * outside the element's box; and, for the certificate's content, outside the frame that shows it (which clips).
 */
export function escapes(el: CredentialBadge, tolerance = 1): string[] {
  const outer = el.getBoundingClientRect();
  const frame = el.shadowRoot!.querySelector('.fit')?.getBoundingClientRect();
  const found: string[] = [];
  const outside = (box: DOMRect, limit: DOMRect) =>
    box.left < limit.left - tolerance || box.top < limit.top - tolerance || box.right > limit.right + tolerance || box.bottom > limit.bottom + tolerance;
  const describe = (node: Node, box: DOMRect, where: string) =>
    `${node.nodeType === 3 ? `"${(node as Text).data.trim().slice(0, 30)}"` : `<${(node as Element).localName} class="${(node as Element).getAttribute('class') ?? ''}">`} ${where}: ${Math.round(box.left)},${Math.round(box.top)}–${Math.round(box.right)},${Math.round(box.bottom)}`;
  const check = (node: Node, box: DOMRect, inCertificate: boolean) => {
    if (box.width === 0 && box.height === 0) return;
    if (outside(box, outer)) found.push(describe(node, box, `outside the element ${Math.round(outer.left)},${Math.round(outer.top)}–${Math.round(outer.right)},${Math.round(outer.bottom)}`));
    else if (inCertificate && frame && outside(box, frame)) found.push(describe(node, box, 'outside the certificate frame'));
  };
  const visit = (root: ShadowRoot, inCertificate: boolean) => {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const within = inCertificate || (node instanceof Element ? !!node.closest('.sheet') : !!node.parentElement?.closest('.sheet'));
      if (node.nodeType === 3) {
        if (!/\S/.test((node as Text).data) || node.parentElement?.closest('.visually-hidden')) continue;
        const range = document.createRange();
        range.selectNodeContents(node);
        check(node, range.getBoundingClientRect(), within);
      } else {
        const element = node as Element;
        // What is not displayed takes no room (a closed panel, the visually hidden live region's clip).
        if (getComputedStyle(element).display === 'none') continue;
        if (element.classList.contains('visually-hidden')) continue;
        check(element, element.getBoundingClientRect(), within);
        if (element.shadowRoot) visit(element.shadowRoot, true);
      }
    }
  };
  visit(el.shadowRoot!, false);
  return found;
}

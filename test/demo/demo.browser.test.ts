// The demo pages as a visitor on a phone sees them: at 375 px nothing reaches past the screen's edge (the page's own
// content, or anything inside an element), once every element has loaded and verified; the verifier shows its intro
// sentence once and its sample buttons look like buttons. (The school page loads the built bundle: the strict-CSP
// end-to-end test covers it.)
import { describe, it } from '../helpers/harness.js';
import { expect, waitUntil } from '@open-wc/testing';

const WIDTH = 375;
const PAGES = ['index', 'credential-badge', 'clr-transcript', 'credential-verify', 'credential-gallery', 'gallery', 'certificate'];

/** A demo page in a frame `width` px wide, once every element on it has finished (apart from those loading on purpose). */
async function openPage(name: string, width = WIDTH): Promise<{ frame: HTMLIFrameElement; doc: Document; done: () => void }> {
  const frame = document.createElement('iframe');
  frame.style.cssText = `width: ${width}px; height: 700px; border: 0;`;
  frame.src = `/demo/${name}.html`;
  document.body.append(frame);
  await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  const doc = frame.contentDocument!;
  type Stateful = HTMLElement & { state: string; verification: string };
  const elements = () => [...doc.querySelectorAll<Stateful>('credential-badge, clr-transcript, credential-verify, credential-gallery')].filter((el) => el.id !== 'never' && el.dataset['state'] !== 'loading');
  await waitUntil(() => elements().every((el) => el.state !== 'loading' && el.verification !== 'pending'), `${name}: the elements never settled`, { timeout: 45000, interval: 100 });
  return { frame, doc, done: () => frame.remove() };
}

/** Every box (in the page and in every shadow root, certificates' included) whose right edge passes `limit`. */
function overflowing(root: Document | ShadowRoot, limit: number, found: string[] = []): string[] {
  for (const element of root.querySelectorAll('*')) {
    // A closed <details> keeps its content out of the layout: it can't show past the edge.
    if (element.closest('details:not([open]) > :not(summary)')) continue;
    const box = element.getBoundingClientRect();
    if (box.width > 0 && box.right > limit + 0.5) found.push(`${element.localName}.${String(element.className)} right ${Math.round(box.right)}`);
    if (element.shadowRoot) overflowing(element.shadowRoot, limit, found);
  }
  return found;
}

describe('demo pages at 375 px', function (this: { timeout(ms: number): void }) {
  this.timeout(120000);

  for (const name of PAGES) {
    it(`${name}: nothing reaches past the edge of the screen`, async () => {
      const { doc, done } = await openPage(name);
      try {
        expect(doc.documentElement.scrollWidth, 'the page scrolls sideways').to.be.at.most(WIDTH);
        expect(overflowing(doc, WIDTH)).to.deep.equal([]);
      } finally {
        done();
      }
    });
  }

  it('credential-verify: one intro sentence, and sample buttons styled as buttons', async () => {
    const { doc, done } = await openPage('credential-verify');
    try {
      const verifier = doc.querySelector('credential-verify')!;
      const text = [...verifier.shadowRoot!.querySelectorAll('slot')]
        .flatMap((slot) => slot.assignedNodes({ flatten: true }))
        .map((node) => node.textContent)
        .join(' ');
      expect(text).to.contain('Drop a credential file');
      expect(text).to.not.contain('Verify a credential:');
      const button = doc.querySelector<HTMLButtonElement>('.samples button')!;
      const style = getComputedStyle(button);
      expect(style.borderRadius).to.not.equal('0px');
      expect(parseFloat(style.paddingLeft)).to.be.at.least(8);
      expect(style.cursor).to.equal('pointer');
    } finally {
      done();
    }
  });
});

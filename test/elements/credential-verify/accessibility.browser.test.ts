// <credential-verify> is axe-clean, contrast included, with no landmark of its own, in every state, in both colour
// schemes and in both languages; its Verify button reads on a page's own accent in the dark (a school's maroon).
import { describe, it } from '../../helpers/harness.js';
import { fixture, fixtureSync, html, expect } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { CredentialVerify } from '../../../src/credential-verify.js';
import type { VerificationReport } from '../../../src/verify/types.js';
import { answer, expectAccessibleEverywhere, OUTCOMES, SCHEMES, settled, smallClr, type Outcome, type Suite } from '../../helpers/accessibility.js';
import { newestClr, shadow, until, untilState, untilVerification } from '../../helpers/elements.js';

class A11yVerify extends CredentialVerify {
  outcome: Outcome | 'pending' = 'verified';
  protected override verifyLoaded(): Promise<VerificationReport> {
    return answer(this.outcome, this.credential);
  }
}
customElements.define('a11y-verify', A11yVerify);

/** A computed colour in any syntax (rgb(), oklch(), color(srgb-linear …)) as sRGB bytes, as the browser paints it. */
function rgbOf(colour: string): number[] {
  const context = document.createElement('canvas').getContext('2d', { willReadFrequently: true })!;
  context.fillStyle = colour;
  context.fillRect(0, 0, 1, 1);
  return [...context.getImageData(0, 0, 1, 1).data.slice(0, 3)];
}

/** WCAG contrast of two colours. */
function contrast(a: string, b: string): number {
  const luminance = (colour: string) => {
    const [r, g, bl] = rgbOf(colour).map((value) => {
      const channel = value / 255;
      return channel <= 0.04045 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * bl!;
  };
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light! + 0.05) / (dark! + 0.05);
}

describe('<credential-verify>: accessible in every state, scheme and language', function (this: Suite) {
  this.timeout(60000);
  for (const scheme of SCHEMES) {
    it(`empty (the form alone) (${scheme})`, async () => {
      const el = await fixture<CredentialVerify>(html`<credential-verify></credential-verify>`);
      await expectAccessibleEverywhere(el, 'Verifique una credencial', 'empty', scheme);
    });
  }

  for (const scheme of SCHEMES) {
    it(`loading (${scheme})`, async () => {
      const el = await fixture<CredentialVerify>(html`<credential-verify timeout="600000" .fetch=${() => new Promise<Response>(() => undefined)}></credential-verify>`);
      el.verifyUrl('https://example.edu/credential.json');
      await untilState(el, 'loading');
      await expectAccessibleEverywhere(el, 'Leyendo la credencial', 'loading', scheme);
    });
  }

  for (const scheme of SCHEMES) {
    it(`read, verification pending (${scheme})`, async () => {
      const el = await fixture<A11yVerify>(html`<a11y-verify .outcome=${'pending'} .credential=${smallClr(await newestClr())}></a11y-verify>`);
      await untilVerification(el, 'pending');
      await expectAccessibleEverywhere(el, 'Verificando', 'pending', scheme);
    });
  }

  for (const outcome of Object.keys(OUTCOMES) as Outcome[]) {
    for (const scheme of SCHEMES) {
      it(`read, ${outcome} (${scheme})`, async () => {
        const el = await fixture<A11yVerify>(html`<a11y-verify .outcome=${outcome} .credential=${smallClr(await newestClr())}></a11y-verify>`);
        await until(el, () => !['off', 'pending'].includes(el.verification), 'verification never finished');
        for (const details of el.shadowRoot!.querySelectorAll('details')) details.open = true;
        await expectAccessibleEverywhere(el, 'Mostrar los datos', outcome, scheme);
      });
    }
  }

  for (const scheme of SCHEMES) {
    it(`error (${scheme})`, async () => {
      const el = await fixture<CredentialVerify>(html`<credential-verify></credential-verify>`);
      el.verifyText('{ not json');
      await untilState(el, 'error');
      await expectAccessibleEverywhere(el, 'no es una credencial', 'error', scheme);
    });
  }

  for (const scheme of SCHEMES) {
    it(`reads on a page that themes it with one dark accent for both schemes, a school’s maroon (${scheme})`, async () => {
      // fixtureSync: fixture() would wait on an animation frame for a plain <div>, which a background page never gets.
    const page = fixtureSync<HTMLElement>(html`<div style="--credential-accent: #7a1f2b"><credential-verify></credential-verify></div>`);
      const el = page.querySelector('credential-verify')!;
      try {
        await emulateMedia({ colorScheme: scheme });
        await settled(el);
        const style = getComputedStyle(shadow(el, '[part="submit"]')!);
        expect(contrast(style.color, style.backgroundColor)).to.be.at.least(4.5);
      } finally {
        await emulateMedia({ colorScheme: 'light' });
      }
      await expectAccessibleEverywhere(el, 'Verifique una credencial', 'maroon', scheme);
    });
  }

  it('shows its intro sentence once: the built-in one, or the page’s in its place', async () => {
    const plain = await fixture<CredentialVerify>(html`<credential-verify></credential-verify>`);
    expect(plain.shadowRoot!.querySelectorAll('.intro')).to.have.length(1);
    expect((shadow(plain, 'slot') as HTMLSlotElement).assignedNodes({ flatten: true }).some((node) => node.textContent?.includes('Verify a credential'))).to.equal(true);
    const own = await fixture<CredentialVerify>(html`<credential-verify><p>Drop a credential file on the box.</p></credential-verify>`);
    const shown = (shadow(own, 'slot') as HTMLSlotElement).assignedNodes({ flatten: true }).map((node) => node.textContent).join(' ');
    expect(shown).to.contain('Drop a credential file');
    expect(shown).to.not.contain('Verify a credential:');
  });

  it('takes its heading levels from heading-level', async () => {
    const el = await fixture<CredentialVerify>(html`<credential-verify heading-level="4" .credential=${smallClr(await newestClr())}></credential-verify>`);
    await until(el, () => !['off', 'pending'].includes(el.verification), 'verification never finished', 30000);
    expect(shadow(el, '#outcome')!.localName).to.equal('h4');
    expect(new Set([...el.shadowRoot!.querySelectorAll('.section-title')].map((title) => title.localName))).to.deep.equal(new Set(['h5']));
  });
});

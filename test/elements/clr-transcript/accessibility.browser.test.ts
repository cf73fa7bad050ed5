// <clr-transcript> is axe-clean, contrast included, with no landmark of its own, in every state, in both colour
// schemes and in both languages; two on one page stay apart.
import { describe, it } from '../../harness.js';
import { fixture, fixtureSync, html, expect } from '@open-wc/testing';
import { ClrTranscript } from '../../../src/clr-transcript.js';
import type { VerificationReport } from '../../../src/verify/types.js';
import { answer, expectAccessibleEverywhere, landmarksIn, OUTCOMES, SCHEMES, smallClr, type Outcome, type Suite } from '../../helpers/accessibility.js';
import { mockClrs, newestClr, shadow, until, untilState, untilVerification } from '../../helpers/elements.js';

class A11yTranscript extends ClrTranscript {
  outcome: Outcome | 'pending' = 'verified';
  protected override verifyLoaded(): Promise<VerificationReport> {
    return answer(this.outcome, this.credential);
  }
}
customElements.define('a11y-transcript', A11yTranscript);

/** Opens the record's checks and a row, so their text is checked too. */
async function openEverything(el: ClrTranscript): Promise<void> {
  (shadow(el, 'button[part="status"]') as HTMLButtonElement | null)?.click();
  const row = shadow(el, '[part="row"] details') as HTMLDetailsElement;
  // An open row renders its panel of checks (after its toggle event).
  const toggled = new Promise((resolve) => row.addEventListener('toggle', resolve, { once: true }));
  row.open = true;
  await toggled;
  await el.updateComplete;
}

describe('<clr-transcript>: accessible in every state, scheme and language', function (this: Suite) {
  this.timeout(60000);
  for (const scheme of SCHEMES) {
    it(`empty (no source) (${scheme})`, async () => {
      const el = await fixture<ClrTranscript>(html`<clr-transcript></clr-transcript>`);
      await expectAccessibleEverywhere(el, '', 'empty', scheme);
    });
  }

  for (const scheme of SCHEMES) {
    it(`loading (${scheme})`, async () => {
      const el = await fixture<ClrTranscript>(html`<clr-transcript timeout="600000" src="/mock-api/clr.json" .fetch=${() => new Promise<Response>(() => undefined)}></clr-transcript>`);
      await untilState(el, 'loading');
      await expectAccessibleEverywhere(el, 'Cargando el expediente', 'loading', scheme);
    });
  }

  for (const scheme of SCHEMES) {
    it(`shown, verification pending (${scheme})`, async () => {
      const el = await fixture<A11yTranscript>(html`<a11y-transcript .outcome=${'pending'} .credential=${smallClr(await newestClr())}></a11y-transcript>`);
      await untilVerification(el, 'pending');
      await expectAccessibleEverywhere(el, 'Institución', 'pending', scheme);
    });
  }

  for (const outcome of Object.keys(OUTCOMES) as Outcome[]) {
    for (const scheme of SCHEMES) {
      it(`shown, ${outcome} (${scheme})`, async () => {
        const el = await fixture<A11yTranscript>(html`<a11y-transcript .outcome=${outcome} .credential=${smallClr(await newestClr())}></a11y-transcript>`);
        await until(el, () => !['off', 'pending'].includes(el.verification), 'verification never finished');
        expect(el.verification).to.equal(outcome === 'verified' || outcome === 'warning' ? outcome : 'failed');
        if (outcome === 'expired' || outcome === 'revoked') expect(shadow(el, '[part="lifecycle"]')).to.not.equal(null);
        await openEverything(el);
        await expectAccessibleEverywhere(el, 'Institución', outcome, scheme);
      });
    }
  }

  for (const scheme of SCHEMES) {
    it(`error (${scheme})`, async () => {
      const el = await fixture<ClrTranscript>(html`<clr-transcript .credential=${'{ not json'}></clr-transcript>`);
      await untilState(el, 'error');
      await expectAccessibleEverywhere(el, 'no es una credencial', 'error', scheme);
    });
  }

  for (const scheme of SCHEMES) {
    it(`a record with no achievements (${scheme})`, async () => {
      const clr = await newestClr();
      const subject = clr['credentialSubject'] as Record<string, unknown>;
      const el = await fixture<ClrTranscript>(
        html`<clr-transcript verify="off" .credential=${{ ...clr, credentialSubject: { ...subject, verifiableCredential: [], achievement: [], association: [] } }}></clr-transcript>`,
      );
      await untilState(el, 'ready');
      await expectAccessibleEverywhere(el, 'no incluye ningún logro', 'no achievements', scheme);
    });
  }

  it('two on one page: no landmark from either, every id kept inside its own element', async () => {
    const [older] = await mockClrs();
    // fixtureSync: fixture() would wait on an animation frame for a plain <div>, which a background page never gets.
    const page = fixtureSync<HTMLElement>(html`<div>
      <clr-transcript verify="off" .credential=${smallClr(older!)}></clr-transcript>
      <clr-transcript verify="off" .credential=${smallClr(await newestClr())}></clr-transcript>
    </div>`);
    const [first, second] = [...page.querySelectorAll('clr-transcript')];
    await untilState(first!, 'ready');
    await untilState(second!, 'ready');
    for (const el of [first!, second!]) expect(landmarksIn(el.shadowRoot!)).to.deep.equal([]);
    // Every id an element refers to is its own (ids live in each shadow root).
    for (const el of [first!, second!]) {
      for (const ref of el.shadowRoot!.querySelectorAll('[aria-labelledby]')) {
        for (const id of ref.getAttribute('aria-labelledby')!.split(/\s+/)) expect(el.shadowRoot!.getElementById(id), id).to.not.equal(null);
      }
    }
    // Contrast is each element's own test (above); here, what two together could break: landmarks, names, ids.
    await expect(page).to.be.accessible({ ignoredRules: ['color-contrast'] });
  });
});

// <credential-badge> is axe-clean, contrast included, with no landmark of its own, in every state and layout (the
// certificate's built-in layout and issuers' templates included), in both colour schemes and in both languages; on a
// page that themes it with one colour for both schemes too.
import { describe, it } from '../../helpers/harness.js';
import { fixture, fixtureSync, html, expect } from '@open-wc/testing';
import { CredentialBadge, type BadgeLayout } from '../../../src/credential-badge.js';
import type { VerificationReport } from '../../../src/verify/types.js';
import { answer, expectAccessibleEverywhere, OUTCOMES, SCHEMES, type Outcome, type Suite } from '../../helpers/accessibility.js';
import { certificateShown, IBL_CLASSIC, IBL_MODERN, iblCertificate } from '../../helpers/certificate.js';
import { shadow, signedBadge, until, untilState, untilVerification } from '../../helpers/elements.js';

class A11yBadge extends CredentialBadge {
  outcome: Outcome | 'pending' = 'verified';
  protected override verifyLoaded(): Promise<VerificationReport> {
    return answer(this.outcome, this.credential);
  }
}
customElements.define('a11y-badge', A11yBadge);

const LAYOUTS: BadgeLayout[] = ['badge', 'card'];

describe('<credential-badge>: accessible in every state, layout, scheme and language', function (this: Suite) {
  this.timeout(60000);
  for (const scheme of SCHEMES) {
    it(`empty (no source) (${scheme})`, async () => {
      const el = await fixture<CredentialBadge>(html`<credential-badge></credential-badge>`);
      await expectAccessibleEverywhere(el, '', 'empty', scheme);
    });
  }

  for (const scheme of SCHEMES) {
    it(`loading (${scheme})`, async () => {
      const el = await fixture<CredentialBadge>(html`<credential-badge timeout="600000" src="/mock-api/x.json" .fetch=${() => new Promise<Response>(() => undefined)}></credential-badge>`);
      await untilState(el, 'loading');
      await expectAccessibleEverywhere(el, 'Cargando la credencial', 'loading', scheme);
    });
  }

  for (const layout of LAYOUTS) {
    for (const scheme of SCHEMES) {
      it(`${layout}: shown, verification pending (${scheme})`, async () => {
        const el = await fixture<A11yBadge>(html`<a11y-badge layout=${layout} .outcome=${'pending'} .credential=${await signedBadge()}></a11y-badge>`);
        await untilVerification(el, 'pending');
        await expectAccessibleEverywhere(el, 'Emitida por', `${layout} pending`, scheme);
      });
    }

    for (const outcome of Object.keys(OUTCOMES) as Outcome[]) {
      for (const scheme of SCHEMES) {
        it(`${layout}: shown, ${outcome} (${scheme})`, async () => {
          const el = await fixture<A11yBadge>(html`<a11y-badge layout=${layout} .outcome=${outcome} .credential=${await signedBadge(1)}></a11y-badge>`);
          await until(el, () => !['off', 'pending'].includes(el.verification), 'verification never finished');
          if (outcome === 'expired' || outcome === 'revoked') expect(shadow(el, '[part="lifecycle"]')).to.not.equal(null);
          (shadow(el, 'button[part="status"]') as HTMLButtonElement).click();
          await expectAccessibleEverywhere(el, 'Emitida por', `${layout} ${outcome}`, scheme);
        });
      }
    }
  }

  for (const outcome of ['verified', 'revoked'] as const) {
    for (const scheme of SCHEMES) {
      it(`certificate (built-in): ${outcome} (${scheme})`, async () => {
        const el = await fixture<A11yBadge>(html`<a11y-badge layout="certificate" .outcome=${outcome} .credential=${await signedBadge(2)}></a11y-badge>`);
        await until(el, () => !['off', 'pending'].includes(el.verification), 'verification never finished');
        await certificateShown(el);
        (shadow(el, 'button[part="status"]') as HTMLButtonElement).click();
        await expectAccessibleEverywhere(el, 'Se certifica que', `certificate ${outcome}`, scheme);
      });
    }
  }

  for (const [name, id] of [['Modern', IBL_MODERN], ['Classic', IBL_CLASSIC]] as const) {
    for (const scheme of SCHEMES) {
      it(`certificate (ibl.ai's "${name}" template) (${scheme})`, async () => {
        const el = iblCertificate(id, 600, { recipientName: 'Maya Chen' });
        await certificateShown(el);
        await expectAccessibleEverywhere(el, 'Guardar como PDF', `certificate ${name}`, scheme);
      });
    }
  }

  for (const scheme of SCHEMES) {
    it(`not signed (verify="off") (${scheme})`, async () => {
      const el = await fixture<CredentialBadge>(html`<credential-badge layout="card" verify="off" .credential=${await signedBadge()}></credential-badge>`);
      await untilState(el, 'ready');
      await expectAccessibleEverywhere(el, 'Emitida por', 'off', scheme);
    });
  }

  for (const scheme of SCHEMES) {
    it(`error (${scheme})`, async () => {
      const el = await fixture<CredentialBadge>(html`<credential-badge .credential=${'{ not json'}><a href="https://example.edu/badge">My badge</a></credential-badge>`);
      await untilState(el, 'error');
      await expectAccessibleEverywhere(el, 'no es una credencial', 'error', scheme);
    });
  }

  for (const scheme of SCHEMES) {
    it(`themed by a page with one accent for both schemes (a school’s maroon) (${scheme})`, async () => {
      // fixtureSync: fixture() would wait on an animation frame for a plain <div>, which a background page never gets.
      const page = fixtureSync<HTMLElement>(html`<div style="--credential-accent: #7a1f2b">
        <a11y-badge layout="card" .credential=${await signedBadge(2)}></a11y-badge>
      </div>`);
      const el = page.querySelector<A11yBadge>('a11y-badge')!;
      await untilVerification(el, 'verified');
      (shadow(el, 'button[part="status"]') as HTMLButtonElement).click();
      await expectAccessibleEverywhere(el, 'Emitida por', 'maroon', scheme);
    });
  }

  it('takes its heading levels from heading-level, and is a landmark only when asked', async () => {
    const el = await fixture<CredentialBadge>(html`<credential-badge layout="card" verify="off" .credential=${await signedBadge(7)}></credential-badge>`);
    await untilState(el, 'ready');
    expect(shadow(el, '[part="name"]')!.localName).to.equal('h3');
    expect([...el.shadowRoot!.querySelectorAll('.section-title')].map((title) => title.localName)).to.include('h4');
    el.headingLevel = 2;
    await el.updateComplete;
    expect(shadow(el, '[part="name"]')!.localName).to.equal('h2');
    expect(new Set([...el.shadowRoot!.querySelectorAll('.section-title')].map((title) => title.localName))).to.deep.equal(new Set(['h3']));
    el.setAttribute('heading-level', '9');
    await el.updateComplete;
    expect(shadow(el, '[part="name"]')!.localName).to.equal('h3');
    // The badge layout is one line of a list: no heading.
    el.layout = 'badge';
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('h1, h2, h3, h4, h5, h6')).to.equal(null);
    expect(shadow(el, '[role="region"]')).to.equal(null);
    el.landmark = true;
    await el.updateComplete;
    expect(shadow(el, '[role="region"]')!.getAttribute('aria-labelledby')).to.equal('name');
    await expect(el).to.be.accessible();
  });
});

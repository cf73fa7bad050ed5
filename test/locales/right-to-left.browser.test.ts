// Arabic, right to left, in each element: lang="ar-EG" (a region that writes Arabic-Indic digits) gives what the
// element renders dir="rtl" and its Arabic messages; the layout mirrors (logical properties, flex and grid follow the
// direction: what comes first sits on the right; the certificate scales from its right edge and stays inside the
// element); numbers and dates are written through Intl in the element's language. Elements are compared with the same
// element in English, so a layout that does not mirror fails.
import { describe, it } from '../harness.js';
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/credential-badge.js';
import '../../src/clr-transcript.js';
import '../../src/credential-verify.js';
import '../../src/credential-gallery.js';
import type { CredentialLoadEvent } from '../../src/events.js';
import type { CredentialView } from '../../src/model/types.js';
import { formatDate } from '../../src/render/format-date.js';
import { certificateShown, escapes, inlineCertificate } from '../helpers/certificate.js';
import { shadow, shadowText, signedBadge, until, untilState, untilVerification } from '../helpers/elements.js';

const TAG = 'ar-EG';
const ARABIC_INDIC = /[\u0660-\u0669]/;

type Stateful = HTMLElement & { state: string; verification: string; updateComplete: Promise<boolean> };

/** The element's `base` part, once it speaks Arabic (the Arabic module loads on demand). */
async function arabicBase(el: Stateful, arabic: string): Promise<HTMLElement> {
  await until(el, () => shadowText(el).includes(arabic), `no Arabic ("${arabic}") in: ${shadowText(el).slice(0, 200)}`);
  return shadow(el, '[part="base"]')!;
}

/** Whether `first` sits to the right of `second` (right to left) or to its left (left to right). */
function order(first: Element, second: Element): 'rtl' | 'ltr' {
  const a = first.getBoundingClientRect();
  const b = second.getBoundingClientRect();
  expect(a.width, 'the first box has no width').to.be.greaterThan(0);
  expect(b.width, 'the second box has no width').to.be.greaterThan(0);
  return a.left > b.left ? 'rtl' : 'ltr';
}

/** A small unsigned CLR: twelve courses, three credits each, conferred on a day in 2024. */
function clr(): Record<string, unknown> {
  const achievements = [...Array(12).keys()].map((i) => ({ id: `urn:example:a${i}`, type: ['Achievement'], name: `Course ${i}`, achievementType: 'Course' }));
  return {
    '@context': ['https://www.w3.org/ns/credentials/v2', 'https://purl.imsglobal.org/spec/clr/v2p0/context-2.0.1.json', 'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json'],
    id: 'urn:example:rtl-clr',
    type: ['VerifiableCredential', 'ClrCredential'],
    name: 'Academic record',
    issuer: { id: 'did:example:school', type: ['Profile'], name: 'Example School' },
    validFrom: '2024-06-01T00:00:00Z',
    credentialSubject: {
      type: ['ClrSubject'],
      achievement: achievements,
      verifiableCredential: achievements.map((achievement, i) => ({
        '@context': ['https://www.w3.org/ns/credentials/v2', 'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json'],
        id: `urn:example:c${i}`,
        type: ['VerifiableCredential', 'OpenBadgeCredential'],
        issuer: { id: 'did:example:school', type: ['Profile'], name: 'Example School' },
        validFrom: '2024-05-10T00:00:00Z',
        credentialSubject: { type: ['AchievementSubject'], achievement, creditsEarned: 3, activityEndDate: '2024-05-10T00:00:00Z' },
      })),
    },
  };
}

describe('right to left (lang="ar")', () => {
  it('Intl writes this region’s numbers in Arabic-Indic digits (what the checks below rely on)', () => {
    expect(new Intl.NumberFormat(TAG).format(36)).to.match(ARABIC_INDIC);
  });

  it('<credential-badge> (card): rtl, Arabic, mirrored, its dates through Intl', async () => {
    const credential = await signedBadge();
    const views: CredentialView[] = [];
    const el = await fixture<Stateful>(html`<credential-badge lang=${TAG} layout="card" verify="off" @credential-load=${(e: CredentialLoadEvent) => views.push(e.detail as CredentialView)} .credential=${credential}></credential-badge>`);
    await untilState(el, 'ready');
    const base = await arabicBase(el, 'صادرة عن');
    expect(base.getAttribute('dir')).to.equal('rtl');
    expect(getComputedStyle(base).direction).to.equal('rtl');
    expect(base.hasAttribute('lang'), 'the page already says the element’s language').to.equal(false);
    // The image comes first: on the right.
    expect(order(shadow(el, '.media')!, shadow(el, '.body')!)).to.equal('rtl');
    const issued = formatDate(views[0]!.issued, TAG)!;
    expect(issued).to.match(ARABIC_INDIC);
    expect(shadowText(el)).to.contain(issued);
    await expect(el).to.be.accessible();

    // The same element, told to speak English: left to right again, the image on the left.
    el.setAttribute('lang', 'en');
    await until(el, () => shadowText(el).includes('Issued by'), 'still not English after lang="en"');
    expect(shadow(el, '[part="base"]')!.getAttribute('dir')).to.equal('ltr');
    expect(order(shadow(el, '.media')!, shadow(el, '.body')!)).to.equal('ltr');
  });

  for (const width of [375, 1280]) {
    it(`<credential-badge> (certificate, ${width} px): rtl, Arabic labels and date, fitted inside the element`, async () => {
      const el = inlineCertificate(await signedBadge(), width);
      el.setAttribute('lang', TAG);
      await untilState(el as unknown as Stateful, 'ready');
      await until(el as unknown as Stateful, () => shadowText(el).includes('الجهة المُصدِرة'), 'the certificate is not in Arabic');
      const article = await certificateShown(el);
      expect(getComputedStyle(article).direction).to.equal('rtl');
      const issued = formatDate(article.querySelector('time')!.getAttribute('datetime')!, TAG, { style: 'long' })!;
      expect(issued).to.match(ARABIC_INDIC);
      expect(article.textContent).to.contain(issued);
      expect(escapes(el)).to.deep.equal([]);
      el.parentElement!.remove();
    });
  }

  it('<clr-transcript>: rtl, Arabic, mirrored columns, counts and credits through Intl', async () => {
    const el = await fixture<Stateful>(html`<clr-transcript lang=${TAG} verify="off" .credential=${clr()}></clr-transcript>`);
    await untilState(el, 'ready');
    const base = await arabicBase(el, 'الإنجاز');
    expect(base.getAttribute('dir')).to.equal('rtl');
    expect(getComputedStyle(base).direction).to.equal('rtl');
    const [achievement, grade] = [...el.shadowRoot!.querySelectorAll('.columns > span')];
    expect(order(achievement!, grade!)).to.equal('rtl');
    const text = shadowText(el);
    // Twelve courses of three credits: the count and the total in Arabic-Indic digits, never in European ones.
    expect(text).to.contain(new Intl.NumberFormat(TAG).format(12));
    expect(text).to.contain(new Intl.NumberFormat(TAG).format(36));
    expect(text).to.not.match(/\b36\b/);
    // The rows too (rendered once and kept until what they show changes): each course's type in Arabic.
    expect(el.shadowRoot!.querySelectorAll('[part="row"] .type')[0]!.textContent).to.equal('مقرر دراسي');
    await expect(el).to.be.accessible();

    const english = await fixture<Stateful>(html`<clr-transcript lang="en" verify="off" .credential=${clr()}></clr-transcript>`);
    await untilState(english, 'ready');
    const [first, second] = [...english.shadowRoot!.querySelectorAll('.columns > span')];
    expect(order(first!, second!)).to.equal('ltr');
  });

  it('<credential-verify>: rtl, Arabic checks, the status icon on the right', async () => {
    const el = await fixture<Stateful>(html`<credential-verify lang=${TAG}></credential-verify>`);
    const base = await arabicBase(el, 'اختيار ملف');
    expect(base.getAttribute('dir')).to.equal('rtl');
    expect(getComputedStyle(base).direction).to.equal('rtl');
    (shadow(el, '#paste') as HTMLTextAreaElement).value = JSON.stringify(await signedBadge());
    (shadow(el, 'button[type="submit"]') as HTMLButtonElement).click();
    await untilVerification(el, 'verified');
    await until(el, () => shadowText(el).includes('تم التحقق'), 'no Arabic verdict');
    const check = shadow(el, '.check')!;
    expect(check.textContent).to.match(/[\u0600-\u06FF]/);
    expect(order(check.firstElementChild!, check.querySelector('.check-text')!)).to.equal('rtl');
    await expect(el).to.be.accessible();
  });

  it('<credential-gallery>: rtl, Arabic (two credentials in the dual), the first tile on the right', async () => {
    const credentials = [await signedBadge(0), await signedBadge(1)];
    const el = await fixture<Stateful>(html`<credential-gallery lang=${TAG} verify="off" style="inline-size: 40rem" .credentials=${credentials}></credential-gallery>`);
    await untilState(el, 'ready');
    const base = await arabicBase(el, 'شهادتان');
    expect(base.getAttribute('dir')).to.equal('rtl');
    expect(getComputedStyle(base).direction).to.equal('rtl');
    const tiles = [...el.shadowRoot!.querySelectorAll('li[data-index]')];
    expect(tiles.length).to.equal(2);
    expect(order(tiles[0]!, tiles[1]!)).to.equal('rtl');
    await expect(el).to.be.accessible();
  });
});

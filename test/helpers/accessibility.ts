// Accessibility in every state: reports made to order (so each state is reached without a network or a forged
// signature), and one check of an element in both colour schemes and both languages: axe-core (contrast included)
// and no landmark inside the element.
import { expect, waitUntil } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import type { Check, VerificationReport } from '../../src/verify/types.js';
import { reportWith } from './reports.js';

/** The states a ready element's verification can end in, with the checks that put it there. */
export const OUTCOMES: Record<'verified' | 'warning' | 'failed' | 'expired' | 'revoked', Check[]> = {
  verified: [
    { id: 'proof', status: 'success', message: 'The issuer’s signature is valid.' },
    { id: 'dates', status: 'success', message: 'Valid today.' },
  ],
  warning: [
    { id: 'proof', status: 'success', message: 'The issuer’s signature is valid.' },
    { id: 'issuer', status: 'warning', reason: 'issuer-untrusted', message: 'The issuer is not on your list.' },
  ],
  failed: [{ id: 'proof', status: 'failure', reason: 'signature-invalid', message: 'The signature does not match.' }],
  expired: [{ id: 'dates', status: 'failure', reason: 'expired', message: 'It expired on 1 January 2020.' }],
  revoked: [{ id: 'status', status: 'failure', reason: 'revoked', message: 'The issuer revoked it.' }],
};
export type Outcome = keyof typeof OUTCOMES;

/** A report of an outcome for a credential as served, with one child of the same outcome per nested credential. */
export function outcomeReport(outcome: Outcome, credential: Record<string, unknown>): VerificationReport {
  const nested = (credential['credentialSubject'] as { verifiableCredential?: Array<Record<string, unknown>> } | undefined)?.verifiableCredential ?? [];
  const children = nested.map((child) => reportWith(OUTCOMES[outcome], child));
  return reportWith(OUTCOMES[outcome], credential, children);
}

/** What a test element's verifyLoaded answers: a report made to order, or nothing ever (`pending`). */
export function answer(outcome: Outcome | 'pending', credential: unknown): Promise<VerificationReport> {
  if (outcome === 'pending') return new Promise(() => undefined);
  return Promise.resolve(outcomeReport(outcome, credential as Record<string, unknown>));
}

const LANDMARK_ROLES = new Set(['banner', 'complementary', 'contentinfo', 'form', 'main', 'navigation', 'region', 'search']);

/** Elements of a shadow tree (and the shadow trees inside it) that are landmarks. */
export function landmarksIn(root: ShadowRoot | Element): Element[] {
  const found: Element[] = [];
  for (const element of root.querySelectorAll('*')) {
    const role = element.getAttribute('role');
    const named = element.hasAttribute('aria-label') || element.hasAttribute('aria-labelledby');
    const tag = element.localName;
    const inSection = !!element.parentElement?.closest('article, aside, main, nav, section');
    if (
      (role && LANDMARK_ROLES.has(role) && (role !== 'region' || named)) ||
      ['main', 'nav', 'aside', 'search'].includes(tag) ||
      ((tag === 'header' || tag === 'footer') && !inSection) ||
      ((tag === 'section' || tag === 'form') && named && !role)
    ) {
      found.push(element);
    }
    if (element.shadowRoot) found.push(...landmarksIn(element.shadowRoot));
  }
  return found;
}

/** Mocha's suite, to give a suite of axe runs time on a busy machine (no test here measures time). */
export type Suite = { timeout(ms: number): void };

/**
 * A small copy of a CLR with what each state must show: a course under the degree, a competency under a course, a
 * course taken twice, and the degree (keys of the mock school's achievements, in the order the CLR lists them).
 */
export function smallClr(clr: Record<string, unknown>): Record<string, unknown> {
  const subject = clr['credentialSubject'] as { verifiableCredential: Array<Record<string, unknown>> };
  const keep = (credential: Record<string, unknown>) => /\/(math121|math121-attempt-1|engl101|comp-writing|as-cs)$/.test(String(credential['id']));
  return { ...clr, credentialSubject: { ...subject, verifiableCredential: subject.verifiableCredential.filter(keep) } };
}

type Localized = HTMLElement & { updateComplete: Promise<boolean> };

/** Waits out the colour transitions a change of scheme starts (axe reads the colours of the moment). */
export async function settled(el: Localized): Promise<void> {
  await el.updateComplete;
  const transitions = el.shadowRoot!.getAnimations().filter((animation) => animation instanceof CSSTransition);
  for (const transition of transitions) transition.finish();
}

export const SCHEMES = ['light', 'dark'] as const;
export type Scheme = (typeof SCHEMES)[number];

/**
 * axe-core finds nothing (contrast included) in a colour scheme, in both languages, and the element holds no
 * landmark. `spanish` is a text the element shows only once its Spanish messages are in.
 */
export async function expectAccessibleEverywhere(el: Localized, spanish: string, label: string, scheme: Scheme): Promise<void> {
  try {
    await emulateMedia({ colorScheme: scheme });
    {
      for (const lang of ['en', 'es']) {
        el.lang = lang;
        await el.updateComplete;
        if (lang === 'es') await waitUntil(() => (el.shadowRoot!.textContent ?? '').includes(spanish), `${label}: no Spanish`, { timeout: 10000 });
        await settled(el);
        await expect(el, `${label} (${scheme}, ${lang})`).to.be.accessible();
        expect(landmarksIn(el.shadowRoot!), `${label}: landmarks`).to.deep.equal([]);
      }
    }
  } finally {
    await emulateMedia({ colorScheme: 'light' });
    el.lang = 'en';
  }
}

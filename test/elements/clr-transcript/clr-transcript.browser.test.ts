import { describe, it } from '../../helpers/harness.js';
import { fixture, html, expect, waitUntil } from '@open-wc/testing';
import { ClrTranscript } from '../../../src/clr-transcript.js';
import type { CredentialErrorEvent, CredentialLoadEvent, CredentialVerifiedEvent } from '../../../src/events.js';
import type { TranscriptView } from '../../../src/model/types.js';
import type { VerificationReport } from '../../../src/verify/types.js';
import { reportWith } from '../../helpers/reports.js';
import {
  CLR_BASE,
  everything,
  faultFetch,
  MOCK_SECRETS,
  newestClr,
  recordingFetch,
  shadow,
  shadowText,
  signedBadge,
  untilState,
  untilVerification,
  untilVerified,
} from '../../helpers/elements.js';

/** The rows shown on screen (the filter hides the others, which stay for printing). */
const rows = (el: ClrTranscript) => [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part="row"]:not([data-hidden])')];

/** A synthetic, unsigned CLR with `count` achievements: one program, courses, and competencies under each course. */
function bigClr(count: number): Record<string, unknown> {
  const achievement = (i: number, type: string) => ({ id: `urn:example:a${i}`, type: ['Achievement'], name: `${type} ${i}`, achievementType: type, description: `Achievement ${i}` });
  const achievements = [achievement(0, 'Diploma')];
  const association: Record<string, unknown>[] = [];
  for (let i = 1; i < count; i++) {
    const type = i % 5 === 1 ? 'Course' : 'Competency';
    achievements.push(achievement(i, type));
    const parent = type === 'Course' ? 0 : i - ((i - 1) % 5);
    association.push({ type: 'Association', associationType: 'isParentOf', sourceId: `urn:example:a${parent}`, targetId: `urn:example:a${i}` });
  }
  const credentials = achievements.map((item, i) => ({
    '@context': ['https://www.w3.org/ns/credentials/v2', 'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json'],
    id: `urn:example:c${i}`,
    type: ['VerifiableCredential', 'OpenBadgeCredential'],
    issuer: { id: 'did:example:school', type: ['Profile'], name: 'Example School' },
    validFrom: '2024-05-10T00:00:00Z',
    credentialSubject: { type: ['AchievementSubject'], achievement: item, creditsEarned: item.achievementType === 'Course' ? 3 : undefined, activityEndDate: '2024-05-10T00:00:00Z' },
  }));
  return {
    '@context': ['https://www.w3.org/ns/credentials/v2', 'https://purl.imsglobal.org/spec/clr/v2p0/context-2.0.1.json', 'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json'],
    id: 'urn:example:big-clr',
    type: ['VerifiableCredential', 'ClrCredential'],
    name: 'A long record',
    issuer: { id: 'did:example:school', type: ['Profile'], name: 'Example School' },
    validFrom: '2024-06-01T00:00:00Z',
    credentialSubject: { type: ['ClrSubject'], verifiableCredential: credentials, achievement: achievements, association },
  };
}

describe('<clr-transcript>', () => {
  it('shows its fallback content until it has a source', async () => {
    const el = await fixture<ClrTranscript>(html`<clr-transcript><a href="https://example.edu/clr">Transcript</a></clr-transcript>`);
    expect(el.state).to.equal('idle');
    expect((shadow(el, 'slot') as HTMLSlotElement).assignedElements().length).to.equal(1);
    await expect(el).to.be.accessible();
  });

  it('loads the learner’s newest CLR from the API and shows it as a transcript', async () => {
    const clr = await newestClr();
    const loads: CredentialLoadEvent[] = [];
    const el = await fixture<ClrTranscript>(
      html`<clr-transcript provider="clr" api-base=${CLR_BASE} verify="off" .token=${MOCK_SECRETS.clrToken} @credential-load=${(e: CredentialLoadEvent) => loads.push(e)}></clr-transcript>`,
    );
    await untilState(el, 'ready');
    expect(el.getAttribute('state')).to.equal('ready');
    const view = loads[0]!.detail as TranscriptView;
    expect(view.id).to.equal(clr['id']);
    const text = shadowText(el);
    expect(text).to.contain(String(clr['name']));
    expect(text).to.contain('Riverside Community College');
    expect(rows(el).length).to.equal(view.entries.length);
    // Grouped: some rows sit under a parent.
    expect(rows(el).some((row) => row.dataset['depth'] !== '0')).to.equal(true);
    // Credits overall.
    const total = shadow(el, '[part="credits"] .total')!.textContent!.trim();
    expect(Number(total)).to.equal(view.credits.total);
    expect(view.credits.total).to.be.greaterThan(0);
    await expect(el).to.be.accessible();
  });

  it('verifies the record and every nested credential, with progress', async () => {
    const clr = await newestClr();
    const seen = new Set<string>();
    const el = await fixture<ClrTranscript>(html`<clr-transcript></clr-transcript>`);
    const observer = new MutationObserver(() => {
      const text = shadow(el, '[part="progress"]')?.textContent;
      const match = text && /Verified \d+ of \d+/.exec(text);
      if (match) seen.add(match[0]);
    });
    observer.observe(el.shadowRoot!, { subtree: true, childList: true, characterData: true });
    const verified: CredentialVerifiedEvent[] = [];
    el.addEventListener('credential-verified', (e) => verified.push(e));
    el.credential = clr;
    await untilVerification(el, 'verified');
    observer.disconnect();
    expect(verified.length).to.equal(1);
    expect(verified[0]!.detail.children.length).to.be.greaterThan(0);
    expect(seen.size).to.be.greaterThan(0);
    const chips = rows(el).map((row) => row.querySelector('[part="row-status"]')!.getAttribute('data-status'));
    expect(chips.filter((status) => status === 'verified').length).to.equal(verified[0]!.detail.children.length);
    // Read from what was verified (each entry from its own signature), the rows still name every achievement served.
    const entries = (clr['credentialSubject'] as { verifiableCredential: Array<{ credentialSubject: { achievement: { name: string } } }> }).verifiableCredential;
    const titles = rows(el).map((row) => row.querySelector('.title')!.textContent);
    expect([...titles].sort()).to.deep.equal(entries.map((entry) => entry.credentialSubject.achievement.name).sort());
    expect(shadow(el, '[part="status"]')!.textContent).to.contain('Verified');
    await expect(el).to.be.accessible();
  });

  it('marks a tampered nested credential, and the record, as failed', async () => {
    const clr = await newestClr();
    const subject = clr['credentialSubject'] as { verifiableCredential: Record<string, unknown>[] };
    const nested = subject.verifiableCredential[1]!['credentialSubject'] as { achievement: Record<string, unknown> };
    nested.achievement['name'] = 'Tampered course';
    const el = await fixture<ClrTranscript>(html`<clr-transcript .credential=${clr}></clr-transcript>`);
    await untilVerified(el);
    expect(el.verification).to.equal('failed');
    const failed = rows(el).filter((row) => row.querySelector('[part="row-status"]')!.getAttribute('data-status') === 'failed');
    expect(failed.length).to.be.greaterThan(0);
    expect(failed[0]!.textContent).to.contain('Tampered course');
    await expect(el).to.be.accessible();
  });

  it('gives a warning when the issuer is not trusted', async () => {
    const el = await fixture<ClrTranscript>(html`<clr-transcript .trustedIssuers=${['did:example:other']} .credential=${await newestClr()}></clr-transcript>`);
    await untilVerification(el, 'warning');
    expect(el.getAttribute('verification')).to.equal('warning');
  });

  it('searches and filters by type', async () => {
    const el = await fixture<ClrTranscript>(html`<clr-transcript verify="off" .credential=${await newestClr()}></clr-transcript>`);
    await untilState(el, 'ready');
    const all = rows(el).length;
    const search = shadow(el, 'input[type="search"]') as HTMLInputElement;
    search.value = 'calculus';
    search.dispatchEvent(new Event('input'));
    await el.updateComplete;
    expect(rows(el).length).to.be.greaterThan(0);
    expect(rows(el).length).to.be.lessThan(all);
    for (const row of rows(el)) expect(row.textContent!.toLowerCase()).to.contain('calculus');
    search.value = '';
    search.dispatchEvent(new Event('input'));
    const select = shadow(el, 'select') as HTMLSelectElement;
    select.value = 'Competency';
    select.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(rows(el).length).to.be.greaterThan(0);
    for (const row of rows(el)) expect(row.dataset['type']).to.equal('Competency');
    expect(shadowText(el)).to.match(/Showing \d+ of \d+ achievements/);
    await expect(el).to.be.accessible();
  });

  it('downloads the original JSON', async () => {
    const clr = await newestClr();
    const el = await fixture<ClrTranscript>(html`<clr-transcript verify="off" .credential=${clr}></clr-transcript>`);
    await untilState(el, 'ready');
    const clicked: HTMLAnchorElement[] = [];
    const original = HTMLAnchorElement.prototype.click;
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      clicked.push(this);
    };
    try {
      [...el.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent?.includes('Download'))!.click();
    } finally {
      HTMLAnchorElement.prototype.click = original;
    }
    expect(clicked.length).to.equal(1);
    expect(clicked[0]!.download).to.equal('clr.json');
    const body = await (await fetch(clicked[0]!.href)).json();
    expect(body).to.deep.equal(clr);
  });

  it('stays smooth with 500 achievements: rows are skipped off screen', async () => {
    // How fast is the benchmark's business; here: off-screen rows are skipped, and filtering works at this size.
    const el = await fixture<ClrTranscript>(html`<clr-transcript verify="off" .credential=${bigClr(500)}></clr-transcript>`);
    await untilState(el, 'ready');
    expect(rows(el).length).to.equal(500);
    expect(getComputedStyle(rows(el)[499]!).contentVisibility).to.equal('auto');
    const search = shadow(el, 'input[type="search"]') as HTMLInputElement;
    search.value = 'Course 1';
    search.dispatchEvent(new Event('input'));
    await el.updateComplete;
    expect(rows(el).length).to.be.lessThan(500);
  });

  it('refuses a credential that is not a CLR', async () => {
    const codes: string[] = [];
    const el = await fixture<ClrTranscript>(html`<clr-transcript @credential-error=${(e: CredentialErrorEvent) => codes.push(e.detail.code)} .credential=${await signedBadge()}></clr-transcript>`);
    await untilState(el, 'error');
    expect(codes).to.deep.equal(['UNSUPPORTED_FORMAT']);
    await expect(el).to.be.accessible();
  });

  const errors: Array<[string, string, string | undefined, string | undefined]> = [
    ['401 (no token)', 'UNAUTHORIZED', undefined, undefined],
    ['404 (unknown id)', 'NOT_FOUND', undefined, 'https://example.edu/no-such-clr'],
    ['500', 'SERVER_ERROR', '500', undefined],
    ['malformed JSON', 'BAD_RESPONSE', 'truncated', undefined],
  ];
  for (const [name, code, fault, id] of errors) {
    it(`shows ${name} as an error (${code})`, async () => {
      const codes: string[] = [];
      const el = await fixture<ClrTranscript>(html`<clr-transcript @credential-error=${(e: CredentialErrorEvent) => codes.push(e.detail.code)}><p>Fallback</p></clr-transcript>`);
      if (code !== 'UNAUTHORIZED') el.token = MOCK_SECRETS.clrToken;
      if (fault) el.fetch = faultFetch(fault);
      if (id) el.credentialId = id;
      el.apiBase = CLR_BASE;
      el.provider = 'clr';
      await untilState(el, 'error');
      expect(codes).to.deep.equal([code]);
      expect(shadow(el, '[part="error"]')).to.not.equal(null);
      await expect(el).to.be.accessible();
    });
  }

  it('times out a slow API', async () => {
    const codes: string[] = [];
    await fixture<ClrTranscript>(
      html`<clr-transcript timeout="300" provider="clr" api-base=${CLR_BASE} .token=${MOCK_SECRETS.clrToken} .fetch=${faultFetch('slow', { 'x-mock-delay': '3000' })} @credential-error=${(e: CredentialErrorEvent) => codes.push(e.detail.code)}></clr-transcript>`,
    );
    await waitUntil(() => codes.length > 0, 'no error', { timeout: 10000 });
    expect(codes).to.deep.equal(['TIMEOUT']);
  });

  it('announces loading in a live region', async () => {
    const el = await fixture<ClrTranscript>(
      html`<clr-transcript provider="clr" api-base=${CLR_BASE} .token=${MOCK_SECRETS.clrToken} .fetch=${faultFetch('slow', { 'x-mock-delay': '800' })}></clr-transcript>`,
    );
    await untilState(el, 'loading');
    expect(shadow(el, '[role="status"]')!.textContent).to.contain('Loading');
    await expect(el).to.be.accessible();
  });

  it('never exposes the token', async () => {
    const { fetch: recording, calls } = recordingFetch();
    const el = await fixture<ClrTranscript>(html`<clr-transcript provider="clr" api-base=${CLR_BASE} verify="off" .token=${MOCK_SECRETS.clrToken} .fetch=${recording}></clr-transcript>`);
    await untilState(el, 'ready');
    expect(everything(el)).to.not.contain(MOCK_SECRETS.clrToken);
    for (const call of calls) expect(call.url).to.not.contain(MOCK_SECRETS.clrToken);
    expect(el.hasAttribute('token')).to.equal(false);
  });

  it('speaks Spanish with lang="es"', async () => {
    const el = await fixture<ClrTranscript>(html`<clr-transcript lang="es" .credential=${await newestClr()}></clr-transcript>`);
    await untilVerification(el, 'verified');
    await waitUntil(() => shadowText(el).includes('Institución'), 'no Spanish', { timeout: 15000 });
    const text = shadowText(el);
    expect(text).to.contain('Descargar JSON');
    expect(text).to.contain('Verificada');
    expect(text).to.match(/\d+ logros/);
    await expect(el).to.be.accessible();
  });
});

/** A transcript whose verification reads the record as the test says the signature states it. */
class ReportedTranscript extends ClrTranscript {
  protected override verifyLoaded(): Promise<VerificationReport> {
    const served = this.credential as Record<string, unknown>;
    return Promise.resolve(reportWith([{ id: 'proof', status: 'success', message: 'Signed.' }], { ...served, name: 'The record as signed' }));
  }
}
customElements.define('reported-transcript', ReportedTranscript);

describe('<clr-transcript> and its report', () => {
  it('reads the record from what was verified once verification has a report', async () => {
    const clr = { ...bigClr(6), name: 'The record as served' };
    const el = await fixture<ReportedTranscript>(html`<reported-transcript .credential=${clr}></reported-transcript>`);
    await untilVerification(el, 'verified');
    expect(shadow(el, '#title')!.textContent).to.equal('The record as signed');
    el.verify = 'off';
    await untilVerification(el, 'off');
    expect(shadow(el, '#title')!.textContent).to.equal('The record as served');
    await expect(el).to.be.accessible();
  });
});

/** Two nested credentials under one id, the first expired: the record as a forger would build it to borrow a chip. */
function sharedIdClr(): { clr: Record<string, unknown>; children: VerificationReport[] } {
  const clr = bigClr(2);
  const entries = (clr['credentialSubject'] as { verifiableCredential: Array<Record<string, any>> }).verifiableCredential;
  entries[1]!['id'] = entries[0]!['id'];
  entries[0]!['credentialSubject'].achievement.name = 'Expired course';
  entries[1]!['credentialSubject'].achievement.name = 'Valid course';
  const expired = reportWith([{ id: 'dates', status: 'failure', reason: 'expired', message: 'The credential expired on 2025-01-01.' }], entries[0]);
  const valid = reportWith([{ id: 'proof', status: 'success', message: 'Signed.' }], entries[1]);
  return { clr, children: [expired, valid] };
}

class SharedIdTranscript extends ClrTranscript {
  protected override verifyLoaded(): Promise<VerificationReport> {
    const { children } = sharedIdClr();
    return Promise.resolve(reportWith([{ id: 'proof', status: 'success', message: 'Signed.' }], this.credential as Record<string, unknown>, children));
  }
}
customElements.define('shared-id-transcript', SharedIdTranscript);

describe('<clr-transcript> rows that share an id', () => {
  it('never shows an expired entry with the chip of another entry under its id', async () => {
    const el = await fixture<SharedIdTranscript>(html`<shared-id-transcript .credential=${sharedIdClr().clr}></shared-id-transcript>`);
    await untilVerification(el, 'failed');
    const expired = rows(el).find((row) => row.textContent!.includes('Expired course'));
    expect(expired, 'the expired entry has a row').to.not.equal(undefined);
    expect(expired!.querySelector('[part="row-status"]')!.getAttribute('data-status')).to.equal('failed');
  });
});

import { describe, it } from '../../harness.js';
import { fixture, html, oneEvent, expect } from '@open-wc/testing';
import { html as litHtml, render } from 'lit';
import { CredentialBadge } from '../../../src/credential-badge.js';
import type { CredentialErrorEvent, CredentialLoadEvent, CredentialVerifiedEvent } from '../../../src/events.js';
import type { CredentialView } from '../../../src/model/types.js';
import type { Check, VerificationReport } from '../../../src/verify/types.js';
import { reportWith } from '../../helpers/reports.js';
import { bakePng } from '../../verify/baking.js';
import { ed25519Issuer, openBadge, signEddsaRdfc2022 } from '../../verify/signing.js';
import {
  ACCREDIBLE_BASE,
  CLR_BASE,
  everything,
  faultFetch,
  IBL_BASE,
  MOCK_SECRETS,
  newestClr,
  recordingFetch,
  shadow,
  shadowText,
  signedBadge,
  tampered,
  until,
  untilState,
  untilVerification,
  untilVerified,
} from '../../helpers/elements.js';

describe('<credential-badge>', () => {
  it('renders nothing but its fallback content when it has no source', async () => {
    const el = await fixture<CredentialBadge>(html`<credential-badge><a href="https://example.edu/badge">My badge</a></credential-badge>`);
    expect(el.state).to.equal('idle');
    expect(el.verification).to.equal('off');
    expect(el.getAttribute('state')).to.equal('idle');
    const slot = shadow(el, 'slot') as HTMLSlotElement;
    expect(slot.assignedElements()[0]?.textContent).to.equal('My badge');
    await expect(el).to.be.accessible();
  });

  it('announces loading and stays accessible while it loads', async () => {
    const el = await fixture<CredentialBadge>(html`<credential-badge timeout="60000" src="/mock-api/" .fetch=${() => new Promise<Response>(() => undefined)}></credential-badge>`);
    await untilState(el, 'loading');
    expect(el.getAttribute('state')).to.equal('loading');
    expect(el.matches(':state(loading)')).to.equal(true);
    expect(shadow(el, '[role="status"]')!.textContent).to.contain('Loading the credential');
    await expect(el).to.be.accessible();
  });

  it('shows a signed badge, then verifies it and says so', async () => {
    const credential = await signedBadge();
    const loads: CredentialLoadEvent[] = [];
    const el = await fixture<CredentialBadge>(html`<credential-badge @credential-load=${(event: CredentialLoadEvent) => loads.push(event)} .credential=${credential}></credential-badge>`);
    await untilState(el, 'ready');
    expect(loads.length).to.equal(1);
    expect((loads[0]!.detail as CredentialView).title).to.equal(credential['name']);
    expect(Object.isFrozen(loads[0]!.detail)).to.equal(true);
    expect(shadowText(el)).to.contain(String(credential['name']));
    expect(shadowText(el)).to.contain('Riverside Community College');
    await untilVerification(el, 'verified');
    expect(el.getAttribute('verification')).to.equal('verified');
    const chip = shadow(el, '[part="status"]')!;
    expect(chip.textContent).to.contain('Verified');
    expect(shadowText(el)).to.match(/Last verified/);
    await expect(el).to.be.accessible();
  });

  it('opens the panel of checks from the chip, with the keyboard too', async () => {
    const el = await fixture<CredentialBadge>(html`<credential-badge .credential=${await signedBadge()}></credential-badge>`);
    await untilVerification(el, 'verified');
    const chip = shadow(el, 'button[part="status"]')!;
    const panel = shadow(el, '[part="checks"]')!;
    expect(chip.getAttribute('aria-expanded')).to.equal('false');
    expect(panel.hidden).to.equal(true);
    chip.focus();
    chip.click();
    await el.updateComplete;
    expect(chip.getAttribute('aria-expanded')).to.equal('true');
    expect(panel.hidden).to.equal(false);
    expect(panel.textContent).to.contain('Signature');
    expect(panel.querySelectorAll('li').length).to.be.greaterThan(3);
    await expect(el).to.be.accessible();
  });

  it('reports a tampered badge as failed, with the failing check', async () => {
    const el = await fixture<CredentialBadge>(html`<credential-badge .credential=${tampered(await signedBadge())}></credential-badge>`);
    const event = (await oneEvent(el, 'credential-verified')) as CredentialVerifiedEvent;
    expect(event.detail.status).to.equal('failed');
    expect(event.bubbles && event.composed).to.equal(true);
    expect(el.verification).to.equal('failed');
    await el.updateComplete;
    expect(shadow(el, '[part="status"]')!.textContent).to.contain('Not verified');
    const proof = [...el.shadowRoot!.querySelectorAll('.check[data-status="failure"]')].map((li) => li.textContent);
    expect(proof.join(' ')).to.contain('Signature');
    await expect(el).to.be.accessible();
  });

  it('gives a warning when the issuer is not on the trusted list', async () => {
    const el = await fixture<CredentialBadge>(html`<credential-badge .trustedIssuers=${['did:example:someone-else']} .credential=${await signedBadge()}></credential-badge>`);
    await untilVerification(el, 'warning');
    expect(shadow(el, '[part="status"]')!.textContent).to.contain('warnings');
    await expect(el).to.be.accessible();
  });

  it("says the issuer is not confirmed, not 'Verified', when a key nothing ties to the issuer it names signed", async () => {
    // Anyone can sign a credential that names https://riverside.example as its issuer with a did:key of their own.
    const signer = await ed25519Issuer();
    const claimed = { id: 'https://riverside.example/issuers/1', type: ['Profile'], name: 'Riverside Community College' };
    const credential = await signEddsaRdfc2022(openBadge(signer, { issuer: claimed }), signer);
    const el = await fixture<CredentialBadge>(html`<credential-badge .credential=${credential}></credential-badge>`);
    await untilVerification(el, 'warning');
    const chip = shadow(el, '[part="status"]')!.textContent!;
    expect(chip).to.contain('Signed, issuer not confirmed');
    expect(chip).not.to.contain('Verified');
  });

  it('fails a credential past its validUntil on its dates (what the card says of it: see credential-badge.lifecycle)', async () => {
    const credential = await signedBadge();
    // A second after it became valid: past, and after its start (an end before the start is another failure).
    const validUntil = new Date(Date.parse(String(credential['validFrom'])) + 1000).toISOString();
    const el = await fixture<CredentialBadge>(html`<credential-badge .credential=${tampered(credential, 'validUntil', validUntil)}></credential-badge>`);
    await untilVerified(el);
    expect(el.verification).to.equal('failed');
    expect(shadow(el, '.check[data-status="failure"]')).to.not.equal(null);
    expect([...el.shadowRoot!.querySelectorAll('.check[data-status="failure"] .check-name')].map((name) => name.textContent).join(' ')).to.contain('Dates');
    expect(lifecycle(el)?.dataset['kind']).to.equal('expired');
  });

  it("never sends the verifier's look-ups through the provider fetch", async () => {
    const seen: string[] = [];
    const providerFetch: typeof fetch = (input, init) => {
      seen.push(typeof input === 'string' ? input : input instanceof URL ? input.href : input.url);
      return fetch(input, init);
    };
    const noNetwork: typeof fetch = () => Promise.reject(new TypeError('offline'));
    const el = await fixture<CredentialBadge>(
      html`<credential-badge .fetch=${providerFetch} .verifyFetch=${noNetwork} src="/__fixtures__/credentials/dcc-vc-test-fixtures/verifiableCredentials/v2/bothSignatureTypes/didkey/noRegistry-revokedStatus-notExpired.json"></credential-badge>`,
    );
    await untilVerified(el);
    expect(seen.length).to.equal(1);
    expect(seen[0]).to.contain('/__fixtures__/credentials/');
    expect(el.verification).to.equal('warning');
  });

  it('fails a revoked credential on its status (status list served from the fixtures)', async () => {
    const lists = (await (await fetch('/__fixtures__/resolvers/status-lists.json')).json()) as Record<string, string>;
    // The verifier's look-ups go through the element's verifyFetch: serve the saved status lists instead of the internet.
    const offline: typeof fetch = (input, init) => {
      const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
      if (lists[url]) return fetch(`/__fixtures__/${lists[url]}`, init);
      return url.startsWith(location.origin) || url.startsWith('/') ? fetch(input, init) : Promise.reject(new TypeError('offline'));
    };
    const el = await fixture<CredentialBadge>(
      html`<credential-badge .verifyFetch=${offline} src="/__fixtures__/credentials/dcc-vc-test-fixtures/verifiableCredentials/v2/bothSignatureTypes/didkey/noRegistry-revokedStatus-notExpired.json"></credential-badge>`,
    );
    await untilVerified(el);
    expect(el.verification).to.equal('failed');
    const failed = [...el.shadowRoot!.querySelectorAll('.check[data-status="failure"] .check-name')].map((name) => name.textContent);
    expect(failed.join(' ')).to.contain('Revocation');
    expect(lifecycle(el)?.dataset['kind']).to.equal('revoked');
    await expect(el).to.be.accessible();
  });

  it('does not verify with verify="off"', async () => {
    const el = await fixture<CredentialBadge>(html`<credential-badge verify="off" .credential=${await signedBadge()}></credential-badge>`);
    await untilState(el, 'ready');
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(el.verification).to.equal('off');
    expect(shadow(el, '.checks')).to.equal(null);
  });

  it('shows a baked PNG badge as soon as it is decoded, then verifies the image', async () => {
    const credential = await signedBadge();
    const el = await fixture<CredentialBadge>(html`<credential-badge .credential=${await bakePng(JSON.stringify(credential))}></credential-badge>`);
    const loaded = (await oneEvent(el, 'credential-load')) as CredentialLoadEvent;
    expect(loaded.detail.title).to.equal(String(credential['name']));
    await untilVerification(el, 'verified');
    expect(shadow(el, '[part="name"]')!.textContent).to.contain(String(credential['name']));
    await expect(el).to.be.accessible();
  });

  it('reflects layout and shows the card details', async () => {
    const credential = await signedBadge();
    const el = await fixture<CredentialBadge>(html`<credential-badge layout="card" verify="off" .credential=${credential}></credential-badge>`);
    await untilState(el, 'ready');
    expect(el.layout).to.equal('card');
    expect(shadow(el, '[part="details"]')).to.not.equal(null);
    expect(shadowText(el)).to.contain('Awarded to');
    el.layout = 'badge';
    await el.updateComplete;
    expect(el.getAttribute('layout')).to.equal('badge');
    expect(shadow(el, '[part="details"]')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('builds an Add to LinkedIn link and a page link from the data', async () => {
    const el = await fixture<CredentialBadge>(html`<credential-badge verify="off" .credential=${await signedBadge()}></credential-badge>`);
    await untilState(el, 'ready');
    const linkedIn = [...el.shadowRoot!.querySelectorAll('a')].find((a) => a.textContent?.includes('LinkedIn'))!;
    const url = new URL(linkedIn.href);
    expect(url.hostname).to.equal('www.linkedin.com');
    expect(url.searchParams.get('name')).to.equal(el.linkedInUrl && new URL(el.linkedInUrl).searchParams.get('name'));
    expect(url.searchParams.get('organizationName')).to.equal('Riverside Community College');
    expect(url.searchParams.get('issueYear')).to.match(/^20\d\d$/);
  });

  it('loads an Accredible credential through the API, with the key only in a header', async () => {
    const { fetch: recording, calls } = recordingFetch();
    const el = await fixture<CredentialBadge>(html`<credential-badge provider="accredible" api-base=${ACCREDIBLE_BASE} credential-id="61450021" .token=${MOCK_SECRETS.accredibleKey} .fetch=${recording}></credential-badge>`);
    await untilState(el, 'ready');
    expect(shadowText(el)).to.contain('Certified Cloud Practitioner');
    expect(calls.length).to.be.greaterThan(0);
    for (const call of calls) expect(call.url).to.not.contain(MOCK_SECRETS.accredibleKey);
    expect(calls[0]!.headers.get('authorization')).to.contain(MOCK_SECRETS.accredibleKey);
    expect(el.hasAttribute('token')).to.equal(false);
    expect(everything(el)).to.not.contain(MOCK_SECRETS.accredibleKey);
    expect(el.verification).to.equal('off');
    await expect(el).to.be.accessible();
  });

  it('says an expired Accredible credential has expired', async () => {
    const el = await fixture<CredentialBadge>(html`<credential-badge provider="accredible" api-base=${ACCREDIBLE_BASE} credential-id="61450022" .token=${MOCK_SECRETS.accredibleKey}></credential-badge>`);
    await untilState(el, 'ready');
    expect(shadow(el, '[part="lifecycle"]')?.textContent).to.match(/expired/);
  });

  it('loads an ibl.ai credential and renders its certificate template', async () => {
    const el = await fixture<CredentialBadge>(html`<credential-badge layout="certificate" provider="ibl" api-base=${IBL_BASE} org="riverside" user-id="maya.chen" credential-id="c7Kp2QmVRx6Gq9TzLw3d1A" .token=${MOCK_SECRETS.iblKey}></credential-badge>`);
    await untilState(el, 'ready');
    const { waitUntil } = await import('@open-wc/testing');
    await waitUntil(() => el.shadowRoot!.querySelector('[data-credential-certificate]')?.shadowRoot?.childNodes.length, 'certificate never rendered', { timeout: 15000 });
    const certificate = el.shadowRoot!.querySelector('[data-credential-certificate]')!;
    expect(certificate.shadowRoot!.textContent).to.contain('Prompt Engineering Essentials');
    expect(everything(el)).to.not.contain(MOCK_SECRETS.iblKey);
  });

  it('renders the built-in certificate for a badge without a template', async () => {
    const el = await fixture<CredentialBadge>(html`<credential-badge layout="certificate" verify="off" .credential=${await signedBadge()}></credential-badge>`);
    await untilState(el, 'ready');
    const { waitUntil } = await import('@open-wc/testing');
    await waitUntil(() => el.shadowRoot!.querySelector('.certificate'), 'certificate never rendered', { timeout: 15000 });
    expect(el.shadowRoot!.querySelector('.certificate')!.textContent).to.contain('Certificate');
    await expect(el).to.be.accessible();
  });

  it('loads a CLR through the CLR API as one credential', async () => {
    const clr = await newestClr();
    const el = await fixture<CredentialBadge>(html`<credential-badge provider="clr" api-base=${CLR_BASE} credential-id=${String(clr['id'])} .token=${MOCK_SECRETS.clrToken}></credential-badge>`);
    await untilState(el, 'ready');
    expect(shadowText(el)).to.contain(String(clr['name']));
    await untilVerified(el);
    expect(el.verification).to.equal('verified');
  });

  const errors: Array<[string, string, string | undefined]> = [
    ['401 (no token)', 'UNAUTHORIZED', undefined],
    ['404', 'NOT_FOUND', '404'],
    ['500', 'SERVER_ERROR', '500'],
    ['malformed JSON', 'BAD_RESPONSE', 'truncated'],
    ['an HTML page', 'BAD_RESPONSE', 'html'],
  ];
  for (const [name, code, fault] of errors) {
    it(`shows ${name} as an error and fires credential-error ${code}`, async () => {
      const el = await fixture<CredentialBadge>(html`<credential-badge><a href="https://example.edu/b">Fallback link</a></credential-badge>`);
      const events: CredentialErrorEvent[] = [];
      el.addEventListener('credential-error', (event) => events.push(event));
      el.provider = 'accredible';
      el.apiBase = ACCREDIBLE_BASE;
      el.credentialId = '61450021';
      if (fault) {
        el.token = MOCK_SECRETS.accredibleKey;
        el.fetch = faultFetch(fault);
      }
      await untilState(el, 'error');
      expect(events.length).to.equal(1);
      expect(events[0]!.detail.code).to.equal(code);
      expect(events[0]!.bubbles && events[0]!.composed).to.equal(true);
      expect(shadow(el, '[part="error"]')!.getAttribute('role')).to.equal('alert');
      expect((shadow(el, 'slot') as HTMLSlotElement).assignedElements().length).to.equal(1);
      await expect(el).to.be.accessible();
    });
  }

  it('times out a slow API with TIMEOUT', async () => {
    const el = await fixture<CredentialBadge>(html`<credential-badge timeout="300" provider="accredible" api-base=${ACCREDIBLE_BASE} credential-id="61450021" .token=${MOCK_SECRETS.accredibleKey} .fetch=${faultFetch('slow', { 'x-mock-delay': '3000' })}></credential-badge>`);
    const event = (await oneEvent(el, 'credential-error')) as CredentialErrorEvent;
    expect(event.detail.code).to.equal('TIMEOUT');
    expect(el.state).to.equal('error');
  });

  it('shows a private credential (403) as private', async () => {
    const el = await fixture<CredentialBadge>(html`<credential-badge provider="accredible" api-base=${ACCREDIBLE_BASE} credential-id="61450023" .token=${MOCK_SECRETS.accredibleKey}></credential-badge>`);
    await untilState(el, 'error');
    expect(shadow(el, '[part="error"]')!.textContent).to.contain('private');
  });

  it('shows garbage inline input as an error, never throwing', async () => {
    const codes: string[] = [];
    const el = await fixture<CredentialBadge>(html`<credential-badge @credential-error=${(event: CredentialErrorEvent) => codes.push(event.detail.code)} .credential=${'{not json'}></credential-badge>`);
    await untilState(el, 'error');
    expect(codes).to.deep.equal(['INVALID_INPUT']);
    el.credential = 42;
    const { waitUntil } = await import('@open-wc/testing');
    await waitUntil(() => codes.length === 2, 'no second error', { timeout: 15000 });
    expect(codes[1]).to.equal('INVALID_INPUT');
    expect(el.state).to.equal('error');
    expect(shadow(el, '[part="error"]')!.textContent).to.contain('not a credential');
  });

  it('loads again when the token arrives after a 401', async () => {
    const codes: string[] = [];
    const el = await fixture<CredentialBadge>(html`<credential-badge @credential-error=${(event: CredentialErrorEvent) => codes.push(event.detail.code)} provider="accredible" api-base=${ACCREDIBLE_BASE} credential-id="61450021"></credential-badge>`);
    await untilState(el, 'error');
    expect(codes).to.deep.equal(['UNAUTHORIZED']);
    el.token = MOCK_SECRETS.accredibleKey;
    await untilState(el, 'ready');
    expect(shadowText(el)).to.contain('Certified Cloud Practitioner');
  });

  it('refuses JSON that is not a credential', async () => {
    const codes: string[] = [];
    const el = await fixture<CredentialBadge>(html`<credential-badge @credential-error=${(event: CredentialErrorEvent) => codes.push(event.detail.code)} src="/mock-api/"></credential-badge>`);
    await untilState(el, 'error');
    expect(codes).to.deep.equal(['UNSUPPORTED_FORMAT']);
  });

  it('never puts the token in an attribute, the DOM or a URL', async () => {
    const secret = 'super-secret-token-value-123';
    const { fetch: recording, calls } = recordingFetch();
    const el = await fixture<CredentialBadge>(html`<credential-badge provider="clr" api-base=${CLR_BASE} .token=${secret} .fetch=${recording}></credential-badge>`);
    await untilState(el, 'error');
    expect(el.token).to.equal(secret);
    expect(everything(el)).to.not.contain(secret);
    expect(el.outerHTML).to.not.contain(secret);
    for (const call of calls) expect(call.url).to.not.contain(secret);
    expect(calls.some((call) => call.headers.get('authorization') === `Bearer ${secret}`)).to.equal(true);
  });

  it('speaks Spanish with lang="es"', async () => {
    const el = await fixture<CredentialBadge>(html`<credential-badge lang="es" .credential=${await signedBadge()}></credential-badge>`);
    await untilVerification(el, 'verified');
    const { waitUntil } = await import('@open-wc/testing');
    await waitUntil(() => shadow(el, '[part="status"]')!.textContent!.includes('Verificada'), 'no Spanish chip', { timeout: 15000 });
    expect(shadowText(el)).to.contain('Emitida por');
    expect(shadowText(el)).to.contain('Añadir a LinkedIn');
    await expect(el).to.be.accessible();
    el.removeAttribute('lang');
    el.remove();
  });

  it('lets each element speak its own language on one page', async () => {
    const credential = await signedBadge();
    // Rendered by hand: `fixture` on a plain <div> waits for an animation frame, which a background page (tests run
    // two pages at once) may never get.
    const wrapper = document.createElement('div');
    document.body.append(wrapper);
    render(
      litHtml`<credential-badge lang="es" verify="off" .credential=${credential}></credential-badge>
        <credential-badge verify="off" .credential=${credential}></credential-badge>
        <section lang="es-MX"><credential-badge verify="off" .credential=${credential}></credential-badge></section>`,
      wrapper,
    );
    const [spanish, english, inherited] = [...wrapper.querySelectorAll('credential-badge')];
    await untilState(spanish!, 'ready');
    await untilState(english!, 'ready');
    await untilState(inherited!, 'ready');
    const { waitUntil } = await import('@open-wc/testing');
    await waitUntil(() => shadowText(spanish!).includes('Emitida por'), 'no Spanish', { timeout: 15000 });
    await waitUntil(() => shadowText(inherited!).includes('Emitida por'), 'lang not inherited from an ancestor', { timeout: 15000 });
    expect(shadowText(english!)).to.contain('Issued by');
    expect(shadowText(english!)).to.not.contain('Emitida');
    wrapper.remove();
  });

  it('stops when removed while loading, and starts again when put back', async () => {
    let calls = 0;
    let release: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const gated: typeof fetch = async (input, init) => {
      calls++;
      if (calls === 1) {
        await new Promise<void>((_, reject) => init?.signal?.addEventListener('abort', () => reject(new DOMException('Aborted', 'AbortError'))));
      }
      await gate;
      return fetch(input, init);
    };
    const codes: string[] = [];
    const el = await fixture<CredentialBadge>(html`<credential-badge @credential-error=${(e: CredentialErrorEvent) => codes.push(e.detail.code)} verify="off" provider="accredible" api-base=${ACCREDIBLE_BASE} credential-id="61450021" .token=${MOCK_SECRETS.accredibleKey} .fetch=${gated}></credential-badge>`);
    const parent = el.parentElement!;
    await untilState(el, 'loading');
    el.remove();
    await new Promise((resolve) => setTimeout(resolve, 50));
    parent.append(el);
    release();
    await untilState(el, 'ready');
    expect(calls).to.equal(2);
    expect(codes).to.deep.equal([]);
  });

  it('reflects state and verification as custom states', async () => {
    const el = await fixture<CredentialBadge>(html`<credential-badge .credential=${await signedBadge()}></credential-badge>`);
    await untilVerification(el, 'verified');
    expect(el.matches(':state(ready)')).to.equal(true);
    expect(el.matches(':state(verified)')).to.equal(true);
    expect(el.matches(':state(loading)')).to.equal(false);
  });
});

/**
 * A badge whose verification answers with the report a test gives it (built with reason codes, see
 * test/helpers/reports.ts), when the test says so: the card's reading of reports, apart from the engine.
 */
class ReportedBadge extends CredentialBadge {
  static next: { resolve: (report: VerificationReport) => void; promise: Promise<VerificationReport> } | undefined;
  protected override verifyLoaded(): Promise<VerificationReport> {
    return ReportedBadge.pending();
  }
  static pending(): Promise<VerificationReport> {
    let resolve!: (report: VerificationReport) => void;
    const promise = new Promise<VerificationReport>((done) => (resolve = done));
    ReportedBadge.next = { resolve, promise };
    return promise;
  }
}
customElements.define('reported-badge', ReportedBadge);

async function reported(credential: Record<string, unknown>, report: (credential: Record<string, unknown>) => VerificationReport, layout = 'badge') {
  const el = await fixture<ReportedBadge>(html`<reported-badge layout=${layout} .credential=${credential}></reported-badge>`);
  await untilVerification(el, 'pending');
  ReportedBadge.next!.resolve(report(credential));
  await until(el, () => el.verification !== 'pending', 'the report never arrived');
  return el;
}

const dates = (reason: Check['reason'], message: string): Check => ({ id: 'dates', status: 'failure', reason, message });

/** A copy whose name (the credential's and its achievement's, which the card prefers) is `name`. */
function named(credential: Record<string, unknown>, name: string, extra: Record<string, unknown> = {}): Record<string, unknown> {
  const copy = structuredClone(credential) as { credentialSubject: { achievement: Record<string, unknown> } } & Record<string, unknown>;
  copy.credentialSubject.achievement['name'] = name;
  return { ...copy, name, ...extra };
}
const lifecycle = (el: HTMLElement) => shadow(el, '[part="lifecycle"]');

describe('<credential-badge> and its reports', () => {
  it('says expired for the reason "expired", with the date the verified credential states', async () => {
    const credential = { ...(await signedBadge()), validUntil: '2021-02-03T00:00:00Z' };
    const el = await reported(credential, (served) => reportWith([dates('expired', 'Past its end.')], served));
    expect(el.verification).to.equal('failed');
    expect(lifecycle(el)?.dataset['kind']).to.equal('expired');
    expect(lifecycle(el)!.textContent).to.contain('expired on Feb 3, 2021');
    await expect(el).to.be.accessible();
  });

  it('does not say expired when the dates are impossible, though the sentence says "expires"', async () => {
    const credential = { ...(await signedBadge()), validFrom: '2024-01-01T00:00:00Z', validUntil: '2023-01-01T00:00:00Z' };
    const el = await reported(credential, (served) => reportWith([dates('invalid-dates', 'The credential expires before it becomes valid.')], served));
    expect(el.verification).to.equal('failed');
    expect(lifecycle(el)).to.equal(null);
  });

  it('says revoked, suspended and not yet valid for their reasons', async () => {
    const credential = await signedBadge();
    const cases: Array<[Check, string, RegExp]> = [
      [{ id: 'status', status: 'failure', reason: 'revoked', message: 'Bit set.' }, 'revoked', /revoked by its issuer/],
      [{ id: 'status', status: 'failure', reason: 'suspended', message: 'Bit set.' }, 'suspended', /suspended by its issuer/],
      [dates('not-yet-valid', 'Too early.'), 'not-yet-valid', /not valid until/],
    ];
    for (const [check, kind, words] of cases) {
      const el = await reported(credential, (served) => reportWith([check], served));
      expect(lifecycle(el)?.dataset['kind']).to.equal(kind);
      expect(lifecycle(el)!.textContent).to.match(words);
    }
  });

  it('says nothing of revocation when the status list could not be fetched', async () => {
    const warning: Check = { id: 'status', status: 'warning', reason: 'status-unreachable', message: 'The revocation list could not be fetched.' };
    const el = await reported(await signedBadge(), (served) => reportWith([warning], served));
    expect(el.verification).to.equal('warning');
    expect(lifecycle(el)).to.equal(null);
  });

  it('shows the document as served while verifying, then what was verified', async () => {
    const credential = named(await signedBadge(), 'As served');
    const el = await fixture<ReportedBadge>(html`<reported-badge layout="card" .credential=${credential}></reported-badge>`);
    const loaded = (await oneEvent(el, 'credential-load')) as CredentialLoadEvent;
    await untilVerification(el, 'pending');
    expect(shadow(el, '[part="name"]')!.textContent).to.contain('As served');
    const verified = named(credential, 'As signed', { validUntil: '2031-05-06T00:00:00Z' });
    ReportedBadge.next!.resolve(reportWith([{ id: 'proof', status: 'success', message: 'Signed.' }], verified));
    await untilVerification(el, 'verified');
    expect(shadow(el, '[part="name"]')!.textContent).to.contain('As signed');
    expect(shadow(el, '[part="details"]')!.textContent).to.contain('May 6, 2031');
    expect((loaded.detail as CredentialView).title).to.equal('As served');
    await expect(el).to.be.accessible();
  });

  it('goes back to the document as served when verification is turned off', async () => {
    const credential = named(await signedBadge(), 'As served');
    const el = await reported(credential, (served) => reportWith([{ id: 'proof', status: 'success', message: 'Signed.' }], named(served, 'As signed')));
    expect(shadow(el, '[part="name"]')!.textContent).to.contain('As signed');
    el.verify = 'off';
    await untilVerification(el, 'off');
    expect(shadow(el, '[part="name"]')!.textContent).to.contain('As served');
  });
});

import { describe, it } from '../../helpers/harness.js';
import { fixture, html, expect, waitUntil } from '@open-wc/testing';
import { CredentialVerify } from '../../../src/credential-verify.js';
import type { CredentialErrorEvent, CredentialVerifiedEvent } from '../../../src/events.js';
import { ACCREDIBLE_BASE, API, recordingFetch, shadow, shadowText, signedBadge, newestClr, tampered, untilState, untilVerification, untilVerified } from '../../helpers/elements.js';

async function paste(el: CredentialVerify, text: string) {
  (shadow(el, '#paste') as HTMLTextAreaElement).value = text;
  (shadow(el, 'button[type="submit"]') as HTMLButtonElement).click();
  await el.updateComplete;
}

describe('<credential-verify>', () => {
  it('renders a labelled form: file, paste, URL', async () => {
    const el = await fixture<CredentialVerify>(html`<credential-verify><h2>Check a credential</h2></credential-verify>`);
    expect(el.state).to.equal('idle');
    const file = shadow(el, 'input[type="file"]') as HTMLInputElement;
    expect(file.closest('label')!.textContent).to.contain('Choose a file');
    expect(shadow(el, 'label[for="paste"]')).to.not.equal(null);
    expect(shadow(el, 'label[for="url"]')).to.not.equal(null);
    file.focus();
    expect(el.shadowRoot!.activeElement).to.equal(file);
    await expect(el).to.be.accessible();
  });

  it('verifies pasted JSON and shows each check and the credential', async () => {
    const credential = await signedBadge();
    const el = await fixture<CredentialVerify>(html`<credential-verify></credential-verify>`);
    const events: CredentialVerifiedEvent[] = [];
    el.addEventListener('credential-verified', (e) => events.push(e));
    await paste(el, JSON.stringify(credential));
    await untilVerification(el, 'verified');
    expect(events[0]!.detail.status).to.equal('verified');
    expect(shadow(el, '[part="status"]')!.textContent).to.contain('Verified');
    const checks = el.shadowRoot!.querySelectorAll('[part="checks"] li');
    expect(checks.length).to.equal(events[0]!.detail.checks.length);
    expect(shadow(el, '[part="credential"]')!.textContent).to.contain(String(credential['name']));
    await expect(el).to.be.accessible();
  });

  it('fails a tampered credential and says which check failed', async () => {
    const el = await fixture<CredentialVerify>(html`<credential-verify></credential-verify>`);
    await paste(el, JSON.stringify(tampered(await signedBadge())));
    await untilVerified(el);
    expect(el.verification).to.equal('failed');
    expect(el.getAttribute('verification')).to.equal('failed');
    const failed = [...el.shadowRoot!.querySelectorAll('[part="checks"] .check[data-status="failure"]')];
    expect(failed.map((li) => li.textContent).join(' ')).to.contain('Signature');
    await expect(el).to.be.accessible();
  });

  it('shows a CLR’s nested credentials as an expandable tree', async () => {
    const el = await fixture<CredentialVerify>(html`<credential-verify .credential=${await newestClr()}></credential-verify>`);
    await untilVerification(el, 'verified');
    const tree = shadow(el, '[part="tree"]')!;
    const items = tree.querySelectorAll(':scope > li > details');
    expect(items.length).to.be.greaterThan(3);
    const first = items[0] as HTMLDetailsElement;
    expect(first.open).to.equal(false);
    (first.querySelector('summary') as HTMLElement).click();
    expect(first.open).to.equal(true);
    expect(first.querySelector('.checks')!.textContent).to.contain('Signature');
    await expect(el).to.be.accessible();
  });

  it('verifies a dropped file', async () => {
    const el = await fixture<CredentialVerify>(html`<credential-verify></credential-verify>`);
    const transfer = new DataTransfer();
    transfer.items.add(new File([JSON.stringify(await signedBadge())], 'badge.json', { type: 'application/json' }));
    shadow(el, '[part="dropzone"]')!.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
    await untilVerification(el, 'verified');
    expect(shadowText(el)).to.contain('badge.json');
  });

  it('verifies a picked file', async () => {
    const el = await fixture<CredentialVerify>(html`<credential-verify></credential-verify>`);
    const transfer = new DataTransfer();
    transfer.items.add(new File([JSON.stringify(tampered(await signedBadge()))], 'picked.json', { type: 'application/json' }));
    const input = shadow(el, 'input[type="file"]') as HTMLInputElement;
    input.files = transfer.files;
    input.dispatchEvent(new Event('change'));
    await untilVerified(el);
    expect(el.verification).to.equal('failed');
  });

  it('verifies the credential at a URL (src)', async () => {
    // The 1EdTech example names its key under its issuer's address; the issuer's profile says whether it is theirs.
    const issuer = 'https://example.edu/issuers/565049';
    const key = `${issuer}#z6MkjZRZv3aez3r18pB1RBFJR1kwUVJ5jHt92JmQwXbd5hwi`;
    const profile = { id: issuer, type: 'Profile', verificationMethod: [{ id: key, type: 'Multikey', controller: issuer, publicKeyMultibase: key.split('#')[1] }] };
    const serving = ((input: RequestInfo | URL) =>
      String(input instanceof Request ? input.url : input) === issuer
        ? Promise.resolve(new Response(JSON.stringify(profile), { headers: { 'content-type': 'application/json' } }))
        : Promise.reject(new TypeError('Failed to fetch'))) as typeof fetch;
    const el = await fixture<CredentialVerify>(html`<credential-verify .verifyFetch=${serving} src="/__fixtures__/vectors/1edtech-impl-guide/obv3p0/signed.json"></credential-verify>`);
    await untilVerified(el);
    expect(el.state).to.equal('ready');
    expect(['verified', 'warning']).to.include(el.verification);
    expect((shadow(el, '#url') as HTMLInputElement).value).to.contain('signed.json');
    // Without the profile, whose key it is can't be told right now.
    const unreachable = (() => Promise.reject(new TypeError('Failed to fetch'))) as typeof fetch;
    const offline = await fixture<CredentialVerify>(html`<credential-verify .verifyFetch=${unreachable} src="/__fixtures__/vectors/1edtech-impl-guide/obv3p0/signed.json"></credential-verify>`);
    await untilVerification(offline, 'unverifiable');
  });

  it('gives a clear error for text that is not a credential, and keeps the form', async () => {
    const el = await fixture<CredentialVerify>(html`<credential-verify></credential-verify>`);
    const codes: string[] = [];
    el.addEventListener('credential-error', (e: CredentialErrorEvent) => codes.push(e.detail.code));
    await paste(el, 'hello, this is not a credential');
    await untilState(el, 'error');
    expect(codes).to.deep.equal(['UNSUPPORTED_FORMAT']);
    expect(shadow(el, '[part="error"]')!.getAttribute('role')).to.equal('alert');
    expect(shadow(el, 'form')).to.not.equal(null);
    await expect(el).to.be.accessible();
  });

  it('gives an error for an empty submission', async () => {
    const el = await fixture<CredentialVerify>(html`<credential-verify></credential-verify>`);
    const codes: string[] = [];
    el.addEventListener('credential-error', (e: CredentialErrorEvent) => codes.push(e.detail.code));
    await paste(el, '');
    expect(codes).to.deep.equal(['INVALID_INPUT']);
  });

  const urlErrors: Array<[string, string, string]> = [
    ['404', 'NOT_FOUND', '404'],
    ['500', 'SERVER_ERROR', '500'],
    ['malformed JSON', 'INVALID_INPUT', 'truncated'],
  ];
  for (const [name, code, fault] of urlErrors) {
    it(`shows a URL that answers ${name} as ${code}`, async () => {
      const codes: string[] = [];
      const el = await fixture<CredentialVerify>(
        html`<credential-verify @credential-error=${(e: CredentialErrorEvent) => codes.push(e.detail.code)} src=${`${API}/?mock-fault=${fault}`}></credential-verify>`,
      );
      await untilState(el, 'error');
      expect(codes).to.deep.equal([code]);
      await expect(el).to.be.accessible();
    });
  }

  it('shows a 401 from an API as UNAUTHORIZED', async () => {
    const codes: string[] = [];
    await fixture<CredentialVerify>(html`<credential-verify @credential-error=${(e: CredentialErrorEvent) => codes.push(e.detail.code)} src=${`${API}/accredible/v1/credentials/61450021`}></credential-verify>`);
    await waitUntil(() => codes.length > 0, 'no error', { timeout: 15000 });
    expect(codes).to.deep.equal(['UNAUTHORIZED']);
  });

  it('times out a slow URL', async () => {
    const codes: string[] = [];
    await fixture<CredentialVerify>(
      html`<credential-verify timeout="300" @credential-error=${(e: CredentialErrorEvent) => codes.push(e.detail.code)} src=${`${API}/?mock-fault=slow&mock-delay=3000`}></credential-verify>`,
    );
    await waitUntil(() => codes.length > 0, 'no error', { timeout: 10000 });
    expect(codes).to.deep.equal(['TIMEOUT']);
  });

  it('gives a warning when the issuer is not trusted', async () => {
    const el = await fixture<CredentialVerify>(html`<credential-verify .trustedIssuers=${['did:example:not-this-one']}></credential-verify>`);
    await paste(el, JSON.stringify(await signedBadge()));
    await untilVerification(el, 'warning');
    expect(shadow(el, '[part="status"]')!.textContent).to.contain('warnings');
    const warned = [...el.shadowRoot!.querySelectorAll('[part="checks"] .check[data-status="warning"]')];
    expect(warned.map((li) => li.textContent).join(' ')).to.contain('Issuer');
    await expect(el).to.be.accessible();
  });

  it('has no provider attributes: it verifies what it is given, never a provider record', async () => {
    const { fetch: recording, calls } = recordingFetch();
    const el = await fixture<CredentialVerify>(
      html`<credential-verify provider="accredible" api-base=${ACCREDIBLE_BASE} credential-id="61450021" .fetch=${recording}></credential-verify>`,
    );
    const observed = (el.constructor as typeof CredentialVerify).observedAttributes;
    for (const name of ['provider', 'api-base', 'credential-id', 'org', 'user-id']) expect(observed).to.not.include(name);
    for (const name of ['provider', 'apiBase', 'credentialId', 'org', 'userId', 'token']) expect(name in el).to.equal(false);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(el.state).to.equal('idle');
    expect(calls).to.have.length(0);
    expect(observed).to.include('src');
  });

  it('speaks Spanish with lang="es"', async () => {
    const el = await fixture<CredentialVerify>(html`<credential-verify lang="es"></credential-verify>`);
    await waitUntil(() => shadowText(el).includes('Elegir un archivo'), 'no Spanish', { timeout: 15000 });
    await paste(el, JSON.stringify(await signedBadge()));
    await untilVerification(el, 'verified');
    expect(shadowText(el)).to.contain('Verificada');
    expect(shadowText(el)).to.contain('Firma');
    await expect(el).to.be.accessible();
  });
});

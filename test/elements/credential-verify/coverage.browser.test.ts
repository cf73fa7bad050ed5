// <credential-verify> with what wallets export (Verifiable Presentations, pasted or dropped, with the challenge and
// domain a site asked for), with a credential whose issuer could not be looked up right now ("Couldn't verify right
// now", Retry), and with formats outside the scope (named). Each state is checked with axe.
import { describe, it } from '../../helpers/harness.js';
import { fixture, html, expect } from '@open-wc/testing';
import { CredentialVerify } from '../../../src/credential-verify.js';
import { CredentialBadge } from '../../../src/credential-badge.js';
import type { CredentialErrorEvent, CredentialLoadEvent } from '../../../src/events.js';
import { shadow, shadowText, signedBadge, untilState, untilVerification } from '../../helpers/elements.js';
import { SUITES } from '../../verify/helpers/suites.js';
import { ed25519Issuer, openBadge, signEddsaRdfc2022 } from '../../verify/helpers/signing.js';

type Json = Record<string, any>;

const CHALLENGE = 'c0ffee-1234';
const DOMAIN = 'https://school.example';

async function walletExport(credentials: Json[]): Promise<Json> {
  const holder = await SUITES['eddsa-rdfc-2022']!();
  return holder.signPresentation!(
    { '@context': ['https://www.w3.org/ns/credentials/v2'], type: ['VerifiablePresentation'], holder: holder.did, verifiableCredential: credentials },
    { challenge: CHALLENGE, domain: DOMAIN },
  );
}

async function paste(el: CredentialVerify, text: string) {
  (shadow(el, '#paste') as HTMLTextAreaElement).value = text;
  (shadow(el, 'button[type="submit"]') as HTMLButtonElement).click();
  await el.updateComplete;
}

/** A did:web issuer's badge, and a fetch for its DID document that can be switched off and on. */
async function didWebBadge() {
  const did = 'did:web:campus.example';
  const issuer = await ed25519Issuer();
  issuer.keyPair.controller = did;
  issuer.keyPair.id = `${did}#key-1`;
  const document = {
    '@context': ['https://www.w3.org/ns/did/v1', 'https://w3id.org/security/multikey/v1'],
    id: did,
    verificationMethod: [{ id: `${did}#key-1`, type: 'Multikey', controller: did, publicKeyMultibase: issuer.publicKeyMultibase }],
    assertionMethod: [`${did}#key-1`],
  };
  const badge = await signEddsaRdfc2022(openBadge(issuer, { issuer: { id: did, type: ['Profile'], name: 'Campus' } }), issuer);
  const network = { up: false, asked: 0 };
  const verifyFetch = (async (input: RequestInfo | URL) => {
    network.asked++;
    if (!network.up) throw new TypeError('Failed to fetch');
    const url = String(input instanceof Request ? input.url : input);
    return url === 'https://campus.example/.well-known/did.json' ? new Response(JSON.stringify(document)) : new Response('not found', { status: 404 });
  }) as typeof fetch;
  return { badge, network, verifyFetch };
}

describe('<credential-verify> and presentations', () => {
  it('verifies a pasted wallet export: the holder’s proof with the expected challenge and domain, and each credential', async () => {
    const vp = await walletExport([await signedBadge(0), await signedBadge(1)]);
    const el = await fixture<CredentialVerify>(html`<credential-verify challenge=${CHALLENGE} domain=${DOMAIN}></credential-verify>`);
    await paste(el, JSON.stringify(vp, null, 2));
    await untilVerification(el, 'verified');
    expect(shadowText(el)).to.contain('Holder');
    expect(shadow(el, '#credential-title')!.textContent).to.equal('Verifiable presentation');
    const tree = shadow(el, '[part="tree"]')!;
    expect(tree.querySelectorAll(':scope > li').length).to.equal(2);
    await expect(el).to.be.accessible();
  });

  it('fails it when the challenge is another than the page asked for, and verifies again when the page changes it', async () => {
    const vp = await walletExport([await signedBadge(0)]);
    const el = await fixture<CredentialVerify>(html`<credential-verify challenge="a-replayed-challenge" .credential=${vp}></credential-verify>`);
    const loads: CredentialLoadEvent[] = [];
    el.addEventListener('credential-load', (event) => loads.push(event));
    await untilVerification(el, 'failed');
    expect(el.shadowRoot!.querySelector('.check[data-status="failure"]')!.textContent).to.contain('challenge');
    const loaded = loads.length;
    el.challenge = CHALLENGE;
    await untilVerification(el, 'verified');
    expect(loads.length).to.equal(loaded);
  });

  it('verifies a dropped wallet export file', async () => {
    const vp = await walletExport([await signedBadge(0)]);
    const el = await fixture<CredentialVerify>(html`<credential-verify></credential-verify>`);
    const transfer = new DataTransfer();
    transfer.items.add(new File([JSON.stringify(vp)], 'presentation.json', { type: 'application/json' }));
    shadow(el, '[part="dropzone"]')!.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
    await untilVerification(el, 'verified');
    expect(shadowText(el)).to.contain('presentation.json');
  });
});

describe('<credential-verify> when a look-up could not be made', () => {
  it('says "Couldn’t verify right now", labels the check "Couldn’t check", and Retry verifies again without loading', async () => {
    const { badge, network, verifyFetch } = await didWebBadge();
    const el = await fixture<CredentialVerify>(html`<credential-verify .verifyFetch=${verifyFetch} .credential=${badge}></credential-verify>`);
    const loads: CredentialLoadEvent[] = [];
    el.addEventListener('credential-load', (event) => loads.push(event));
    await untilVerification(el, 'unverifiable');
    expect(el.getAttribute('verification')).to.equal('unverifiable');
    expect(shadow(el, '[part="status"]')!.textContent).to.contain('Couldn’t verify right now');
    expect(shadowText(el)).to.not.contain('Not verified');
    expect(el.shadowRoot!.querySelector('.check[data-status="unverifiable"]')!.textContent).to.contain('Couldn’t check');
    await expect(el).to.be.accessible();

    network.up = true;
    const asked = network.asked;
    const loaded = loads.length;
    (shadow(el, '[part="retry"]') as HTMLButtonElement).click();
    await untilVerification(el, 'verified');
    // Asked the issuer's host again (the failure it remembers is passed over), and loaded nothing again.
    expect(network.asked).to.be.greaterThan(asked);
    expect(loads.length).to.equal(loaded);
    expect(shadow(el, '[part="retry"]')).to.equal(null);
  });

  it('says it in Spanish with lang="es"', async () => {
    const { badge, verifyFetch } = await didWebBadge();
    const el = await fixture<CredentialVerify>(html`<credential-verify lang="es" .verifyFetch=${verifyFetch} .credential=${badge}></credential-verify>`);
    await untilVerification(el, 'unverifiable');
    const text = shadowText(el);
    expect(text).to.contain('No se pudo verificar ahora');
    expect(text).to.contain('Reintentar');
    expect(text).to.contain('No se pudo comprobar');
    await expect(el).to.be.accessible();
  });
});

describe('<credential-badge> when a look-up could not be made', () => {
  it('shows "Couldn’t verify right now" on its chip, with a Retry beside it that verifies again', async () => {
    const { badge, network, verifyFetch } = await didWebBadge();
    const el = await fixture<CredentialBadge>(html`<credential-badge .verifyFetch=${verifyFetch} .credential=${badge}></credential-badge>`);
    await untilVerification(el, 'unverifiable');
    expect(shadow(el, '[part="status"]')!.textContent).to.contain('Couldn’t verify right now');
    await expect(el).to.be.accessible();
    network.up = true;
    (shadow(el, '[part="retry"]') as HTMLButtonElement).click();
    await untilVerification(el, 'verified');
  });
});

describe('<credential-verify> and formats outside the scope', () => {
  it('names an SD-JWT VC instead of calling it unreadable', async () => {
    const el = await fixture<CredentialVerify>(html`<credential-verify></credential-verify>`);
    const errors: CredentialErrorEvent[] = [];
    el.addEventListener('credential-error', (event) => errors.push(event));
    await paste(el, 'eyJhbGciOiJFUzI1NiIsInR5cCI6ImRjK3NkLWp3dCJ9.eyJ2Y3QiOiJ4In0.c2lnbmF0dXJl~WyJhIiwiYiIsImMiXQ~');
    await untilState(el, 'error');
    expect(errors[0]!.detail).to.include({ code: 'UNSUPPORTED_FORMAT', format: 'sd-jwt-vc' });
    expect(shadow(el, '[part="error"]')!.textContent).to.contain('SD-JWT VC');
    await expect(el).to.be.accessible();
  });

  it('names a Blockcerts credential in its report', async () => {
    const blockcerts = { '@context': ['https://www.w3.org/2018/credentials/v1', 'https://w3id.org/blockcerts/v3'], type: ['VerifiableCredential', 'BlockcertsCredential'], issuer: 'https://issuer.example', issuanceDate: '2022-08-18T21:17:12Z', credentialSubject: { id: 'did:example:1', name: 'A' }, proof: { type: 'MerkleProof2019', proofValue: 'z7veGu1qoKR3AS5Aa8eYuTZ9MyoUnZJdo8', proofPurpose: 'assertionMethod' } };
    const el = await fixture<CredentialVerify>(html`<credential-verify .credential=${blockcerts}></credential-verify>`);
    await untilVerification(el, 'failed');
    expect(shadowText(el)).to.contain('This is a Blockcerts credential (MerkleProof2019 on a blockchain), which this verifier does not check.');
    expect(shadowText(el)).to.not.contain('not bundle');
    await expect(el).to.be.accessible();
  });
});

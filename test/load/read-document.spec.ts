// load/read-document.ts: what a document is, the credential decoded from it and what the verifier checks, decided
// once, by decoding (the engine's decode step) and never by verifying.
import { describe, expect, it } from '../helpers/harness.js';
import { rejection } from '../helpers/rejection.js';
import { embeddedCredential, readDocument } from '../../src/load/read-document.js';
import { bakePng, bakeSvg } from '../verify/helpers/baking.js';

const CONTEXTS = ['https://www.w3.org/ns/credentials/v2', 'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json'];
const badge = { '@context': CONTEXTS, id: 'urn:example:badge', type: ['VerifiableCredential', 'OpenBadgeCredential'], name: 'A badge', credentialSubject: {} };
const clr = { '@context': CONTEXTS, id: 'urn:example:clr', type: ['VerifiableCredential', 'ClrCredential'], name: 'A record', credentialSubject: {} };
// Signatures are not looked at here: a forged proof reads just the same.
const forged = { ...badge, proof: { type: 'DataIntegrityProof', cryptosuite: 'eddsa-rdfc-2022', proofValue: 'zForged' } };

/** An unsigned compact JWS with this payload (decoding never checks the signature). */
function jwt(payload: unknown): string {
  const part = (value: unknown) => btoa(JSON.stringify(value)).replace(/=+$/, '').replace(/\+/g, '-').replace(/\//g, '_');
  return `${part({ alg: 'ES256', typ: 'JWT' })}.${part(payload)}.c2lnbmF0dXJl`;
}

describe('load/read-document: kinds, decoded credentials and what to verify', () => {
  it('takes a JSON credential as it is', async () => {
    const loaded = await readDocument({ source: 'input', input: { kind: 'json', credential: badge } });
    expect([loaded.kind, loaded.provider]).to.deep.equal(['credential', 'ob3']);
    expect(loaded.credential).to.equal(badge);
    expect(loaded.verifiable).to.equal(badge);
    expect(JSON.parse(loaded.original)).to.deep.equal(badge);
  });

  it('knows a ClrCredential from its type, whichever way it came', async () => {
    const json = await readDocument({ source: 'input', input: { kind: 'json', credential: clr } });
    const token = jwt({ vc: clr, iss: 'did:example:school' });
    const fromJwt = await readDocument({ source: 'input', input: { kind: 'vc-jwt', jwt: token } });
    const fromApi = await readDocument({ source: 'clr', document: token });
    for (const loaded of [json, fromJwt, fromApi]) expect([loaded.kind, loaded.provider]).to.deep.equal(['clr', 'clr']);
    expect(fromJwt.document).to.equal(token);
    expect(fromJwt.verifiable).to.equal(token);
    expect(fromJwt.credential?.['name']).to.equal('A record');
  });

  it('refuses a JWT that carries no credential, and a CLR API answer that is no credential', async () => {
    expect((await rejection(readDocument({ source: 'input', input: { kind: 'vc-jwt', jwt: jwt({ sub: 'nobody' }) } }))).code).to.equal('UNSUPPORTED_FORMAT');
    expect((await rejection(readDocument({ source: 'clr', document: { '@context': CONTEXTS, type: ['VerifiableCredential'] } }))).code).to.equal('BAD_RESPONSE');
  });

  it('decodes a baked PNG without verifying it: the credential to show, the image to verify', async () => {
    const png = await bakePng(JSON.stringify(forged));
    const loaded = await readDocument({ source: 'input', input: { kind: 'png', bytes: png } });
    expect(loaded.kind).to.equal('credential');
    expect(loaded.document).to.deep.equal(forged);
    expect(loaded.credential).to.deep.equal(forged);
    expect(loaded.verifiable).to.equal(png);
    expect(Object.keys(loaded).sort()).to.deep.equal(['credential', 'document', 'kind', 'original', 'provider', 'verifiable']);
  });

  it('decodes a baked SVG (a JWT in its verify attribute), and knows a CLR inside it', async () => {
    const token = jwt({ vc: clr });
    const svg = bakeSvg(token, 'attribute');
    const loaded = await readDocument({ source: 'input', input: { kind: 'svg', text: svg } });
    expect(loaded.kind).to.equal('clr');
    expect(loaded.credential?.['id']).to.equal('urn:example:clr');
    expect(loaded.verifiable).to.equal(svg);
  });

  it('says what is wrong with an image that carries no credential', async () => {
    const png = await bakePng(JSON.stringify(badge), { keyword: 'something-else' });
    expect((await rejection(readDocument({ source: 'input', input: { kind: 'png', bytes: png } }))).code).to.equal('UNSUPPORTED_FORMAT');
  });

  it("finds a provider record's embedded credential once: what to verify, and its decoded form", async () => {
    const record = { id: 7, name: 'From the API', verifiable_credential: badge };
    const loaded = await readDocument({ source: 'accredible', record });
    expect([loaded.kind, loaded.provider]).to.deep.equal(['record', 'accredible']);
    expect(loaded.verifiable).to.equal(badge);
    expect(loaded.credential).to.equal(badge);

    const token = jwt({ vc: badge });
    const withJwt = await readDocument({ source: 'ibl', record: { ob3: ` ${token} ` } });
    expect(withJwt.verifiable).to.equal(token);
    expect(withJwt.credential?.['name']).to.equal('A badge');
  });

  it('sends an undecodable embedded credential to the verifier anyway, and has nothing to verify without one', async () => {
    const broken = await readDocument({ source: 'accredible', record: { open_badge_v3: 'not.a.jwt' } });
    expect(broken.verifiable).to.equal('not.a.jwt');
    expect(broken.credential).to.equal(undefined);
    const plain = await readDocument({ source: 'accredible', record: { id: 1, name: 'Plain' } });
    expect(plain.verifiable).to.equal(undefined);
    expect(plain.credential).to.equal(undefined);
  });

  it('looks for embedded credentials under the known keys only, and never takes a list or an empty string', () => {
    expect(embeddedCredential({ verifiableCredential: badge })).to.equal(badge);
    expect(embeddedCredential({ verifiable_credential: '' })).to.equal(undefined);
    expect(embeddedCredential({ ob3: [badge] })).to.equal(undefined);
    expect(embeddedCredential({ credential: badge })).to.equal(undefined);
  });
});

describe('load/read-document: Open Badges 2.0', () => {
  const assertion = { '@context': 'https://w3id.org/openbadges/v2', type: 'Assertion', id: 'https://uni.edu/badges/assertions/1', badge: 'https://uni.edu/b', verification: { type: 'hosted' } };

  it('gives an OB 2.0 assertion its own mapper, from its JSON, its JWS or a baked image', async () => {
    const token = jwt(assertion);
    const loads = [
      await readDocument({ source: 'input', input: { kind: 'json', credential: assertion } }),
      await readDocument({ source: 'input', input: { kind: 'vc-jwt', jwt: token } }),
      await readDocument({ source: 'input', input: { kind: 'png', bytes: await bakePng(JSON.stringify(assertion), { keyword: 'openbadges' }) } }),
    ];
    for (const loaded of loads) {
      expect([loaded.kind, loaded.provider]).to.deep.equal(['credential', 'ob2']);
      expect(loaded.credential?.['id']).to.equal(assertion.id);
    }
    expect(loads[1]!.verifiable).to.equal(token);
  });

  it('reads a badge baked with its address alone as that address, for the verifier to fetch', async () => {
    const png = await bakePng(assertion.id, { keyword: 'openbadges' });
    const loaded = await readDocument({ source: 'input', input: { kind: 'png', bytes: png } });
    expect([loaded.kind, loaded.provider]).to.deep.equal(['credential', 'ob2']);
    expect(loaded.document).to.deep.equal({ id: assertion.id });
    expect(loaded.credential).to.equal(undefined);
    expect(loaded.verifiable).to.equal(png);
  });
});

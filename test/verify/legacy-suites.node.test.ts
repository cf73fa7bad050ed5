// Issue 10 §3 (Node only: transmute's signer needs Node): Ed25519Signature2018 and JsonWebSignature2020, signed by
// independent libraries (Digital Bazaar's and transmute's), verify with a legacy-suite warning; their keys come from did:key (with and without a fragment) and
// from DID documents (Ed25519VerificationKey2018 publicKeyBase58, JsonWebKey2020 publicKeyJwk). The attacker's
// versions: a JWS header that carries its own key, asks for b64: true, or names other critical extensions.
import { base64url } from 'jose';
import { Ed25519Signature2018 } from '@digitalbazaar/ed25519-signature-2018';
import { Ed25519VerificationKey2018 } from '@digitalbazaar/ed25519-verification-key-2018';
import jsigs from 'jsonld-signatures';
import { before, describe, expect, it } from '../helpers/harness.js';
import { verifyCredential, type VerificationReport } from '../../src/verify/index.js';
import { createDocumentLoader } from '../../src/verify/contexts/index.js';
import { JsonWebKey, JsonWebSignature2020 } from './helpers/transmute.js';
import { SUITES } from './helpers/suites.js';

type Json = Record<string, any>;

const documentLoader = createDocumentLoader();
const NOW = '2026-01-01T00:00:00Z';
const offline = { network: false, now: NOW };
const check = (report: VerificationReport, id: string) => report.checks.find((entry) => entry.id === id)!;
const problems = (report: VerificationReport) => report.checks.filter((entry) => entry.status !== 'success' && entry.status !== 'skipped').map((entry) => `${entry.id}/${entry.status}/${entry.reason}`);
const clone = <T>(value: T): T => JSON.parse(JSON.stringify(value));

/** A VC 1.1 credential, as these suites were mostly used. */
function credential(issuer: string, overrides: Json = {}): Json {
  return {
    '@context': ['https://www.w3.org/2018/credentials/v1', 'https://w3id.org/security/suites/jws-2020/v1'],
    id: 'urn:uuid:0c3e5b8e-8f51-4d2c-9b52-8d3c0f6e1a11',
    type: ['VerifiableCredential'],
    issuer,
    issuanceDate: '2025-06-01T00:00:00Z',
    credentialSubject: { id: 'did:example:learner-1' },
    ...overrides,
  };
}

const sign = async (document: Json, suite: any): Promise<Json> => clone(await jsigs.sign(clone(document), { suite, purpose: new jsigs.purposes.AssertionProofPurpose(), documentLoader }));

async function ed25519Key2018(id?: (did: string, fingerprint: string) => string) {
  const key = await Ed25519VerificationKey2018.generate();
  const did = `did:key:${key.fingerprint()}`;
  key.controller = did;
  key.id = id ? id(did, key.fingerprint()) : `${did}#${key.fingerprint()}`;
  return { key, did };
}

/** A did:web world: DID documents served by a stub fetch. */
function didWebFetch(documents: Record<string, Json>): typeof fetch {
  return (async (input: RequestInfo | URL) => {
    const url = String(input instanceof Request ? input.url : input);
    return url in documents ? new Response(JSON.stringify(documents[url]), { headers: { 'content-type': 'application/json' } }) : new Response('not found', { status: 404 });
  }) as typeof fetch;
}

/** transmute's suite, but the JWS is made here from its verify data: with whatever header, and b64 true or false. */
class HandMadeJws extends JsonWebSignature2020 {
  constructor(options: any, private readonly header: Json, private readonly privateKey: CryptoKey, private readonly b64 = false) {
    super(options);
  }
  override async sign({ verifyData, proof }: any) {
    const encoded = base64url.encode(JSON.stringify(this.header));
    const payload = this.b64 ? new TextEncoder().encode(base64url.encode(verifyData)) : new Uint8Array(verifyData);
    const input = new Uint8Array([...new TextEncoder().encode(`${encoded}.`), ...payload]);
    const signature = new Uint8Array(await crypto.subtle.sign({ name: 'Ed25519' }, this.privateKey, input));
    return { ...proof, jws: `${encoded}..${base64url.encode(signature)}` };
  }
}

async function jwsKey(options: { kty: 'OKP' | 'EC'; crv: 'Ed25519' | 'P-256' }) {
  const key = await JsonWebKey.generate({ ...options, detached: true });
  const exported = await key.export({ type: 'JsonWebKey2020', privateKey: true });
  return { key, exported };
}

describe('Ed25519Signature2018', () => {
  it('verifies with a legacy-suite warning, the key a did:key with or without its fragment', async () => {
    for (const form of [undefined, (did: string) => did]) {
      const { key, did } = await ed25519Key2018(form);
      const signed = await sign(credential(did, { '@context': ['https://www.w3.org/2018/credentials/v1'] }), new Ed25519Signature2018({ key }));
      expect(signed.proof.verificationMethod).to.equal(form ? did : `${did}#${key.fingerprint()}`);
      const report = await verifyCredential(signed, offline);
      expect(problems(report), JSON.stringify(report.checks)).to.deep.equal(['proof/warning/legacy-suite']);
      expect(report.verified).to.equal(true);
      expect(check(report, 'key').status).to.equal('success');
    }
  });

  it('verifies a VC 1.1 presentation signed by its holder for authentication, with the credential inside', async () => {
    const { key, did } = await ed25519Key2018();
    const vc11 = { '@context': ['https://www.w3.org/2018/credentials/v1'] };
    const signedCredential = await sign(credential(did, vc11), new Ed25519Signature2018({ key }));
    const presentation = { ...vc11, type: ['VerifiablePresentation'], holder: did, verifiableCredential: [signedCredential] };
    const purpose = new jsigs.purposes.AuthenticationProofPurpose({ challenge: 'abc', domain: 'school.example' });
    const vp = clone(await jsigs.sign(clone(presentation), { suite: new Ed25519Signature2018({ key }), purpose, documentLoader }));
    const report = await verifyCredential(vp, { ...offline, challenge: 'abc', domain: 'school.example' });
    expect(problems(report), JSON.stringify(report.checks)).to.deep.equal(['proof/warning/legacy-suite', 'nested/warning/nested-warnings']);
    expect(check(report, 'key').message).to.match(/belongs to the holder/);
    expect(report.children.map((child) => child.status)).to.deep.equal(['warning']);
    expect(check(await verifyCredential(vp, { ...offline, challenge: 'xyz' }), 'proof').reason).to.equal('challenge-mismatch');
  });

  it('takes an Ed25519VerificationKey2018 (publicKeyBase58) from a did:web DID document', async () => {
    const did = 'did:web:registrar.example';
    const key = await Ed25519VerificationKey2018.generate({ id: `${did}#key-1`, controller: did });
    const document = {
      '@context': ['https://www.w3.org/ns/did/v1', 'https://w3id.org/security/suites/ed25519-2018/v1'],
      id: did,
      verificationMethod: [{ id: `${did}#key-1`, type: 'Ed25519VerificationKey2018', controller: did, publicKeyBase58: key.publicKeyBase58 }],
      assertionMethod: [`${did}#key-1`],
    };
    const signed = await sign(credential(did, { '@context': ['https://www.w3.org/2018/credentials/v1'] }), new Ed25519Signature2018({ key }));
    const report = await verifyCredential(signed, { now: NOW, network: true, fetch: didWebFetch({ 'https://registrar.example/.well-known/did.json': document }) });
    expect(problems(report), JSON.stringify(report.checks)).to.deep.equal(['proof/warning/legacy-suite']);
    expect(check(report, 'key').details?.route).to.equal('did:web');
  });

  it('fails a changed credential', async () => {
    const { key, did } = await ed25519Key2018();
    const signed = await sign(credential(did, { '@context': ['https://www.w3.org/2018/credentials/v1'] }), new Ed25519Signature2018({ key }));
    const changed = await verifyCredential({ ...signed, credentialSubject: { id: 'did:example:someone-else' } }, offline);
    expect(check(changed, 'proof').reason).to.equal('signature-invalid');
    expect(changed.verified).to.equal(false);
  });
});

describe('JsonWebSignature2020', () => {
  for (const options of [{ kty: 'OKP', crv: 'Ed25519' }, { kty: 'EC', crv: 'P-256' }] as const) {
    it(`verifies a ${options.crv} signature with a legacy-suite warning (did:key), and fails it changed`, async () => {
      const { key } = await jwsKey(options);
      const signed = await sign(credential(key.controller), new JsonWebSignature2020({ key }));
      const report = await verifyCredential(signed, offline);
      expect(problems(report), JSON.stringify(report.checks)).to.deep.equal(['proof/warning/legacy-suite']);
      const changed = await verifyCredential({ ...signed, issuanceDate: '2025-06-02T00:00:00Z' }, offline);
      expect(check(changed, 'proof').reason).to.equal('signature-invalid');
    });
  }

  it('agrees with the signer the cross-runner tests build from jose: both verify, as the same suite', async () => {
    for (const name of ['JsonWebSignature2020 Ed25519', 'JsonWebSignature2020 P-256']) {
      const signer = await SUITES[name]!();
      const report = await verifyCredential(await signer.sign(credential(signer.did)), offline);
      expect(problems(report), name).to.deep.equal(['proof/warning/legacy-suite']);
    }
  });

  it('takes a JsonWebKey2020 (publicKeyJwk) from a did:web DID document', async () => {
    const did = 'did:web:college.example';
    const { exported } = await jwsKey({ kty: 'EC', crv: 'P-256' });
    const key = await JsonWebKey.from({ ...exported, id: `${did}#key-1`, controller: did });
    const document = {
      '@context': ['https://www.w3.org/ns/did/v1', 'https://w3id.org/security/suites/jws-2020/v1'],
      id: did,
      verificationMethod: [{ id: `${did}#key-1`, type: 'JsonWebKey2020', controller: did, publicKeyJwk: exported.publicKeyJwk }],
      assertionMethod: [`${did}#key-1`],
    };
    const signed = await sign(credential(did), new JsonWebSignature2020({ key }));
    const report = await verifyCredential(signed, { now: NOW, network: true, fetch: didWebFetch({ 'https://college.example/.well-known/did.json': document }) });
    expect(problems(report), JSON.stringify(report.checks)).to.deep.equal(['proof/warning/legacy-suite']);
  });

  describe('attacks on the JWS header', () => {
    let victim: Awaited<ReturnType<typeof jwsKey>>;
    let attacker: Awaited<ReturnType<typeof jwsKey>>;
    let attackerKey: CryptoKey;
    before(async () => {
      victim = await jwsKey({ kty: 'OKP', crv: 'Ed25519' });
      attacker = await jwsKey({ kty: 'OKP', crv: 'Ed25519' });
      attackerKey = await crypto.subtle.importKey('jwk', attacker.exported.privateKeyJwk, { name: 'Ed25519' }, false, ['sign']);
    });

    /** The victim's credential, naming the victim's key, signed by the attacker with `header`. */
    const forge = (header: Json, b64 = false) => sign(credential(victim.key.controller), new HandMadeJws({ key: victim.key }, header, attackerKey, b64));

    it('ignores a jwk in the header that tries to speak for the issuer: the proof fails', async () => {
      const report = await verifyCredential(await forge({ alg: 'EdDSA', b64: false, crit: ['b64'], jwk: attacker.exported.publicKeyJwk }), offline);
      expect(report.verified).to.equal(false);
      expect(check(report, 'proof').reason).to.equal('signature-invalid');
      expect(check(report, 'proof').message).to.match(/"jwk"/);
    });

    it('fails the attacker’s own key named for the victim issuer', async () => {
      const signed = await sign(credential(victim.key.controller), new JsonWebSignature2020({ key: attacker.key }));
      const report = await verifyCredential(signed, offline);
      expect(check(report, 'proof').reason).to.equal('legacy-suite');
      expect(check(report, 'key').reason).to.equal('key-not-issuers');
      expect(report.verified).to.equal(false);
    });

    it('refuses b64: true, other critical extensions, and an algorithm that is not the key’s', async () => {
      const cases: Array<[string, Json, boolean]> = [
        ['b64 true', { alg: 'EdDSA' }, true],
        ['extra crit', { alg: 'EdDSA', b64: false, crit: ['b64', 'exp'], exp: 1 }, false],
        ['wrong alg', { alg: 'ES256', b64: false, crit: ['b64'] }, false],
      ];
      const wrong: string[] = [];
      for (const [name, header, b64] of cases) {
        // Signed by the victim's own key: only the header is wrong, and that alone must fail.
        const victimKey = await crypto.subtle.importKey('jwk', victim.exported.privateKeyJwk, { name: 'Ed25519' }, false, ['sign']);
        const signed = await sign(credential(victim.key.controller), new HandMadeJws({ key: victim.key }, header, victimKey, b64));
        const report = await verifyCredential(signed, offline);
        if (report.verified || check(report, 'proof').status !== 'failure') wrong.push(`${name}: ${JSON.stringify(report.checks)}`);
      }
      expect(wrong).to.deep.equal([]);
      // The same hand-made JWS with the right header verifies: the refusals are the header's doing.
      const victimKey = await crypto.subtle.importKey('jwk', victim.exported.privateKeyJwk, { name: 'Ed25519' }, false, ['sign']);
      const genuine = await sign(credential(victim.key.controller), new HandMadeJws({ key: victim.key }, { alg: 'EdDSA', b64: false, crit: ['b64'] }, victimKey));
      expect(problems(await verifyCredential(genuine, offline))).to.deep.equal(['proof/warning/legacy-suite']);
    });
  });
});

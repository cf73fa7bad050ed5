// Every proof suite the engine supports, each with a signer from Digital Bazaar's libraries (the independent
// reference: the engine under test shares no code with them); JsonWebSignature2020's is built from jose (below). Signs with jsonld-signatures directly, so that a test
// can sign what @digitalbazaar/vc would refuse to issue (two values of a single-valued term, say).
import jsigs from 'jsonld-signatures';
import jsonld from 'jsonld';
import { DataIntegrityProof } from '@digitalbazaar/data-integrity';
import { cryptosuite as eddsaRdfc2022 } from '@digitalbazaar/eddsa-rdfc-2022-cryptosuite';
import { cryptosuite as ecdsaRdfc2019 } from '@digitalbazaar/ecdsa-rdfc-2019-cryptosuite';
import { createSignCryptosuite as eddsaJcs2022 } from '@digitalbazaar/eddsa-jcs-2022-cryptosuite';
import { createSignCryptosuite as ecdsaJcs2019 } from '@digitalbazaar/ecdsa-jcs-2019-cryptosuite';
import * as Ed25519Multikey from '@digitalbazaar/ed25519-multikey';
import * as EcdsaMultikey from '@digitalbazaar/ecdsa-multikey';
import { Ed25519Signature2020 } from '@digitalbazaar/ed25519-signature-2020';
import { Ed25519VerificationKey2020 } from '@digitalbazaar/ed25519-verification-key-2020';
import { Ed25519Signature2018 } from '@digitalbazaar/ed25519-signature-2018';
import { Ed25519VerificationKey2018 } from '@digitalbazaar/ed25519-verification-key-2018';
import { FlattenedSign, exportJWK, generateKeyPair } from 'jose';
import { createDocumentLoader } from '../../../src/verify/contexts/index.js';

type Json = Record<string, any>;

const documentLoader = createDocumentLoader();
const ED25519_2020_CONTEXT = 'https://w3id.org/security/suites/ed25519-2020/v1';
const ED25519_2018_CONTEXT = 'https://w3id.org/security/suites/ed25519-2018/v1';
const JWS_2020_CONTEXT = 'https://w3id.org/security/suites/jws-2020/v1';

/** The credential with a suite's context appended (a VC 2.0 credential lists only its own). */
function withSuiteContext(credential: Json, url: string): Json {
  const contexts = [credential['@context']].flat();
  // VC 1.1's context defines Ed25519Signature2018 itself (and protects it): the suite's context would redefine it.
  if (url === ED25519_2018_CONTEXT && contexts.includes('https://www.w3.org/2018/credentials/v1')) return credential;
  return contexts.includes(url) ? credential : { ...credential, '@context': [...contexts, url] };
}

export interface SuiteSigner {
  /** The suite's name as the engine reports it. */
  name: string;
  /** Whether the signature covers canonical JSON (JCS) rather than the canonical RDF. */
  jcs: boolean;
  /** A legacy suite: valid signatures are reported with a `legacy-suite` warning. */
  legacy?: boolean;
  /** The verification method the proofs name. */
  verificationMethod?: string;
  /** Signs with an explicit proof purpose (a presentation's `authentication`, with its challenge and domain). */
  signPresentation?(presentation: Json, options: { challenge?: string; domain?: string }): Promise<Json>;
  /** The issuer DID (a did:key of the signing key). */
  did: string;
  /** Signs a copy of `credential`, with extra proof options (`expires`, say) where the suite takes them. */
  sign(credential: Json, proofOptions?: Json): Promise<Json>;
}

async function multikeyIssuer(curve: 'Ed25519' | 'P-256' | 'P-384') {
  const keyPair = curve === 'Ed25519' ? await Ed25519Multikey.generate() : await EcdsaMultikey.generate({ curve });
  const did = `did:key:${keyPair.publicKeyMultibase}`;
  keyPair.controller = did;
  keyPair.id = `${did}#${keyPair.publicKeyMultibase}`;
  return { did, keyPair };
}

const clone = <T>(value: T): T => JSON.parse(JSON.stringify(value));

/** Signs a copy; the result is plain JSON (the libraries share one @context array between document and proof). */
async function signWith(credential: Json, suite: any, purpose: any = new jsigs.purposes.AssertionProofPurpose()): Promise<Json> {
  return clone(await jsigs.sign(clone(credential), { suite, purpose, documentLoader }));
}

/** The proof purpose of a presentation: authentication, with the verifier's challenge (and domain). */
const authentication = ({ challenge = 'none', domain }: { challenge?: string; domain?: string }) => new jsigs.purposes.AuthenticationProofPurpose({ challenge, ...(domain && { domain }) });

/** Ed25519Signature2018 (VC 1.1 era), signed by Digital Bazaar's suite with an Ed25519VerificationKey2018 did:key. */
async function ed25519Signature2018(): Promise<SuiteSigner> {
  const key = await Ed25519VerificationKey2018.generate();
  const did = `did:key:${key.fingerprint()}`;
  key.controller = did;
  key.id = `${did}#${key.fingerprint()}`;
  const suite = (proofOptions?: Json) => new Ed25519Signature2018({ key, ...(proofOptions && { proof: { ...proofOptions } }) });
  return {
    name: 'Ed25519Signature2018',
    jcs: false,
    legacy: true,
    did,
    verificationMethod: key.id,
    sign: (credential, proofOptions) => signWith(withSuiteContext(credential, ED25519_2018_CONTEXT), suite(proofOptions)),
    signPresentation: (presentation, options) => signWith(withSuiteContext(presentation, ED25519_2018_CONTEXT), suite(), authentication(options)),
  };
}

/**
 * JsonWebSignature2020 built here from its definition with jose and jsonld's canonical N-Quads (transmute's signer,
 * the independent reference, runs in Node only: test/verify/legacy-suites.node.test.ts signs with it): the proof
 * options (the proof without `jws`, with the document's context) and the document, each canonicalized (URDNA2015)
 * and hashed with SHA-256, and the two hashes signed as a detached JWS (b64: false).
 */
function jsonWebSignature2020(curve: 'Ed25519' | 'P-256') {
  return async (): Promise<SuiteSigner> => {
    const alg = curve === 'Ed25519' ? 'EdDSA' : 'ES256';
    const { publicKey, privateKey } = await generateKeyPair(alg, { extractable: true, ...(curve === 'Ed25519' && { crv: 'Ed25519' }) });
    const multikey = curve === 'Ed25519' ? await Ed25519Multikey.fromJwk({ jwk: await exportJWK(publicKey) }) : await EcdsaMultikey.fromJwk({ jwk: await exportJWK(publicKey) });
    const did = `did:key:${multikey.publicKeyMultibase}`;
    const verificationMethod = `${did}#${multikey.publicKeyMultibase}`;
    const canonical = (document: Json) => jsonld.canonize(document, { algorithm: 'URDNA2015', format: 'application/n-quads', documentLoader, safe: true });
    const sha256 = async (text: string) => new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text)));
    const signAs = async (document: Json, purpose: Json, proofOptions?: Json) => {
      const unsigned = withSuiteContext(clone(document), JWS_2020_CONTEXT);
      const proof = { type: 'JsonWebSignature2020', created: '2025-06-01T00:00:00Z', verificationMethod, ...purpose, ...proofOptions };
      const verifyData = new Uint8Array([...(await sha256(await canonical({ '@context': unsigned['@context'], ...proof }))), ...(await sha256(await canonical(unsigned)))]);
      const jws = await new FlattenedSign(verifyData).setProtectedHeader({ alg, b64: false, crit: ['b64'] }).sign(privateKey);
      return { ...unsigned, proof: { ...proof, jws: `${jws.protected}..${jws.signature}` } };
    };
    return {
      name: 'JsonWebSignature2020',
      jcs: false,
      legacy: true,
      did,
      verificationMethod,
      sign: (credential, proofOptions) => signAs(credential, { proofPurpose: 'assertionMethod' }, proofOptions),
      signPresentation: (presentation, { challenge, domain }) => signAs(presentation, { proofPurpose: 'authentication', ...(challenge && { challenge }), ...(domain && { domain }) }),
    };
  };
}

function dataIntegrity(name: string, curve: 'Ed25519' | 'P-256' | 'P-384', cryptosuite: () => unknown, jcs: boolean) {
  return async (): Promise<SuiteSigner> => {
    const { did, keyPair } = await multikeyIssuer(curve);
    return {
      name,
      jcs,
      did,
      sign: (credential, proofOptions) => {
        const suite = new DataIntegrityProof({ signer: keyPair.signer(), cryptosuite: cryptosuite() });
        if (proofOptions) suite.proof = { ...proofOptions };
        return signWith(credential, suite);
      },
      signPresentation: (presentation, options) => signWith(presentation, new DataIntegrityProof({ signer: keyPair.signer(), cryptosuite: cryptosuite() }), authentication(options)),
    };
  };
}

async function ed25519Signature2020(): Promise<SuiteSigner> {
  const { did, keyPair } = await multikeyIssuer('Ed25519');
  const exported = await keyPair.export({ publicKey: true, secretKey: true, includeContext: false });
  const key = await Ed25519VerificationKey2020.from({
    id: keyPair.id,
    controller: did,
    type: 'Ed25519VerificationKey2020',
    publicKeyMultibase: exported.publicKeyMultibase,
    privateKeyMultibase: exported.secretKeyMultibase,
  });
  return {
    name: 'Ed25519Signature2020',
    jcs: false,
    did,
    sign: (credential, proofOptions) => {
      const contexts = [credential['@context']].flat();
      const withContext = contexts.includes(ED25519_2020_CONTEXT) ? credential : { ...credential, '@context': [...contexts, ED25519_2020_CONTEXT] };
      return signWith(withContext, new Ed25519Signature2020({ key, ...(proofOptions && { proof: { ...proofOptions } }) }));
    },
  };
}

/** Makes a fresh signer (with a fresh key) for each supported suite. */
export const SUITES: Record<string, () => Promise<SuiteSigner>> = {
  'eddsa-rdfc-2022': dataIntegrity('eddsa-rdfc-2022', 'Ed25519', () => eddsaRdfc2022, false),
  'ecdsa-rdfc-2019 P-256': dataIntegrity('ecdsa-rdfc-2019', 'P-256', () => ecdsaRdfc2019, false),
  'ecdsa-rdfc-2019 P-384': dataIntegrity('ecdsa-rdfc-2019', 'P-384', () => ecdsaRdfc2019, false),
  Ed25519Signature2020: ed25519Signature2020,
  'eddsa-jcs-2022': dataIntegrity('eddsa-jcs-2022', 'Ed25519', () => eddsaJcs2022(), true),
  'ecdsa-jcs-2019 P-256': dataIntegrity('ecdsa-jcs-2019', 'P-256', () => ecdsaJcs2019(), true),
  Ed25519Signature2018: ed25519Signature2018,
  'JsonWebSignature2020 Ed25519': jsonWebSignature2020('Ed25519'),
  'JsonWebSignature2020 P-256': jsonWebSignature2020('P-256'),
};

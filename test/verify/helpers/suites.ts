// Every proof suite the engine supports, each with a signer from Digital Bazaar's libraries (the independent
// reference: the engine under test shares no code with them). Signs with jsonld-signatures directly, so that a test
// can sign what @digitalbazaar/vc would refuse to issue (two values of a single-valued term, say).
import jsigs from 'jsonld-signatures';
import { DataIntegrityProof } from '@digitalbazaar/data-integrity';
import { cryptosuite as eddsaRdfc2022 } from '@digitalbazaar/eddsa-rdfc-2022-cryptosuite';
import { cryptosuite as ecdsaRdfc2019 } from '@digitalbazaar/ecdsa-rdfc-2019-cryptosuite';
import { createSignCryptosuite as eddsaJcs2022 } from '@digitalbazaar/eddsa-jcs-2022-cryptosuite';
import { createSignCryptosuite as ecdsaJcs2019 } from '@digitalbazaar/ecdsa-jcs-2019-cryptosuite';
import * as Ed25519Multikey from '@digitalbazaar/ed25519-multikey';
import * as EcdsaMultikey from '@digitalbazaar/ecdsa-multikey';
import { Ed25519Signature2020 } from '@digitalbazaar/ed25519-signature-2020';
import { Ed25519VerificationKey2020 } from '@digitalbazaar/ed25519-verification-key-2020';
import { createDocumentLoader } from '../../../src/verify/contexts/index.js';

type Json = Record<string, any>;

const documentLoader = createDocumentLoader();
const ED25519_2020_CONTEXT = 'https://w3id.org/security/suites/ed25519-2020/v1';

export interface SuiteSigner {
  /** The suite's name as the engine reports it. */
  name: string;
  /** Whether the signature covers canonical JSON (JCS) rather than the canonical RDF. */
  jcs: boolean;
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
async function signWith(credential: Json, suite: any): Promise<Json> {
  return clone(await jsigs.sign(clone(credential), { suite, purpose: new jsigs.purposes.AssertionProofPurpose(), documentLoader }));
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
};

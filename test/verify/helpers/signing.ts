// Test credentials signed with keys the tests generate, using Digital Bazaar's libraries as an independent
// reference signer (the engine under test shares no code with them), and jose for VC-JWTs.
import * as vc from '@digitalbazaar/vc';
import { DataIntegrityProof } from '@digitalbazaar/data-integrity';
import { cryptosuite as eddsaRdfc2022 } from '@digitalbazaar/eddsa-rdfc-2022-cryptosuite';
import { cryptosuite as ecdsaRdfc2019 } from '@digitalbazaar/ecdsa-rdfc-2019-cryptosuite';
import * as Ed25519Multikey from '@digitalbazaar/ed25519-multikey';
import * as EcdsaMultikey from '@digitalbazaar/ecdsa-multikey';
import { Ed25519Signature2020 } from '@digitalbazaar/ed25519-signature-2020';
import { Ed25519VerificationKey2020 } from '@digitalbazaar/ed25519-verification-key-2020';
import { SignJWT, exportJWK, generateKeyPair } from 'jose';
import { createDocumentLoader } from '../../../src/verify/contexts/index.js';

type Json = Record<string, any>;

const documentLoader = createDocumentLoader();

export interface TestIssuer {
  did: string;
  verificationMethod: string;
  publicKeyMultibase: string;
  keyPair: any;
}

export async function ed25519Issuer(): Promise<TestIssuer> {
  const keyPair = await Ed25519Multikey.generate();
  const did = `did:key:${keyPair.publicKeyMultibase}`;
  keyPair.controller = did;
  keyPair.id = `${did}#${keyPair.publicKeyMultibase}`;
  return { did, verificationMethod: keyPair.id, publicKeyMultibase: keyPair.publicKeyMultibase, keyPair };
}

export async function p256Issuer(): Promise<TestIssuer> {
  const keyPair = await EcdsaMultikey.generate({ curve: 'P-256' });
  const did = `did:key:${keyPair.publicKeyMultibase}`;
  keyPair.controller = did;
  keyPair.id = `${did}#${keyPair.publicKeyMultibase}`;
  return { did, verificationMethod: keyPair.id, publicKeyMultibase: keyPair.publicKeyMultibase, keyPair };
}

const clone = <T>(value: T): T => JSON.parse(JSON.stringify(value));

export async function signEddsaRdfc2022(credential: Json, issuer: TestIssuer): Promise<Json> {
  const suite = new DataIntegrityProof({ signer: issuer.keyPair.signer(), cryptosuite: eddsaRdfc2022 });
  return vc.issue({ credential: clone(credential), suite, documentLoader });
}

export async function signEcdsaRdfc2019(credential: Json, issuer: TestIssuer): Promise<Json> {
  const suite = new DataIntegrityProof({ signer: issuer.keyPair.signer(), cryptosuite: ecdsaRdfc2019 });
  return vc.issue({ credential: clone(credential), suite, documentLoader });
}

export async function signEd25519Signature2020(credential: Json, issuer: TestIssuer): Promise<Json> {
  const exported = await issuer.keyPair.export({ publicKey: true, secretKey: true, includeContext: false });
  const key = await Ed25519VerificationKey2020.from({
    id: issuer.verificationMethod,
    controller: issuer.did,
    type: 'Ed25519VerificationKey2020',
    publicKeyMultibase: exported.publicKeyMultibase,
    privateKeyMultibase: exported.secretKeyMultibase,
  });
  const suite = new Ed25519Signature2020({ key });
  return vc.issue({ credential: clone(credential), suite, documentLoader });
}

export type JwtAlg = 'EdDSA' | 'ES256' | 'RS256';

/** A VC-JWT (VC 1.1 `vc` claim) with registered claims taken from the credential, the key in the `jwk` header. */
export async function signJwt(credential: Json, alg: JwtAlg, options: { claims?: Json; kid?: string; privateKey?: CryptoKey } = {}): Promise<string> {
  const { privateKey, publicKey } = options.privateKey
    ? { privateKey: options.privateKey, publicKey: undefined }
    : await generateKeyPair(alg, { extractable: true, ...(alg === 'EdDSA' ? { crv: 'Ed25519' } : {}) });
  const header: Json = { alg, typ: 'JWT' };
  if (options.kid) header.kid = options.kid;
  else if (publicKey) header.jwk = await exportJWK(publicKey);
  const subject = credential.credentialSubject?.id;
  const claims: Json = {
    vc: credential,
    iss: typeof credential.issuer === 'string' ? credential.issuer : credential.issuer?.id,
    jti: credential.id,
    nbf: Math.floor(Date.parse(credential.validFrom ?? credential.issuanceDate) / 1000),
    ...(subject ? { sub: subject } : {}),
    ...options.claims,
  };
  return new SignJWT(claims).setProtectedHeader(header as any).sign(privateKey);
}

/** An Ed25519 private key as a CryptoKey, for signing a JWT whose `kid` is the issuer's did:key. */
export async function ed25519PrivateCryptoKey(issuer: TestIssuer): Promise<CryptoKey> {
  const jwk = await Ed25519Multikey.toJwk({ keyPair: issuer.keyPair, secretKey: true });
  // The library's `d` is seed ‖ public key (64 bytes); a JWK's `d` is the 32-byte seed.
  const b64 = jwk.d.replace(/-/g, '+').replace(/_/g, '/');
  const seed = Uint8Array.from(atob(b64 + '='.repeat((4 - (b64.length % 4)) % 4)), (c) => c.charCodeAt(0)).slice(0, 32);
  const d = btoa(String.fromCharCode(...seed)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
  return crypto.subtle.importKey('jwk', { ...jwk, d }, { name: 'Ed25519' }, false, ['sign']);
}

export function openBadge(issuer: TestIssuer, overrides: Json = {}): Json {
  return {
    '@context': ['https://www.w3.org/ns/credentials/v2', 'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json'],
    id: `urn:uuid:${crypto.randomUUID()}`,
    type: ['VerifiableCredential', 'OpenBadgeCredential'],
    issuer: { id: issuer.did, type: ['Profile'], name: 'Riverside Community College' },
    validFrom: '2025-06-01T00:00:00Z',
    name: 'Introduction to Biology',
    credentialSubject: {
      id: 'did:example:learner-1',
      type: ['AchievementSubject'],
      achievement: {
        id: 'https://riverside.example/achievements/bio-101',
        type: ['Achievement'],
        achievementType: 'Course',
        name: 'Introduction to Biology',
        description: 'Cells, genetics and evolution.',
        criteria: { narrative: 'Pass the final examination with 70% or more.' },
      },
      result: [{ type: ['Result'], value: 'A' }],
    },
    ...overrides,
  };
}

export function clrCredential(issuer: TestIssuer, nested: Json[], overrides: Json = {}): Json {
  return {
    '@context': [
      'https://www.w3.org/ns/credentials/v2',
      'https://purl.imsglobal.org/spec/clr/v2p0/context-2.0.1.json',
      'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json',
    ],
    id: `urn:uuid:${crypto.randomUUID()}`,
    type: ['VerifiableCredential', 'ClrCredential'],
    issuer: { id: issuer.did, type: ['Profile'], name: 'Riverside Community College' },
    validFrom: '2025-06-15T00:00:00Z',
    name: 'Academic record',
    credentialSubject: {
      id: 'did:example:learner-1',
      type: ['ClrSubject'],
      verifiableCredential: nested,
      achievement: nested.map((credential) => credential.credentialSubject?.achievement).filter(Boolean),
    },
    ...overrides,
  };
}

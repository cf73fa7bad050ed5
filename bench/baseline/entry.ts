// The benchmark's baseline: the plain library stack (jsonld + @digitalbazaar/vc + the eddsa-rdfc-2022 cryptosuite
// + did:key), on the main thread, with the same contexts the project bundles. Dev-only; never shipped.
import * as vc from '@digitalbazaar/vc';
import { DataIntegrityProof } from '@digitalbazaar/data-integrity';
import { cryptosuite as eddsaRdfc2022 } from '@digitalbazaar/eddsa-rdfc-2022-cryptosuite';
import * as Ed25519Multikey from '@digitalbazaar/ed25519-multikey';
import { driver as didKeyDriver } from '@digitalbazaar/did-method-key';
import { bundledContexts } from '../../src/verify/contexts/index.js';

const didKey = didKeyDriver();
didKey.use({ multibaseMultikeyHeader: 'z6Mk', fromMultibase: Ed25519Multikey.from });

async function documentLoader(url: string) {
  if (bundledContexts.has(url)) return { contextUrl: null, documentUrl: url, document: bundledContexts.get(url) };
  if (url.startsWith('did:key:')) return { contextUrl: null, documentUrl: url, document: await didKey.get({ url }) };
  throw new Error(`not bundled: ${url}`);
}

const suite = new DataIntegrityProof({ cryptosuite: eddsaRdfc2022 });

type Json = Record<string, any>;

/** Verifies a credential and, for a CLR, each nested credential, one after another, as a page using the stack would. */
export async function verifyPlain(credential: Json, now: string): Promise<{ verified: boolean; nested: number }> {
  const options = { suite, documentLoader, checkStatus: async () => ({ verified: true }), now: new Date(now) };
  const outer = await vc.verifyCredential({ credential, ...options });
  let verified = outer.verified;
  const nested: Json[] = credential.credentialSubject?.verifiableCredential ?? [];
  for (const child of nested) verified = (await vc.verifyCredential({ credential: child, ...options })).verified && verified;
  return { verified, nested: nested.length };
}

(globalThis as any).verifyPlain = verifyPlain;

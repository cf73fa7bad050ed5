/** Signs credentials with an eddsa-rdfc-2022 Data Integrity proof. */
import type { SigningKey, Vendor, DocumentLoader } from './vendor.js';

export interface Signer {
  sign(credential: Record<string, unknown>, date: string): Promise<Record<string, unknown>>;
}

export function createSigner(vendor: Vendor, key: SigningKey, documentLoader: DocumentLoader): Signer {
  return {
    sign: (credential, date) =>
      vendor.issue({ credential, suite: vendor.newProof({ signer: key.signer(), date }), documentLoader }),
  };
}

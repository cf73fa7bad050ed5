/** did:key Ed25519 keys derived from fixed seeds, so every run signs the same documents with the same keys. */
import { loadVendor, type SigningKey } from './vendor.js';

/** 32 bytes from a label: the label's UTF-8, repeated. Fixed and readable on purpose; these are demo keys. */
export function seedFrom(label: string): Uint8Array {
  const text = new TextEncoder().encode(label);
  return Uint8Array.from({ length: 32 }, (_, index) => text[index % text.length] ?? 0);
}

export async function didKeyFromSeed(seed: Uint8Array): Promise<SigningKey> {
  const key = await (await loadVendor()).generateKey(seed);
  const did = `did:key:${key.publicKeyMultibase}`;
  key.controller = did;
  key.id = `${did}#${key.publicKeyMultibase}`;
  return key;
}

/** The did:key DID document (or one verification method, for a `#fragment` URL), as a resolver would build it. */
export function didKeyDocument(url: string): Record<string, unknown> | undefined {
  const did = url.split('#')[0] ?? '';
  const multibase = did.slice('did:key:'.length);
  if (!did.startsWith('did:key:z6Mk') || !multibase) return undefined;
  const method = { id: `${did}#${multibase}`, type: 'Multikey', controller: did, publicKeyMultibase: multibase };
  if (url.includes('#')) return { '@context': 'https://w3id.org/security/multikey/v1', ...method };
  return {
    '@context': ['https://www.w3.org/ns/did/v1', 'https://w3id.org/security/multikey/v1'],
    id: did,
    verificationMethod: [method],
    assertionMethod: [method.id],
    authentication: [method.id],
  };
}

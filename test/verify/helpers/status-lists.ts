// Bitstring status lists made and signed by the tests, served by a stub fetch: one for revocation, one for suspension.
import type { SuiteSigner } from './suites.js';

type Json = Record<string, any>;

export const REVOCATION_LIST = 'https://status.example/lists/revocation';
export const SUSPENSION_LIST = 'https://status.example/lists/suspension';
/** The index whose bit is set in both lists; every other index is clear. */
export const SET_INDEX = 5;
export const CLEAR_INDEX = 3;

async function gzip(bytes: Uint8Array): Promise<Uint8Array> {
  const stream = new Blob([bytes as BlobPart]).stream().pipeThrough(new CompressionStream('gzip'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

const base64url = (bytes: Uint8Array) => btoa(Array.from(bytes, (byte) => String.fromCharCode(byte)).join('')).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');

/** A 16 KB bitstring (the spec's minimum) with the given bits set, GZIP'd, multibase base64url. */
export async function encodedList(set: number[]): Promise<string> {
  const bits = new Uint8Array(16 * 1024);
  for (const index of set) bits[index >> 3] |= 0x80 >> (index & 7);
  return `u${base64url(await gzip(bits))}`;
}

export function statusEntry(list: string, purpose: 'revocation' | 'suspension', index: number): Json {
  return { id: `${list}#${index}`, type: 'BitstringStatusListEntry', statusPurpose: purpose, statusListIndex: String(index), statusListCredential: list };
}

async function statusListCredential(url: string, purpose: string, signer: SuiteSigner): Promise<Json> {
  return signer.sign({
    '@context': ['https://www.w3.org/ns/credentials/v2'],
    id: url,
    type: ['VerifiableCredential', 'BitstringStatusListCredential'],
    issuer: signer.did,
    validFrom: '2025-01-01T00:00:00Z',
    credentialSubject: { id: `${url}#list`, type: 'BitstringStatusList', statusPurpose: purpose, encodedList: await encodedList([SET_INDEX]) },
  });
}

export interface StatusWorld {
  fetch: typeof fetch;
  /** URLs asked for, in order. */
  requested: string[];
}

/** Both lists signed by `signer`, and a fetch that serves them (404 for anything else). */
export async function statusWorld(signer: SuiteSigner, extra: Record<string, unknown> = {}): Promise<StatusWorld> {
  const served: Record<string, unknown> = {
    [REVOCATION_LIST]: await statusListCredential(REVOCATION_LIST, 'revocation', signer),
    [SUSPENSION_LIST]: await statusListCredential(SUSPENSION_LIST, 'suspension', signer),
    ...extra,
  };
  const requested: string[] = [];
  const stub = (async (input: RequestInfo | URL) => {
    const url = String(input instanceof Request ? input.url : input);
    requested.push(url);
    return url in served ? new Response(JSON.stringify(served[url]), { headers: { 'content-type': 'application/json' } }) : new Response('not found', { status: 404 });
  }) as typeof fetch;
  return { fetch: stub, requested };
}

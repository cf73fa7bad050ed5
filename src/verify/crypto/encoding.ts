/**
 * Byte encodings used by proofs and keys: base58btc (multibase 'z'), base64url (multibase 'u'), hex. Each is a
 * library's codec (jose's base64url, which the JWT code loads anyway, and @scure/base's base58 and hex); this module
 * only adds the bound on what a key or signature can be, checked before any decoding.
 */
import { base58, hex } from '@scure/base';
import { base64url } from 'jose';
import { limitError, MAX_MULTIBASE_CHARS } from '../limits.js';

export const base58btcDecode = (text: string): Uint8Array => base58.decode(text);

/** base64url, with or without padding. */
export const base64urlDecode = (text: string): Uint8Array => base64url.decode(text);

export const base64urlEncode = (bytes: Uint8Array): string => base64url.encode(bytes);

/**
 * Decodes a multibase key or signature: 'z' (base58btc) or 'u' (base64url). Base58 decoding takes time quadratic in
 * the length, so text longer than any key or signature is refused first (a too-large CredentialError).
 */
export function multibaseDecode(text: string): Uint8Array {
  if (text.length > MAX_MULTIBASE_CHARS) {
    throw limitError('too-large', `a multibase key or signature is at most ${MAX_MULTIBASE_CHARS} characters; this one has ${text.length}`);
  }
  if (text.startsWith('z')) return base58btcDecode(text.slice(1));
  if (text.startsWith('u')) return base64urlDecode(text.slice(1));
  throw new Error(`unsupported multibase prefix '${text[0] ?? ''}'`);
}

export const toHex = (bytes: Uint8Array): string => hex.encode(bytes);

export function concatBytes(...parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.length;
  }
  return out;
}

export const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

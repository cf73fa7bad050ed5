/** Byte encodings used by proofs and keys: base58btc (multibase 'z'), base64url (multibase 'u'), hex. */

const BASE58 = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz';
const BASE58_INDEX = new Map([...BASE58].map((char, index) => [char, index]));

export function base58btcDecode(text: string): Uint8Array {
  const littleEndian: number[] = [];
  for (const char of text) {
    let carry = BASE58_INDEX.get(char);
    if (carry === undefined) throw new Error(`'${char}' is not a base58 character`);
    for (let i = 0; i < littleEndian.length; i++) {
      carry += littleEndian[i] * 58;
      littleEndian[i] = carry & 0xff;
      carry >>= 8;
    }
    for (; carry > 0; carry >>= 8) littleEndian.push(carry & 0xff);
  }
  // Each leading '1' stands for a leading zero byte.
  let zeros = 0;
  while (text[zeros] === '1') zeros++;
  const out = new Uint8Array(zeros + littleEndian.length);
  out.set(littleEndian.reverse(), zeros);
  return out;
}

export function base64urlDecode(text: string): Uint8Array {
  const base64 = text.replace(/-/g, '+').replace(/_/g, '/');
  const padded = base64 + '='.repeat((4 - (base64.length % 4)) % 4);
  const binary = atob(padded);
  const out = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) out[i] = binary.charCodeAt(i);
  return out;
}

/** Decodes a multibase string: 'z' (base58btc) or 'u' (base64url). */
export function multibaseDecode(text: string): Uint8Array {
  if (text.startsWith('z')) return base58btcDecode(text.slice(1));
  if (text.startsWith('u')) return base64urlDecode(text.slice(1));
  throw new Error(`unsupported multibase prefix '${text[0] ?? ''}'`);
}

export function toHex(bytes: Uint8Array): string {
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
}

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

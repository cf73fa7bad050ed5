/**
 * Public keys as the engine uses them, decoded from Multikey (`publicKeyMultibase`) or JWK, and signature
 * verification on WebCrypto. Ed25519 falls back to @noble/curves, loaded only where WebCrypto lacks it.
 */
import { multibaseDecode, toHex } from './encoding.js';

export type Curve = 'Ed25519' | 'P-256' | 'P-384';

export interface PublicKey {
  curve: Curve;
  /** Raw public key: 32 bytes for Ed25519, an uncompressed SEC1 point for the NIST curves. */
  raw: Uint8Array;
}

// Multicodec varint prefixes of the key types we accept.
const MULTICODEC: Array<{ prefix: [number, number]; curve: Curve; length: number }> = [
  { prefix: [0xed, 0x01], curve: 'Ed25519', length: 32 },
  { prefix: [0x80, 0x24], curve: 'P-256', length: 33 },
  { prefix: [0x81, 0x24], curve: 'P-384', length: 49 },
];

export function keyFromMultibase(multibase: string): PublicKey {
  const bytes = multibaseDecode(multibase);
  const codec = MULTICODEC.find(({ prefix }) => bytes[0] === prefix[0] && bytes[1] === prefix[1]);
  if (!codec) throw new Error('the key is not an Ed25519, P-256 or P-384 Multikey');
  const key = bytes.slice(2);
  if (key.length !== codec.length) throw new Error(`a ${codec.curve} key must be ${codec.length} bytes, not ${key.length}`);
  return { curve: codec.curve, raw: codec.curve === 'Ed25519' ? key : decompressPoint(codec.curve, key) };
}

export function keyFromJwk(jwk: Record<string, unknown>): PublicKey {
  const b64 = (value: unknown) => {
    if (typeof value !== 'string') throw new Error('the JWK is missing a coordinate');
    return Uint8Array.from(atob(value.replace(/-/g, '+').replace(/_/g, '/') + '='.repeat((4 - (value.length % 4)) % 4)), (c) => c.charCodeAt(0));
  };
  if (jwk.kty === 'OKP' && jwk.crv === 'Ed25519') return { curve: 'Ed25519', raw: b64(jwk.x) };
  if (jwk.kty === 'EC' && (jwk.crv === 'P-256' || jwk.crv === 'P-384')) {
    const x = b64(jwk.x);
    const y = b64(jwk.y);
    const raw = new Uint8Array(1 + x.length + y.length);
    raw[0] = 4;
    raw.set(x, 1);
    raw.set(y, 1 + x.length);
    return { curve: jwk.crv, raw };
  }
  throw new Error(`unsupported JWK key type ${String(jwk.kty)}/${String(jwk.crv)}`);
}

// Curve parameters for point decompression: y² = x³ - 3x + b (mod p), with p ≡ 3 (mod 4) so √a = a^((p+1)/4).
const CURVES = {
  'P-256': {
    p: 0xffffffff00000001000000000000000000000000ffffffffffffffffffffffffn,
    b: 0x5ac635d8aa3a93e7b3ebbd55769886bc651d06b0cc53b0f63bce3c3e27d2604bn,
    size: 32,
  },
  'P-384': {
    p: 0xfffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffeffffffff0000000000000000ffffffffn,
    b: 0xb3312fa7e23ee7e4988e056be3f82d19181d9c6efe8141120314088f5013875ac656398d8a2ed19d2a85c8edd3ec2aefn,
    size: 48,
  },
} as const;

function modPow(base: bigint, exponent: bigint, modulus: bigint): bigint {
  let result = 1n;
  base %= modulus;
  while (exponent > 0n) {
    if (exponent & 1n) result = (result * base) % modulus;
    base = (base * base) % modulus;
    exponent >>= 1n;
  }
  return result;
}

/** WebCrypto imports only uncompressed points everywhere, so compressed Multikeys are expanded here. */
function decompressPoint(curve: 'P-256' | 'P-384', compressed: Uint8Array): Uint8Array {
  const { p, b, size } = CURVES[curve];
  if (compressed[0] !== 2 && compressed[0] !== 3) throw new Error('not a compressed elliptic-curve point');
  const x = BigInt('0x' + toHex(compressed.slice(1)));
  const ySquared = (((x * x * x - 3n * x + b) % p) + p) % p;
  let y = modPow(ySquared, (p + 1n) / 4n, p);
  if ((y * y) % p !== ySquared) throw new Error('the point is not on the curve');
  if (Number(y & 1n) !== (compressed[0] & 1)) y = p - y;
  const out = new Uint8Array(1 + 2 * size);
  out[0] = 4;
  out.set(compressed.slice(1), 1);
  out.set(hexToBytes(y.toString(16).padStart(size * 2, '0')), 1 + size);
  return out;
}

function hexToBytes(hex: string): Uint8Array {
  return Uint8Array.from(hex.match(/../g) ?? [], (pair) => parseInt(pair, 16));
}

const subtle = globalThis.crypto.subtle;
let webCryptoEd25519: Promise<boolean> | undefined;

/** Whether this runtime's WebCrypto verifies Ed25519 (Chromium 137+, Node 20, Firefox 129+, Safari 17+). */
function hasWebCryptoEd25519(): Promise<boolean> {
  webCryptoEd25519 ??= subtle
    .importKey('raw', new Uint8Array(32), { name: 'Ed25519' }, false, ['verify'])
    .then(() => true, () => false);
  return webCryptoEd25519;
}

const importedKeys = new Map<string, Promise<CryptoKey>>();

function importKey(key: PublicKey): Promise<CryptoKey> {
  const cacheKey = key.curve + toHex(key.raw);
  let imported = importedKeys.get(cacheKey);
  if (!imported) {
    const algorithm = key.curve === 'Ed25519' ? { name: 'Ed25519' } : { name: 'ECDSA', namedCurve: key.curve };
    imported = subtle.importKey('raw', key.raw as BufferSource, algorithm, false, ['verify']);
    importedKeys.set(cacheKey, imported);
  }
  return imported;
}

/**
 * Verifies a signature over `data`. For the NIST curves `hash` names the digest ECDSA applies to `data`
 * (SHA-256 for P-256, SHA-384 for P-384); Ed25519 signs `data` itself. Returns false for a bad signature;
 * throws only when the key cannot be used at all.
 */
export async function verifySignature(key: PublicKey, signature: Uint8Array, data: Uint8Array): Promise<boolean> {
  if (key.curve === 'Ed25519') {
    if (signature.length !== 64) return false;
    if (await hasWebCryptoEd25519()) {
      return subtle.verify({ name: 'Ed25519' }, await importKey(key), signature as BufferSource, data as BufferSource);
    }
    const { ed25519 } = await import('@noble/curves/ed25519.js');
    return ed25519.verify(signature, data, key.raw);
  }
  const hash = key.curve === 'P-256' ? 'SHA-256' : 'SHA-384';
  return subtle.verify({ name: 'ECDSA', hash }, await importKey(key), signature as BufferSource, data as BufferSource);
}

export async function digest(algorithm: 'SHA-256' | 'SHA-384', data: Uint8Array): Promise<Uint8Array> {
  return new Uint8Array(await subtle.digest(algorithm, data as BufferSource));
}

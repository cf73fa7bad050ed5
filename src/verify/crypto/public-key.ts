/**
 * Public keys as the engine uses them, kept as published (a Multikey's bytes or a JWK) and imported into WebCrypto
 * when first used, and signature verification on WebCrypto. @noble/curves is loaded only where WebCrypto falls
 * short: Ed25519 on runtimes without it, and compressed P-256/P-384 points on runtimes that import only uncompressed
 * ones (Node and Chromium import both).
 */
import { LRU } from '../lru.js';
import { base64urlDecode, multibaseDecode, toHex } from './encoding.js';

export type Curve = 'Ed25519' | 'P-256' | 'P-384';

export type PublicKey =
  /** A Multikey's key bytes: 32 bytes for Ed25519, a compressed SEC1 point for the NIST curves. */
  | { curve: Curve; format: 'raw'; bytes: Uint8Array }
  /** A JWK, its public members only. */
  | { curve: Curve; format: 'jwk'; jwk: JsonWebKey };

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
  if (codec.curve !== 'Ed25519' && key[0] !== 2 && key[0] !== 3) throw new Error('the key is not a compressed elliptic-curve point');
  return { curve: codec.curve, format: 'raw', bytes: key };
}

export function keyFromJwk(jwk: Record<string, unknown>): PublicKey {
  const coordinate = (value: unknown) => {
    if (typeof value !== 'string') throw new Error('the JWK is missing a coordinate');
    return value;
  };
  if (jwk.kty === 'OKP' && jwk.crv === 'Ed25519') return { curve: 'Ed25519', format: 'jwk', jwk: { kty: 'OKP', crv: 'Ed25519', x: coordinate(jwk.x) } };
  if (jwk.kty === 'EC' && (jwk.crv === 'P-256' || jwk.crv === 'P-384')) {
    return { curve: jwk.crv, format: 'jwk', jwk: { kty: 'EC', crv: jwk.crv, x: coordinate(jwk.x), y: coordinate(jwk.y) } };
  }
  throw new Error(`unsupported JWK key type ${String(jwk.kty)}/${String(jwk.crv)}`);
}

/** The raw Ed25519 key bytes, for the @noble/curves fallback. */
function ed25519Bytes(key: PublicKey): Uint8Array {
  return key.format === 'raw' ? key.bytes : base64urlDecode(key.jwk.x ?? '');
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

/** The uncompressed form of a compressed NIST point, by @noble/curves (which also checks the point is on the curve). */
export async function uncompressedPoint(curve: 'P-256' | 'P-384', compressed: Uint8Array): Promise<Uint8Array> {
  const { p256, p384 } = await import('./nist.js');
  return (curve === 'P-256' ? p256 : p384).Point.fromBytes(compressed).toBytes(false);
}

async function importRaw(curve: Curve, bytes: Uint8Array): Promise<CryptoKey> {
  if (curve === 'Ed25519') return subtle.importKey('raw', bytes as BufferSource, { name: 'Ed25519' }, false, ['verify']);
  const algorithm = { name: 'ECDSA', namedCurve: curve };
  try {
    return await subtle.importKey('raw', bytes as BufferSource, algorithm, false, ['verify']);
  } catch {
    return subtle.importKey('raw', (await uncompressedPoint(curve, bytes)) as BufferSource, algorithm, false, ['verify']);
  }
}

const importedKeys = new LRU<string, Promise<CryptoKey>>({ max: 100 });

/** The key as a WebCrypto verification key (cached: the same issuer key signs many credentials). */
export function importPublicKey(key: PublicKey): Promise<CryptoKey> {
  const cacheKey = `${key.curve} ${key.format === 'raw' ? toHex(key.bytes) : `${key.jwk.x} ${key.jwk.y ?? ''}`}`;
  let imported = importedKeys.get(cacheKey);
  if (!imported) {
    const algorithm = key.curve === 'Ed25519' ? { name: 'Ed25519' } : { name: 'ECDSA', namedCurve: key.curve };
    imported = key.format === 'raw' ? importRaw(key.curve, key.bytes) : subtle.importKey('jwk', key.jwk, algorithm, false, ['verify']);
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
      return subtle.verify({ name: 'Ed25519' }, await importPublicKey(key), signature as BufferSource, data as BufferSource);
    }
    const { ed25519 } = await import('@noble/curves/ed25519.js');
    return ed25519.verify(signature, data, ed25519Bytes(key));
  }
  const hash = key.curve === 'P-256' ? 'SHA-256' : 'SHA-384';
  return subtle.verify({ name: 'ECDSA', hash }, await importPublicKey(key), signature as BufferSource, data as BufferSource);
}

export async function digest(algorithm: 'SHA-256' | 'SHA-384', data: Uint8Array): Promise<Uint8Array> {
  return new Uint8Array(await subtle.digest(algorithm, data as BufferSource));
}

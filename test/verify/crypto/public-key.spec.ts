// Keys and signatures decode through library codecs: base58btc and base64url multibase, compressed NIST points
// expanded by @noble/curves where WebCrypto cannot import them, JWKs imported as published.
import { describe, expect, it } from '../../helpers/harness.js';
import { base64urlEncode, multibaseDecode } from '../../../src/verify/crypto/encoding.js';
import { importPublicKey, keyFromJwk, keyFromMultibase, uncompressedPoint, verifySignature } from '../../../src/verify/crypto/public-key.js';
import { concatBytes } from '../../../src/verify/crypto/encoding.js';

const subtle = globalThis.crypto.subtle;

async function ecKeyPair(curve: 'P-256' | 'P-384') {
  const pair = await subtle.generateKey({ name: 'ECDSA', namedCurve: curve }, true, ['sign', 'verify']);
  const raw = new Uint8Array(await subtle.exportKey('raw', pair.publicKey));
  const size = (raw.length - 1) / 2;
  const compressed = concatBytes(new Uint8Array([2 + (raw[raw.length - 1] & 1)]), raw.slice(1, 1 + size));
  return { pair, raw, compressed };
}

describe('public keys', () => {
  it('decodes base58btc and base64url multibase', () => {
    // "hello" in base58btc is Cn8eVZg; in base64url aGVsbG8.
    expect(new TextDecoder().decode(multibaseDecode('zCn8eVZg'))).to.equal('hello');
    expect(new TextDecoder().decode(multibaseDecode('uaGVsbG8'))).to.equal('hello');
    expect(() => multibaseDecode('z0OIl')).to.throw();
    expect(() => multibaseDecode('fabcdef')).to.throw(/multibase prefix/);
  });

  it('expands compressed P-256 and P-384 points as WebCrypto exports them', async () => {
    for (const curve of ['P-256', 'P-384'] as const) {
      const { raw, compressed } = await ecKeyPair(curve);
      expect(Array.from(await uncompressedPoint(curve, compressed))).to.deep.equal(Array.from(raw));
    }
  });

  it('verifies ECDSA with a compressed Multikey and with a JWK, and refuses a point off the curve', async () => {
    for (const [curve, prefix, hash] of [['P-256', [0x80, 0x24], 'SHA-256'], ['P-384', [0x81, 0x24], 'SHA-384']] as const) {
      const { pair, raw, compressed } = await ecKeyPair(curve);
      const data = new TextEncoder().encode(`signed with ${curve}`);
      const signature = new Uint8Array(await subtle.sign({ name: 'ECDSA', hash }, pair.privateKey, data));
      const multibase = 'u' + base64urlEncode(concatBytes(new Uint8Array(prefix), compressed));
      expect(await verifySignature(keyFromMultibase(multibase), signature, data), curve).to.equal(true);
      const size = (raw.length - 1) / 2;
      const jwk = { kty: 'EC', crv: curve, x: base64urlEncode(raw.slice(1, 1 + size)), y: base64urlEncode(raw.slice(1 + size)) };
      expect(await verifySignature(keyFromJwk(jwk), signature, data), curve).to.equal(true);
      expect(await verifySignature(keyFromJwk(jwk), signature, new TextEncoder().encode('something else'))).to.equal(false);
      // About half of all x have no point on the curve: find a small one, which WebCrypto or noble must refuse.
      let offCurve: Uint8Array | undefined;
      for (let x = 1; !offCurve; x++) {
        const candidate = concatBytes(new Uint8Array([2]), new Uint8Array(size - 1), new Uint8Array([x]));
        if (await uncompressedPoint(curve, candidate).then(() => false, () => true)) offCurve = candidate;
      }
      const bad = keyFromMultibase('u' + base64urlEncode(concatBytes(new Uint8Array(prefix), offCurve)));
      expect(await importPublicKey(bad).then(() => 'imported', () => 'refused'), `${curve} point off the curve`).to.equal('refused');
    }
  });

  it('keeps a JWK as published: only its public members, and refuses one without coordinates', () => {
    const key = keyFromJwk({ kty: 'OKP', crv: 'Ed25519', x: 'abc', d: 'secret', kid: 'k' });
    expect(key).to.deep.equal({ curve: 'Ed25519', format: 'jwk', jwk: { kty: 'OKP', crv: 'Ed25519', x: 'abc' } });
    expect(() => keyFromJwk({ kty: 'EC', crv: 'P-256', x: 'abc' })).to.throw(/coordinate/);
    expect(() => keyFromJwk({ kty: 'RSA', n: 'x', e: 'AQAB' })).to.throw(/unsupported/);
  });
});

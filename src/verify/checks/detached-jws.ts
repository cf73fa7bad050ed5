/**
 * The signature of the legacy Linked Data suites, Ed25519Signature2018 and JsonWebSignature2020: a detached JWS
 * (RFC 7797: `b64: false`, `crit: ["b64"]`, an empty payload part) whose payload is the verify data, the SHA-256 of
 * the canonical proof options followed by the SHA-256 of the canonical document. The key is the proof's verification
 * method's; the JWS header chooses nothing but the algorithm, which must be the key's own. A header that asks for the
 * base64url payload (b64: true), names other critical extensions, or carries key material (jwk, jku, x5u, x5c, kid)
 * is refused: none of it belongs in these proofs, and none of it may speak for the signer.
 */
import { decodeProtectedHeader } from 'jose';
import { isObject, type JsonObject } from '../../shape/json.js';
import { base64urlDecode, concatBytes, utf8 } from '../crypto/encoding.js';
import { verifySignature, type Curve, type PublicKey } from '../crypto/public-key.js';

/** The algorithm each curve signs with, as JWS names it. */
const ALGORITHM: Record<Curve, string> = { Ed25519: 'EdDSA', 'P-256': 'ES256', 'P-384': 'ES384' };
const ALLOWED_MEMBERS = new Set(['alg', 'b64', 'crit', 'typ']);
/** A JWS header of these suites is a few dozen characters; a signature, 86 (Ed25519, P-256) or 128 (P-384). */
const MAX_HEADER_CHARS = 1024;
const MAX_SIGNATURE_CHARS = 256;

/** Why the JWS can't be one of these suites' signatures, or undefined when its form is right. */
function formProblem(header: JsonObject, key: PublicKey): string | undefined {
  const extra = Object.keys(header).filter((member) => !ALLOWED_MEMBERS.has(member));
  if (extra.length) return `its JWS header carries ${extra.map((member) => `"${member}"`).join(', ')}, which these proofs never do`;
  if (header.b64 !== false) return 'its JWS is not detached with "b64": false (the payload must be the raw verify data)';
  if (!Array.isArray(header.crit) || header.crit.length !== 1 || header.crit[0] !== 'b64') return 'its JWS header must list exactly "b64" as critical';
  if (header.alg !== ALGORITHM[key.curve]) return `its JWS algorithm ${JSON.stringify(header.alg)} is not ${ALGORITHM[key.curve]}, the algorithm of its ${key.curve} key`;
  return undefined;
}

export interface DetachedJws {
  /** The protected header as written (base64url). */
  encodedHeader: string;
  signature: Uint8Array;
}

/** Reads a detached JWS of these suites, before any verify data is computed; throws with a sentence when it is not one. */
export function parseDetachedJws(jws: string, key: PublicKey): DetachedJws {
  const parts = jws.split('.');
  if (parts.length !== 3 || parts[1] !== '' || !parts[0] || parts[0].length > MAX_HEADER_CHARS || parts[2]!.length > MAX_SIGNATURE_CHARS) {
    throw new Error('its "jws" is not a detached JWS (header..signature)');
  }
  let header: JsonObject;
  try {
    header = decodeProtectedHeader(jws) as JsonObject;
  } catch {
    throw new Error('its JWS header is not base64url JSON');
  }
  if (!isObject(header)) throw new Error('its JWS header is not a JSON object');
  const problem = formProblem(header, key);
  if (problem) throw new Error(problem);
  return { encodedHeader: parts[0], signature: base64urlDecode(parts[2]!) };
}

/** Verifies a detached JWS over `verifyData` with `key`: true or false. */
export function verifyDetachedJws(jws: DetachedJws, verifyData: Uint8Array, key: PublicKey): Promise<boolean> {
  // RFC 7797 §3: the signing input is the encoded header, a period, and the payload itself.
  return verifySignature(key, jws.signature, concatBytes(utf8(`${jws.encodedHeader}.`), verifyData));
}

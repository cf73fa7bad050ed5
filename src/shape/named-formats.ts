/**
 * Credential formats outside this library's scope, recognised so that they can be named ("This is a Blockcerts
 * credential …, which this verifier does not check") instead of failing as something they are not (a context that is
 * not bundled, a JWT with no "vc" claim, a file that is not text). Recognition reads the structure only: it decides
 * nothing about validity, and a credential named here is never verified.
 */
import { base64url } from 'jose';
import { isObject, objectsOf, oneOrMany, type JsonObject } from './json.js';

export type NamedFormat = 'blockcerts' | 'bbs-2023' | 'ecdsa-sd-2023' | 'sd-jwt-vc' | 'mdoc';

/** What each named format is, in the sentence the verifier says about it. */
export const NAMED_FORMATS: Readonly<Record<NamedFormat, string>> = {
  blockcerts: 'a Blockcerts credential (MerkleProof2019 on a blockchain)',
  'bbs-2023': 'a BBS selective-disclosure credential (bbs-2023)',
  'ecdsa-sd-2023': 'an ECDSA selective-disclosure credential (ecdsa-sd-2023)',
  'sd-jwt-vc': 'an SD-JWT VC (a selective-disclosure JWT)',
  mdoc: 'an ISO mdoc (a mobile document in CBOR, ISO/IEC 18013-5)',
};

export const namedFormatMessage = (format: NamedFormat): string => `This is ${NAMED_FORMATS[format]}, which this verifier does not check.`;

const BLOCKCERTS_PROOFS = new Set(['MerkleProof2019', 'MerkleProof2017', 'ChainpointSHA256v2']);
const SELECTIVE_DISCLOSURE_SUITES = new Set<NamedFormat>(['bbs-2023', 'ecdsa-sd-2023']);

/** The named format of a JSON credential: Blockcerts (by its context or proof), or a selective-disclosure suite. */
export function namedJsonFormat(credential: JsonObject): NamedFormat | undefined {
  const contexts = oneOrMany(credential['@context']).filter((entry): entry is string => typeof entry === 'string');
  const proofs = [...objectsOf(credential['proof']), ...objectsOf(credential['signature'])];
  const proofTypes = proofs.flatMap((proof) => oneOrMany(proof['type']));
  if (contexts.some((url) => url.startsWith('https://w3id.org/blockcerts/')) || proofTypes.some((type) => BLOCKCERTS_PROOFS.has(type as string))) return 'blockcerts';
  // Blockcerts v1.2: the certificate under `document`, its blockchain receipt beside it.
  if (isObject(credential['document']) && isObject(credential['receipt'])) return 'blockcerts';
  // Named only when every proof is one: a proof set that also carries a supported proof is the proof check's to judge.
  const suites = proofs.map((proof) => proof['cryptosuite']);
  if (suites.length && suites.every((suite) => SELECTIVE_DISCLOSURE_SUITES.has(suite as NamedFormat))) return suites[0] as NamedFormat;
  return undefined;
}

const JWS = '[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+';
/** issuer-signed JWT, then `~`-separated disclosures, ending in `~` or a key-binding JWT (RFC 9901). */
const SD_JWT = new RegExp(`^${JWS}(?:~[A-Za-z0-9_-]+)*~(?:${JWS})?$`);

/** The named format of a text: an SD-JWT (with its `~`-separated disclosures), or an mdoc in base64url. */
export function namedTextFormat(text: string): NamedFormat | undefined {
  const trimmed = text.trim();
  if (SD_JWT.test(trimmed)) return 'sd-jwt-vc';
  if (/^[A-Za-z0-9_-]{16,}$/.test(trimmed)) {
    try {
      if (isMdoc(base64url.decode(trimmed))) return 'mdoc';
    } catch {
      // not base64url
    }
  }
  return undefined;
}

/** A JWT that says it is an SD-JWT VC: its `typ` (vc+sd-jwt, dc+sd-jwt), or the `vct` and `_sd` claims. */
export function isSdJwtVc(header: JsonObject, payload: JsonObject): boolean {
  const typ = typeof header['typ'] === 'string' ? header['typ'].toLowerCase() : '';
  return /^(application\/)?(vc|dc)\+sd-jwt$/.test(typ) || (payload['vc'] === undefined && payload['@context'] === undefined && (typeof payload['vct'] === 'string' || Array.isArray(payload['_sd'])));
}

/** A CBOR text string's bytes: its header (major type 3, length under 24) and its ASCII. */
const cborText = (text: string) => [0x60 + text.length, ...Array.from(text, (char) => char.charCodeAt(0))];
const MDOC_KEYS = ['issuerSigned', 'issuerAuth', 'nameSpaces', 'docType', 'documents'].map(cborText);

function contains(bytes: Uint8Array, needle: number[], limit: number): boolean {
  outer: for (let start = 0; start + needle.length <= limit; start++) {
    for (let index = 0; index < needle.length; index++) if (bytes[start + index] !== needle[index]) continue outer;
    return true;
  }
  return false;
}

/**
 * An mdoc (a DeviceResponse, a Document or an IssuerSigned structure), by its structure: a CBOR map (major type 5)
 * whose first kilobytes hold at least two of the keys those structures are made of. Nothing is decoded.
 */
export function isMdoc(bytes: Uint8Array): boolean {
  if (bytes.length < 16 || bytes[0]! < 0xa0 || bytes[0]! > 0xbf) return false;
  const limit = Math.min(bytes.length, 4096);
  return MDOC_KEYS.filter((key) => contains(bytes, key, limit)).length >= 2;
}

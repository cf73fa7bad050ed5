// Hostile inputs: each stays under the engine's size limits (8 MB of text, 16 MB of image) and costs time or memory
// far beyond its size unless the engine bounds its work. Shared by test/verify/hostile.spec.ts, which asserts the
// outcome of each, and `npm run bench`, which measures time and peak memory; the size of each is a parameter.
import { base64url } from 'jose';
import { iTxt, pngWithITxt, pngWithText } from './baking.js';

type Json = Record<string, unknown>;

/** A did:key the engine resolves offline (the did:key spec's Ed25519 example). Nothing here is signed with it. */
export const DID_KEY = 'did:key:z6MkhaXgBZDvotDkL5257faiztiGiC2QtKLGpbnnEGta2doK';
const OB_CONTEXT = 'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json';
const V2_CONTEXT = 'https://www.w3.org/ns/credentials/v2';

export function hostileProof(overrides: Json = {}): Json {
  return {
    type: 'DataIntegrityProof',
    cryptosuite: 'eddsa-rdfc-2022',
    created: '2025-06-01T00:00:00Z',
    proofPurpose: 'assertionMethod',
    verificationMethod: `${DID_KEY}#${DID_KEY.slice('did:key:'.length)}`,
    proofValue: 'z' + '3'.repeat(87),
    ...overrides,
  };
}

/** An OB 3.0 badge in the shape the engine expects, with a proof that does not match (it is never signed). */
export function hostileBadge(overrides: Json = {}, subject: Json = {}): Json {
  return {
    '@context': [V2_CONTEXT, OB_CONTEXT],
    id: 'urn:uuid:2f6e9a3c-0c3e-4c39-9d7a-3b1f0e6a9c11',
    type: ['VerifiableCredential', 'OpenBadgeCredential'],
    issuer: { id: DID_KEY, type: ['Profile'], name: 'Hostile Academy' },
    validFrom: '2025-06-01T00:00:00Z',
    name: 'Hostile badge',
    credentialSubject: {
      id: 'did:example:learner',
      type: ['AchievementSubject'],
      achievement: { id: 'https://hostile.example/achievements/1', type: ['Achievement'], name: 'Hostile', description: 'Hostile input.', criteria: { narrative: 'None.' } },
      ...subject,
    },
    proof: hostileProof(),
    ...overrides,
  };
}

// ---- a deflate bomb -----------------------------------------------------------------------------------------

class BitWriter {
  readonly bytes: Uint8Array;
  position = 0;
  constructor(capacity: number) {
    this.bytes = new Uint8Array(capacity);
  }
  /** `count` bits of `value`, least significant first (how deflate packs header fields). */
  bits(value: number, count: number) {
    for (let i = 0; i < count; i++, this.position++) if ((value >> i) & 1) this.bytes[this.position >> 3] |= 1 << (this.position & 7);
  }
  /** A Huffman code, most significant bit first. */
  code(code: string) {
    for (const bit of code) this.bits(bit === '1' ? 1 : 0, 1);
  }
}

/**
 * zlib data that inflates to about `size` zero bytes from about size/1000 bytes: one dynamic-Huffman block of a
 * literal zero and then copies of 258 bytes at distance 1, each copy coded in 2 bits (the most deflate allows).
 */
export function zlibZeros(size: number): Uint8Array {
  const copies = Math.max(0, Math.floor((size - 1) / 258));
  const length = 1 + 258 * copies;
  const out = new BitWriter(64 + Math.ceil(copies / 4));
  out.bits(0x78, 8); // zlib header: deflate, 32 KB window
  out.bits(0x9c, 8);
  out.bits(1, 1); // final block
  out.bits(2, 2); // dynamic Huffman codes
  out.bits(286 - 257, 5); // literal/length codes 0‥285
  out.bits(1 - 1, 5); // one distance code
  out.bits(18 - 4, 4); // code-length codes, in deflate's order, up to "1"
  const codeLengthLengths: Record<number, number> = { 18: 1, 1: 2, 2: 2 };
  for (const symbol of [16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1]) out.bits(codeLengthLengths[symbol] ?? 0, 3);
  // Code lengths: literal 0 → 2, 1‥255 → none, end of block → 2, 257‥284 → none, length 258 (285) → 1; distance 1 → 1.
  const [one, two, zeros] = ['10', '11', '0'];
  out.code(two);
  out.code(zeros);
  out.bits(138 - 11, 7);
  out.code(zeros);
  out.bits(117 - 11, 7);
  out.code(two);
  out.code(zeros);
  out.bits(28 - 11, 7);
  out.code(one);
  out.code(one);
  out.code('10'); // literal 0
  out.position += 2 * copies; // each copy: length 258 is code "0", distance 1 is code "0"
  out.code('11'); // end of block
  const end = Math.ceil(out.position / 8);
  const adler = ((length % 65521) << 16) | 1; // Adler-32 of zero bytes: a = 1, b = length
  const bytes = out.bytes.slice(0, end + 4);
  new DataView(bytes.buffer).setUint32(end, adler >>> 0);
  return bytes;
}

// ---- the classes ------------------------------------------------------------------------------------------------

/** zlib data of no bytes at all (a stored final block of length 0). */
const EMPTY_ZLIB = new Uint8Array([0x78, 0x9c, 0x03, 0x00, 0x00, 0x00, 0x00, 0x01]);

/** What each class builds for a given size parameter, and the reason the engine must give. */
export interface HostileClass {
  name: string;
  /** What the size parameter counts. */
  unit: string;
  reason: 'too-large' | 'too-complex' | 'unsupported-format';
  /** The check that must fail with that reason. */
  check: 'format' | 'proof' | 'key';
  build(size: number): Promise<string | Uint8Array> | string | Uint8Array;
}

const json = (value: unknown) => JSON.stringify(value);
const jwtPart = (text: string) => base64url.encode(text);
/** An inline context that makes every key a term, so that structure alone is hostile (no undefined terms). */
const VOCAB = { '@vocab': 'https://hostile.example/terms/' };
/** `size` things made by `make`, in groups of 100 (no array long enough to trip the bound on one array). */
const grouped = (size: number, make: (group: number, index: number) => Json) =>
  Array.from({ length: Math.ceil(size / 100) }, (_, g) => ({ member: Array.from({ length: Math.min(100, size - g * 100) }, (_, i) => make(g, i)) }));

export const HOSTILE: HostileClass[] = [
  {
    name: 'png-inflate',
    unit: 'bytes inflated',
    reason: 'too-large',
    check: 'format',
    build: (size) => pngWithText(zlibZeros(size), { compressed: true }),
  },
  {
    name: 'png-chunks',
    unit: 'credential chunks, each inflating to nothing',
    reason: 'unsupported-format',
    check: 'format',
    build: (size) => {
      const empty = iTxt(EMPTY_ZLIB, { compressed: true });
      return pngWithITxt(Array.from({ length: size }, () => empty));
    },
  },
  {
    name: 'proof-value',
    unit: 'base58 characters',
    reason: 'too-large',
    check: 'proof',
    build: (size) => json(hostileBadge({ proof: hostileProof({ proofValue: 'z' + '3'.repeat(size) }) })),
  },
  {
    name: 'did-key',
    unit: 'base58 characters',
    reason: 'too-large',
    check: 'key',
    build: (size) => {
      const key = 'z' + '3'.repeat(size);
      return json(hostileBadge({ proof: hostileProof({ verificationMethod: `did:key:${key}#${key}` }) }));
    },
  },
  {
    name: 'key-fragment',
    unit: 'base58 characters',
    reason: 'too-large',
    check: 'key',
    build: (size) => json(hostileBadge({ proof: hostileProof({ verificationMethod: `https://hostile.example/issuer#z${'3'.repeat(size)}` }) })),
  },
  {
    name: 'svg-scan',
    unit: 'unclosed elements',
    reason: 'unsupported-format',
    check: 'format',
    build: (size) => '<svg>' + '<openbadges:credential>'.repeat(size),
  },
  {
    name: 'blank-nodes',
    unit: 'empty objects in one array',
    reason: 'too-complex',
    check: 'proof',
    build: (size) => json(hostileBadge({}, { result: Array.from({ length: size }, () => ({})) })),
  },
  {
    name: 'values',
    unit: 'values of one property',
    reason: 'too-complex',
    check: 'proof',
    build: (size) => json(hostileBadge({ name: Array.from({ length: size }, (_, i) => `name ${i}`) })),
  },
  {
    name: 'merged-subject',
    unit: 'nodes with one @id, 100 to an array',
    reason: 'too-complex',
    check: 'proof',
    build: (size) =>
      json(
        hostileBadge(
          { '@context': [V2_CONTEXT, OB_CONTEXT, VOCAB] },
          { group: grouped(size, (g, i) => ({ id: 'urn:hostile:one', label: `${g}.${i}` })) },
        ),
      ),
  },
  {
    name: 'inline-contexts',
    unit: 'inline contexts in one @context',
    reason: 'too-complex',
    check: 'proof',
    build: (size) => json(hostileBadge({ '@context': [V2_CONTEXT, OB_CONTEXT, ...Array.from({ length: size }, (_, i) => ({ [`term${i}`]: `https://hostile.example/terms/${i}` }))] })),
  },
  {
    name: 'context-urls',
    unit: 'repeats of a bundled context URL',
    reason: 'too-complex',
    check: 'proof',
    build: (size) => json(hostileBadge({ '@context': [V2_CONTEXT, ...Array.from({ length: size }, () => OB_CONTEXT)] })),
  },
  {
    name: 'scoped-contexts',
    unit: 'objects, each with its own @context',
    reason: 'too-complex',
    check: 'proof',
    build: (size) =>
      json(
        hostileBadge(
          { '@context': [V2_CONTEXT, OB_CONTEXT, VOCAB] },
          { group: grouped(size, (g, i) => ({ '@context': { [`t${g}_${i}`]: `https://hostile.example/t/${i}` }, label: `${g}.${i}` })) },
        ),
      ),
  },
  {
    name: 'proofs',
    unit: 'proofs',
    reason: 'too-complex',
    check: 'format',
    build: (size) => json(hostileBadge({ proof: Array.from({ length: size }, () => hostileProof()) })),
  },
  {
    name: 'proofs-by-iri',
    unit: 'proofs under the full IRI of `proof`',
    reason: 'too-complex',
    check: 'proof',
    build: (size) => {
      const { proof: _proof, ...badge } = hostileBadge();
      return json({ ...badge, 'https://w3id.org/security#proof': Array.from({ length: size }, () => ({ '@graph': hostileProof() })) });
    },
  },
  {
    name: 'status-entries',
    unit: 'credentialStatus entries',
    reason: 'too-complex',
    check: 'format',
    build: (size) =>
      json(
        hostileBadge({
          credentialStatus: Array.from({ length: size }, (_, i) => ({
            id: `https://hostile.example/status/${i}#${i}`,
            type: 'BitstringStatusListEntry',
            statusPurpose: 'revocation',
            statusListIndex: String(i),
            statusListCredential: `https://hostile.example/status/${i}`,
          })),
        }),
      ),
  },
  {
    name: 'json-depth',
    unit: 'nested arrays',
    reason: 'too-complex',
    check: 'format',
    build: (size) => `{"a":${'['.repeat(size)}${']'.repeat(size)}}`,
  },
  {
    name: 'json-width',
    unit: 'empty objects',
    reason: 'too-complex',
    check: 'format',
    build: (size) => `{"a":[${'{},'.repeat(size)}{}]}`,
  },
  {
    name: 'jwt-header',
    unit: 'nested arrays in the JWT header',
    reason: 'too-complex',
    check: 'format',
    build: (size) => `${jwtPart(`{"alg":"EdDSA","x":${'['.repeat(size)}${']'.repeat(size)}}`)}.${jwtPart(json({ vc: hostileBadge() }))}.c2ln`,
  },
  {
    name: 'did-jwk',
    unit: 'characters of did:jwk',
    reason: 'too-large',
    check: 'key',
    build: (size) => json(hostileBadge({ proof: hostileProof({ verificationMethod: `did:jwk:${'e'.repeat(size)}#0` }) })),
  },
];

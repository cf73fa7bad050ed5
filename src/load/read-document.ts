/**
 * Document → loaded document (the pipeline's third step). Decided here once, for every element: what the document is
 * (one credential, a CLR 2.0 ClrCredential, or a provider's record), the credential decoded from it, the signed
 * credential a provider's record embeds, and what the verifier is to check. Decoding is the engine's own decode step
 * (`decodeInput`: a VC-JWT's payload, a baked image's credential), loaded only when there is something to decode, and
 * nothing is verified here: verification is the pipeline's last step.
 */
import { CredentialError } from '../errors.js';
import type { CredentialInput } from '../sources/classify.js';
import type { JsonObject } from '../shape/json.js';
import { isOb2Document } from '../shape/ob2.js';
import type { Provider } from '../model/types.js';
import type { FetchedDocument } from './fetch-document.js';

/** What a document is, for display: one credential, a CLR 2.0 record of credentials, or a provider's (unsigned) record. */
export type DocumentKind = 'credential' | 'clr' | 'record';

export interface LoadedDocument {
  /** Which mapper reads `document` ('ob3' for a credential from a URL or given inline, 'ob2' for an OB 2.0 assertion). */
  provider: Provider;
  kind: DocumentKind;
  /**
   * What the mapper reads: a JSON object, or a VC-JWT (or OB 2.0 JWS) compact string (a baked image's credential,
   * decoded); for an OB 2.0 badge baked with its address alone, `{ id: address }`.
   */
  document: JsonObject | string;
  /**
   * The credential decoded from the document, unverified: the document itself, a VC-JWT's credential, a baked
   * image's; for a provider's record, the signed credential it embeds. Absent when there is none.
   */
  credential?: JsonObject;
  /** What the verifier checks, as given (an object, VC-JWT text or image bytes); absent when nothing is signed. */
  verifiable?: unknown;
  /** The original, as text, for "download JSON". */
  original: string;
}

/** The keys under which Accredible and ibl.ai records embed a signed OB 3.0 credential. */
const EMBEDDED_KEYS = ['verifiable_credential', 'verifiableCredential', 'open_badge_v3', 'ob3'];

export async function readDocument(fetched: FetchedDocument): Promise<LoadedDocument> {
  if (fetched.source === 'input') return readInput(fetched.input);
  if (fetched.source === 'clr') {
    const document = fetched.document;
    if (typeof document !== 'string' && !document['credentialSubject']) throw new CredentialError('BAD_RESPONSE', 'The response is not a credential.');
    return credentialDocument(document, typeof document === 'string' ? await decode(document) : document, document, 'clr');
  }
  const record = fetched.record;
  const embedded = embeddedCredential(record);
  const loaded = withOriginal({ provider: fetched.source, kind: 'record', document: record }, record);
  if (embedded === undefined) return loaded;
  loaded.verifiable = embedded;
  // A signed credential that can't be decoded still goes to the verifier, whose report says what is wrong with it.
  const credential = typeof embedded === 'string' ? await decode(embedded).catch(() => undefined) : embedded;
  if (credential) loaded.credential = credential;
  return loaded;
}

/** The signed OB 3.0 credential an Accredible or ibl.ai record embeds (an object or a VC-JWT), if any. */
export function embeddedCredential(record: JsonObject): JsonObject | string | undefined {
  for (const key of EMBEDDED_KEYS) {
    const value = record[key];
    if (typeof value === 'string' && value.trim()) return value.trim();
    if (value && typeof value === 'object' && !Array.isArray(value)) return value as JsonObject;
  }
  return undefined;
}

async function readInput(input: CredentialInput): Promise<LoadedDocument> {
  if (input.kind === 'json') return credentialDocument(input.credential, input.credential, input.credential, 'ob3');
  if (input.kind === 'vc-jwt') return credentialDocument(input.jwt, await decode(input.jwt), input.jwt, 'ob3');
  // A baked image: the decoder takes the credential out; the verifier reads the image itself when it checks it.
  const image = input.kind === 'png' ? input.bytes : input.text;
  const { credential, url } = await decodeBaked(image);
  // An OB 2.0 badge baked with its hosted assertion's address alone: the address is all there is to show until
  // verification fetches what it names.
  if (!credential) return { provider: 'ob2', kind: 'credential', document: { id: url }, verifiable: image, original: url };
  return credentialDocument(credential, credential, image, 'ob3');
}

/** One credential: an OB 2.0 assertion (its JSON-LD context says so) has a mapper of its own; a ClrCredential is a record. */
function credentialDocument(document: JsonObject | string, credential: JsonObject, verifiable: unknown, provider: Provider): LoadedDocument {
  const kind = typesOf(credential).includes('ClrCredential') ? 'clr' : 'credential';
  const reader = kind === 'clr' ? 'clr' : isOb2Document(credential) ? 'ob2' : provider;
  return withOriginal({ provider: reader, kind, document, credential, verifiable }, document);
}

/**
 * The document with its `original` text, made on first use: pretty-printing a long record takes a while, and it is
 * only needed when someone downloads or reads the JSON.
 */
function withOriginal(loaded: Omit<LoadedDocument, 'original'>, document: JsonObject | string): LoadedDocument {
  let text: string | undefined;
  return Object.defineProperty(loaded, 'original', { enumerable: true, get: () => (text ??= textOf(document)) }) as LoadedDocument;
}

/** The engine's decode step, on demand (it is light: no JSON-LD processing, no cryptography). */
async function decode(input: string | Uint8Array): Promise<JsonObject> {
  const decoded = await decodeBaked(input);
  if (!decoded.credential) throw new CredentialError('UNSUPPORTED_FORMAT', 'This is the address of a badge, not a credential.');
  return decoded.credential;
}

/** The decode step's credential, or the URL an image holds instead (as older OB 2.0 bakers wrote). */
async function decodeBaked(input: string | Uint8Array): Promise<{ credential: JsonObject; url?: undefined } | { credential?: undefined; url: string }> {
  const { decodeInput } = await import('../verify/decode.js');
  const decoded = await decodeInput(input);
  if (decoded.credential) return { credential: decoded.credential };
  if (decoded.url) return { url: decoded.url };
  throw new CredentialError('UNSUPPORTED_FORMAT', decoded.check.message);
}

function typesOf(credential: JsonObject): string[] {
  return [credential['type']].flat().filter((type): type is string => typeof type === 'string');
}

function textOf(document: JsonObject | string): string {
  return typeof document === 'string' ? document : JSON.stringify(document, null, 2);
}

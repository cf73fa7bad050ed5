/**
 * Resolves a proof's verification method to a public key, offline for did:key, did:jwk and the OB 3.0 examples'
 * `<issuer id>#<publicKeyMultibase>` form; over the network (when allowed) for did:web and http(s) key documents.
 */
import { base64url } from 'jose';
import { CredentialError, isCredentialError } from '../../errors.js';
import type { JsonObject } from '../../shape/json.js';
import type { VerifyContext } from '../options.js';
import { base58btcDecode, base64urlDecode } from '../crypto/encoding.js';
import { keyFromJwk, keyFromMultibase, type PublicKey } from '../crypto/public-key.js';
import { limitError, limitReason, MAX_KEY_ID_CHARS } from '../limits.js';
import { budgetSpent } from '../lookup-budget.js';
import { fetchJson, isUnreachable } from '../net.js';
import type { ReasonCode } from '../types.js';
import { didWebUrl } from './did-web.js';

export type KeyRoute = 'did:key' | 'did:jwk' | 'did:web' | 'key-document' | 'fragment';

/** What a key is used for: signing credentials (assertionMethod), or proving who presents them (authentication). */
export type KeyPurpose = 'assertionMethod' | 'authentication';

/** An Ed25519 key in base58 (Ed25519VerificationKey2018) is 32 bytes: at most 44 characters. */
const MAX_BASE58_KEY_CHARS = 64;

export interface ResolvedKey {
  key: PublicKey;
  /** The verification method id, as the proof names it. */
  id: string;
  /** Who controls the key: a DID, or the URL/URN before the fragment. */
  controller: string;
  route: KeyRoute;
  /**
   * Whether the controller's own document lists this key for assertions: always for did:key and did:jwk,
   * read from the DID document for did:web, and from the issuer profile (when it could be fetched) for the fragment form.
   */
  listed: boolean | undefined;
  /**
   * `listed` is undefined because the controller's own document, which would decide it, gave no answer (network use
   * off, offline, a timeout, DNS, CORS, a busy host): "couldn't check right now", not "unproven". The reason code
   * when it was not asked because the verification's look-up budget was spent.
   */
  unanswered?: boolean | 'lookup-budget-spent';
}

const MULTIBASE_KEY = /^z[1-9A-HJ-NP-Za-km-z]{40,}$/;

const withoutFragment = (id: string) => id.split('#')[0];

function fromDidKey(id: string): ResolvedKey {
  const did = withoutFragment(id);
  const multibase = did.slice('did:key:'.length);
  const fragment = id.includes('#') ? id.slice(id.indexOf('#') + 1) : multibase;
  if (fragment !== multibase) throw new CredentialError('KEY_NOT_FOUND', `The did:key fragment #${fragment} does not name the DID's own key.`);
  return { key: keyFromMultibase(multibase), id, controller: did, route: 'did:key', listed: true };
}

function fromDidJwk(id: string): ResolvedKey {
  const did = withoutFragment(id);
  const jwk = JSON.parse(new TextDecoder().decode(base64urlDecode(did.slice('did:jwk:'.length)))) as Record<string, unknown>;
  return { key: keyFromJwk(jwk), id, controller: did, route: 'did:jwk', listed: true };
}


function keyOfMethod(method: JsonObject): PublicKey {
  if (typeof method.publicKeyMultibase === 'string') return keyFromMultibase(method.publicKeyMultibase);
  // Ed25519VerificationKey2018: the raw key in base58, refused before decoding when longer than a key can be.
  if (typeof method.publicKeyBase58 === 'string' && method.publicKeyBase58.length <= MAX_BASE58_KEY_CHARS) {
    return keyFromJwk({ kty: 'OKP', crv: 'Ed25519', x: base64url.encode(base58btcDecode(method.publicKeyBase58)) });
  }
  if (method.publicKeyJwk && typeof method.publicKeyJwk === 'object') return keyFromJwk(method.publicKeyJwk as JsonObject);
  throw new Error('the verification method has no publicKeyMultibase, publicKeyJwk or publicKeyBase58');
}

/** Whether `ids` (a DID document's assertionMethod, say) names the method `id`, fully or as a relative `#fragment`. */
function names(list: unknown, id: string, base: string): boolean {
  const matches = (entry: unknown) => {
    const entryId = typeof entry === 'string' ? entry : (entry as JsonObject | null)?.id;
    return typeof entryId === 'string' && (entryId === id || base + entryId === id);
  };
  return Array.isArray(list) ? list.some(matches) : matches(list);
}

function findMethod(document: JsonObject, id: string, base: string): JsonObject | undefined {
  const candidates = [document.verificationMethod, document.assertionMethod, document.authentication, document.publicKey]
    .flatMap((list) => (Array.isArray(list) ? list : list ? [list] : []))
    .filter((entry): entry is JsonObject => !!entry && typeof entry === 'object');
  return candidates.find((entry) => entry.id === id || (typeof entry.id === 'string' && base + entry.id === id));
}

async function fromDidWeb(id: string, context: VerifyContext, purpose: KeyPurpose): Promise<ResolvedKey> {
  const did = withoutFragment(id);
  const document = (await fetchJson(didWebUrl(did), context)) as JsonObject;
  if (document?.id !== did) throw new CredentialError('KEY_NOT_FOUND', `The DID document for ${did} names a different DID (${String(document?.id)}).`);
  const method = findMethod(document, id, did);
  if (!method) throw new CredentialError('KEY_NOT_FOUND', `The DID document for ${did} has no key ${id}.`);
  return { key: keyOfMethod(method), id, controller: did, route: 'did:web', listed: names(document[purpose], id, did) };
}

/** Whether a profile lists a key with this publicKeyMultibase, under whatever id. */
function listsMultibase(profile: JsonObject, multibase: string): boolean {
  return [profile?.verificationMethod, profile?.assertionMethod, profile?.publicKey]
    .flatMap((list) => (Array.isArray(list) ? list : list ? [list] : []))
    .some((entry) => (entry as JsonObject | null)?.publicKeyMultibase === multibase);
}

async function fromFragment(id: string, context: VerifyContext): Promise<ResolvedKey> {
  const controller = withoutFragment(id);
  if (controller.startsWith('did:web:')) didWebUrl(controller);
  const key = keyFromMultibase(id.slice(id.indexOf('#') + 1));
  if (!/^https?:/i.test(controller)) return { key, id, controller, route: 'fragment', listed: undefined };
  // The key counts either way; it is bound to the issuer only when the issuer's own profile lists it.
  const multibase = id.slice(id.indexOf('#') + 1);
  const read = await readControllerDocument(controller, context, (profile) => !!findMethod(profile, id, controller) || listsMultibase(profile, multibase));
  return { key, id, controller, route: 'fragment', ...read };
}

/**
 * Reads a controller's own document at `url` and asks it `lists`: `listed` when it answered; `unanswered` when it
 * could not be asked (network use off, or no answer came); neither when its answer could not be read (a 404, not JSON).
 */
async function readControllerDocument(url: string, context: VerifyContext, lists: (document: JsonObject) => boolean): Promise<Pick<ResolvedKey, 'listed' | 'unanswered'>> {
  if (!context.network) return { listed: undefined, unanswered: true };
  return fetchJson(url, context).then(
    (document) => ({ listed: lists((document ?? {}) as JsonObject) }),
    (error) => ({ listed: undefined, ...(isUnreachable(error) && { unanswered: budgetSpent(error) ? ('lookup-budget-spent' as const) : true }) }),
  );
}

/**
 * Whether `controller`'s own document (a did:web DID document, or an http(s) profile) lists the key `id`: true or
 * false when it could be read, undefined when not. A key document's claim of a controller counts only with this.
 */
async function controllerLists(controller: string, id: string, context: VerifyContext, purpose: KeyPurpose): Promise<Pick<ResolvedKey, 'listed' | 'unanswered'>> {
  let url: string | undefined;
  try {
    url = controller.startsWith('did:web:') ? didWebUrl(controller) : /^https?:/i.test(controller) ? controller : undefined;
  } catch {
    return { listed: false }; // a controller that is no valid did:web lists nothing
  }
  if (!url) return { listed: undefined };
  return readControllerDocument(url, context, (document) => !!findMethod(document, id, controller) || names(document[purpose], id, controller));
}

async function fromKeyDocument(id: string, context: VerifyContext, purpose: KeyPurpose): Promise<ResolvedKey> {
  const document = (await fetchJson(id, context)) as JsonObject;
  const method = document?.id === id ? document : findMethod(document, id, withoutFragment(id));
  if (!method) throw new CredentialError('KEY_NOT_FOUND', `${id} is not a key document.`);
  const controller = typeof method.controller === 'string' ? method.controller : withoutFragment(id);
  return { key: keyOfMethod(method), id, controller, route: 'key-document', ...(await controllerLists(controller, id, context, purpose)) };
}

/** An id short enough to quote in a message. */
const quoted = (id: string) => (id.length > 100 ? `${id.slice(0, 60)}…(${id.length} characters)` : id);

/**
 * Resolves a verification method id; throws a CredentialError (KEY_NOT_FOUND, OFFLINE, …) with a readable message,
 * or INPUT_TOO_LARGE for an id or key longer than any real one (refused before it is decoded).
 */
export async function resolveVerificationMethod(id: string, context: VerifyContext, purpose: KeyPurpose = 'assertionMethod'): Promise<ResolvedKey> {
  try {
    if (id.length > MAX_KEY_ID_CHARS) throw limitError('too-large', `a verification method id is at most ${MAX_KEY_ID_CHARS} characters`);
    if (id.startsWith('did:key:')) return fromDidKey(id);
    if (id.startsWith('did:jwk:')) return fromDidJwk(id);
    if (id.startsWith('did:web:')) return await fromDidWeb(id, context, purpose);
    if (id.startsWith('did:')) throw new CredentialError('KEY_NOT_FOUND', `The DID method of ${id} is not supported (did:key, did:jwk and did:web are).`);
    const fragment = id.includes('#') ? id.slice(id.indexOf('#') + 1) : '';
    if (MULTIBASE_KEY.test(fragment)) return await fromFragment(id, context);
    if (/^https?:/i.test(id)) return await fromKeyDocument(id, context, purpose);
    throw new CredentialError('KEY_NOT_FOUND', `The verification method ${id} can't be resolved.`);
  } catch (error) {
    const reason = limitReason(error);
    if (reason) throw limitError(reason, `The key ${quoted(id)} can't be used: ${(error as Error).message}.`);
    if (error instanceof CredentialError) throw error;
    throw new CredentialError('KEY_NOT_FOUND', `The key ${id} can't be used: ${(error as Error).message}.`, { cause: error });
  }
}

/** Why a key could not be resolved, as a reason code: unreachable (network), not found, or an invalid DID. */
export function keyFailureReason(error: unknown): ReasonCode {
  const limit = limitReason(error);
  if (limit) return limit;
  if (!isCredentialError(error)) return 'key-not-found';
  if (error.code === 'INVALID_DID') return 'invalid-did';
  if (['OFFLINE', 'TIMEOUT', 'NETWORK', 'ABORTED', 'LOOKUP_BUDGET_SPENT', 'SERVER_ERROR', 'RATE_LIMITED', 'RESPONSE_TOO_LARGE', 'BAD_RESPONSE', 'HTTP_ERROR'].includes(error.code)) return 'key-unreachable';
  return 'key-not-found';
}

/**
 * The `proof` and `key` checks for a VC-JWT: the JWS signature (EdDSA, ES256, ES384, RS256) with jose, the key
 * found by its `kid` (resolved against the issuer: a relative `#key` is the issuer's), else the issuer's own key when
 * `iss` is a did:key or did:jwk (the DID is the key), else the `jwk` in the header
 * (which speaks only for itself: the key check accepts it for an issuer that is exactly that did:jwk), else the
 * issuer profile's key; and the registered claims (iss, sub, jti, nbf, exp), which must agree with the credential.
 */
import { compactVerify, decodeJwt, decodeProtectedHeader, type JWK } from 'jose';
import { idOf, issuerId, subjects, validFrom, validUntil } from '../../shape/credential.js';
import { isObject, type JsonObject } from '../../shape/json.js';
import type { VerifyContext } from '../options.js';
import { base64urlDecode } from '../crypto/encoding.js';
import { importPublicKey } from '../crypto/public-key.js';
import { MAX_KEY_ID_CHARS } from '../limits.js';
import { resolveVerificationMethod } from '../keys/resolve.js';
import { fetchJson } from '../net.js';
import type { Check } from '../types.js';
import { keyBindingCheck, type KeyBinding, type Signer } from './key.js';
import { keyLookupChecks } from './key-lookup.js';


const ALGORITHMS = ['EdDSA', 'Ed25519', 'ES256', 'ES384', 'RS256', 'PS256'];

interface FoundKey {
  /** The verification key: a JWK as published (jose imports it for the JWT's alg), or a resolved key, imported. */
  key: JWK | CryptoKey;
  binding: KeyBinding;
}

const KEY_MEMBERS = ['kty', 'crv', 'x', 'y', 'n', 'e'] as const;

/** Who a header key speaks for: the issuer when the issuer is exactly that key's did:jwk; else no one but itself. */
function headerKeyController(jwk: JWK, issuer: string | undefined): string | undefined {
  if (issuer?.startsWith('did:jwk:') && issuer.length <= MAX_KEY_ID_CHARS) {
    try {
      const issuerJwk = JSON.parse(new TextDecoder().decode(base64urlDecode(issuer.slice('did:jwk:'.length).split('#')[0]!))) as JsonObject;
      if (KEY_MEMBERS.every((member) => issuerJwk[member] === jwk[member])) return issuer;
    } catch {
      // not a did:jwk this key can be compared with
    }
  }
  return undefined;
}

/** The verification method the JWT names: its `kid` (a relative one under the issuer), or a self-certifying `iss`. */
function namedMethod(header: JsonObject, claims: JsonObject, issuer: string | undefined): string | undefined {
  if (typeof header.kid === 'string' && header.kid) return header.kid.startsWith('#') && issuer ? `${issuer}${header.kid}` : header.kid;
  // No kid: an `iss` that is a did:key or did:jwk is the key itself (the issuer's, as the claims check holds it).
  const iss = typeof claims.iss === 'string' ? claims.iss : issuer;
  return iss && /^did:(key|jwk):/.test(iss) ? iss : undefined;
}

/** A VP-JWT's signer (its holder) and what the caller expects of it: the `nonce` (challenge) and `aud` (domain) claims. */
export interface PresentationRole {
  signer: Signer;
  challenge?: string;
  domain?: string;
}

async function findKey(header: JsonObject, issuer: string | undefined, claims: JsonObject, context: VerifyContext): Promise<FoundKey> {
  const named = namedMethod(header, claims, issuer);
  if (named) {
    const resolved = await resolveVerificationMethod(named, context);
    return { key: await importPublicKey(resolved.key), binding: resolved };
  }
  if (isObject(header.jwk)) {
    const jwk = header.jwk as JWK;
    if ('d' in jwk) throw new Error('the jwk header holds a private key');
    const controller = headerKeyController(jwk, issuer);
    return { key: jwk, binding: { id: 'jwk header', ...(controller && { controller }), route: 'jwk-header' } };
  }
  if (!issuer) throw new Error('the JWT has no jwk or kid header and the credential names no issuer');
  const profile = (await fetchJson(issuer, context)) as JsonObject;
  const method = [profile?.verificationMethod, profile?.publicKey].flat().find((entry) => entry && typeof entry === 'object') as JsonObject | undefined;
  const jwk = method?.publicKeyJwk as JWK | undefined;
  if (!jwk) throw new Error(`the issuer profile at ${issuer} lists no public key`);
  return { key: jwk, binding: { id: String(method!.id ?? issuer), controller: issuer, route: 'issuer-profile', listed: true } };
}

/** A VP-JWT's claims against its presentation and the caller's expectations (VC-JWT 1.1: iss is the holder, nonce and aud). */
/** A claim that does not agree, and the sentence that says so. */
interface Mismatch {
  claim: string;
  text: string;
}

function presentationClaimMismatches(claims: JsonObject, presentation: JsonObject, role: PresentationRole): Mismatch[] {
  const problems: Mismatch[] = [];
  if (claims.iss !== undefined && role.signer.id !== undefined && claims.iss !== role.signer.id) problems.push({ claim: 'iss', text: `the "iss" claim (${String(claims.iss)}) differs from the presentation's holder (${role.signer.id})` });
  if (claims.jti !== undefined && idOf(presentation) !== undefined && claims.jti !== idOf(presentation)) problems.push({ claim: 'jti', text: `the "jti" claim differs from the presentation's id` });
  if (role.challenge !== undefined && claims.nonce !== role.challenge) problems.push({ claim: 'nonce', text: `its "nonce" is not the challenge expected ("${role.challenge}")` });
  const audiences = [claims.aud].flat().filter((aud) => typeof aud === 'string');
  if (role.domain !== undefined && !audiences.includes(role.domain)) problems.push({ claim: 'aud', text: `its "aud" does not name the domain expected ("${role.domain}")` });
  return problems;
}

function claimMismatches(claims: JsonObject, credential: JsonObject): Mismatch[] {
  const problems: Mismatch[] = [];
  const same = (claim: string, value: unknown, label: string) => {
    if (claims[claim] !== undefined && value !== undefined && claims[claim] !== value) {
      problems.push({ claim, text: `the "${claim}" claim (${String(claims[claim])}) differs from the credential's ${label} (${String(value)})` });
    }
  };
  same('iss', issuerId(credential), 'issuer');
  same('sub', idOf(subjects(credential)[0]), 'subject');
  same('jti', idOf(credential), 'id');
  const seconds = (iso: string | undefined) => (iso === undefined || Number.isNaN(Date.parse(iso)) ? undefined : Math.floor(Date.parse(iso) / 1000));
  same('nbf', seconds(validFrom(credential)), 'start date');
  same('exp', seconds(validUntil(credential)), 'expiry date');
  return problems;
}

/** The JWT's own validity window (`nbf`, `exp`), which binds even when the credential inside states no dates. */
function claimDates(claims: JsonObject, context: VerifyContext): Check[] {
  const day = (seconds: number) => new Date(seconds * 1000).toISOString().slice(0, 10);
  const now = context.now.getTime();
  const iso = (seconds: number) => (Number.isFinite(new Date(seconds * 1000).getTime()) ? new Date(seconds * 1000).toISOString() : undefined);
  if (typeof claims.exp === 'number' && claims.exp * 1000 <= now) {
    return [{ id: 'dates', status: 'failure', reason: 'expired', message: `The JWT expired on ${day(claims.exp)} (its "exp" claim).`, details: { claim: 'exp', exp: iso(claims.exp) } }];
  }
  if (typeof claims.nbf === 'number' && claims.nbf * 1000 > now) {
    return [{ id: 'dates', status: 'failure', reason: 'not-yet-valid', message: `The JWT is not valid yet: it becomes valid on ${day(claims.nbf)} (its "nbf" claim).`, details: { claim: 'nbf', nbf: iso(claims.nbf) } }];
  }
  return [];
}

/** The JWT's signature, key and claims; `role` makes it a VP-JWT signed by the presentation's holder. */
export async function checkJwtProof(jwt: string, credential: JsonObject, context: VerifyContext, role?: PresentationRole): Promise<Check[]> {
  const signer: Signer = role?.signer ?? { id: issuerId(credential), role: 'issuer' };
  let header: JsonObject;
  try {
    header = decodeProtectedHeader(jwt) as JsonObject;
  } catch {
    return [{ id: 'proof', status: 'failure', reason: 'malformed', message: 'The JWT header is not valid JSON.', details: { problem: 'jwt-header' } }];
  }
  const alg = String(header.alg);
  const details = { type: role ? 'VP-JWT' : 'VC-JWT', alg, kid: header.kid };
  if (!ALGORITHMS.includes(alg)) {
    const named = alg.length > 40 ? `${alg.slice(0, 40)}…` : alg; // the header is the sender's: quote a bounded part
    return [{ id: 'proof', status: 'failure', reason: 'unsupported-suite', message: `The JWT algorithm ${named} is not supported (supported: ${ALGORITHMS.join(', ')}).`, details }];
  }

  let found: FoundKey;
  let claims: JsonObject;
  try {
    claims = decodeJwt(jwt) as JsonObject;
  } catch {
    return [{ id: 'proof', status: 'failure', reason: 'malformed', message: 'The JWT payload is not valid JSON.', details: { ...details, problem: 'jwt-payload' } }];
  }
  try {
    found = await findKey(header, signer.id, claims, context);
  } catch (error) {
    return keyLookupChecks(error, namedMethod(header, claims, signer.id) ?? signer.id, 'The JWT', details);
  }
  const checks: Check[] = [];
  try {
    await compactVerify(jwt, found.key, { algorithms: [alg] });
    checks.push(...claimDates(claims, context));
    const mismatches = role ? presentationClaimMismatches(claims, credential, role) : claimMismatches(claims, credential);
    const audiences = [claims.aud].flat();
    const reason = !role ? 'claims-mismatch' : role.challenge !== undefined && claims.nonce !== role.challenge ? 'challenge-mismatch' : role.domain !== undefined && !audiences.includes(role.domain) ? 'domain-mismatch' : 'claims-mismatch';
    checks.push(
      mismatches.length
        ? {
            id: 'proof',
            status: 'failure',
            reason,
            message: `The JWT signature is valid, but ${mismatches.map((mismatch) => mismatch.text).join('; ')}.`,
            details: {
              ...details,
              claims: mismatches.map((mismatch) => mismatch.claim),
              ...(reason === 'challenge-mismatch' && { expected: role?.challenge }),
              ...(reason === 'domain-mismatch' && { expected: role?.domain }),
            },
          }
        : { id: 'proof', status: 'success', message: `The JWT signature (${alg}) is valid and its claims agree with the ${role ? 'presentation' : 'credential'}.`, details },
    );
  } catch (error) {
    const code = (error as { code?: string }).code;
    checks.push({
      id: 'proof',
      status: 'failure',
      reason: code === 'ERR_JWS_SIGNATURE_VERIFICATION_FAILED' ? 'signature-invalid' : 'malformed',
      message: code === 'ERR_JWS_SIGNATURE_VERIFICATION_FAILED' ? 'The JWT signature does not match: the credential was changed after it was signed, or signed by another key.' : `The JWT signature could not be checked: ${(error as Error).message}.`,
      details: code === 'ERR_JWS_SIGNATURE_VERIFICATION_FAILED' ? details : { ...details, problem: 'unreadable' },
    });
  }
  checks.push(keyBindingCheck(found.binding, signer));
  return checks;
}

/**
 * The `format` check: what the input is, decoded into a JSON-LD credential (and the JWS it came in, for VC-JWT).
 * Accepts an object, JSON text, a compact JWS, SVG text, or the bytes of a PNG or SVG.
 */
import { base64url, decodeJwt, decodeProtectedHeader } from 'jose';
import { isCompactJws, isPng } from '../shape/formats.js';
import { envelopedContent } from '../shape/credential.js';
import { isObject, type JsonObject } from '../shape/json.js';
import { isMdoc, isSdJwtVc, namedFormatMessage, namedJsonFormat, namedTextFormat, type NamedFormat } from '../shape/named-formats.js';
import { extractFromPng, extractFromSvg } from './baked.js';
import { findCountProblem, findJsonTextProblem, findStructuralProblem, limitReason, MAX_IMAGE_BYTES, MAX_TEXT_BYTES, type Problem } from './limits.js';
import type { Check, CredentialKind, ReasonCode } from './types.js';

export type CredentialInput = string | object | Uint8Array | ArrayBuffer | Blob;

export interface Decoded {
  kind: CredentialKind;
  check: Check;
  credential?: JsonObject;
  /** The compact JWS, when the credential came as a VC-JWT (also from inside a baked image). */
  jwt?: string;
  /** The URL a baked image holds instead of a credential, as older Open Badges 2.0 bakers wrote: a hosted assertion's. */
  url?: string;
}

/** `details.problem` names the case for the elements' sentences (`empty`, `json`, `not-object`, …); sizes are in bytes. */
const failed = (kind: CredentialKind, message: string, reason: ReasonCode = 'malformed', details?: Record<string, unknown>): Decoded => ({
  kind,
  check: { id: 'format', status: 'failure', reason, message, ...(details && { details }) },
});

const isPlainObject = isObject;

/** A format outside the scope, named (never "not a credential", never "context not bundled"). */
const named = (kind: CredentialKind, format: NamedFormat): Decoded => ({
  kind,
  check: { id: 'format', status: 'failure', reason: 'unsupported-format', message: namedFormatMessage(format), details: { format } },
});

const unsafe = (kind: CredentialKind, label: string, problem: Problem) => failed(kind, `This ${label} can't be read safely: ${problem.message}.`, problem.reason, problem.details);

/** `parsed`: the value came from JSON.parse, so it is a tree (objects handed in may share parts or cycle). */
function fromJson(value: unknown, kind: CredentialKind, label: string, parsed = false): Decoded {
  const problem = findStructuralProblem(value, { shared: !parsed });
  if (problem) return unsafe(kind, label, problem);
  if (!isPlainObject(value)) return failed(kind, `This ${label} is JSON, but not a credential object.`, 'malformed', { problem: 'not-object' });
  const counts = findCountProblem(value);
  if (counts) return unsafe(kind, label, counts);
  const enveloped = envelopedContent(value);
  if (enveloped) return fromEnveloped(enveloped, label);
  const format = namedJsonFormat(value);
  if (format) return named(kind, format);
  return { kind, credential: value, check: { id: 'format', status: 'success', message: `Read a ${label}.` } };
}

/** The JSON of a JWT's header and payload, checked before jose parses it; undefined when fine or not base64url. */
function jwtPartsProblem(jwt: string): Problem | undefined {
  for (const part of jwt.split('.', 2)) {
    let text: string;
    try {
      text = new TextDecoder().decode(base64url.decode(part));
    } catch {
      return undefined; // decodeJwt says why
    }
    const problem = findJsonTextProblem(text);
    if (problem) return problem;
  }
  return undefined;
}

const JWT_MEDIA_TYPES = ['application/vc+jwt', 'application/vp+jwt', 'application/vc-ld+jwt', 'application/vp-ld+jwt', 'application/jwt'];

/** An enveloped credential (VC 2.0): the VC-JWT in its `data:` URL is what is verified; other media types are named. */
function fromEnveloped({ mediaType, data, base64 }: NonNullable<ReturnType<typeof envelopedContent>>, label: string): Decoded {
  if (/sd-jwt/.test(mediaType)) return named('vc-jwt', 'sd-jwt-vc');
  if (JWT_MEDIA_TYPES.includes(mediaType) && !base64 && isCompactJws(data.trim())) return fromJwt(data.trim(), 'vc-jwt', 'enveloped VC-JWT');
  return failed('json-ld', `This ${label} is enveloped as ${mediaType || 'an unnamed media type'}${base64 ? ' (base64)' : ''}, which this verifier does not read.`, 'unsupported-format', {
    problem: 'enveloped',
    mediaType: mediaType.slice(0, 100),
  });
}

function headerOf(jwt: string): JsonObject {
  try {
    return decodeProtectedHeader(jwt) as JsonObject;
  } catch {
    return {};
  }
}

/** A NumericDate as an ISO instant, for dates a Date can hold (`exp: 1e13` is none). */
function seconds(value: unknown): string | undefined {
  if (typeof value !== 'number') return undefined;
  const date = new Date(value * 1000);
  return Number.isFinite(date.getTime()) ? date.toISOString().replace('.000Z', 'Z') : undefined;
}

/** Whether a node states none of `keys`, in any form: a claim stands in only for what is not there at all. */
const statesNone = (node: JsonObject, ...keys: string[]) => keys.every((key) => node[key] === undefined);

/**
 * A VC-JWT's credential as VC Data Model 1.1 (§6.3.1) decodes it: the registered claims stand for the properties the
 * `vc` claim leaves out (iss the issuer, nbf its start, exp its expiry, jti its id, sub its one subject's id). A claim
 * fills only what the credential states in no form (`id` or `@id`; either date key of a pair), so it never adds a
 * second value beside one the readers would take; where both are there, the JWT check holds them equal.
 */
function withRegisteredClaims(vc: JsonObject, claims: JsonObject): JsonObject {
  const credential: JsonObject = { ...vc };
  const v2 = [vc['@context']].flat()[0] === 'https://www.w3.org/ns/credentials/v2';
  const issuer = credential['issuer'];
  if (typeof claims['iss'] === 'string') {
    if (issuer === undefined) credential['issuer'] = claims['iss'];
    else if (isObject(issuer) && statesNone(issuer, 'id', '@id')) credential['issuer'] = { ...issuer, id: claims['iss'] };
  }
  const nbf = seconds(claims['nbf']);
  const exp = seconds(claims['exp']);
  if (nbf && statesNone(credential, 'validFrom', 'issuanceDate')) credential[v2 ? 'validFrom' : 'issuanceDate'] = nbf;
  if (exp && statesNone(credential, 'validUntil', 'expirationDate')) credential[v2 ? 'validUntil' : 'expirationDate'] = exp;
  if (typeof claims['jti'] === 'string' && statesNone(credential, 'id', '@id')) credential['id'] = claims['jti'];
  const subject = credential['credentialSubject'];
  if (isObject(subject) && typeof claims['sub'] === 'string' && statesNone(subject, 'id', '@id')) credential['credentialSubject'] = { ...subject, id: claims['sub'] };
  return credential;
}

function fromJwt(jwt: string, kind: CredentialKind, label: string): Decoded {
  const problem = jwtPartsProblem(jwt);
  if (problem) return unsafe(kind, label, problem);
  let payload: Record<string, unknown>;
  try {
    payload = decodeJwt(jwt);
  } catch {
    return failed(kind, `This ${label} looks like a JWT, but its parts are not valid base64url JSON.`, 'malformed', { problem: 'jwt-parts' });
  }
  // VC-JWT (VC 1.1) carries the credential in the `vc` claim; VC-JOSE (VC 2.0) makes the payload the credential.
  // A VP-JWT (VC 1.1) carries the presentation in the `vp` claim.
  const credential = isPlainObject(payload.vc) ? withRegisteredClaims(payload.vc, payload) : isPlainObject(payload.vp) ? payload.vp : payload['@context'] ? payload : undefined;
  if (!credential && isSdJwtVc(headerOf(jwt), payload)) return named(kind, 'sd-jwt-vc');
  if (!credential) return failed(kind, `This ${label} is a JWT, but it carries no verifiable credential (no "vc" claim).`, 'unsupported-format', { problem: 'no-vc-claim' });
  const decoded = fromJson(credential, kind, label, true);
  return decoded.credential ? { ...decoded, jwt } : decoded;
}

function fromText(text: string, kindHint?: CredentialKind): Decoded {
  if (text.length > MAX_TEXT_BYTES) {
    return failed('unknown', `The input is ${(text.length / 1048576).toFixed(1)} MB; credentials larger than ${MAX_TEXT_BYTES / 1048576} MB are not accepted.`, 'too-large', { max: MAX_TEXT_BYTES });
  }
  const trimmed = text.trim();
  if (!trimmed) return failed('unknown', 'The input is empty.', 'malformed', { problem: 'empty' });
  const format = namedTextFormat(trimmed);
  if (format) return named('unknown', format);
  if (trimmed.startsWith('{') || trimmed.startsWith('[')) {
    const label = kindHint === 'baked-svg' ? 'credential baked into an SVG' : 'JSON-LD credential';
    const problem = findJsonTextProblem(trimmed);
    if (problem) return unsafe(kindHint ?? 'json-ld', label, problem);
    let value: unknown;
    try {
      value = JSON.parse(trimmed);
    } catch (error) {
      return failed('json-ld', `This is not valid JSON: ${(error as Error).message}.`, 'malformed', { problem: 'json' });
    }
    return fromJson(value, kindHint ?? 'json-ld', label, true);
  }
  if (isCompactJws(trimmed)) return fromJwt(trimmed, kindHint ?? 'vc-jwt', kindHint === 'baked-svg' ? 'credential baked into an SVG' : 'VC-JWT');
  if (kindHint && /^https?:\/\/\S+$/i.test(trimmed)) return { kind: kindHint, url: trimmed, check: { id: 'format', status: 'success', message: 'Read the address of a hosted badge baked into an image.' } };
  if (trimmed.startsWith('<')) {
    let baked: string | undefined;
    try {
      baked = extractFromSvg(trimmed);
    } catch {
      baked = undefined;
    }
    if (!baked) return failed('baked-svg', 'This SVG has no baked credential (no <openbadges:credential> element).', 'unsupported-format', { problem: 'no-baked' });
    return fromText(baked, 'baked-svg');
  }
  return failed('unknown', 'This is not a credential: expected JSON-LD, a VC-JWT, or a baked PNG or SVG badge.', 'unsupported-format', { problem: 'not-credential' });
}

async function fromBytes(bytes: Uint8Array): Promise<Decoded> {
  if (isPng(bytes)) {
    if (bytes.length > MAX_IMAGE_BYTES) return failed('baked-png', `The image is larger than ${MAX_IMAGE_BYTES / 1048576} MB.`, 'too-large', { max: MAX_IMAGE_BYTES });
    let baked: string | undefined;
    try {
      baked = await extractFromPng(bytes);
    } catch (error) {
      return failed('baked-png', `This PNG can't be read: ${(error as Error).message}.`, limitReason(error), { problem: 'png' });
    }
    if (!baked) return failed('baked-png', 'This PNG has no baked credential (no "openbadgecredential" or "openbadges" iTXt chunk).', 'unsupported-format', { problem: 'no-baked' });
    const decoded = fromText(baked, 'baked-png');
    if (decoded.check.status === 'success') decoded.check.message = 'Read a credential baked into a PNG.';
    return decoded;
  }
  if (bytes.length > MAX_TEXT_BYTES) return failed('unknown', `The input is larger than ${MAX_TEXT_BYTES / 1048576} MB.`, 'too-large', { max: MAX_TEXT_BYTES });
  if (isMdoc(bytes)) return named('unknown', 'mdoc');
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return failed('unknown', 'This file is neither text nor a PNG badge.', 'unsupported-format', { problem: 'binary' });
  }
  return fromText(text);
}

/** Decodes any accepted input; never throws. */
export async function decodeInput(input: unknown): Promise<Decoded> {
  try {
    if (typeof input === 'string') return fromText(input);
    if (input instanceof Uint8Array) return await fromBytes(input);
    if (input instanceof ArrayBuffer) return await fromBytes(new Uint8Array(input));
    if (typeof Blob !== 'undefined' && input instanceof Blob) {
      if (input.size > MAX_IMAGE_BYTES) return failed('unknown', `The file is larger than ${MAX_IMAGE_BYTES / 1048576} MB.`, 'too-large', { max: MAX_IMAGE_BYTES });
      return await fromBytes(new Uint8Array(await input.arrayBuffer()));
    }
    if (isPlainObject(input)) return fromJson(input, 'json-ld', 'JSON-LD credential');
    return failed('unknown', 'Nothing to verify: pass a credential object, JSON or JWT text, or image bytes.', 'unsupported-format', { problem: 'nothing' });
  } catch (error) {
    return failed('unknown', `The input could not be read: ${(error as Error).message}.`, limitReason(error) ?? 'internal-error');
  }
}

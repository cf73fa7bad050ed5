/**
 * Bounds on what the engine accepts, so that no input can exhaust memory or time, and the typed error a bound raises.
 * The bounds on JSON-LD work (contexts, nodes, canonicalization) are in work-bounds.ts.
 */
import { CredentialError } from '../errors.js';

/** Largest credential text or JSON accepted (a CLR with hundreds of achievements is well under this). */
export const MAX_TEXT_BYTES = 8 * 1024 * 1024;
/** Largest baked image accepted. */
export const MAX_IMAGE_BYTES = 16 * 1024 * 1024;
/** Deepest JSON nesting accepted (real credentials stay under 20). */
export const MAX_DEPTH = 64;
/** Most JSON objects and arrays in one input (a CLR of 1000 badges has about 30,000). */
export const MAX_JSON_CONTAINERS = 100_000;
/** Largest credential (in objects and arrays) whose every schema problem is listed; a larger one gets its first. */
export const MAX_LISTED_CONTAINERS = 20_000;
/** Most nested credentials verified in one report (CLR children, endorsements, at every level together). */
export const MAX_NESTED = 1000;
/** How deep credentials may nest inside credentials (CLR → badge → endorsement …). */
export const MAX_NESTING_LEVEL = 4;
/** Most proofs on one credential: each costs a canonicalization of the whole document (real ones carry one or two). */
export const MAX_PROOFS = 4;
/** Most credentialStatus entries on one credential: each may fetch a status list (real ones carry one or two). */
export const MAX_STATUS_ENTRIES = 8;
/**
 * Longest multibase key or signature: a P-384 signature (96 bytes) is 133 characters in base58btc, 129 in base64url.
 * Base58 decoding is quadratic in the length, so this is checked before decoding.
 */
export const MAX_MULTIBASE_CHARS = 200;
/** Longest verification method id (a did:key or did:jwk carries its key in the id; a URL is rarely longer than this). */
export const MAX_KEY_ID_CHARS = 2048;

/** The reason code a bound gives the check it stops. */
export type LimitReason = 'too-large' | 'too-complex';

/** The error a bound raises: INPUT_TOO_LARGE or INPUT_TOO_COMPLEX, with a message a person can read. */
export function limitError(reason: LimitReason, message: string): CredentialError {
  return new CredentialError(reason === 'too-large' ? 'INPUT_TOO_LARGE' : 'INPUT_TOO_COMPLEX', message);
}

/** The reason code when `error` (or an error it wraps) was raised by a bound; undefined for any other error. */
export function limitReason(error: unknown): LimitReason | undefined {
  for (let cause = error, depth = 0; cause && depth < 4; cause = (cause as { cause?: unknown }).cause, depth++) {
    const code = (cause as { code?: unknown }).code;
    if (code === 'INPUT_TOO_LARGE') return 'too-large';
    if (code === 'INPUT_TOO_COMPLEX') return 'too-complex';
  }
  return undefined;
}

/** Why an input is refused, in words and as a reason code. */
export interface Problem {
  message: string;
  reason: 'too-complex' | 'malformed';
  /** What the bound is, for a check's details: which one was passed (`depth`, `containers`, `proofs`, `status-entries`, or the structure's `cycle`, `proto-key`) and its figures. */
  details: { limit: string; max?: number; count?: number };
}

const tooDeep = (): Problem => ({ message: `it nests deeper than ${MAX_DEPTH} levels`, reason: 'too-complex', details: { limit: 'depth', max: MAX_DEPTH } });
const tooWide = (): Problem => ({ message: `it holds more than ${MAX_JSON_CONTAINERS} objects and arrays`, reason: 'too-complex', details: { limit: 'containers', max: MAX_JSON_CONTAINERS } });

/**
 * Checks JSON text before it is parsed: JSON.parse has no limits, and 8 MB of `[` or of `{},` takes hundreds of MB
 * to parse. One pass over the characters, skipping strings, counting nesting depth and objects and arrays.
 */
export function findJsonTextProblem(text: string): Problem | undefined {
  let depth = 0;
  let containers = 0;
  for (let at = 0; at < text.length; at++) {
    const char = text.charCodeAt(at);
    if (char === 0x22 /* " */) {
      for (at++; at < text.length && text.charCodeAt(at) !== 0x22; at++) if (text.charCodeAt(at) === 0x5c /* \ */) at++;
    } else if (char === 0x5b /* [ */ || char === 0x7b /* { */) {
      if (++depth > MAX_DEPTH) return tooDeep();
      if (++containers > MAX_JSON_CONTAINERS) return tooWide();
    } else if (char === 0x5d /* ] */ || char === 0x7d /* } */) {
      depth--;
    }
  }
  return undefined;
}

/**
 * Checks a JSON value's shape without recursion: depth, size, `__proto__` keys (which could poison objects built
 * from it) and, for objects handed in directly (`shared`: they may share or cycle), cycles. Parsed JSON is a tree,
 * so it is walked without remembering what was seen.
 */
export function findStructuralProblem(root: unknown, { shared = true }: { shared?: boolean } = {}): Problem | undefined {
  const values: unknown[] = [root];
  const depths: number[] = [0];
  const seen = shared ? new Set<object>() : undefined;
  let containers = 0;
  while (values.length) {
    const value = values.pop();
    const depth = depths.pop()!;
    if (value === null || typeof value !== 'object') continue;
    if (depth > MAX_DEPTH) return tooDeep();
    if (++containers > MAX_JSON_CONTAINERS) return tooWide();
    if (seen) {
      if (seen.has(value)) return { message: 'it refers to itself (a cycle)', reason: 'malformed', details: { limit: 'cycle' } };
      seen.add(value);
    }
    if (Array.isArray(value)) {
      for (const item of value) if (item !== null && typeof item === 'object') (values.push(item), depths.push(depth + 1));
      continue;
    }
    for (const key in value) {
      if (!Object.hasOwn(value, key)) continue;
      if (key === '__proto__') return { message: "it contains a '__proto__' key", reason: 'malformed', details: { limit: 'proto-key' } };
      const item = (value as Record<string, unknown>)[key];
      if (item !== null && typeof item === 'object') (values.push(item), depths.push(depth + 1));
    }
  }
  return undefined;
}

/** Whether `root` holds at most `max` objects and arrays; stops counting past `max`. */
export function hasAtMostContainers(root: unknown, max: number): boolean {
  const stack: unknown[] = [root];
  let count = 1;
  while (stack.length) {
    const value = stack.pop() as object;
    if (value === null || typeof value !== 'object') continue;
    for (const item of Array.isArray(value) ? value : Object.values(value)) {
      if (item === null || typeof item !== 'object') continue;
      if (++count > max) return false;
      stack.push(item);
    }
  }
  return true;
}

const entries = (value: unknown) => (value === undefined || value === null ? 0 : Array.isArray(value) ? value.length : 1);

/** Checks the counts that multiply a credential's work: its proofs and its status entries. */
export function findCountProblem(credential: Record<string, unknown>): Problem | undefined {
  if (entries(credential.proof) > MAX_PROOFS) {
    return { message: `it carries ${entries(credential.proof)} proofs (at most ${MAX_PROOFS} are checked)`, reason: 'too-complex', details: { limit: 'proofs', count: entries(credential.proof), max: MAX_PROOFS } };
  }
  const status = entries(credential.credentialStatus);
  if (status > MAX_STATUS_ENTRIES) {
    return { message: `it carries ${status} status entries (at most ${MAX_STATUS_ENTRIES} are checked)`, reason: 'too-complex', details: { limit: 'status-entries', count: status, max: MAX_STATUS_ENTRIES } };
  }
  return undefined;
}

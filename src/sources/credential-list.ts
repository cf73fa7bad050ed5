/**
 * A list of credentials given as JSON (at a URL, or as a property): each entry a credential object, JSON or VC-JWT
 * text, or the URL of a credential. An entry's URL is fetched with the caller's fetch only when it is on the list's
 * own origin; any other origin gets the browser's fetch without cookies (`credentials: 'omit'`), so what a page's
 * fetch adds (a session, a proxy's header) never goes to a host a list names.
 */
import { CredentialError } from '../errors.js';
import { classifyText, type CredentialInput } from './classify.js';
import { request, type CallOptions, type HttpOptions } from './http.js';
import { isObject } from './json.js';
import { fetchCredentialUrl } from './url.js';

export type ListEntry =
  | { kind: 'input'; input: CredentialInput }
  | { kind: 'url'; url: string; sameOrigin: boolean }
  | { kind: 'invalid'; error: CredentialError };

import { MAX_LIST_ENTRIES } from './list-limits.js';

export { MAX_LIST_ENTRIES };
/** A list of inline credentials is larger than one credential. */
const MAX_LIST_BYTES = 16 * 1024 * 1024;

/** The JSON array at `src` (an object with a `credentials` array is accepted too), at most MAX_LIST_ENTRIES long. */
export async function fetchCredentialList(src: string, options: HttpOptions & CallOptions = {}): Promise<unknown[]> {
  const url = absolute(src, globalThis.location?.href);
  if (!url) throw new CredentialError('INVALID_INPUT', 'The list address is not a valid http(s) URL.');
  const response = await request({ url, headers: { accept: 'application/json' }, ...(options.signal ? { signal: options.signal } : {}) }, { maxBytes: MAX_LIST_BYTES, ...options });
  const body = response.body;
  const list = Array.isArray(body) ? body : isObject(body) && Array.isArray(body['credentials']) ? body['credentials'] : undefined;
  if (!list) throw new CredentialError('BAD_RESPONSE', 'The list is not a JSON array of credentials.');
  return list.slice(0, MAX_LIST_ENTRIES);
}

/** One entry of a list read from `base` (the list's URL, or the page's): what it is, and for a URL whether it is the list's origin. */
export function readListEntry(value: unknown, base: string | undefined): ListEntry {
  try {
    if (isObject(value)) return { kind: 'input', input: { kind: 'json', credential: value } };
    if (typeof value !== 'string' || !value.trim()) throw new CredentialError('INVALID_INPUT', 'A list entry must be a credential, a VC-JWT or a URL.');
    const text = value.trim();
    if (/^[{<]/.test(text) || /^[\w-]+\.[\w-]+\.[\w-]*$/.test(text)) return { kind: 'input', input: classifyText(text) };
    const url = absolute(text, base);
    if (!url) throw new CredentialError('INVALID_INPUT', 'A list entry is neither a credential nor an http(s) URL.');
    const origin = base ? new URL(base).origin : undefined;
    return { kind: 'url', url, sameOrigin: new URL(url).origin === origin };
  } catch (error) {
    return { kind: 'invalid', error: error instanceof CredentialError ? error : new CredentialError('INVALID_INPUT', 'A list entry could not be read.', { cause: error }) };
  }
}

/** A listed URL's credential: through the caller's fetch on the list's origin, else the browser's, without cookies. */
export function fetchListedUrl(entry: { url: string; sameOrigin: boolean }, options: HttpOptions & CallOptions = {}): Promise<CredentialInput> {
  if (entry.sameOrigin) return fetchCredentialUrl(entry.url, options);
  const { fetch: _own, ...rest } = options;
  return fetchCredentialUrl(entry.url, { ...rest, credentials: 'omit' });
}

function absolute(text: string, base: string | undefined): string | undefined {
  try {
    const url = new URL(text, base);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

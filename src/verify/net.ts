/**
 * The engine's network look-ups (DID documents, key documents, issuer profiles, status lists), through the one HTTP
 * layer (src/sources/http.ts) with the look-up policy: no cookies, two tries, a size cap, JSON (or a JWS as text)
 * whatever the content type, a cache that keeps each answer for its lifetime, and each verification's look-up
 * budget (lookup-budget.ts).
 * The URLs come from the credential, so unlike a provider's errors these messages name them.
 */
import { CredentialError } from '../errors.js';
import { isCompactJws } from '../shape/formats.js';
import { isUnreachable as noAnswer } from '../sources/http-errors.js';
import { request, type HttpOptions, type HttpResponse } from '../sources/http.js';
import { findJsonTextProblem } from './limits.js';
import { budgetSpent, spendLookup, withinDeadline } from './lookup-budget.js';
import type { VerifyContext } from './options.js';

/**
 * Whether a look-up failed without an answer (timeout, DNS, CORS, offline, network use off, the verification's
 * look-up budget spent): "could not be checked".
 */
export const isUnreachable = (error: unknown): boolean => noAnswer(error) || budgetSpent(error);

const MAX_RESPONSE_BYTES = 2 * 1024 * 1024;
const DEFAULT_TTL_MS = 5 * 60 * 1000;
// A failed lookup is remembered briefly, so a page of fifty badges doesn't ask a broken host fifty times.
const FAILURE_TTL_MS = 30 * 1000;
const ACCEPT = 'application/did+ld+json, application/ld+json, application/json;q=0.9, */*;q=0.1';

/** The look-up policy: one retry (after 250–500 ms) for a lost connection or a busy host, and no long Retry-After waits. */
const LOOKUP: HttpOptions = {
  maxTries: 2,
  retryNetwork: true,
  backoffMs: 500,
  maxRetryAfterMs: 2000,
  maxBytes: MAX_RESPONSE_BYTES,
  // The cache below shares answers (and requests in flight) already.
  inFlight: false,
};

interface CacheEntry {
  expires: number;
  value: Promise<unknown>;
  /** The look-up failed: kept briefly, and passed over by a verification run again on purpose (`fresh`). */
  failed?: boolean;
}

// One cache per fetch function: a proxy's fetch (with its cookies, say) may see other answers than the default one.
let caches = new WeakMap<typeof fetch, Map<string, CacheEntry>>();

function cacheFor(fetcher: typeof fetch): Map<string, CacheEntry> {
  let cache = caches.get(fetcher);
  if (!cache) caches.set(fetcher, (cache = new Map()));
  return cache;
}

/** Forget cached lookups (tests, or a page that wants fresh status lists). */
export function clearNetworkCache(): void {
  caches = new WeakMap();
}

/** The layer's error, reworded to name the URL; the code, status, cause (and so `isUnreachable`) stay. */
function lookUpError(url: string, error: unknown, context: VerifyContext): CredentialError {
  if (!(error instanceof CredentialError)) return new CredentialError('NETWORK', `${url} could not be reached.`, { cause: error });
  const options = { cause: error, ...(error.status !== undefined ? { status: error.status } : {}) };
  switch (error.code) {
    case 'TIMEOUT':
      return new CredentialError('TIMEOUT', `${url} did not answer within ${context.timeoutMs / 1000} s.`, options);
    case 'ABORTED':
      return new CredentialError('ABORTED', 'The verification was cancelled.', options);
    case 'NETWORK':
    case 'OFFLINE':
      return new CredentialError(error.code, `${url} could not be reached.`, options);
    case 'RESPONSE_TOO_LARGE':
      return new CredentialError('RESPONSE_TOO_LARGE', `${url} sent more than ${MAX_RESPONSE_BYTES / 1048576} MB.`, options);
    default:
      return new CredentialError(error.code, error.status !== undefined ? `${url} answered HTTP ${error.status}.` : `${url}: ${error.message}`, options);
  }
}

function send(url: string, context: VerifyContext, redirect?: RequestRedirect): Promise<HttpResponse<Uint8Array>> {
  return request<Uint8Array>(
    { url, expect: 'bytes', credentials: 'omit', headers: { accept: ACCEPT }, ...(redirect ? { redirect } : {}), ...(context.signal ? { signal: context.signal } : {}) },
    { ...LOOKUP, fetch: context.fetch, timeoutMs: context.timeoutMs },
  );
}

function parseAnswer(url: string, body: Uint8Array): unknown {
  const text = new TextDecoder().decode(body);
  // JSON.parse has no bounds of its own: a deep or wide answer is refused before it is parsed.
  const problem = findJsonTextProblem(text);
  if (problem) throw new CredentialError('INPUT_TOO_COMPLEX', `${url} sent JSON that can't be read safely: ${problem.message}.`);
  try {
    return JSON.parse(text);
  } catch (error) {
    // Some status-list endpoints serve a VC-JWT; hand back the text for the caller to decode.
    if (isCompactJws(text.trim())) return text.trim();
    throw new CredentialError('BAD_RESPONSE', `${url} did not send JSON.`, { cause: error });
  }
}

async function lookUp(url: string, context: VerifyContext): Promise<unknown> {
  let body: Uint8Array;
  try {
    body = (await send(url, context)).body;
  } catch (error) {
    throw lookUpError(url, error, context);
  }
  return parseAnswer(url, body);
}

/** Most redirects a tracked look-up follows (the look-up proxy follows as many). */
export const MAX_REDIRECTS = 3;

/**
 * The header in which a look-up proxy (the proxy's `lookup` route) lists the redirects it followed for an answer:
 * absolute URLs, space-separated, in order. Read from any answer: it can only add addresses to judge.
 */
export const LOOKUP_REDIRECTS_HEADER = 'lookup-redirects';

/** An answer and the way to it: where each redirect led, as far as the runtime lets a script see. */
export interface TrackedAnswer {
  value: unknown;
  /** The addresses redirects led to, in order; the answer came from the last one. Empty when there was none. */
  redirects: string[];
  /** A browser followed redirects whose steps it does not show: only where they ended is known. */
  hiddenRedirects: boolean;
}

const isRedirect = (status: number) => status >= 300 && status < 400;

async function lookUpTracked(url: string, context: VerifyContext): Promise<TrackedAnswer> {
  const redirects: string[] = [];
  let hiddenRedirects = false;
  let current = url;
  for (;;) {
    let response: HttpResponse<Uint8Array>;
    try {
      response = await send(current, context, 'manual');
      if (response.status === 0) {
        // A browser's opaque redirect: its Location can't be read, so let fetch follow, and see where it ended.
        hiddenRedirects = true;
        response = await send(current, context, 'follow');
      }
    } catch (error) {
      throw lookUpError(current, error, context);
    }
    if (isRedirect(response.status)) {
      const location = response.headers.get('location');
      let next: URL | undefined;
      try {
        next = location ? new URL(location, current) : undefined;
      } catch {
        next = undefined;
      }
      if (!next || !/^https?:$/.test(next.protocol)) throw new CredentialError('BAD_RESPONSE', `${current} answered HTTP ${response.status} without a usable Location.`, { status: response.status });
      if (redirects.length >= MAX_REDIRECTS) throw new CredentialError('BAD_RESPONSE', `${url} redirected more than ${MAX_REDIRECTS} times.`, { status: response.status });
      redirects.push(next.href);
      current = next.href;
      continue;
    }
    // A fetch that followed redirects itself says where it ended; a look-up proxy lists the ones it followed.
    if (response.redirected && response.url && response.url !== current) redirects.push(response.url);
    const proxied = response.headers.get(LOOKUP_REDIRECTS_HEADER)?.split(/\s+/).filter(Boolean) ?? [];
    if (redirects.length + proxied.length > MAX_REDIRECTS) throw new CredentialError('BAD_RESPONSE', `${url} redirected more than ${MAX_REDIRECTS} times.`);
    redirects.push(...proxied);
    return { value: parseAnswer(current, response.body), redirects, hiddenRedirects };
  }
}

/**
 * Fetches JSON (or a JWS string) from `url`, sharing one request among concurrent callers and caching the answer
 * for `ttlMs(value)` (default five minutes). Throws a CredentialError with a stable code on failure.
 */
export function fetchJson(url: string, context: VerifyContext, ttlMs?: (value: unknown) => number | undefined): Promise<unknown> {
  return cached(url, url, context, () => lookUp(url, context), ttlMs);
}

/**
 * Fetches JSON like `fetchJson`, following at most MAX_REDIRECTS redirects itself where the runtime shows them
 * (`redirect: 'manual'`), and says where each one led: for look-ups whose every step must stay in a scope.
 */
export function fetchJsonTracked(url: string, context: VerifyContext): Promise<TrackedAnswer> {
  return cached(`tracked ${url}`, url, context, () => lookUpTracked(url, context));
}

function cached<T>(key: string, url: string, context: VerifyContext, load: () => Promise<T>, ttlMs?: (value: T) => number | undefined): Promise<T> {
  if (!context.network) return Promise.reject(new CredentialError('OFFLINE', `Network use is off, so ${url} was not fetched.`));
  if (!/^https?:\/\//i.test(url)) return Promise.reject(new CredentialError('INVALID_INPUT', `${url} is not an http(s) URL.`));
  const cache = cacheFor(context.fetch);
  const hit = cache.get(key);
  // A cached answer costs nothing; a new look-up costs one from the verification's budget (a URL asked before, none).
  if (hit && hit.expires > Date.now() && !(hit.failed && context.fresh)) return withinDeadline(hit.value as Promise<T>, url, context.lookups);
  const spent = spendLookup(context.lookups, url);
  if (spent) return Promise.reject(spent);
  const value = load();
  const entry: CacheEntry = { expires: Date.now() + DEFAULT_TTL_MS, value };
  cache.set(key, entry);
  value.then(
    (result) => {
      entry.expires = Date.now() + (ttlMs?.(result) ?? DEFAULT_TTL_MS);
    },
    (error: unknown) => {
      // A cancelled request says nothing about the host; forget it.
      if (error instanceof CredentialError && error.code === 'ABORTED') cache.delete(key);
      else {
        entry.expires = Date.now() + FAILURE_TTL_MS;
        entry.failed = true;
      }
    },
  );
  // The request runs to its own timeout (another verification may share it), but this one waits no longer than its deadline.
  return withinDeadline(value, url, context.lookups);
}

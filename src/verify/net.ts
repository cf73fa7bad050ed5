/**
 * Network lookups the engine makes (DID documents, key documents, issuer profiles, status lists): JSON over fetch
 * with a timeout, one retry for transient failures, a size cap, and a cache that keeps answers for their lifetime.
 */
import { CredentialError } from '../errors.js';
import { isCompactJws } from '../shape/formats.js';
import type { VerifyContext } from './options.js';

const MAX_RESPONSE_BYTES = 2 * 1024 * 1024;
const DEFAULT_TTL_MS = 5 * 60 * 1000;
// A failed lookup is remembered briefly, so a page of fifty badges doesn't ask a broken host fifty times.
const FAILURE_TTL_MS = 30 * 1000;
const RETRYABLE = new Set([429, 502, 503, 504]);

interface CacheEntry {
  expires: number;
  value: Promise<unknown>;
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

/** The body as text, read no further than MAX_RESPONSE_BYTES (a larger body is refused, not buffered). */
async function readCapped(response: Response, url: string): Promise<string> {
  const tooLarge = () => new CredentialError('RESPONSE_TOO_LARGE', `${url} sent more than ${MAX_RESPONSE_BYTES / 1048576} MB.`);
  if (Number(response.headers.get('content-length')) > MAX_RESPONSE_BYTES) throw tooLarge();
  if (!response.body) return response.text();
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  let size = 0;
  let text = '';
  for (let read = await reader.read(); !read.done; read = await reader.read()) {
    size += read.value.length;
    if (size > MAX_RESPONSE_BYTES) {
      await reader.cancel();
      throw tooLarge();
    }
    text += decoder.decode(read.value, { stream: true });
  }
  return text + decoder.decode();
}

async function fetchOnce(url: string, context: VerifyContext): Promise<unknown> {
  const signals = [AbortSignal.timeout(context.timeoutMs)];
  if (context.signal) signals.push(context.signal);
  let response: Response;
  try {
    response = await context.fetch(url, {
      headers: { accept: 'application/did+ld+json, application/ld+json, application/json;q=0.9, */*;q=0.1' },
      signal: AbortSignal.any(signals),
      credentials: 'omit',
    });
  } catch (error) {
    const name = (error as Error)?.name;
    if (name === 'TimeoutError') throw new CredentialError('TIMEOUT', `${url} did not answer within ${context.timeoutMs / 1000} s.`, { cause: error });
    if (name === 'AbortError') throw new CredentialError('ABORTED', 'The verification was cancelled.', { cause: error });
    throw new CredentialError('NETWORK', `${url} could not be reached.`, { cause: error });
  }
  if (!response.ok) {
    const code = response.status === 404 ? 'NOT_FOUND' : response.status >= 500 ? 'SERVER_ERROR' : 'HTTP_ERROR';
    throw new CredentialError(code, `${url} answered HTTP ${response.status}.`, { status: response.status });
  }
  const text = await readCapped(response, url);
  try {
    return JSON.parse(text);
  } catch (error) {
    // Some status-list endpoints serve a VC-JWT; hand back the text for the caller to decode.
    if (isCompactJws(text.trim())) return text.trim();
    throw new CredentialError('BAD_RESPONSE', `${url} did not send JSON.`, { cause: error });
  }
}

async function fetchWithRetry(url: string, context: VerifyContext): Promise<unknown> {
  try {
    return await fetchOnce(url, context);
  } catch (error) {
    const retryable = error instanceof CredentialError && (error.code === 'NETWORK' || (error.status !== undefined && RETRYABLE.has(error.status)));
    if (!retryable) throw error;
    await new Promise((resolve) => setTimeout(resolve, 250 + Math.random() * 250));
    return fetchOnce(url, context);
  }
}

/**
 * Fetches JSON (or a JWS string) from `url`, sharing one request among concurrent callers and caching the answer
 * for `ttlMs(value)` (default five minutes). Throws a CredentialError with a stable code on failure.
 */
export function fetchJson(url: string, context: VerifyContext, ttlMs?: (value: unknown) => number | undefined): Promise<unknown> {
  if (!context.network) return Promise.reject(new CredentialError('OFFLINE', `Network use is off, so ${url} was not fetched.`));
  if (!/^https?:\/\//i.test(url)) return Promise.reject(new CredentialError('INVALID_INPUT', `${url} is not an http(s) URL.`));
  const cache = cacheFor(context.fetch);
  const cached = cache.get(url);
  if (cached && cached.expires > Date.now()) return cached.value;
  const value = fetchWithRetry(url, context);
  const entry: CacheEntry = { expires: Date.now() + DEFAULT_TTL_MS, value };
  cache.set(url, entry);
  value.then(
    (result) => {
      entry.expires = Date.now() + (ttlMs?.(result) ?? DEFAULT_TTL_MS);
    },
    (error: unknown) => {
      // A cancelled request says nothing about the host; forget it.
      if (error instanceof CredentialError && error.code === 'ABORTED') cache.delete(url);
      else entry.expires = Date.now() + FAILURE_TTL_MS;
    },
  );
  return value;
}

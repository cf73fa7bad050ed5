/**
 * The one HTTP layer: the provider clients and plain URLs (src/sources) and the verifier's look-ups (verify/net.ts)
 * all go through `request`. Timeout per try, retries with backoff, typed errors, a size cap, JSON parsing, shared
 * identical GETs and a page-wide cap on open requests. Secrets travel only in `headers`.
 */
import { CredentialError } from '../errors.js';
import { errorForFailure, errorForStatus } from './http-errors.js';
import { defaultLimiter, type Limiter } from './limiter.js';
import { parseJsonBody, readBodyCapped } from './read-body.js';
import { backoffMs, RETRYABLE_STATUSES, retryAfterMs, sleep as realSleep } from './retry.js';

export interface HttpOptions {
  /** The fetch to use; defaults to the global one. */
  fetch?: typeof fetch;
  /** Timeout of each try, in milliseconds. Default 15 000. */
  timeoutMs?: number;
  /** Tries for 429/502/503/504, the first included. Default 3. */
  maxTries?: number;
  /**
   * Also try again after a failure with no answer at all (`NETWORK`). Default false: a provider's CORS refusal or a
   * wrong host only repeats itself, while a look-up of a public document is worth a second try.
   */
  retryNetwork?: boolean;
  /** First backoff step, in milliseconds; it doubles each try. Default 400. */
  backoffMs?: number;
  /** The longest `Retry-After` worth waiting for; a longer one fails at once. Default 30 000. */
  maxRetryAfterMs?: number;
  /** Largest body accepted, in bytes. Default 5 MiB. */
  maxBytes?: number;
  /** Injectable for tests: how to wait between tries. */
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
  /** Injectable for tests: the jitter source. */
  random?: () => number;
  /** Caps open requests; defaults to the page-wide limiter (6). */
  limiter?: Limiter;
  /** Share identical GETs in flight; defaults to a page-wide map per fetch function. `false` turns sharing off. */
  inFlight?: Map<string, SharedRequest> | false;
}

/** What every client method accepts besides its own arguments. */
export interface CallOptions {
  signal?: AbortSignal;
}

export type BodyKind = 'json' | 'bytes';

export interface HttpRequest {
  url: string;
  method?: 'GET' | 'POST' | 'PUT';
  headers?: Record<string, string>;
  body?: string;
  signal?: AbortSignal;
  /** 'json' parses (and requires a JSON content type); 'bytes' returns the body as is. */
  expect?: BodyKind;
  /** Whether cookies and HTTP auth go along (fetch's `credentials`). The verifier's look-ups say 'omit'. */
  credentials?: RequestCredentials;
  /**
   * fetch's `redirect`. With 'manual' a redirect is answered as it came, with an empty body: a 3xx with its
   * `Location` (Node, a proxy), or a browser's opaque redirect (status 0, nothing readable), for the caller to judge.
   */
  redirect?: RequestRedirect;
}

export interface HttpResponse<T = unknown> {
  status: number;
  headers: Headers;
  contentType: string | null;
  body: T;
  /** The address the answer came from, when fetch says (after the redirects it followed); '' when unknown. */
  url?: string;
  /** Whether fetch followed a redirect to get it. */
  redirected?: boolean;
}

/** A GET in flight and the callers waiting on it; the fetch aborts only when every caller has gone. */
export interface SharedRequest {
  promise: Promise<HttpResponse<unknown>>;
  controller: AbortController;
  waiting: number;
}

const DEFAULTS = {
  timeoutMs: 15_000,
  maxTries: 3,
  backoffMs: 400,
  maxRetryAfterMs: 30_000,
  maxBytes: 5 * 1024 * 1024,
};

// One map per fetch function: a custom fetch (a proxy's, a test's faults) may answer the same URL differently, so
// requests share only with others made through the same fetch. The default fetch is keyed by this module's own.
const sharedInFlight = new WeakMap<typeof fetch, Map<string, SharedRequest>>();
const defaultFetchKey: typeof fetch = (input, init) => globalThis.fetch(input, init);

function sharedFor(fetcher: typeof fetch | undefined): Map<string, SharedRequest> {
  const key = fetcher ?? defaultFetchKey;
  let map = sharedInFlight.get(key);
  if (!map) sharedInFlight.set(key, (map = new Map()));
  return map;
}

export async function request<T = unknown>(req: HttpRequest, options: HttpOptions = {}): Promise<HttpResponse<T>> {
  const method = req.method ?? 'GET';
  const inFlight = options.inFlight === undefined ? sharedFor(options.fetch) : options.inFlight;
  if (method !== 'GET' || !inFlight) return (await send(req, options, req.signal)) as HttpResponse<T>;
  return (await joinShared(req, options, inFlight)) as HttpResponse<T>;
}

/** Identical GETs (same URL, headers and body kind) share one fetch. The key stays in memory, never in a log. */
function joinShared(req: HttpRequest, options: HttpOptions, inFlight: Map<string, SharedRequest>): Promise<HttpResponse<unknown>> {
  const key = JSON.stringify([req.url, req.expect ?? 'json', req.redirect ?? 'follow', Object.entries(req.headers ?? {}).sort()]);
  let shared = inFlight.get(key);
  if (!shared) {
    const controller = new AbortController();
    const promise = send(req, options, controller.signal).finally(() => {
      if (inFlight.get(key) === entry) inFlight.delete(key);
    });
    // Each waiter hears the outcome through its own handlers; when every waiter has left, nobody need hear it.
    promise.catch(() => undefined);
    const entry: SharedRequest = { promise, controller, waiting: 0 };
    inFlight.set(key, entry);
    shared = entry;
  }
  // Each caller gets its own copy of the body, so one caller's changes never reach another.
  return waitShared(shared, req.signal).then((response) => ({ ...response, body: structuredClone(response.body) }));
}

function waitShared(shared: SharedRequest, signal: AbortSignal | undefined): Promise<HttpResponse<unknown>> {
  shared.waiting++;
  if (!signal) return shared.promise;
  return new Promise((resolve, reject) => {
    const leave = () => {
      signal.removeEventListener('abort', onAbort);
    };
    const onAbort = () => {
      leave();
      if (--shared.waiting === 0) shared.controller.abort(signal.reason);
      reject(errorForFailure(signal.reason, { aborted: true }));
    };
    if (signal.aborted) return onAbort();
    signal.addEventListener('abort', onAbort, { once: true });
    shared.promise.then(
      (value) => {
        leave();
        resolve(value);
      },
      (error: unknown) => {
        leave();
        reject(error);
      },
    );
  });
}

/** One request with its retries. */
async function send(req: HttpRequest, options: HttpOptions, signal: AbortSignal | undefined): Promise<HttpResponse<unknown>> {
  const maxTries = options.maxTries ?? DEFAULTS.maxTries;
  const wait = options.sleep ?? realSleep;
  for (let attempt = 1; ; attempt++) {
    const outcome = await tryOnce(req, options, signal);
    if (!('retryable' in outcome)) return outcome;
    const { error, retryAfter } = outcome;
    const tooLong = retryAfter !== undefined && retryAfter > (options.maxRetryAfterMs ?? DEFAULTS.maxRetryAfterMs);
    if (attempt >= maxTries || tooLong) throw error;
    const delay = retryAfter ?? backoffMs(attempt, options.backoffMs ?? DEFAULTS.backoffMs, options.random);
    try {
      await wait(delay, signal);
    } catch (cause) {
      throw errorForFailure(cause, { aborted: true });
    }
  }
}

type Attempt = HttpResponse<unknown> | { retryable: true; error: CredentialError; retryAfter?: number };

async function tryOnce(req: HttpRequest, options: HttpOptions, signal: AbortSignal | undefined): Promise<Attempt> {
  const limiter = options.limiter ?? defaultLimiter;
  const doFetch = options.fetch ?? globalThis.fetch.bind(globalThis);

  return limiter.run(async () => {
    // The clock starts when the request is sent, not while it waits for a slot.
    const timeout = AbortSignal.timeout(options.timeoutMs ?? DEFAULTS.timeoutMs);
    const combined = signal ? AbortSignal.any([signal, timeout]) : timeout;
    if (signal?.aborted) throw errorForFailure(signal.reason, { aborted: true });
    let response: Response;
    try {
      const init: RequestInit = { method: req.method ?? 'GET', headers: req.headers ?? {}, signal: combined };
      if (req.body !== undefined) init.body = req.body;
      if (req.credentials) init.credentials = req.credentials;
      if (req.redirect) init.redirect = req.redirect;
      response = await doFetch(req.url, init);
    } catch (cause) {
      const error = errorForFailure(cause, { timedOut: timeout.aborted && !signal?.aborted, aborted: !!signal?.aborted });
      if (options.retryNetwork && error.code === 'NETWORK') return { retryable: true, error };
      throw error;
    }

    const where = { url: response.url ?? '', redirected: !!response.redirected };
    if (req.redirect === 'manual' && (response.type === 'opaqueredirect' || (response.status >= 300 && response.status < 400))) {
      await response.body?.cancel().catch(() => undefined);
      const empty = req.expect === 'bytes' ? new Uint8Array() : undefined;
      return { status: response.status, headers: response.headers, contentType: null, body: empty, ...where };
    }
    if (!response.ok) {
      await response.body?.cancel().catch(() => undefined);
      const error = errorForStatus(response.status, response.statusText);
      if (RETRYABLE_STATUSES.has(response.status)) {
        const retryAfter = retryAfterMs(response.headers.get('retry-after'));
        return retryAfter === undefined ? { retryable: true, error } : { retryable: true, error, retryAfter };
      }
      throw error;
    }

    const contentType = response.headers.get('content-type');
    let bytes: Uint8Array;
    try {
      bytes = await readBodyCapped(response, options.maxBytes ?? DEFAULTS.maxBytes);
    } catch (cause) {
      if (cause instanceof CredentialError) throw cause;
      throw errorForFailure(cause, { timedOut: timeout.aborted && !signal?.aborted, aborted: !!signal?.aborted });
    }
    const body = req.expect === 'bytes' ? bytes : parseJsonBody(bytes, contentType, response.status);
    return { status: response.status, headers: response.headers, contentType, body, ...where };
  });
}

/** Joins a base URL and a path without doubling or losing the slash between them. */
export function joinUrl(base: string, path: string, query?: Record<string, string | number | undefined>): string {
  const url = base.replace(/\/+$/, '') + '/' + path.replace(/^\/+/, '');
  if (!query) return url;
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(query)) if (value !== undefined && value !== '') params.set(name, String(value));
  const text = params.toString();
  return text ? `${url}?${text}` : url;
}

/**
 * The pipeline's head start (the script-tag build): before an element's class has loaded, its markup already says
 * where its credential is. The script-tag entries start that request in their first task, through the URL source and
 * the HTTP layer the element itself uses (same headers, timeout, retries and size cap); the element, once upgraded,
 * takes the response instead of asking again (fetch-document.ts). Only a plain `src` with the page's own fetch: a
 * provider's API needs a secret, which only a property carries, and a custom fetch is a property too.
 */
import { CredentialError } from '../errors.js';
import type { HttpResponse } from '../sources/http.js';
import { fetchCredentialBytes } from '../sources/url-bytes.js';

/** The bytes as served: the element classifies them when it takes them (fetch-document.ts), as it would its own. */
export type EarlyResponse = Pick<HttpResponse<Uint8Array>, 'body' | 'contentType'>;

export interface EarlyRequest {
  promise: Promise<EarlyResponse>;
  /** Elements that asked for it and have not taken it yet. */
  takers: number;
  /** Its credential is sent to the verifier as soon as it arrives (verifyOnArrival), once. */
  verifying: boolean;
}

const started = new Map<string, EarlyRequest>();
/** How long a response waits for the element that asked for it (one removed from the page never comes). */
const KEEP_MS = 60_000;

function keyOf(src: string, timeoutMs: number | undefined): string | undefined {
  try {
    return `${new URL(src, globalThis.location?.href).href} ${timeoutMs ?? ''}`;
  } catch {
    return undefined; // the element reports the invalid URL itself
  }
}

const timeoutOf = (element: Element): number | undefined => Number(element.getAttribute('timeout')) || undefined;

/** What an element shows (see pipeline.ts's ViewPurpose), so that the code its view needs loads too. */
export type EarlyPurpose = 'card' | 'credential' | 'transcript';

const preloaded = new Set<string>();

/**
 * Starts what an element's markup says it will need, before its class has loaded: its credential's request, and the
 * pipeline's stages and the mapper its view needs (lazy chunks the element would otherwise ask for one after another).
 */
export function startFromMarkup(element: Element, purpose: EarlyPurpose): void {
  const request = requestFromMarkup(element);
  // A badge's verification is asked for as a batch badge asks (load/verify-batch.ts: no options but its own), so it
  // is the one its element, once loaded, would ask for; a transcript's and <credential-verify>'s carry their own.
  if (request && purpose === 'card' && element.getAttribute('verify') !== 'off' && !request.verifying) {
    request.verifying = true;
    void request.promise.then(verifyOnArrival, () => undefined);
  }
  const provider = element.getAttribute('provider') ?? undefined;
  const key = `${purpose} ${provider ?? ''}`;
  if (preloaded.has(key)) return;
  preloaded.add(key);
  void Promise.all([
    import('./fetch-document.js'),
    import('./read-document.js'),
    import('./view.js').then(({ preloadMappers }) => preloadMappers(purpose === 'transcript' ? 'transcript' : 'credential', provider)),
  ]).catch(() => undefined);
}

/** Starts the request an element's markup asks for (`src`, `timeout`); none when it names a provider. */
export function requestFromMarkup(element: Element): EarlyRequest | undefined {
  const src = element.getAttribute('src');
  if (!src || element.hasAttribute('provider')) return undefined;
  const timeoutMs = timeoutOf(element);
  const key = keyOf(src, timeoutMs);
  if (key === undefined) return undefined;
  const existing = started.get(key);
  if (existing) {
    existing.takers++;
    return existing;
  }
  const entry: EarlyRequest = { promise: fetchCredentialBytes(src, timeoutMs ? { timeoutMs } : {}), takers: 1, verifying: false };
  entry.promise.catch(() => undefined);
  started.set(key, entry);
  setTimeout(() => started.get(key) === entry && started.delete(key), KEEP_MS);
  return entry;
}

/**
 * A badge's credential goes to the verifier the moment it arrives, while the element's code is still loading and
 * before the element reads and maps the document: the worker verifies while the main thread does that. The verify
 * client keeps the pending report under the credential's content and the options (verify-client/shared-reports.ts):
 * the element, asking for the same document with the same options, is given this report; one asking for another
 * document, or with other options (trusted issuers, a verifier fetch of its own, a retry), gets a verification of its
 * own. Only a JSON credential that is not a CLR (whose entries are verified side by side), read as the URL source
 * reads JSON (sources/classify.ts), here, so as to wait for no chunk; anything else the element reads and verifies.
 */
async function verifyOnArrival({ body }: EarlyResponse): Promise<void> {
  const text = new TextDecoder().decode(body).replace(/^\uFEFF/, '').trim();
  if (!text.startsWith('{')) return;
  let credential: unknown;
  try {
    credential = JSON.parse(text);
  } catch {
    return; // the element reports what is wrong with it
  }
  if (!credential || typeof credential !== 'object' || Array.isArray(credential)) return;
  if ([(credential as Record<string, unknown>)['type']].flat().includes('ClrCredential')) return;
  // In the script tag's first chunk already (src/script-tag/elements.ts starts the workers from it).
  const { verifyShared } = await import('../verify-client/workers.js');
  verifyShared(credential);
}

/**
 * The response to a request started from markup for this URL and timeout, if there is one not yet taken: each element
 * that asked takes it once, as its own copy. Waiting on it ends with an ABORTED error when `signal` aborts.
 */
export function takeEarly(src: string, timeoutMs: number | undefined, signal: AbortSignal): Promise<EarlyResponse> | undefined {
  const key = keyOf(src, timeoutMs);
  const entry = key === undefined ? undefined : started.get(key);
  if (!entry) return undefined;
  if (--entry.takers === 0) started.delete(key!);
  return new Promise((resolve, reject) => {
    const onAbort = () => reject(new CredentialError('ABORTED', 'The request was cancelled.', { cause: signal.reason }));
    if (signal.aborted) return onAbort();
    signal.addEventListener('abort', onAbort, { once: true });
    entry.promise
      .then(({ body, contentType }) => resolve({ body: body.slice(), contentType }), reject)
      .finally(() => signal.removeEventListener('abort', onAbort));
  });
}

/**
 * The loading pipeline: one way through, the same for every element.
 *
 *   attribute → request    request.ts         what the element was told: src, credential, provider, …
 *   request → document     fetch-document.ts  the credential as its source serves it (src/sources)
 *   document → loaded      read-document.ts   what it is, its decoded credential, what to verify: decided once
 *   loaded → view          view.ts            the display model (src/model); after verification, from what was verified
 *   loaded → report        verification.ts    the verify client (a worker where there is one); for elements that
 *                          verify-batch.ts    stand many to a page, in batches shared with the others
 *
 * Elements import this module only. The fetching and decoding code loads with the first request, alongside the
 * source that request needs; the mappers and the verifier load on first use. Nothing here throws to an element
 * but a CredentialError (or an abort), which `errorDetail` turns into the `credential-error` event's detail.
 */
import { isCredentialError, type CredentialErrorCode } from '../errors.js';
import type { JsonObject } from '../shape/json.js';
import type { LoadedDocument } from './read-document.js';
import type { LoadRequest } from './request.js';

export { hasSource, sameRequest, type LoadRequest } from './request.js';
export type { DocumentKind, LoadedDocument } from './read-document.js';
export { prepareVerifier, verifiedCredential, verifyDocument } from './verification.js';
export { verifyInBatch } from './verify-batch.js';

type Views = typeof import('./view.js');

/** What an element shows: a card (`<credential-badge>`), a credential as the verifier reports it, or a transcript. */
export type ViewPurpose = 'card' | 'credential' | 'transcript';

type ViewOf<P extends ViewPurpose> = Awaited<ReturnType<Views[P extends 'card' ? 'cardView' : P extends 'credential' ? 'credentialView' : 'transcriptView']>>;

const views = () => import('./view.js');

/** Request → loaded document: fetched through its source, then read. Rejects with a CredentialError. */
export async function loadDocument(request: LoadRequest, signal: AbortSignal): Promise<LoadedDocument> {
  if (request.loaded) return request.loaded;
  const stages = Promise.all([import('./fetch-document.js'), import('./read-document.js')]);
  // A URL (the common case): the URL source and the HTTP layer load alongside the stages that import them, not after.
  if (request.credential == null && request.src && !request.provider) {
    void Promise.all([import('../sources/url.js'), import('../sources/http.js'), import('../sources/classify.js')]).catch(() => undefined);
  }
  const [{ fetchDocument }, { readDocument }] = await stages;
  return readDocument(await fetchDocument(request, signal));
}

/**
 * Loaded document → view, for a purpose; `signed` is the credential verification read from the document (see
 * view.ts). Rejects with a CredentialError when the document is not what the purpose needs.
 */
export async function viewOf<P extends ViewPurpose>(purpose: P, loaded: LoadedDocument, signed?: JsonObject): Promise<ViewOf<P>> {
  const module = await views();
  const make = purpose === 'card' ? module.cardView : purpose === 'credential' ? module.credentialView : module.transcriptView;
  return (await make(loaded, signed)) as ViewOf<P>;
}

/** Starts loading the code a view for this purpose will need (and the provider's mapper), while the document downloads. */
export function preloadView(purpose: ViewPurpose, provider?: string): void {
  void views().then(
    ({ preloadMappers }) => preloadMappers(purpose === 'transcript' ? 'transcript' : 'credential', provider),
    () => undefined,
  );
}

/** Any thrown value as { code, message } for the credential-error event. */
export function errorDetail(error: unknown, fallback: CredentialErrorCode = 'BAD_RESPONSE'): { code: CredentialErrorCode; message: string; format?: string } {
  if (isCredentialError(error)) return { code: error.code, message: error.message, ...(error.format ? { format: error.format } : {}) };
  if (error instanceof DOMException && error.name === 'AbortError') return { code: 'ABORTED', message: 'The request was cancelled.' };
  return { code: fallback, message: error instanceof Error ? error.message : String(error) };
}

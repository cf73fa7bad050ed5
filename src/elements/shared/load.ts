/**
 * Source selection: from the element's attributes and properties to one document, through the provider clients of
 * src/sources. The token goes to the client as a header value only; it never appears in a URL or a message.
 * The loading itself (load-document.ts) and each source load on first use (dynamic imports), so the elements'
 * definitions carry none of it and a page of `src` badges never downloads the provider clients.
 */
import { isCredentialError, type CredentialErrorCode } from '../../errors.js';
import type { Provider } from '../../model/types.js';
import type { JsonObject } from '../../sources/json.js';
import type { VerificationReport } from '../../verify/types.js';
import type { ProviderName } from './types.js';

export interface SourceRequest {
  src?: string | undefined;
  provider?: ProviderName | string | undefined;
  apiBase?: string | undefined;
  credentialId?: string | undefined;
  org?: string | undefined;
  userId?: string | undefined;
  credential?: unknown;
  token?: string | undefined;
  fetch?: typeof fetch | undefined;
  /** The verifier's fetch (for a baked image, decoded by the engine); never the provider fetch above. */
  verifyFetch?: typeof fetch | undefined;
  timeoutMs?: number | undefined;
  signal: AbortSignal;
}

export interface LoadedDocument {
  /** Which mapper reads `document`. */
  provider: Provider;
  /** A JSON object, or a VC-JWT compact string. */
  document: JsonObject | string;
  /** What to verify, when the source carries a verifiable credential. */
  verifiable?: unknown;
  /** A report made while decoding (baked images are decoded by the engine); reused instead of verifying twice. */
  report?: VerificationReport;
  /** The original, as text, for "download JSON". */
  original: string;
}

/** Whether the element has been told where its credential is. */
export function hasSource(request: Omit<SourceRequest, 'signal'>): boolean {
  return request.credential != null || !!request.src || !!request.provider;
}

/** Loads the credential the request points at; the code that does it loads with the first request. */
export async function loadDocument(request: SourceRequest): Promise<LoadedDocument> {
  const loader = import('./load-document.js');
  // A URL (the common case): fetch its source client, and the modules that client imports, alongside the loader
  // rather than one after the other (the same modules load-document.ts imports, so nothing downloads twice).
  if (request.credential == null && request.src && !request.provider) {
    void Promise.all([import('../../sources/url.js'), import('../../sources/http.js'), import('../../sources/classify.js'), import('../../sources/json.js')]).catch(() => undefined);
  }
  const { loadDocument: load } = await loader;
  return load(request);
}

/** Any thrown value as { code, message } for the credential-error event. */
export function errorDetail(error: unknown, fallback: CredentialErrorCode = 'BAD_RESPONSE'): { code: CredentialErrorCode; message: string } {
  if (isCredentialError(error)) return { code: error.code, message: error.message };
  if (error instanceof DOMException && error.name === 'AbortError') return { code: 'ABORTED', message: 'The request was cancelled.' };
  return { code: fallback, message: error instanceof Error ? error.message : String(error) };
}

/**
 * The pipeline's first step (attribute → request): what an element was told about where its credential is, as one
 * request. Light on purpose: elements import it statically, so they can tell at once whether there is anything to load.
 */
import type { ProviderName } from '../sources/providers.js';
import type { LoadedDocument } from './read-document.js';

export interface LoadRequest {
  /** A credential's URL: JSON-LD, a VC-JWT, a baked PNG or SVG badge (unused with `provider`). */
  src?: string | undefined;
  /** A document already loaded (a gallery's item, shown again in its dialog): used as it is. Wins over the rest. */
  loaded?: LoadedDocument | undefined;
  /** An inline credential: a JSON object, JSON or VC-JWT text, or the bytes of a baked image. Wins over the rest. */
  credential?: unknown;
  /** The provider API, as the attribute says it (checked when loading). */
  provider?: ProviderName | string | undefined;
  apiBase?: string | undefined;
  credentialId?: string | undefined;
  org?: string | undefined;
  userId?: string | undefined;
  /** The provider's API secret: sent as a header value only, never in a URL or a message. */
  token?: string | undefined;
  /** The fetch for the provider API and the credential's URL (never the verifier's look-ups). */
  fetch?: typeof fetch | undefined;
  /** Timeout of each request, in milliseconds. */
  timeoutMs?: number | undefined;
}

/** Whether the request says where a credential is. */
export function hasSource(request: LoadRequest): boolean {
  return request.loaded != null || request.credential != null || !!request.src || !!request.provider;
}

/** Whether two requests ask for the same thing (the same values, compared as `===`): a new one loads again. */
export function sameRequest(a: LoadRequest, b: LoadRequest): boolean {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)] as Array<keyof LoadRequest>);
  for (const key of keys) if (a[key] !== b[key]) return false;
  return true;
}

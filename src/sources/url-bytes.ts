/**
 * A plain URL's credential as bytes (url.ts classifies them): apart, so that the script tag can start the request from
 * the markup without carrying the code that tells the formats apart (load/early.ts).
 */
import { CredentialError } from '../errors.js';
import { request, type CallOptions, type HttpOptions, type HttpResponse } from './http.js';

/** Options of one URL's fetch; `credentials` is fetch's (a list's entries on other origins go with 'omit'). */
export type UrlFetchOptions = HttpOptions & CallOptions & { credentials?: RequestCredentials };

/** The credential's bytes as served, and their content type, unread (what `fetchCredentialUrl` classifies). */
export async function fetchCredentialBytes(url: string, options: UrlFetchOptions = {}): Promise<HttpResponse<Uint8Array>> {
  let parsed: URL;
  try {
    parsed = new URL(url, globalThis.location?.href);
  } catch (cause) {
    throw new CredentialError('INVALID_INPUT', 'The credential address is not a valid URL.', { cause });
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') {
    throw new CredentialError('INVALID_INPUT', 'The credential address must start with https:// or http://.');
  }
  return request<Uint8Array>(
    {
      url: parsed.href,
      expect: 'bytes',
      headers: { accept: 'application/vc+ld+json, application/ld+json, application/json, application/vc+jwt, image/png, image/svg+xml;q=0.9, */*;q=0.5' },
      ...(options.signal ? { signal: options.signal } : {}),
      ...(options.credentials ? { credentials: options.credentials } : {}),
    },
    options,
  );
}

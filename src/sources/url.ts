/** A credential at a plain URL: JSON-LD, a VC-JWT, or a baked PNG/SVG badge. No auth: public URLs only. */
import { CredentialError } from '../errors.js';
import { classifyBytes, type CredentialInput } from './classify.js';
import { request, type CallOptions, type HttpOptions } from './http.js';

/** Options of one URL's fetch; `credentials` is fetch's (a list's entries on other origins go with 'omit'). */
export type UrlFetchOptions = HttpOptions & CallOptions & { credentials?: RequestCredentials };

export async function fetchCredentialUrl(url: string, options: UrlFetchOptions = {}): Promise<CredentialInput> {
  let parsed: URL;
  try {
    parsed = new URL(url, globalThis.location?.href);
  } catch (cause) {
    throw new CredentialError('INVALID_INPUT', 'The credential address is not a valid URL.', { cause });
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') {
    throw new CredentialError('INVALID_INPUT', 'The credential address must start with https:// or http://.');
  }
  const response = await request<Uint8Array>(
    {
      url: parsed.href,
      expect: 'bytes',
      headers: { accept: 'application/vc+ld+json, application/ld+json, application/json, application/vc+jwt, image/png, image/svg+xml;q=0.9, */*;q=0.5' },
      ...(options.signal ? { signal: options.signal } : {}),
      ...(options.credentials ? { credentials: options.credentials } : {}),
    },
    options,
  );
  return classifyBytes(response.body, response.contentType);
}

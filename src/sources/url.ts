/** A credential at a plain URL: JSON-LD, a VC-JWT, or a baked PNG/SVG badge. No auth: public URLs only. */
import { classifyBytes, type CredentialInput } from './classify.js';
import { fetchCredentialBytes, type UrlFetchOptions } from './url-bytes.js';

export type { UrlFetchOptions } from './url-bytes.js';

export async function fetchCredentialUrl(url: string, options: UrlFetchOptions = {}): Promise<CredentialInput> {
  const response = await fetchCredentialBytes(url, options);
  return classifyBytes(response.body, response.contentType);
}

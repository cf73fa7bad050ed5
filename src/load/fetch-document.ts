/**
 * Request → document (the pipeline's second step): the credential as its source serves it, through src/sources. The
 * URL and inline sources come with this module; a provider's client loads on first use, so a page of `src` badges
 * never downloads them.
 */
import { CredentialError } from '../errors.js';
import { classifyBytes, type CredentialInput } from '../sources/classify.js';
import type { ClrDocument } from '../sources/clr.js';
import { readInlineCredential } from '../sources/inline.js';
import type { JsonObject } from '../shape/json.js';
import { providerName } from '../sources/providers.js';
import { fetchCredentialUrl } from '../sources/url.js';
import { takeEarly } from './early.js';
import type { LoadRequest } from './request.js';

/** A document as served: an input to decode (a URL's or an inline credential), a CLR from the CLR API, or a provider's record. */
export type FetchedDocument =
  | { source: 'input'; input: CredentialInput }
  | { source: 'clr'; document: ClrDocument }
  | { source: 'accredible' | 'ibl'; record: JsonObject };

export async function fetchDocument(request: LoadRequest, signal: AbortSignal): Promise<FetchedDocument> {
  const http = {
    // Identical GETs are shared page-wide, per fetch function (src/sources/http.ts).
    ...(request.fetch ? { fetch: request.fetch } : {}),
    ...(request.timeoutMs ? { timeoutMs: request.timeoutMs } : {}),
  };
  if (request.credential != null) return { source: 'input', input: readInlineCredential(request.credential) };
  if (request.src && !request.provider) {
    // A request the script tag started from the markup, before this element's class had loaded (early.ts).
    const early = request.fetch ? undefined : takeEarly(request.src, request.timeoutMs, signal);
    if (!early) return { source: 'input', input: await fetchCredentialUrl(request.src, { ...http, signal }) };
    const { body, contentType } = await early;
    return { source: 'input', input: classifyBytes(body, contentType) };
  }

  const base = request.apiBase?.trim() || undefined;
  const id = request.credentialId?.trim() || undefined;
  const token = request.token;
  switch (providerName(request.provider)) {
    case 'clr': {
      if (!base) throw new CredentialError('INVALID_INPUT', 'provider="clr" needs an api-base.');
      const { createClrClient } = await import('../sources/clr.js');
      const client = createClrClient({ ...http, base, ...(token ? { token } : {}) });
      return { source: 'clr', document: await client.load(id, { signal }) };
    }
    case 'accredible': {
      if (!id) throw new CredentialError('INVALID_INPUT', 'provider="accredible" needs a credential-id.');
      const { createAccredibleClient } = await import('../sources/accredible.js');
      const client = createAccredibleClient({ ...http, ...(base ? { base } : {}), ...(token ? { apiKey: token } : {}) });
      return { source: 'accredible', record: await client.getCredential(id, { signal }) };
    }
    case 'ibl': {
      if (!id || !request.org || !request.userId) throw new CredentialError('INVALID_INPUT', 'provider="ibl" needs org, user-id and credential-id.');
      const { createIblClient } = await import('../sources/ibl.js');
      const client = createIblClient({ ...http, ...(base ? { base } : {}), org: request.org, userId: request.userId, ...(token ? { apiKey: token } : {}) });
      return { source: 'ibl', record: await client.getCredential(id, { signal }) };
    }
    default:
      throw new CredentialError('INVALID_INPUT', 'provider must be "clr", "accredible" or "ibl".');
  }
}

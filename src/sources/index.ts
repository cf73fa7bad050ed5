// Credential sources: one client per provider API, plus plain URLs and inline values. Explicit re-exports only.
export { PROVIDER_NAMES, providerName, type ProviderName } from './providers.js';
export { request, joinUrl, type HttpOptions, type HttpRequest, type HttpResponse, type CallOptions } from './http.js';
export { createLimiter, defaultLimiter, MAX_OPEN_REQUESTS, type Limiter } from './limiter.js';
export { retryAfterMs, backoffMs, RETRYABLE_STATUSES } from './retry.js';
export { isUnreachable } from './http-errors.js';
export { parseLinkHeader } from './link-header.js';
export { createClrClient, type ClrClient, type ClrClientOptions, type ClrDocument, type ClrPage } from './clr.js';
export {
  createAccredibleClient,
  ACCREDIBLE_BASE,
  type AccredibleClient,
  type AccredibleClientOptions,
  type AccredibleQuery,
  type AccrediblePage,
} from './accredible.js';
export { createIblClient, IBL_BASE, IBL_MAX_PAGE_SIZE, type IblClient, type IblClientOptions, type IblQuery, type IblPage } from './ibl.js';
export { fetchCredentialUrl } from './url.js';
export { readInlineCredential } from './inline.js';
export { classifyBytes, classifyText, type CredentialInput } from './classify.js';
export { readJwsPayload, credentialOfJws } from './jwt-payload.js';
export type { JsonObject } from './json.js';

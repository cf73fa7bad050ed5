// The secrets proxy on Web APIs only (Request, Response, fetch, WebCrypto): runs on Node, Deno, Bun and edge
// platforms. Node-only parts (the HTTP server, the Redis store) are in ./node.ts. Explicit re-exports only.
export {
  readProxyConfig,
  configuredSecrets,
  ProxyConfigError,
  DEFAULT_BUDGET,
  type ProxyConfig,
  type ProviderConfig,
  type ProviderName,
  type OAuthClientConfig,
  type BudgetConfig,
  type StoreConfig,
  type LookupConfig,
} from './config.js';
export { createFetchHandler, type FetchHandler, type FetchHandlerOptions } from './fetch-handler.js';
export { hostAllowed, lookupTarget, MAX_LOOKUP_REDIRECTS, type LookupErrorCode } from './lookup.js';
export { createMemoryStore, type CacheStore, type CachedAnswer, type MemoryStoreOptions } from './store.js';
export { systemClock, type Clock } from './clock.js';
export { createTokenSource, type TokenSource } from './oauth.js';
export { READ_ROUTES, parsePath, upstreamTarget, type ReadRoute, type RequestPath } from './routes.js';
export { REDACTED, redact, secretForms, Redactor } from './redact.js';
export type { LogSink, RequestLog } from './log.js';

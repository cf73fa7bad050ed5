// The secrets proxy on Node: everything in ./index.ts, plus the HTTP server around the Fetch handler, the
// Redis/Valkey store (a TCP client) and the look-up route's address check. Explicit re-exports only.
export * from './index.js';
// On Node the look-up route's fetch refuses non-public addresses (named exports win over `export *`).
export { createFetchHandler } from './node-handler.js';
export { createGuardedFetch, isPublicAddress, AddressNotAllowedError, type GuardedFetchOptions } from './address-guard.js';
export { startProxy, toNodeListener, type RunningProxy } from './server.js';
export { createRedisStore, type RedisStoreOptions } from './store-redis.js';

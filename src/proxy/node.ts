// The secrets proxy on Node: everything in ./index.ts, plus the HTTP server around the Fetch handler and the
// Redis/Valkey store (a TCP client). Explicit re-exports only.
export * from './index.js';
export { startProxy, toNodeListener, type RunningProxy } from './server.js';
export { createRedisStore, type RedisStoreOptions } from './store-redis.js';

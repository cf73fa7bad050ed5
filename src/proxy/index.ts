// The secrets proxy (Node only): configuration, the request handler and a server. Explicit re-exports only.
export { readProxyConfig, ProxyConfigError, type ProxyConfig, type ProviderConfig, type ProviderName, type OAuthClientConfig } from './config.js';
export { createProxyHandler, type ProxyOptions } from './handler.js';
export { startProxy, type RunningProxy } from './server.js';
export { createTokenSource, type TokenSource } from './oauth.js';
export { READ_ROUTES, upstreamTarget } from './routes.js';

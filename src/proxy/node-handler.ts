/**
 * The Fetch handler as the Node entry point gives it: the `lookup` route reaches badge hosts through the guarded
 * fetch (address-guard.ts), which refuses loopback, private and link-local addresses, unless told otherwise.
 */
import { createGuardedFetch } from './address-guard.js';
import type { ProxyConfig } from './config.js';
import { createFetchHandler as createWebHandler, type FetchHandler, type FetchHandlerOptions } from './fetch-handler.js';

export function createFetchHandler(config: ProxyConfig, options: FetchHandlerOptions = {}): FetchHandler {
  return createWebHandler(config, { ...options, lookupFetch: options.lookupFetch ?? createGuardedFetch() });
}

/**
 * Where the verifier worker starts from. A worker must come from the page's own origin: when this module is
 * served from there (the package bundled into a site, or its cdn/ folder copied to it), that is the worker file
 * beside it. When it is served from another origin (the script tag that loads the package from a public npm CDN),
 * the page fetches the worker file with its Subresource Integrity hash and starts it from a blob: URL of those very
 * bytes, which needs `worker-src blob:` (and `connect-src` for the CDN) in the page's Content-Security-Policy.
 */
import { workerScriptUrl } from '../trusted-types.js';
// The worker's own bundled URL (Vite emits it as a file beside this module), as a URL rather than
// `new Worker(new URL(...))`, so that it can pass through the Trusted Types policy on pages that enforce it.
import workerUrl from './worker.ts?worker&url';

// The script-tag build writes the worker file's hash over this placeholder, keeping its length (scripts/worker-integrity.mjs).
const WORKER_INTEGRITY: string = 'sha384-credential-elements-worker-integrity-placeholder-000000000000000';
const integrity = /^sha384-[A-Za-z0-9+/]{64}$/.test(WORKER_INTEGRITY) ? WORKER_INTEGRITY : undefined;

/** The script URL to start the verifier worker with (a TrustedScriptURL where the page enforces Trusted Types). */
export async function workerScript(): Promise<string> {
  // Built, workerUrl is already absolute; in Vite's dev server it is a path. (Not `new URL(…, import.meta.url)`: on a
  // variable, bundlers such as webpack take that for a file to resolve at build time.)
  const url = new URL(workerUrl, globalThis.location?.href);
  if (url.origin === globalThis.location?.origin) return workerScriptUrl(url.href);
  const response = await fetch(url, { integrity, mode: 'cors', credentials: 'omit' });
  if (!response.ok) throw new Error(`the verification worker could not be fetched: HTTP ${response.status}`);
  const blob = new Blob([await response.arrayBuffer()], { type: 'text/javascript' });
  return workerScriptUrl(URL.createObjectURL(blob));
}

// The built-in mock APIs for tests: in Node, a server on an ephemeral port; in Chromium, the Vite plugin's
// same-origin mount at /mock-api.
import { isNode } from './harness.js';

export { MOCK_SECRETS } from '../../demo/mock-api/tokens.js';
export { IBL_ORG, IBL_USER } from '../../demo/mock-api/data/ibl.js';

export interface MockApiHandle {
  /** Root URL without a trailing slash; the providers live at `${url}/clr`, `${url}/accredible`, `${url}/ibl`. */
  url: string;
  close(): Promise<void>;
}

let running: Promise<MockApiHandle> | undefined;

/** One mock API for the whole test file; Node closes it when the process ends (the server is unref'd). */
export function mockApi(): Promise<MockApiHandle> {
  running ??= start();
  return running;
}

async function start(): Promise<MockApiHandle> {
  if (!isNode) return { url: `${location.origin}/mock-api`, close: async () => undefined };
  // A variable path keeps the Node-only server out of the browser bundle.
  const path = '../../demo/mock-api/server.js';
  const { startMockApi } = (await import(/* @vite-ignore */ path)) as typeof import('../../demo/mock-api/server.js');
  const mock = await startMockApi();
  mock.server.unref();
  return { url: mock.url, close: mock.close };
}

export interface RecordedCall {
  url: string;
  headers: Record<string, string>;
  method: string;
}

/**
 * A fetch that records each call and can add mock-API fault headers; the real fetch does the work.
 * `open`/`maxOpen` count requests in flight (until the body is read or the request fails).
 */
export function spyFetch(extraHeaders: Record<string, string> = {}) {
  const calls: RecordedCall[] = [];
  const state = { open: 0, maxOpen: 0 };
  const fetchSpy: typeof fetch = async (input, init = {}) => {
    const headers = new Headers(init.headers);
    for (const [name, value] of Object.entries(extraHeaders)) headers.set(name, value);
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    calls.push({ url, headers: Object.fromEntries(headers.entries()), method: init.method ?? 'GET' });
    state.open++;
    state.maxOpen = Math.max(state.maxOpen, state.open);
    try {
      const response = await fetch(url, { ...init, headers });
      const body = await response.arrayBuffer();
      return new Response(body, { status: response.status, statusText: response.statusText, headers: response.headers });
    } finally {
      state.open--;
    }
  };
  return { fetch: fetchSpy, calls, state };
}

/** A unique key so fault counters (`429*2`) of one test do not leak into another. */
export function faultKey(): string {
  return `t-${Math.random().toString(36).slice(2)}`;
}

/** A sleep that records and returns at once: retries run fast and the waits can be asserted. */
export function recordingSleep() {
  const waits: number[] = [];
  const sleep = async (ms: number) => {
    waits.push(ms);
  };
  return { sleep, waits };
}

// Shared pieces of the proxy tests: a page's fetch, local upstreams (in-process and over HTTP) and a log sink.
import { createServer, request as httpRequest, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readProxyConfig, type ProxyConfig } from '../../../src/proxy/node.js';

export const ORIGIN = 'https://school.example';

/** A log sink that drops the lines (tests that read them collect them instead). */
export const quiet = (): void => undefined;

/** A browser-side fetch: sends the page's Origin, no credentials of its own. */
export const browserFetch =
  (origin = ORIGIN): typeof fetch =>
  (input, init = {}) => {
    const headers = new Headers(init.headers);
    headers.set('origin', origin);
    return fetch(input, { ...init, headers });
  };

/** A config for one provider (accredible unless named), with the test's upstream and key. */
export function oneProvider(upstream: string, extra: Record<string, unknown> = {}, provider: Record<string, unknown> = {}, name = 'accredible'): ProxyConfig {
  return readProxyConfig({ port: 0, allowedOrigins: [ORIGIN], providers: { [name]: { upstream, apiKey: 'test-key-0123456789', ...provider } }, ...extra });
}

export interface UpstreamCall {
  url: string;
  headers: Headers;
  signal?: AbortSignal | null;
}

/** An in-process upstream: a fetch that records each call and answers with `reply`. */
export function fakeUpstream(reply: (call: UpstreamCall) => Response | Promise<Response>) {
  const calls: UpstreamCall[] = [];
  const fetchFn: typeof fetch = async (input, init = {}) => {
    const call = { url: String(input), headers: new Headers(init.headers), signal: init.signal };
    calls.push(call);
    return reply(call);
  };
  return { fetch: fetchFn, calls };
}

export const json = (body: unknown, init: ResponseInit = {}) =>
  new Response(JSON.stringify(body), { ...init, headers: { 'content-type': 'application/json', ...(init.headers as Record<string, string>) } });

/** A local HTTP upstream on a free port. */
export async function httpUpstream(handle: (req: IncomingMessage, res: ServerResponse) => void) {
  const server = createServer(handle);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** An upstream answer that never comes: it fails only when the proxy's timeout aborts the call. */
export const hang = (call: UpstreamCall) =>
  new Promise<Response>((_resolve, reject) => call.signal?.addEventListener('abort', () => reject(call.signal!.reason), { once: true }));

/** A raw GET with any Host header (fetch will not send a chosen Host). */
export function rawGet(url: string, headers: Record<string, string>): Promise<{ status: number; headers: IncomingMessage['headers']; body: string }> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(url, { headers }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

/** Waits until `condition` holds, checking after each turn of the event loop (no fixed delays). */
export async function until(condition: () => boolean, what = 'the condition'): Promise<void> {
  for (let turn = 0; turn < 100_000; turn++) {
    if (condition()) return;
    await new Promise((resolve) => setTimeout(resolve, turn < 100 ? 0 : 10));
  }
  throw new Error(`gave up waiting for ${what}`);
}

/** A clock the test moves: `sleep` advances it at once, so waits for the token bucket take no real time. */
export function manualClock(start = Date.UTC(2026, 0, 1)) {
  const clock = {
    t: start,
    now: () => clock.t,
    sleep: async (ms: number) => {
      clock.t += ms;
    },
    advance(seconds: number) {
      clock.t += seconds * 1000;
    },
  };
  return clock;
}

/** An in-process upstream that holds every answer until `release()`, counting calls in flight. */
export function gatedUpstream(reply: (call: UpstreamCall) => Response | Promise<Response>) {
  const waiting: Array<() => void> = [];
  const state = { open: false, inFlight: 0, maxInFlight: 0 };
  const calls: UpstreamCall[] = [];
  const fetchFn: typeof fetch = async (input, init = {}) => {
    const call = { url: String(input), headers: new Headers(init.headers) };
    calls.push(call);
    state.inFlight++;
    state.maxInFlight = Math.max(state.maxInFlight, state.inFlight);
    try {
      if (!state.open) await new Promise<void>((resolve) => waiting.push(resolve));
      return await reply(call);
    } finally {
      state.inFlight--;
    }
  };
  return {
    fetch: fetchFn,
    calls,
    state,
    /** Lets every held and future call through. */
    release() {
      state.open = true;
      for (const resolve of waiting.splice(0)) resolve();
    },
    /** Lets the held calls through and holds the next ones again. */
    step() {
      for (const resolve of waiting.splice(0)) resolve();
    },
  };
}

/** A GET as a page sends it to the Fetch handler. */
export const page = (path: string, origin = ORIGIN, init: RequestInit = {}) =>
  new Request(`https://proxy.school.example${path}`, { ...init, headers: { origin, ...(init.headers as Record<string, string>) } });

/**
 * Calls to the providers: the secret added server-side, a timeout on the whole exchange, the body counted while it
 * streams, and an answer made safe to pass on (passed headers only, paging links rewritten, secrets redacted).
 */
import { BodyTooLargeError, readCapped } from './body.js';
import type { Clock } from './clock.js';
import { configuredSecrets, type ProviderConfig, type ProviderName, type ProxyConfig } from './config.js';
import { rewriteLinks } from './links.js';
import type { ProxyMetrics } from './metrics.js';
import { createTokenSource, type TokenSource } from './oauth.js';
import { Redactor } from './redact.js';
import type { CachedAnswer } from './store.js';

/** Upstream headers worth passing on; everything else (cookies, server details) stays behind. */
const PASSED_HEADERS = ['content-type', 'x-total-count', 'link', 'retry-after'];

export type FailureCode = 'timeout' | 'unreachable' | 'too_large' | 'token';

/** No usable answer: the code says why, and no message carries a URL or a secret. */
export class UpstreamFailure extends Error {
  override readonly name = 'UpstreamFailure';
  constructor(readonly code: FailureCode) {
    super(`upstream ${code}`);
  }
}

/** An answer ready to pass on, with the provider's own status and the time it took. */
export interface UpstreamAnswer extends CachedAnswer {
  upstreamStatus: number;
  upstreamMs: number;
}

export interface Upstream {
  call(name: ProviderName, provider: ProviderConfig, url: string): Promise<UpstreamAnswer>;
  readonly redactor: Redactor;
}

export function createUpstream(config: ProxyConfig, fetchFn: typeof fetch, clock: Clock, metrics: ProxyMetrics): Upstream {
  const redactor = new Redactor(configuredSecrets(config));
  const tokenSources = new Map<ProviderName, TokenSource>();
  for (const [name, provider] of Object.entries(config.providers) as Array<[ProviderName, ProviderConfig]>) {
    if (provider.oauth) tokenSources.set(name, createTokenSource(provider.oauth, fetchFn, () => clock.now(), config.timeoutMs));
  }

  async function authorization(name: ProviderName, provider: ProviderConfig): Promise<string> {
    const source = tokenSources.get(name);
    if (source) {
      let token: string;
      try {
        token = await source.token();
      } catch {
        throw new UpstreamFailure('token');
      }
      redactor.add(token);
      return `Bearer ${token}`;
    }
    const key = provider.apiKey!;
    if (name === 'clr') return `Bearer ${key}`;
    if (name === 'accredible') return `Token token=${key}`;
    return key;
  }

  async function forward(name: ProviderName, provider: ProviderConfig, url: string, signal: AbortSignal): Promise<Response> {
    const send = async () =>
      fetchFn(url, {
        method: 'GET',
        headers: { accept: 'application/json, application/ld+json', authorization: await authorization(name, provider) },
        signal,
        redirect: 'manual',
      });
    let response = await send();
    // A refused OAuth token may have been revoked early: get a fresh one, once.
    if (response.status === 401 && tokenSources.has(name)) {
      await response.body?.cancel().catch(() => undefined);
      tokenSources.get(name)!.invalidate();
      response = await send();
    }
    return response;
  }

  return {
    redactor,
    async call(name, provider, url) {
      const started = performance.now();
      // One timeout for the whole exchange: a body that drips slowly is cut off too.
      const signal = AbortSignal.timeout(config.timeoutMs);
      let response: Response;
      let body: string;
      try {
        response = await forward(name, provider, url, signal);
        body = await readCapped(response, config.maxBodyBytes);
      } catch (error) {
        metrics.upstream(name, 'error', (performance.now() - started) / 1000);
        if (error instanceof UpstreamFailure) throw error;
        if (error instanceof BodyTooLargeError) throw new UpstreamFailure('too_large');
        throw new UpstreamFailure(signal.aborted ? 'timeout' : 'unreachable');
      }
      const upstreamMs = performance.now() - started;
      metrics.upstream(name, response.status, upstreamMs / 1000);
      const headers: Record<string, string> = {};
      for (const header of PASSED_HEADERS) {
        const value = response.headers.get(header);
        const passed = value !== null && header === 'link' ? rewriteLinks(value, provider.upstream, config.publicBaseUrl, name) : value;
        if (passed != null) headers[header] = redactor.redact(passed);
      }
      // 3xx would hand the browser an upstream URL (maybe with a signed query): pass it on as a plain error.
      const status = response.status >= 300 && response.status < 400 ? 502 : response.status;
      return { status, headers, body: redactor.redact(body), storedAt: clock.now(), upstreamStatus: response.status, upstreamMs };
    },
  };
}

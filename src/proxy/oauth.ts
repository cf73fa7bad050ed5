/** OAuth 2.0 client-credentials tokens, fetched on demand and cached until shortly before they expire. */
import type { OAuthClientConfig } from './config.js';

export interface TokenSource {
  token(): Promise<string>;
  /** Forget the cached token (after the upstream refused it). */
  invalidate(): void;
}

/** Renew this long before the stated expiry, so a token never expires in flight. */
const EXPIRY_MARGIN_MS = 30_000;
const DEFAULT_LIFETIME_S = 300;

export function createTokenSource(oauth: OAuthClientConfig, fetchFn: typeof fetch, now: () => number = Date.now, timeoutMs = 15_000): TokenSource {
  let cached: { value: string; expiresAt: number } | undefined;
  let pending: Promise<string> | undefined;

  async function fetchToken(): Promise<string> {
    const body = new URLSearchParams({ grant_type: 'client_credentials' });
    if (oauth.scope) body.set('scope', oauth.scope);
    const basic = btoa(`${encodeURIComponent(oauth.clientId)}:${encodeURIComponent(oauth.clientSecret)}`);
    const response = await fetchFn(oauth.tokenUrl, {
      method: 'POST',
      headers: { authorization: `Basic ${basic}`, 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' },
      body: body.toString(),
      signal: AbortSignal.timeout(timeoutMs),
    });
    // The answer may hold the token: never put its body in an error.
    if (!response.ok) throw new Error(`the token endpoint answered HTTP ${response.status}`);
    const json = (await response.json()) as { access_token?: unknown; expires_in?: unknown };
    if (typeof json.access_token !== 'string' || !json.access_token) throw new Error('the token endpoint sent no access_token');
    const lifetime = typeof json.expires_in === 'number' && json.expires_in > 0 ? json.expires_in : DEFAULT_LIFETIME_S;
    cached = { value: json.access_token, expiresAt: now() + lifetime * 1000 - EXPIRY_MARGIN_MS };
    return json.access_token;
  }

  return {
    token() {
      if (cached && cached.expiresAt > now()) return Promise.resolve(cached.value);
      pending ??= fetchToken().finally(() => {
        pending = undefined;
      });
      return pending;
    },
    invalidate() {
      cached = undefined;
    },
  };
}

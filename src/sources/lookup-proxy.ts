/**
 * A `verifyFetch` that sends the verifier's look-ups through the secrets proxy's `lookup` route, for badge hosts that
 * send no CORS headers: `el.verifyFetch = lookupThroughProxy('https://proxy.example.edu')`. The URL to look up goes
 * in the query; no cookie and no header of the page but `Accept` goes along. Where the proxy itself refuses or
 * fails (`Lookup-Error`: a host it does not look up, a timeout, …) the look-up fails as one without an answer does,
 * so the verifier says "could not be checked", never "forged". The redirects the proxy followed come back in
 * `Lookup-Redirects`, which the verifier reads.
 */
export interface LookupProxyOptions {
  /** The fetch that reaches the proxy; default the global one. */
  fetch?: typeof fetch;
}

export function lookupThroughProxy(proxyBase: string, options: LookupProxyOptions = {}): typeof fetch {
  const endpoint = `${proxyBase.replace(/\/+$/, '')}/lookup`;
  return async (input, init = {}) => {
    const url = String(input instanceof Request ? input.url : input);
    const accept = new Headers(init.headers).get('accept');
    const doFetch = options.fetch ?? globalThis.fetch.bind(globalThis);
    const response = await doFetch(`${endpoint}?url=${encodeURIComponent(url)}`, {
      method: 'GET',
      credentials: 'omit',
      ...(accept ? { headers: { accept } } : {}),
      ...(init.signal ? { signal: init.signal } : {}),
    });
    const refused = response.headers.get('lookup-error');
    if (refused) {
      await response.body?.cancel().catch(() => undefined);
      throw new TypeError(`The look-up proxy could not fetch ${url} (${refused}).`);
    }
    return response;
  };
}

/**
 * The `lookup` route, `GET /lookup?url=<https URL>`: the verifier's look-ups (an OB 2.0 hosted assertion, its
 * BadgeClass, Issuer, key and revocation list; DID and key documents, status lists) for badge hosts that send no
 * CORS headers. Off unless configured, behind the same Origin allowlist as the provider routes. It is no open proxy:
 *
 * - GET only; https on port 443 only, no user info; hosts from the configured list, matched exactly (a wildcard only
 *   where written `*.example.edu`, for its subdomains);
 * - at most 3 redirects, each one held to the same rules, and listed for the verifier in `Lookup-Redirects`;
 * - only `Accept` is forwarded (never a cookie, a secret or anything else of the page's), and only the content type
 *   comes back (never `Set-Cookie`); JSON, JWS text and images only, judged by content type;
 * - a size cap counted while the body streams, and one time cap for the whole exchange, redirects included.
 *
 * Where the proxy itself refuses or fails, the answer carries `Lookup-Error: <code>`, so the verifier tells "the
 * proxy could not ask" (could not be checked) from the host's own answer. On Node, the fetch it is given refuses
 * hosts that resolve to loopback, private, link-local or unique-local addresses (address-guard.ts); an edge runtime
 * resolves names where this code can't see, so there the host list is the whole defence.
 */
import { BodyTooLargeError, readCappedBytes } from './body.js';
import type { LookupConfig } from './config.js';
import type { RequestLog } from './log.js';

export const MAX_LOOKUP_REDIRECTS = 3;
/** What the verifier asks for by default (JSON, JWS text, images). */
const DEFAULT_ACCEPT = 'application/ld+json, application/json;q=0.9, */*;q=0.1';
const ALLOWED_TYPES = [/^application\/([\w.+-]+\+)?json$/, /^application\/(jwt|jose|[\w.-]+\+jwt)$/, /^text\/plain$/, /^image\/(png|svg\+xml)$/];

export type LookupErrorCode = 'bad-url' | 'host-not-allowed' | 'address-not-allowed' | 'redirect-not-allowed' | 'too-many-redirects' | 'content-type' | 'too-large' | 'timeout' | 'unreachable';

/** Whether `host` (lower-case, as URL parsing writes it) is on the list: exactly, or under a `*.` entry. */
export function hostAllowed(host: string, hosts: readonly string[]): boolean {
  return hosts.some((entry) => (entry.startsWith('*.') ? host.endsWith(entry.slice(1)) && host.length > entry.length - 1 : host === entry));
}

/** The URL to fetch, or why it may not be: https, port 443, no user info, a listed host. */
export function lookupTarget(address: string, base: string | undefined, config: LookupConfig): URL | LookupErrorCode {
  let url: URL;
  try {
    url = base === undefined ? new URL(address) : new URL(address, base);
  } catch {
    return 'bad-url';
  }
  if (url.protocol !== 'https:' || url.port !== '' || url.username || url.password) return 'bad-url';
  return hostAllowed(url.hostname, config.hosts) ? url : 'host-not-allowed';
}

const STATUS: Record<LookupErrorCode, number> = {
  'bad-url': 400,
  'host-not-allowed': 403,
  'address-not-allowed': 403,
  'redirect-not-allowed': 403,
  'too-many-redirects': 502,
  'content-type': 502,
  'too-large': 502,
  timeout: 504,
  unreachable: 502,
};

const ERRORS: Record<LookupErrorCode, string> = {
  'bad-url': 'Give ?url= an https URL on port 443, without user info.',
  'host-not-allowed': 'The proxy does not look up that host.',
  'address-not-allowed': 'That host resolves to an address the proxy does not reach.',
  'redirect-not-allowed': 'The host redirected to an address the proxy does not look up.',
  'too-many-redirects': 'The host redirected more than 3 times.',
  'content-type': 'The host answered with something other than JSON, JWS text or an image.',
  'too-large': 'The host answered with more than the proxy passes on.',
  timeout: 'The host took too long to answer.',
  unreachable: 'The host could not be reached.',
};

/** Headers every answer of this route carries: nothing cached, nothing sniffed or run if opened directly. */
const SAFE_HEADERS = { 'cache-control': 'no-store', 'x-content-type-options': 'nosniff', 'content-security-policy': "default-src 'none'; sandbox" };

function refuse(code: LookupErrorCode, cors: Record<string, string>, entry: RequestLog): Response {
  entry.error = code;
  return new Response(JSON.stringify({ error: ERRORS[code] }), {
    status: STATUS[code],
    headers: { ...cors, ...SAFE_HEADERS, 'content-type': 'application/json; charset=utf-8', 'lookup-error': code },
  });
}

const mediaType = (header: string | null) => (header ?? '').split(';')[0]!.trim().toLowerCase();

/** The route's handler, for a configured `lookup`. `fetchFn` is the fetch that reaches the hosts (guarded on Node). */
export function createLookupRoute(config: LookupConfig, fetchFn: typeof fetch) {
  return async function serveLookup(request: Request, cors: Record<string, string>, entry: RequestLog): Promise<Response> {
    entry.route = 'lookup';
    const params = new URL(request.url).searchParams;
    const address = params.get('url');
    if (address === null || [...params.keys()].some((key) => key !== 'url') || params.getAll('url').length !== 1) return refuse('bad-url', cors, entry);
    let target = lookupTarget(address, undefined, config);
    if (typeof target === 'string') return refuse(target, cors, entry);
    const accept = (request.headers.get('accept') ?? '').slice(0, 256) || DEFAULT_ACCEPT;
    const signal = AbortSignal.timeout(config.timeoutMs);
    const redirects: string[] = [];
    const started = performance.now();
    try {
      for (;;) {
        const response = await fetchFn(target.href, { method: 'GET', headers: { accept }, redirect: 'manual', credentials: 'omit', signal });
        entry.upstreamStatus = response.status;
        if (response.status >= 300 && response.status < 400) {
          await response.body?.cancel().catch(() => undefined);
          if (redirects.length >= MAX_LOOKUP_REDIRECTS) return refuse('too-many-redirects', cors, entry);
          const next = lookupTarget(response.headers.get('location') ?? '', target.href, config);
          if (typeof next === 'string') return refuse(next === 'bad-url' || next === 'host-not-allowed' ? 'redirect-not-allowed' : next, cors, entry);
          redirects.push(next.href);
          target = next;
          continue;
        }
        const type = mediaType(response.headers.get('content-type'));
        const allowed = ALLOWED_TYPES.some((pattern) => pattern.test(type));
        // A refusal's own page (an HTML 404) says enough by its status; its body is not passed on.
        if (!allowed && response.ok) {
          await response.body?.cancel().catch(() => undefined);
          return refuse('content-type', cors, entry);
        }
        const body = allowed ? await readCappedBytes(response, config.maxBytes) : (await response.body?.cancel().catch(() => undefined), new Uint8Array());
        entry.upstreamMs = performance.now() - started;
        const headers: Record<string, string> = { ...cors, ...SAFE_HEADERS };
        if (allowed) headers['content-type'] = response.headers.get('content-type')!;
        if (redirects.length) headers['lookup-redirects'] = redirects.join(' ');
        return new Response(body as BodyInit, { status: response.status, headers });
      }
    } catch (error) {
      entry.upstreamMs = performance.now() - started;
      if (error instanceof BodyTooLargeError) return refuse('too-large', cors, entry);
      if (signal.aborted) return refuse('timeout', cors, entry);
      if ((error as { code?: unknown })?.code === 'ADDRESS_NOT_ALLOWED') return refuse('address-not-allowed', cors, entry);
      return refuse('unreachable', cors, entry);
    }
  };
}

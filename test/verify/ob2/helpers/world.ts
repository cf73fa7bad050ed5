// A world of Open Badges 2.0 issuers for the tests: Example University (https://uni.edu) and an attacker
// (https://evil.example), each with an Issuer profile, a BadgeClass, an RSA key (made here with WebCrypto) and a
// revocation list; hosted assertions and RS256-signed ones, all served by a stub fetch that records what was asked.
import { CompactSign, exportSPKI, generateKeyPair } from 'jose';
import { toHex, utf8 } from '../../../../src/verify/crypto/encoding.js';
import { digest } from '../../../../src/verify/crypto/public-key.js';
import { clearNetworkCache } from '../../../../src/verify/net.js';

export const OB2 = 'https://w3id.org/openbadges/v2';
export const NOW = '2025-06-01T00:00:00Z';
export const UNI = 'https://uni.edu';
export const ISSUER = `${UNI}/issuer`;
export const BADGE = `${UNI}/badges/classes/data-science`;
export const KEY = `${UNI}/keys/1`;
export const LIST = `${UNI}/revoked`;
export const EVIL = 'https://evil.example';
export const RECIPIENT = 'alice@example.org';
export const SALT = 'deadsea';

type Json = Record<string, unknown>;
// A function, not a Response: a clone's body can't be cancelled while the original's is unread.
type Answer = Json | string | ((init: RequestInit) => Response | Promise<Response>);

export const sha256Hex = async (text: string) => toHex(await digest('SHA-256', utf8(text)));

export interface Keys {
  privateKey: CryptoKey;
  pem: string;
}

let keys: Promise<{ uni: Keys; other: Keys; evil: Keys }> | undefined;

async function keyPair(): Promise<Keys> {
  const { privateKey, publicKey } = await generateKeyPair('RS256', { extractable: true });
  return { privateKey, pem: await exportSPKI(publicKey) };
}

/** Three RSA key pairs, made once per run: the university's, a second one of its, and the attacker's. */
export function worldKeys() {
  keys ??= Promise.all([keyPair(), keyPair(), keyPair()]).then(([uni, other, evil]) => ({ uni, other, evil }));
  return keys;
}

/** A compact JWS (RS256 unless the header says otherwise) over `payload`'s JSON. */
export async function sign(payload: Json | string, privateKey: CryptoKey, header: Json = {}): Promise<string> {
  const bytes = utf8(typeof payload === 'string' ? payload : JSON.stringify(payload));
  return new CompactSign(bytes).setProtectedHeader({ alg: 'RS256', ...header }).sign(privateKey);
}

export interface World {
  fetch: typeof fetch;
  /** Every URL asked for, in order. */
  requested: string[];
  /** Serves `answer` at `url` (JSON, text, or a function of the request that makes the Response), forgetting cached look-ups. */
  serve(url: string, answer: Answer): void;
  /** Answers nothing at `url`: a network failure (offline, DNS, CORS). */
  unreachable(url: string): void;
  keys: { uni: Keys; other: Keys; evil: Keys };
  issuer: Json;
  badgeClass: Json;
  key: Json;
  list: Json;
  /** A hosted assertion at https://uni.edu/badges/assertions/<name>, served there, with `changes` applied. */
  hosted(name: string, changes?: Json): Json;
  /** A signed assertion's payload, with `changes` applied. */
  signedPayload(changes?: Json): Json;
  /** The JWS of `signedPayload(changes)` under the university's key. */
  signed(changes?: Json, header?: Json): Promise<string>;
  /** The options verifyCredential needs here. */
  options(extra?: Json): Json;
}

export async function createWorld(): Promise<World> {
  clearNetworkCache();
  const served = new Map<string, Answer>();
  const requested: string[] = [];
  const worldKeysValue = await worldKeys();
  const identity = `sha256$${await sha256Hex(RECIPIENT + SALT)}`;

  const issuer: Json = {
    '@context': OB2,
    type: 'Issuer',
    id: ISSUER,
    name: 'Example University',
    url: UNI,
    email: 'badges@uni.edu',
    image: `${UNI}/logo.png`,
    publicKey: KEY,
    revocationList: LIST,
    verification: { type: 'VerificationObject', allowedOrigins: 'uni.edu', startsWith: `${UNI}/badges` },
  };
  const badgeClass: Json = {
    '@context': OB2,
    type: 'BadgeClass',
    id: BADGE,
    name: 'Data Science I',
    description: 'Analyses a data set and reports on it.',
    image: `${UNI}/badges/classes/data-science.png`,
    criteria: { id: `${UNI}/badges/classes/data-science/criteria`, narrative: 'Pass the final project.' },
    issuer: ISSUER,
    tags: ['data', 'statistics'],
    alignment: [{ targetName: 'Statistics', targetUrl: 'https://standards.example/statistics', targetFramework: 'Example Framework', targetCode: 'ST-1' }],
  };
  const key: Json = { '@context': OB2, type: 'CryptographicKey', id: KEY, owner: ISSUER, publicKeyPem: worldKeysValue.uni.pem };
  const list: Json = { '@context': OB2, type: 'RevocationList', id: LIST, issuer: ISSUER, revokedAssertions: ['urn:uuid:revoked-by-id', { id: 'urn:uuid:revoked-with-reason', revocationReason: 'Issued in error' }] };
  for (const document of [issuer, badgeClass, key, list]) served.set(String(document.id), document);

  const base = (changes: Json): Json => ({
    '@context': OB2,
    type: 'Assertion',
    recipient: { type: 'email', hashed: true, salt: SALT, identity },
    badge: BADGE,
    issuedOn: '2024-01-15T12:00:00Z',
    evidence: [{ id: `${UNI}/projects/42`, narrative: 'A study of river levels.' }],
    ...changes,
  });

  const world: World = {
    requested,
    keys: worldKeysValue,
    issuer,
    badgeClass,
    key,
    list,
    // A document served anew is not one the verifier has cached.
    serve: (url, answer) => void (served.set(url, answer), clearNetworkCache()),
    unreachable: (url) => void (served.set(url, () => Promise.reject(new TypeError('Failed to fetch')) as never), clearNetworkCache()),
    hosted(name, changes = {}) {
      const id = `${UNI}/badges/assertions/${name}`;
      const assertion = base({ id, verification: { type: 'HostedBadge' }, ...changes });
      served.set(id, assertion);
      return assertion;
    },
    signedPayload: (changes = {}) => base({ id: `urn:uuid:${crypto.randomUUID()}`, verification: { type: 'SignedBadge', creator: KEY }, ...changes }),
    signed: (changes = {}, header = {}) => sign(world.signedPayload(changes), worldKeysValue.uni.privateKey, header),
    options: (extra = {}) => ({ now: NOW, network: true, fetch: world.fetch, timeoutMs: 2000, ...extra }),
    fetch: (async (input: RequestInfo | URL, init: RequestInit = {}) => {
      const url = String(input instanceof Request ? input.url : input);
      requested.push(url);
      const answer = served.get(url);
      if (answer === undefined) return new Response('{"error":"not found"}', { status: 404, headers: { 'content-type': 'application/json' } });
      if (typeof answer === 'function') return answer(init);
      return new Response(typeof answer === 'string' ? answer : JSON.stringify(answer), { status: 200, headers: { 'content-type': 'application/ld+json' } });
    }) as typeof fetch,
  };
  return world;
}

/** An answer with this status (and body). */
export const status = (code: number, body = '') => () => new Response(body, { status: code });

/** A redirect answer to `location`, as a server sends it (and as fetch shows it with `redirect: 'manual'`). */
export const redirect = (location: string, status = 302) => () => new Response(null, { status, headers: { location } });

/**
 * What a browser's fetch gives for a redirect with `redirect: 'manual'` (an opaque redirect: nothing readable),
 * and, followed, the document with its final address.
 */
export function browserRedirect(finalUrl: string, body: Json) {
  return (init: RequestInit) => {
    if (init.redirect === 'manual') return { type: 'opaqueredirect', status: 0, ok: false, url: '', redirected: false, headers: new Headers(), body: null } as unknown as Response;
    const response = new Response(JSON.stringify(body), { status: 200, headers: { 'content-type': 'application/json' } });
    Object.defineProperty(response, 'url', { value: finalUrl });
    Object.defineProperty(response, 'redirected', { value: true });
    return response;
  };
}

/** A check of the report by id (the first). */
export const checkOf = (report: { checks: Array<{ id: string }> }, id: string) => report.checks.find((check) => check.id === id) as { id: string; status: string; reason?: string; message: string; details?: Json } | undefined;

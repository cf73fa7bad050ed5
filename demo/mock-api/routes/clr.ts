/** The CLR 2.0 API as Timeback serves it, plus an OAuth 2.0 client-credentials token route. */
import { randomUUID } from 'node:crypto';
import { headerValue, intParam, json, type Reply, type RouteRequest } from '../reply.js';
import type { MockSecrets } from '../tokens.js';

const LIST = '/ims/clr/v2p0/credentials';
const TOKEN_LIFETIME_S = 3600;

const imsxFailure = (status: number, description: string, headers: Record<string, string> = {}) =>
  json(status, { imsx_codeMajor: 'failure', imsx_severity: 'error', imsx_description: description }, headers);

const issuedAt = (clr: Record<string, unknown>) => {
  const time = Date.parse(String(clr['validFrom'] ?? clr['issuanceDate'] ?? ''));
  return Number.isNaN(time) ? 0 : time;
};

/** The list is oldest first by issue date, so an upserted record lands where its date puts it. */
const oldestFirst = (clrs: Record<string, unknown>[]) => [...clrs].sort((a, b) => issuedAt(a) - issuedAt(b));

export function createClrRoutes(clrs: Record<string, unknown>[], secrets: MockSecrets) {
  // Upserts change this copy only, never the generated data.
  const store = [...clrs];
  const issuedTokens = new Map<string, number>();
  const stats = { tokenRequests: 0 };

  const authorized = (req: RouteRequest) => {
    const header = headerValue(req.headers, 'authorization') ?? '';
    const token = /^Bearer\s+(.+)$/i.exec(header)?.[1]?.trim();
    if (!token) return false;
    if (token === secrets.clrToken) return true;
    const expires = issuedTokens.get(token);
    return expires !== undefined && expires > Date.now();
  };

  async function token(req: RouteRequest): Promise<Reply> {
    stats.tokenRequests++;
    const form = new URLSearchParams(await req.body());
    let id = form.get('client_id');
    let secret = form.get('client_secret');
    const basic = /^Basic\s+(.+)$/i.exec(headerValue(req.headers, 'authorization') ?? '')?.[1];
    if (basic) {
      // RFC 6749 §2.3.1: both parts are form-urlencoded before the Basic encoding.
      const [rawId = '', rawSecret = ''] = Buffer.from(basic, 'base64').toString('utf8').split(':');
      id = decodeURIComponent(rawId);
      secret = decodeURIComponent(rawSecret);
    }
    if (form.get('grant_type') !== 'client_credentials') return json(400, { error: 'unsupported_grant_type' });
    if (id !== secrets.clrClientId || secret !== secrets.clrClientSecret) return json(401, { error: 'invalid_client' });
    const accessToken = `mock-oauth-${randomUUID()}`;
    issuedTokens.set(accessToken, Date.now() + TOKEN_LIFETIME_S * 1000);
    return json(200, {
      access_token: accessToken,
      token_type: 'Bearer',
      expires_in: TOKEN_LIFETIME_S,
      scope: 'https://purl.imsglobal.org/spec/clr/v2p0/scope/credential.readonly',
    });
  }

  function list(req: RouteRequest): Reply {
    const limit = intParam(req.query, 'limit', 10, 1, 100);
    const offset = intParam(req.query, 'offset', 0, 0, Number.MAX_SAFE_INTEGER);
    const page = oldestFirst(store).slice(offset, offset + limit);
    const link = (rel: string, at: number) => `<${req.origin}/clr${LIST}?limit=${limit}&offset=${at}>; rel="${rel}"`;
    const lastOffset = Math.max(0, Math.floor((store.length - 1) / limit) * limit);
    const links = [link('first', 0), link('last', lastOffset)];
    if (offset + limit < store.length) links.unshift(link('next', offset + limit));
    if (offset > 0) links.push(link('prev', Math.max(0, offset - limit)));
    return json(200, { credential: page, compactJwsString: [] }, { 'x-total-count': String(store.length), link: links.join(', ') });
  }

  function byId(id: string): Reply {
    const found = store.find((clr) => clr['id'] === id);
    return found ? json(200, found) : imsxFailure(404, 'Credential not found');
  }

  async function upsert(req: RouteRequest): Promise<Reply> {
    let clr: unknown;
    try {
      clr = JSON.parse(await req.body());
    } catch {
      return imsxFailure(400, 'The body is not JSON');
    }
    if (!clr || typeof clr !== 'object' || typeof (clr as { id?: unknown }).id !== 'string') return imsxFailure(400, 'A credential with an id is required');
    const record = clr as Record<string, unknown>;
    const index = store.findIndex((item) => item['id'] === record['id']);
    if (index >= 0) store[index] = record;
    else store.push(record);
    return json(index >= 0 ? 200 : 201, record);
  }

  async function handle(req: RouteRequest): Promise<Reply | undefined> {
    if (req.path === '/oauth/token' && req.method === 'POST') return token(req);
    if (req.path !== LIST && req.path !== `${LIST}/` && !req.path.startsWith(`${LIST}/`)) return undefined;
    if (!authorized(req)) return imsxFailure(401, 'Unauthorized', { 'www-authenticate': 'Bearer realm="clr"' });
    const rest = req.path.slice(LIST.length).replace(/^\/+/, '');
    if (req.method === 'POST' && !rest) return upsert(req);
    if (req.method !== 'GET') return imsxFailure(405, 'Method not allowed');
    return rest ? byId(decodeURIComponent(rest)) : list(req);
  }

  return { handle, stats };
}

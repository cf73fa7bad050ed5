/**
 * The 1EdTech CLR 2.0 REST API as Timeback serves it: list with limit/offset paging, get by id, upsert.
 * Auth: `Authorization: Bearer <token>`.
 */
import { CredentialError } from '../errors.js';
import { joinUrl, request, type CallOptions, type HttpOptions } from './http.js';
import { oneOrMany } from '../shape/json.js';
import { asObject, isObject } from './json.js';
import { credentialOfJws } from './jwt-payload.js';
import { isJsonContentType, parseJsonBody } from './read-body.js';
import { pagingOf, parseLinkHeader } from './link-header.js';

export interface ClrClientOptions extends HttpOptions {
  /** The API root, before `/ims/clr/v2p0`. */
  base: string;
  /** An OAuth 2.0 access token; leave out when a proxy adds it. */
  token?: string;
}

/** A CLR as served: a JSON-LD object, or a VC-JWT compact string. */
export type ClrDocument = Record<string, unknown> | string;

export interface ClrPage {
  credentials: Record<string, unknown>[];
  compactJws: string[];
  /** `X-Total-Count`, when sent. */
  total?: number;
  /** The offset of the next page, when there is one. */
  nextOffset?: number;
}

const API_PATH = 'ims/clr/v2p0/credentials';
const DEFAULT_PAGE_SIZE = 20;
const MAX_PAGES = 100;

export interface ClrClient {
  listPage(page?: { limit?: number; offset?: number } & CallOptions): Promise<ClrPage>;
  listAll(options?: { pageSize?: number } & CallOptions): Promise<ClrDocument[]>;
  getCredential(id: string, options?: CallOptions): Promise<ClrDocument>;
  getLatest(options?: CallOptions): Promise<ClrDocument>;
  /** With an id, that CLR; without, the newest of the list. */
  load(id?: string, options?: CallOptions): Promise<ClrDocument>;
  /** For server-side callers: creates or replaces a CLR. */
  upsertCredential(clr: Record<string, unknown>, options?: CallOptions): Promise<Record<string, unknown>>;
}

export function createClrClient(options: ClrClientOptions): ClrClient {
  const headers = (): Record<string, string> => {
    const result: Record<string, string> = { accept: 'application/ld+json, application/json' };
    if (options.token) result['authorization'] = `Bearer ${options.token}`;
    return result;
  };
  const call = (url: string, signal?: AbortSignal) => request({ url, headers: headers(), ...(signal ? { signal } : {}) }, options);

  async function listPage({ limit = DEFAULT_PAGE_SIZE, offset = 0, signal }: { limit?: number; offset?: number } & CallOptions = {}) {
    const response = await call(joinUrl(options.base, API_PATH, { limit, offset }), signal);
    const body = asObject(response.body);
    const credentials = oneOrMany(body['credential']).filter(isObject);
    const compactJws = oneOrMany(body['compactJwsString'] ?? body['compactJwsStrings']).filter((v): v is string => typeof v === 'string');
    const page: ClrPage = { credentials, compactJws };
    const totalHeader = response.headers.get('x-total-count');
    if (totalHeader && /^\d+$/.test(totalHeader.trim())) page.total = Number(totalHeader);
    const received = credentials.length + compactJws.length;
    const next = pagingOf(parseLinkHeader(response.headers.get('link'))['next']).offset;
    if (next !== undefined && next > offset) page.nextOffset = next;
    else if (page.total !== undefined ? offset + received < page.total : received >= limit && received > 0) page.nextOffset = offset + received;
    return page;
  }

  async function listAll({ pageSize = DEFAULT_PAGE_SIZE, signal }: { pageSize?: number } & CallOptions = {}) {
    const all: ClrDocument[] = [];
    let offset: number | undefined = 0;
    for (let pages = 0; offset !== undefined && pages < MAX_PAGES; pages++) {
      const page: ClrPage = await listPage({ limit: pageSize, offset, ...(signal ? { signal } : {}) });
      all.push(...page.credentials, ...page.compactJws);
      offset = page.nextOffset;
    }
    return all;
  }

  async function getCredential(id: string, { signal }: CallOptions = {}) {
    try {
      const response = await request<Uint8Array>(
        {
          url: joinUrl(options.base, `${API_PATH}/${encodeURIComponent(id)}`),
          headers: { ...headers(), accept: 'application/ld+json, application/json, application/vc+jwt' },
          expect: 'bytes',
          ...(signal ? { signal } : {}),
        },
        options,
      );
      return documentOf(bodyOf(response.body, response.contentType, response.status));
    } catch (error) {
      if (!(error instanceof CredentialError) || error.code !== 'NOT_FOUND') throw error;
      // Some servers only list: look for the id in the pages.
      const found = (await listAll(signal ? { signal } : {})).find((doc) => idOf(doc) === id);
      if (found === undefined) throw error;
      return found;
    }
  }

  async function getLatest({ signal }: CallOptions = {}) {
    const all = await listAll(signal ? { signal } : {});
    const newest = all.map((doc, index) => ({ doc, index, date: issuedOf(doc) })).sort((a, b) => b.date - a.date || a.index - b.index)[0];
    if (!newest) throw new CredentialError('NOT_FOUND', 'This learner has no comprehensive learner record yet.');
    return newest.doc;
  }

  async function upsertCredential(clr: Record<string, unknown>, { signal }: CallOptions = {}) {
    const response = await request(
      {
        url: joinUrl(options.base, API_PATH) + '/',
        method: 'POST',
        headers: { ...headers(), 'content-type': 'application/json' },
        body: JSON.stringify(clr),
        ...(signal ? { signal } : {}),
      },
      options,
    );
    return asObject(response.body);
  }

  return {
    listPage,
    listAll,
    getCredential,
    getLatest,
    load: (id, callOptions) => (id ? getCredential(id, callOptions) : getLatest(callOptions)),
    upsertCredential,
  };
}

/** A by-id body: JSON, or a VC-JWT served as text (application/vc+jwt, application/jwt). */
function bodyOf(bytes: Uint8Array, contentType: string | null, status: number): unknown {
  if (isJsonContentType(contentType)) return parseJsonBody(bytes, contentType, status);
  const text = new TextDecoder().decode(bytes).trim();
  if (/^[\w-]+\.[\w-]+\.[\w-]*$/.test(text)) return text;
  throw new CredentialError('BAD_RESPONSE', 'The provider answered with something other than a credential.', { status });
}

/** A by-id answer: the credential itself, or a one-item list envelope. */
function documentOf(body: unknown): ClrDocument {
  if (typeof body === 'string') return body;
  const object = asObject(body);
  const listed = oneOrMany(object['credential'])[0] ?? oneOrMany(object['compactJwsString'] ?? object['compactJwsStrings'])[0];
  if (!('@context' in object) && (isObject(listed) || typeof listed === 'string')) return listed;
  return object;
}

function idOf(doc: ClrDocument): unknown {
  return typeof doc === 'string' ? credentialOfJws(doc)?.['id'] : doc['id'];
}

function issuedOf(doc: ClrDocument): number {
  const credential = typeof doc === 'string' ? credentialOfJws(doc) : doc;
  const date = credential?.['validFrom'] ?? credential?.['issuanceDate'] ?? credential?.['awardedDate'];
  const time = typeof date === 'string' ? Date.parse(date) : NaN;
  return Number.isNaN(time) ? 0 : time;
}

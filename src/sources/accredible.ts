/**
 * The Accredible Credential API: one credential by id, and the (paged) list of a recipient's or group's credentials.
 * Auth: `Authorization: Token token=<key>`.
 */
import { joinUrl, request, type CallOptions, type HttpOptions } from './http.js';
import { oneOrMany } from '../shape/json.js';
import { asObject, isObject, type JsonObject } from './json.js';

export const ACCREDIBLE_BASE = 'https://api.accredible.com';

export interface AccredibleClientOptions extends HttpOptions {
  base?: string;
  /** The API key; leave out when a proxy adds it. */
  apiKey?: string;
}

export interface AccredibleQuery {
  email?: string;
  recipientId?: string | number;
  groupId?: string | number;
  page?: number;
  pageSize?: number;
}

export interface AccrediblePage {
  credentials: JsonObject[];
  /** Accredible's `meta`: current_page, next_page, prev_page, total_pages, total_count. */
  meta: { currentPage?: number; nextPage?: number; totalPages?: number; totalCount?: number };
}

export interface AccredibleClient {
  getCredential(id: string | number, options?: CallOptions): Promise<JsonObject>;
  listCredentials(query?: AccredibleQuery & CallOptions): Promise<AccrediblePage>;
  listAll(query?: Omit<AccredibleQuery, 'page'> & CallOptions): Promise<JsonObject[]>;
}

const MAX_PAGES = 100;

export function createAccredibleClient(options: AccredibleClientOptions = {}): AccredibleClient {
  const base = options.base ?? ACCREDIBLE_BASE;
  const headers = (): Record<string, string> => {
    const result: Record<string, string> = { accept: 'application/json' };
    if (options.apiKey) result['authorization'] = `Token token=${options.apiKey}`;
    return result;
  };
  const call = (url: string, signal?: AbortSignal) => request({ url, headers: headers(), ...(signal ? { signal } : {}) }, options);

  async function getCredential(id: string | number, { signal }: CallOptions = {}) {
    const response = await call(joinUrl(base, `v1/credentials/${encodeURIComponent(String(id))}`), signal);
    const body = asObject(response.body);
    return asObject(body['credential'] ?? body);
  }

  async function listCredentials({ email, recipientId, groupId, page, pageSize, signal }: AccredibleQuery & CallOptions = {}) {
    const url = joinUrl(base, 'v1/all_credentials', {
      email,
      recipient_id: recipientId,
      group_id: groupId,
      page,
      page_size: pageSize,
    });
    const body = asObject((await call(url, signal)).body);
    const meta = isObject(body['meta']) ? body['meta'] : {};
    const number = (value: unknown) => (typeof value === 'number' ? value : typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : undefined);
    const result: AccrediblePage = { credentials: oneOrMany(body['credentials']).filter(isObject), meta: {} };
    const fields = { currentPage: 'current_page', nextPage: 'next_page', totalPages: 'total_pages', totalCount: 'total_count' } as const;
    for (const [name, key] of Object.entries(fields)) {
      const value = number(meta[key]);
      if (value !== undefined) result.meta[name as keyof AccrediblePage['meta']] = value;
    }
    return result;
  }

  async function listAll(query: Omit<AccredibleQuery, 'page'> & CallOptions = {}) {
    const all: JsonObject[] = [];
    let page: number | undefined = 1;
    for (let count = 0; page !== undefined && count < MAX_PAGES; count++) {
      const result: AccrediblePage = await listCredentials({ ...query, page });
      all.push(...result.credentials);
      const { nextPage, totalPages } = result.meta;
      if (nextPage !== undefined) page = nextPage > page ? nextPage : undefined;
      else if (totalPages !== undefined) page = page < totalPages ? page + 1 : undefined;
      // No meta (older API): a full page may have a next one.
      else page = result.credentials.length > 0 && result.credentials.length >= (query.pageSize ?? 50) ? page + 1 : undefined;
    }
    return all;
  }

  return { getCredential, listCredentials, listAll };
}

/**
 * The ibl.ai credentials API: a user's credentials in an organisation (paged, searchable) and one by entity id.
 * Auth: the API key as the whole `Authorization` header value, as the ibl.ai documentation shows it.
 */
import { CredentialError } from '../errors.js';
import { joinUrl, request, type CallOptions, type HttpOptions } from './http.js';
import { oneOrMany } from '../shape/json.js';
import { asObject, isObject, type JsonObject } from './json.js';

export const IBL_BASE = 'https://base.manager.iblai.app';
/** ibl.ai refuses larger pages. */
export const IBL_MAX_PAGE_SIZE = 100;

export interface IblClientOptions extends HttpOptions {
  base?: string;
  org: string;
  userId: string;
  /** The API key; leave out when a proxy adds it. */
  apiKey?: string;
}

export interface IblQuery {
  page?: number;
  pageSize?: number;
  search?: string;
  course?: string;
  program?: string;
}

export interface IblPage {
  data: JsonObject[];
  count?: number;
  numPages?: number;
  pageNumber?: number;
  next?: string | null;
  previous?: string | null;
}

export interface IblClient {
  listCredentials(query?: IblQuery & CallOptions): Promise<IblPage>;
  listAll(query?: Omit<IblQuery, 'page'> & CallOptions): Promise<JsonObject[]>;
  getCredential(entityId: string, options?: CallOptions): Promise<JsonObject>;
}

const MAX_PAGES = 100;

export function createIblClient(options: IblClientOptions): IblClient {
  const base = options.base ?? IBL_BASE;
  const root = `api/credentials/orgs/${encodeURIComponent(options.org)}/users/${encodeURIComponent(options.userId)}`;
  const headers = (): Record<string, string> => {
    const result: Record<string, string> = { accept: 'application/json' };
    if (options.apiKey) result['authorization'] = options.apiKey;
    return result;
  };
  const call = async (url: string, signal?: AbortSignal) => {
    const body = asObject((await request({ url, headers: headers(), ...(signal ? { signal } : {}) }, options)).body);
    const status = body['status'];
    if (isObject(status) && status['success'] === false) {
      throw new CredentialError('BAD_RESPONSE', 'The provider reported a failure.', { cause: status['description'] });
    }
    return body['result'] ?? body;
  };

  async function listCredentials({ page, pageSize, search, course, program, signal }: IblQuery & CallOptions = {}) {
    const size = pageSize === undefined ? undefined : Math.min(Math.max(1, Math.floor(pageSize)), IBL_MAX_PAGE_SIZE);
    const result = asObject(await call(joinUrl(base, root + '/', { page, page_size: size, search, course, program }), signal));
    const number = (value: unknown) => (typeof value === 'number' ? value : undefined);
    const text = (value: unknown) => (typeof value === 'string' ? value : null);
    const listPage: IblPage = { data: oneOrMany(result['data']).filter(isObject), next: text(result['next']), previous: text(result['previous']) };
    const count = number(result['count']);
    const numPages = number(result['num_pages']);
    const pageNumber = number(result['page_number']);
    if (count !== undefined) listPage.count = count;
    if (numPages !== undefined) listPage.numPages = numPages;
    if (pageNumber !== undefined) listPage.pageNumber = pageNumber;
    return listPage;
  }

  async function listAll(query: Omit<IblQuery, 'page'> & CallOptions = {}) {
    const all: JsonObject[] = [];
    let page: number | undefined = 1;
    for (let count = 0; page !== undefined && count < MAX_PAGES; count++) {
      const result: IblPage = await listCredentials({ pageSize: IBL_MAX_PAGE_SIZE, ...query, page });
      all.push(...result.data);
      const current: number = result.pageNumber ?? page;
      const more = result.numPages !== undefined ? current < result.numPages : !!result.next;
      page = more && result.data.length > 0 ? current + 1 : undefined;
    }
    return all;
  }

  async function getCredential(entityId: string, { signal }: CallOptions = {}) {
    return asObject(await call(joinUrl(base, `${root}/${encodeURIComponent(entityId)}`), signal));
  }

  return { listCredentials, listAll, getCredential };
}

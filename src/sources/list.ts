/**
 * A learner's or a program's credentials from a provider, one page at a time, the way each API pages: Accredible by
 * page number (`meta.next_page`, `total_pages`), ibl.ai by page number (`num_pages`, `next`), CLR 2.0 by offset
 * (`Link: <…>; rel="next"`, `X-Total-Count`). A page's cursor is its page number, or its offset for CLR.
 */
import { CredentialError } from '../errors.js';
import type { CallOptions, HttpOptions } from './http.js';
import type { JsonObject } from './json.js';
import type { ClrDocument } from './clr.js';
import { MAX_PAGE_SIZE } from './list-limits.js';
import type { ProviderName } from './providers.js';

export interface ListQuery {
  provider: ProviderName;
  /** The API root (or a proxy); the provider's public API when left out (not for CLR, which has none). */
  base?: string | undefined;
  /** The API secret: sent in a header, only to `base`. */
  token?: string | undefined;
  /** Accredible: a recipient's email or id, or a group (a program, a course). */
  email?: string | undefined;
  recipientId?: string | undefined;
  groupId?: string | undefined;
  /** ibl.ai: the organisation and the learner, and optional course and program filters. */
  org?: string | undefined;
  userId?: string | undefined;
  course?: string | undefined;
  program?: string | undefined;
  /** Words to search for, where the provider searches (ibl.ai); ignored by the others. */
  search?: string | undefined;
  /** Credentials per page (each provider caps it at 100). */
  pageSize: number;
}

/** A listed credential as served: a CLR API document, or an Accredible or ibl.ai record. */
export type ListedDocument = { source: 'clr'; document: ClrDocument } | { source: 'accredible' | 'ibl'; record: JsonObject };

export interface ListedPage {
  documents: ListedDocument[];
  /** How many credentials the whole list holds, when the provider says. */
  total?: number;
  /** The next page's cursor; undefined on the last page. */
  next?: number;
  /** Every later page's cursor, when the provider says how many there are (they can then be fetched at once). */
  later?: number[];
}

export interface CredentialLister {
  /** Whether the provider searches itself (`search` goes to the API) rather than the caller searching what it has. */
  readonly searches: boolean;
  /** The page at `cursor` (the first page when undefined). */
  page(cursor: number | undefined, options?: CallOptions): Promise<ListedPage>;
}

export { MAX_PAGE_SIZE };

export async function createLister(query: ListQuery, http: HttpOptions = {}): Promise<CredentialLister> {
  const size = Math.min(Math.max(1, Math.floor(query.pageSize) || 1), MAX_PAGE_SIZE);
  const base = query.base?.trim() || undefined;
  const range = (from: number, to: number, step = 1) => Array.from({ length: Math.max(0, Math.floor((to - from) / step) + 1) }, (_, index) => from + index * step);

  switch (query.provider) {
    case 'accredible': {
      const { createAccredibleClient } = await import('./accredible.js');
      const client = createAccredibleClient({ ...http, ...(base ? { base } : {}), ...(query.token ? { apiKey: query.token } : {}) });
      return {
        searches: false,
        async page(cursor = 1, { signal } = {}) {
          const { credentials, meta } = await client.listCredentials({
            email: query.email || undefined,
            recipientId: query.recipientId || undefined,
            groupId: query.groupId || undefined,
            page: cursor,
            pageSize: size,
            ...(signal ? { signal } : {}),
          });
          const page: ListedPage = { documents: credentials.map((record) => ({ source: 'accredible', record })) };
          if (meta.totalCount !== undefined) page.total = meta.totalCount;
          const next = meta.nextPage ?? (meta.totalPages !== undefined ? (cursor < meta.totalPages ? cursor + 1 : undefined) : credentials.length >= size ? cursor + 1 : undefined);
          if (next !== undefined && next > cursor) page.next = next;
          if (page.next !== undefined && meta.totalPages !== undefined) page.later = range(page.next, meta.totalPages);
          return page;
        },
      };
    }
    case 'ibl': {
      if (!query.org || !query.userId) throw new CredentialError('INVALID_INPUT', 'provider="ibl" needs org and user-id.');
      const { createIblClient } = await import('./ibl.js');
      const client = createIblClient({ ...http, ...(base ? { base } : {}), org: query.org, userId: query.userId, ...(query.token ? { apiKey: query.token } : {}) });
      return {
        searches: true,
        async page(cursor = 1, { signal } = {}) {
          const result = await client.listCredentials({
            page: cursor,
            pageSize: size,
            search: query.search?.trim() || undefined,
            course: query.course || undefined,
            program: query.program || undefined,
            ...(signal ? { signal } : {}),
          });
          const page: ListedPage = { documents: result.data.map((record) => ({ source: 'ibl', record })) };
          if (result.count !== undefined) page.total = result.count;
          const current = result.pageNumber ?? cursor;
          const more = result.numPages !== undefined ? current < result.numPages : !!result.next;
          if (more && result.data.length > 0) page.next = current + 1;
          if (page.next !== undefined && result.numPages !== undefined) page.later = range(page.next, result.numPages);
          return page;
        },
      };
    }
    case 'clr': {
      if (!base) throw new CredentialError('INVALID_INPUT', 'provider="clr" needs an api-base.');
      const { createClrClient } = await import('./clr.js');
      const client = createClrClient({ ...http, base, ...(query.token ? { token: query.token } : {}) });
      return {
        searches: false,
        async page(cursor = 0, { signal } = {}) {
          const result = await client.listPage({ limit: size, offset: cursor, ...(signal ? { signal } : {}) });
          const documents: ListedDocument[] = [...result.credentials, ...result.compactJws].map((document) => ({ source: 'clr', document }));
          const page: ListedPage = { documents };
          if (result.total !== undefined) page.total = result.total;
          if (result.nextOffset !== undefined) page.next = result.nextOffset;
          if (page.next !== undefined && result.total !== undefined) page.later = range(page.next, result.total - 1, size);
          return page;
        },
      };
    }
    default:
      throw new CredentialError('INVALID_INPUT', 'provider must be "clr", "accredible" or "ibl".');
  }
}

/**
 * The list pipeline (a gallery's): a list request → pages of loaded documents. A provider's list pages the way its
 * API pages (src/sources/list.ts); a `src` list or a `credentials` array is read entry by entry
 * (src/sources/credential-list.ts), its URL entries fetched a page at a time. Each document is then read exactly as
 * the one-credential pipeline reads it (read-document.ts). Loaded on demand by the element that lists.
 * Rejects only with a CredentialError or an abort; an entry that can't be read is an item with an error.
 */
import { CredentialError } from '../errors.js';
import { fetchCredentialList, fetchListedUrl, MAX_LIST_ENTRIES, readListEntry, type ListEntry } from '../sources/credential-list.js';
import type { HttpOptions } from '../sources/http.js';
import { MAX_OPEN_REQUESTS } from '../sources/limiter.js';
import { createLister, type CredentialLister, type ListedDocument } from '../sources/list.js';
import { providerName } from '../sources/providers.js';
import { errorDetail } from './pipeline.js';
import { readDocument, type LoadedDocument } from './read-document.js';
import { yieldToMain } from './yield.js';

export interface ListRequest {
  /** The URL of a JSON array of credentials (objects, VC-JWTs or URLs); unused with `provider`. */
  src?: string | undefined;
  /** The same as an array; wins over the rest. */
  credentials?: readonly unknown[] | undefined;
  provider?: string | undefined;
  apiBase?: string | undefined;
  /** The provider's secret: sent in a header to `apiBase` only. */
  token?: string | undefined;
  recipientEmail?: string | undefined;
  recipientId?: string | undefined;
  groupId?: string | undefined;
  org?: string | undefined;
  userId?: string | undefined;
  course?: string | undefined;
  program?: string | undefined;
  /** Sent to a provider that searches (see `ListLoader.searches`). */
  search?: string | undefined;
  /** The fetch for the provider, the list and its same-origin entries. */
  fetch?: typeof fetch | undefined;
  timeoutMs?: number | undefined;
  pageSize: number;
  /** The most credentials to list (at most MAX_LIST_ENTRIES). */
  max: number;
}

/** One listed credential: its loaded document, or why it could not be read. */
export interface ListedItem {
  loaded?: LoadedDocument;
  error?: { code: CredentialError['code']; message: string };
}

export interface ListLoader {
  /** Whether the provider searches itself: a new `search` is a new request, not a filter of what is loaded. */
  readonly searches: boolean;
  /** How many credentials the list holds, once known (at most `max`). */
  readonly total: number | undefined;
  /** Whether every page has been loaded (or `max` reached). */
  readonly done: boolean;
  /** The next page's items in list order; with `all`, every page left (fetched side by side where the provider allows). */
  next(signal: AbortSignal, all?: boolean): Promise<ListedItem[]>;
}

export function hasListSource(request: ListRequest): boolean {
  return request.credentials != null || !!request.src || !!request.provider;
}

export async function openList(request: ListRequest, signal: AbortSignal): Promise<ListLoader> {
  const http: HttpOptions = { ...(request.fetch ? { fetch: request.fetch } : {}), ...(request.timeoutMs ? { timeoutMs: request.timeoutMs } : {}) };
  const max = Math.min(Math.max(0, Math.floor(request.max)), MAX_LIST_ENTRIES);
  const pageSize = Math.max(1, Math.floor(request.pageSize) || 1);
  if (request.credentials != null) return entriesLoader([...request.credentials].slice(0, max), globalThis.document?.baseURI, http, pageSize);
  if (request.src && !request.provider) {
    const list = await fetchCredentialList(request.src, { ...http, signal });
    return entriesLoader(list.slice(0, max), new URL(request.src, globalThis.location?.href).href, http, pageSize);
  }
  const provider = providerName(request.provider);
  if (!provider) throw new CredentialError('INVALID_INPUT', 'provider must be "clr", "accredible" or "ibl".');
  const lister = await createLister(
    {
      provider,
      base: request.apiBase,
      token: request.token,
      email: request.recipientEmail,
      recipientId: request.recipientId,
      groupId: request.groupId,
      org: request.org,
      userId: request.userId,
      course: request.course,
      program: request.program,
      search: request.search,
      pageSize,
    },
    http,
  );
  return providerLoader(lister, max, pageSize);
}

/** A provider's pages: one at a time, or the rest side by side (at most six requests) once their cursors are known. */
function providerLoader(lister: CredentialLister, max: number, pageSize: number): ListLoader {
  let cursor: number | undefined;
  let later: number[] | undefined;
  let started = false;
  let done = max === 0;
  let total: number | undefined;
  let count = 0;

  const fetchPage = async (at: number | undefined, signal: AbortSignal) => {
    const page = await lister.page(at, { signal });
    if (page.total !== undefined) total = Math.min(page.total, max);
    return page;
  };
  const take = async (documents: ListedDocument[]) => {
    const items = await inSlices(documents.slice(0, Math.max(0, max - count)), (fetched) => readItem(() => Promise.resolve(fetched)));
    count += items.length;
    if (count >= max) done = true;
    return items;
  };

  return {
    searches: lister.searches,
    get total() {
      return done ? count : total;
    },
    get done() {
      return done;
    },
    async next(signal, all = false) {
      if (done) return [];
      const items: ListedItem[] = [];
      if (!started || !all || !later) {
        const page = await fetchPage(cursor, signal);
        started = true;
        cursor = page.next;
        later = page.later;
        items.push(...(await take(page.documents)));
        if (cursor === undefined) done = true;
        if (!all || done) return items;
      }
      if (later) {
        // Every page left is known: fetch them side by side, in windows of six, and keep them in order.
        const wanted = later.slice(0, Math.ceil((max - count) / pageSize));
        for (let start = 0; start < wanted.length && !done; start += MAX_OPEN_REQUESTS) {
          const pages = await Promise.all(wanted.slice(start, start + MAX_OPEN_REQUESTS).map((at) => fetchPage(at, signal)));
          for (const page of pages) if (!done) items.push(...(await take(page.documents)));
        }
        done = true;
        return items;
      }
      while (cursor !== undefined && !done) {
        const page = await fetchPage(cursor, signal);
        cursor = page.next;
        items.push(...(await take(page.documents)));
      }
      done = true;
      return items;
    },
  };
}

/** A list's entries: the inline ones at once, the URLs `pageSize` at a time (each fetched as its own credential). */
function entriesLoader(values: unknown[], base: string | undefined, http: HttpOptions, pageSize: number): ListLoader {
  const entries: ListEntry[] = values.map((value) => readListEntry(value, base));
  let position = 0;
  return {
    searches: false,
    total: entries.length,
    get done() {
      return position >= entries.length;
    },
    async next(signal, all = false) {
      const taken: ListEntry[] = [];
      let urls = 0;
      while (position < entries.length && (all || urls < pageSize)) {
        const entry = entries[position++]!;
        if (entry.kind === 'url') urls++;
        taken.push(entry);
      }
      // The URLs are fetched side by side (the page-wide limit keeps six in flight); what is inline is read in slices.
      const fetched = new Map(taken.map((entry) => [entry, entry.kind === 'url' ? fetchListedUrl(entry, { ...http, signal }) : undefined]));
      for (const promise of fetched.values()) promise?.catch(() => undefined);
      return inSlices(taken, (entry) =>
        readItem(async () => {
          if (entry.kind === 'invalid') throw entry.error;
          return { source: 'input' as const, input: entry.kind === 'input' ? entry.input : await fetched.get(entry)! };
        }),
      );
    },
  };
}

/** Reading a document is quick, a thousand of them is not: one at a time, yielding to the page every few milliseconds. */
const SLICE_MS = 8;

async function inSlices<T, R>(values: readonly T[], read: (value: T) => Promise<R>): Promise<R[]> {
  const results: R[] = [];
  let started = performance.now();
  for (const value of values) {
    results.push(await read(value));
    if (performance.now() - started > SLICE_MS) {
      await yieldToMain();
      started = performance.now();
    }
  }
  return results;
}

async function readItem(fetch: () => Promise<Parameters<typeof readDocument>[0]>): Promise<ListedItem> {
  try {
    return { loaded: await readDocument(await fetch()) };
  } catch (error) {
    return { error: errorDetail(error) };
  }
}

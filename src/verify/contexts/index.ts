/**
 * The one JSON-LD document loader: a static map of the bundled contexts. It never fetches; an unknown URL is an
 * error. Callers extend it by composition (`createDocumentLoader({ extra })`), never by network.
 */
import { CredentialError } from '../../errors.js';
import { npmContexts } from './bundled.generated.js';
import { clrContexts } from './clr.js';
import { examplesContexts } from './examples.js';

/** A document as a JSON-LD document loader returns it (jsonld's shape, declared here: jsonld ships no types). */
export interface RemoteDocument {
  contextUrl: string | null;
  documentUrl: string;
  document: unknown;
  /** 'static': jsonld may cache the resolved document by its URL for good. */
  tag?: 'static';
}
export type DocumentLoader = (url: string) => Promise<RemoteDocument>;

/** Every context the engine ships, by URL. */
export const bundledContexts: ReadonlyMap<string, unknown> = new Map(Object.entries({ ...npmContexts, ...clrContexts, ...examplesContexts }));

export interface DocumentLoaderOptions {
  /** More contexts, by URL (for tests, or a deployment that trusts more vocabularies). */
  extra?: Record<string, unknown> | ReadonlyMap<string, unknown>;
}

export function isBundledContext(url: string, extra?: DocumentLoaderOptions['extra']): boolean {
  return bundledContexts.has(url) || (extra instanceof Map ? extra.has(url) : !!extra && Object.hasOwn(extra, url));
}

export function createDocumentLoader(options: DocumentLoaderOptions = {}): DocumentLoader {
  const extra = options.extra instanceof Map ? options.extra : new Map(Object.entries(options.extra ?? {}));
  return async (url: string): Promise<RemoteDocument> => {
    // A bundled context never changes, so jsonld may keep it resolved by its URL for the whole page ('static'): the
    // next document skips loading it and resolving its URLs again. Another caller's `extra` might differ: not kept.
    const bundled = bundledContexts.get(url);
    if (bundled !== undefined) return { contextUrl: null, documentUrl: url, document: bundled, tag: 'static' };
    const document = extra.get(url);
    if (document === undefined) {
      throw new CredentialError('CONTEXT_NOT_BUNDLED', `The JSON-LD context ${url} is not bundled, and contexts are never fetched.`);
    }
    return { contextUrl: null, documentUrl: url, document };
  };
}

/**
 * The one JSON-LD document loader: a static map of the bundled contexts. It never fetches; an unknown URL is an
 * error. Callers extend it by composition (`createDocumentLoader({ extra })`), never by network.
 */
import { CredentialError } from '../../errors.js';
import { npmContexts } from './bundled.generated.js';
import { clrContexts } from './clr.js';

/** A document as a JSON-LD document loader returns it (jsonld's shape, declared here: jsonld ships no types). */
export interface RemoteDocument {
  contextUrl: string | null;
  documentUrl: string;
  document: unknown;
}
export type DocumentLoader = (url: string) => Promise<RemoteDocument>;

/** Every context the engine ships, by URL. */
export const bundledContexts: ReadonlyMap<string, unknown> = new Map(Object.entries({ ...npmContexts, ...clrContexts }));

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
    const document = bundledContexts.get(url) ?? extra.get(url);
    if (document === undefined) {
      throw new CredentialError('CONTEXT_NOT_BUNDLED', `The JSON-LD context ${url} is not bundled, and contexts are never fetched.`);
    }
    return { contextUrl: null, documentUrl: url, document };
  };
}

/** A static document loader: the bundled contexts and did:key documents, nothing from the network. */
import type { DocumentLoader } from './vendor.js';
import { didKeyDocument } from './keys.js';

export function staticDocumentLoader(contexts: ReadonlyMap<string, unknown>): DocumentLoader {
  return async (url: string) => {
    const document = contexts.get(url) ?? (url.startsWith('did:key:') ? didKeyDocument(url) : undefined);
    if (document === undefined) throw new Error(`The mock API's document loader has no document for ${url}`);
    return { contextUrl: null, documentUrl: url, document };
  };
}

/**
 * The CLR 2.0 contexts, from the verify engine's module when it exists; undefined until then, and the outer CLR
 * is then left unsigned.
 */
export async function loadClrContexts(): Promise<Record<string, object> | undefined> {
  const path = '../../../src/verify/contexts/clr.js';
  try {
    const module = (await import(/* @vite-ignore */ path)) as { clrContexts?: Record<string, object> };
    return module.clrContexts && typeof module.clrContexts === 'object' ? module.clrContexts : undefined;
  } catch {
    return undefined;
  }
}

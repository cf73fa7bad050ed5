// jsonld ships no types; these cover the calls the project makes.
declare module 'jsonld' {
  export interface RemoteDocument {
    contextUrl: string | null;
    documentUrl: string;
    document: unknown;
  }
  export type DocumentLoader = (url: string) => Promise<RemoteDocument>;
  export interface JsonLdOptions {
    documentLoader?: DocumentLoader;
    safe?: boolean;
    algorithm?: string;
    format?: string;
    base?: string | null;
    [key: string]: unknown;
  }
  const jsonld: {
    expand(input: unknown, options?: JsonLdOptions): Promise<unknown[]>;
    compact(input: unknown, ctx: unknown, options?: JsonLdOptions): Promise<Record<string, unknown>>;
    canonize(input: unknown, options?: JsonLdOptions): Promise<string>;
    toRDF(input: unknown, options?: JsonLdOptions): Promise<unknown>;
  };
  export default jsonld;
}

// jsonld's internal modules, which src/verify/canonize.ts composes (CommonJS: the default export is module.exports).
declare module 'jsonld/lib/ContextResolver.js' {
  const ContextResolver: new (options: { sharedCache: unknown }) => unknown;
  export default ContextResolver;
}
declare module 'jsonld/lib/context.js' {
  const api: { getInitialContext(options: Record<string, unknown>): unknown };
  export default api;
}
declare module 'jsonld/lib/events.js' {
  const api: { setupEventHandler(args: { options: Record<string, unknown> }): unknown };
  export default api;
}
declare module 'jsonld/lib/expand.js' {
  const api: { expand(args: { activeCtx: unknown; element: unknown; options: Record<string, unknown> }): Promise<any> };
  export default api;
}
declare module 'jsonld/lib/toRdf.js' {
  const api: { toRDF(input: unknown[], options: Record<string, unknown>): unknown };
  export default api;
}
declare module 'jsonld/lib/util.js' {
  const api: { clone<T>(value: T): T };
  export default api;
}
declare module 'rdf-canonize' {
  const api: {
    canonize(dataset: unknown, options: { algorithm: string; messageDigestAlgorithm?: string; maxWorkFactor?: number; signal?: AbortSignal }): Promise<string>;
  };
  export default api;
}

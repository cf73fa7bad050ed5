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

/** What every check receives: the caller's options, resolved once per verification (not a JSON-LD context: those are in contexts/). */
import { createDocumentLoader, type DocumentLoader } from './contexts/index.js';
import { createLookupBudget, type LookupBudget } from './lookup-budget.js';
import type { VerifyOptions } from './types.js';

export interface VerifyContext {
  now: Date;
  network: boolean;
  fetch: typeof fetch;
  timeoutMs: number;
  /** The look-up budget of the whole verification, shared by its nested credentials and status lists. */
  lookups: LookupBudget;
  signal?: AbortSignal;
  documentLoader: DocumentLoader;
  /** Extra contexts allowed besides the bundled ones. */
  extraContexts: Record<string, unknown>;
  trustedIssuers?: string[];
  recipient?: string;
  /** Pass over remembered failed look-ups (VerifyOptions `fresh`). */
  fresh: boolean;
  /** What a presentation's proof must carry (VerifyOptions `challenge`, `domain`). */
  challenge?: string;
  domain?: string;
  onProgress?: VerifyOptions['onProgress'];
  nested: 'verify' | 'skip';
  /** How deep in nested credentials this verification is (0 = the input). */
  level: number;
}

const inBrowser = typeof window !== 'undefined' && typeof document !== 'undefined';

// One function for the default fetch, so that lookups made with it share one cache (see net.ts).
const defaultFetch: typeof fetch = (input, init) => globalThis.fetch(input, init);

export function createVerifyContext(options: VerifyOptions & { contexts?: Record<string, unknown> } = {}): VerifyContext {
  const now = options.now === undefined ? new Date() : new Date(options.now);
  const extraContexts = options.contexts ?? {};
  return {
    now: Number.isNaN(now.getTime()) ? new Date() : now,
    network: options.network ?? inBrowser,
    fetch: options.fetch ?? defaultFetch,
    timeoutMs: options.timeoutMs ?? 8000,
    lookups: createLookupBudget(options),
    signal: options.signal,
    documentLoader: createDocumentLoader({ extra: extraContexts }),
    extraContexts,
    trustedIssuers: options.trustedIssuers,
    recipient: options.recipient,
    fresh: options.fresh === true,
    ...(typeof options.challenge === 'string' && { challenge: options.challenge }),
    ...(typeof options.domain === 'string' && { domain: options.domain }),
    onProgress: options.onProgress,
    nested: options.nested ?? 'verify',
    level: Math.max(0, Math.min(options.nestingLevel ?? 0, 16)),
  };
}

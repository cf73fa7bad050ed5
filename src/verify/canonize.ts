/**
 * RDF Dataset Canonicalization (RDFC-1.0) of a JSON-LD document: what `jsonld.canonize` does, built from the
 * jsonld modules that do the work (expansion, RDF conversion) and rdf-canonize, in JSON-LD safe mode.
 * Importing jsonld's parts rather than its whole API leaves compaction, framing, flattening, RDF parsing and the
 * network document loaders out of the bundle. The steps and options are jsonld's own (jsonld.canonize → toRDF →
 * expand); the fixture and tamper suites check the output against signatures made by jsonld itself.
 */
import rdfCanonize from 'rdf-canonize';
import ContextResolver from 'jsonld/lib/ContextResolver.js';
import contextApi from 'jsonld/lib/context.js';
import events from 'jsonld/lib/events.js';
import expandApi from 'jsonld/lib/expand.js';
import toRdfApi from 'jsonld/lib/toRdf.js';
import util from 'jsonld/lib/util.js';
import type { DocumentLoader } from 'jsonld';
import { LRU } from './lru.js';

// Resolved contexts are shared across documents (jsonld keeps the same page-wide cache, of the same size).
const resolvedContexts = new LRU({ max: 100 });

export interface CanonizeOptions {
  documentLoader: DocumentLoader;
  /** The hash RDFC-1.0 labels blank nodes with: SHA-384 for ecdsa-rdfc-2019 on P-384. */
  messageDigestAlgorithm?: 'sha256' | 'sha384';
}

/** Canonical N-Quads of `document`. Throws a jsonld error (safe mode) for terms no context defines. */
export async function canonizeJsonLd(document: unknown, { documentLoader, messageDigestAlgorithm = 'sha256' }: CanonizeOptions): Promise<string> {
  const options: Record<string, unknown> = {
    documentLoader,
    safe: true,
    base: '',
    keepFreeFloatingNodes: false,
    produceGeneralizedRdf: false,
    contextResolver: new ContextResolver({ sharedCache: resolvedContexts }),
  };
  options.eventHandler = events.setupEventHandler({ options });
  let expanded = await expandApi.expand({
    activeCtx: contextApi.getInitialContext(options),
    element: util.clone(document),
    options,
  });
  // As jsonld.expand: a lone top-level @graph is its content; nothing is an empty list.
  if (expanded && typeof expanded === 'object' && !Array.isArray(expanded) && '@graph' in expanded && Object.keys(expanded).length === 1) {
    expanded = expanded['@graph'];
  } else if (expanded === null) {
    expanded = [];
  }
  const dataset = toRdfApi.toRDF(Array.isArray(expanded) ? expanded : [expanded], options);
  return rdfCanonize.canonize(dataset, { algorithm: 'RDFC-1.0', messageDigestAlgorithm });
}

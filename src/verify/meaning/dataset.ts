/**
 * A credential as an RDF dataset: one JSON-LD expansion (safe mode, bundled contexts only) and one conversion to
 * quads, with jsonld's own modules. In safe mode nothing is dropped silently, so the dataset is all the JSON says.
 * Importing jsonld's parts rather than its whole API leaves compaction, framing, flattening, RDF parsing and the
 * network document loaders out of the bundle; the steps and options are jsonld's own (jsonld.toRDF → expand).
 */
import ContextResolver from 'jsonld/lib/ContextResolver.js';
import contextApi from 'jsonld/lib/context.js';
import events from 'jsonld/lib/events.js';
import expandApi from 'jsonld/lib/expand.js';
import toRdfApi from 'jsonld/lib/toRdf.js';
import util from 'jsonld/lib/util.js';
import type { DocumentLoader } from '../contexts/index.js';
import { LRU } from '../lru.js';
import { assertDocumentBounded, assertExpandedBounded } from '../work-bounds.js';

export interface RdfTerm {
  termType: 'NamedNode' | 'BlankNode' | 'Literal' | 'DefaultGraph';
  value: string;
  datatype?: { termType: 'NamedNode'; value: string };
  language?: string;
}

/** A quad as jsonld and rdf-canonize share it. */
export interface Quad {
  subject: RdfTerm;
  predicate: RdfTerm;
  object: RdfTerm;
  graph: RdfTerm;
}

// Resolved contexts are shared across documents (jsonld keeps the same page-wide cache, of the same size). Lenient
// readings keep their own: their loader may stand in for a context it does not have, which a strict reading must not see.
const resolvedContexts = new LRU({ max: 100 });
const leniently = new LRU({ max: 100 });

/** A jsonld warning: what it dropped or could not read (`code`, as jsonld names it, and its details). */
export interface JsonLdWarning {
  code: string;
  details?: Record<string, unknown>;
}

/**
 * The quads of `document`. Throws a jsonld error (safe mode) for terms no context defines, and an INPUT_TOO_COMPLEX
 * CredentialError when the document passes a work bound (see work-bounds.ts). With `onWarning`, safe mode is off and
 * each thing jsonld drops is reported there instead (for documents read leniently: OB 2.0's).
 */
export async function toDataset(document: unknown, documentLoader: DocumentLoader, onWarning?: (warning: JsonLdWarning) => void): Promise<Quad[]> {
  assertDocumentBounded(document);
  const options: Record<string, unknown> = {
    documentLoader,
    safe: !onWarning,
    base: '',
    keepFreeFloatingNodes: false,
    produceGeneralizedRdf: false,
    contextResolver: new ContextResolver({ sharedCache: onWarning ? leniently : resolvedContexts }),
  };
  if (onWarning) {
    options.eventHandler = ({ event, next }: { event: JsonLdWarning & { level?: string }; next: () => void }) => {
      if (event.level === 'warning') onWarning({ code: event.code, ...(event.details ? { details: event.details } : {}) });
      next();
    };
  }
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
  assertExpandedBounded(expanded);
  return toRdfApi.toRDF(Array.isArray(expanded) ? expanded : [expanded], options) as Quad[];
}

/** A key for a term within its kind: blank node labels and IRIs never collide. */
export const termKey = (term: RdfTerm): string => (term.termType === 'BlankNode' ? `_:${term.value}` : term.value);

/** The quads of one graph, by subject, in dataset order. */
export type Graph = Map<string, Quad[]>;

/** The dataset's graphs by name ('' for the default graph), each indexed by subject. */
export function indexGraphs(quads: Quad[]): Map<string, Graph> {
  const graphs = new Map<string, Graph>();
  for (const quad of quads) {
    const name = quad.graph.termType === 'DefaultGraph' ? '' : termKey(quad.graph);
    let graph = graphs.get(name);
    if (!graph) graphs.set(name, (graph = new Map()));
    const subject = termKey(quad.subject);
    const list = graph.get(subject);
    if (list) list.push(quad);
    else graph.set(subject, [quad]);
  }
  return graphs;
}

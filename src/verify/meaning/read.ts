/**
 * A credential's meaning, read once: its dataset, its root node, the named graphs of its proofs and the view of
 * it all (project.ts). The proofs are verified from the same dataset (secured.ts); every check reads the view.
 */
import type { DocumentLoader } from '../contexts/index.js';
import type { JsonObject } from '../../shape/json.js';
import type { ReasonCode } from '../types.js';
import { indexGraphs, termKey, toDataset, type Graph, type Quad } from './dataset.js';
import { projectNode, projectRoot, rootsOf, TooComplexError } from './project.js';
import { RDF_TYPE, ROOT_TYPES, SEC_PREVIOUS_PROOF, SEC_PROOF } from './rdf.js';

/** One proof of the credential: a named graph hanging off the root's sec:proof, holding one proof node. */
export interface ProofGraph {
  /** The graph's name (a blank node label, as termKey gives it). */
  graph: string;
  /** The proof node inside it. */
  node: string;
  /** The proof node's IRI, when it has one (what `previousProof` names). */
  id?: string;
  /** The IRIs its `previousProof` names. */
  previous: string[];
  quads: Quad[];
  /** The proof as the view shows it. */
  view: JsonObject;
}

export interface Meaning {
  quads: Quad[];
  graphs: Map<string, Graph>;
  /** The credential's root node in the default graph. */
  root: string;
  proofs: ProofGraph[];
  /** The projection every check and the display read. */
  view: JsonObject;
}

/** The meaning can't be read: a reason code and a sentence. */
export class MeaningError extends Error {
  constructor(readonly reason: ReasonCode, message: string) {
    super(message);
  }
}

/**
 * The credential node: typed VerifiableCredential (or VerifiablePresentation) in the default graph and the object of
 * no default-graph triple. Should the credential refer to itself, the top-level JSON object's id decides.
 */
function findRoot(defaultGraph: Graph, credential: JsonObject): string {
  const candidates = [...defaultGraph]
    .filter(([, quads]) => quads.some((quad) => quad.predicate.value === RDF_TYPE && ROOT_TYPES.has(quad.object.value)))
    .map(([subject]) => subject);
  const unreferenced = new Set(rootsOf(defaultGraph));
  const roots = candidates.filter((subject) => unreferenced.has(subject));
  if (roots.length === 1) return roots[0]!;
  if (roots.length === 0 && typeof credential.id === 'string' && candidates.includes(credential.id)) return credential.id;
  throw new MeaningError(
    roots.length ? 'ambiguous-value' : 'malformed',
    roots.length
      ? `The credential's meaning holds ${roots.length} credentials side by side, so which one is signed can't be told.`
      : 'The credential\'s meaning holds no node typed VerifiableCredential.',
  );
}

function proofGraphs(graphs: Map<string, Graph>, root: string, quadCount: number): ProofGraph[] {
  const proofs: ProofGraph[] = [];
  for (const quad of graphs.get('')?.get(root) ?? []) {
    if (quad.predicate.value !== SEC_PROOF) continue;
    const name = termKey(quad.object);
    const graph = graphs.get(name);
    if (quad.object.termType === 'Literal' || !graph || !name) throw new MeaningError('malformed', 'A proof of the credential is not a proof graph.');
    const nodes = rootsOf(graph);
    if (nodes.length !== 1) throw new MeaningError('malformed', `A proof graph of the credential holds ${nodes.length} proofs; it must hold one.`);
    const node = nodes[0]!;
    const quads = [...graph.values()].flat();
    const previous = (graph.get(node) ?? []).filter((entry) => entry.predicate.value === SEC_PREVIOUS_PROOF).map((entry) => entry.object.value);
    const view = projectNode(name, graph, node, new Set(), { graphs, budget: 8 * quadCount + 1000 });
    proofs.push({ graph: name, node, ...(node.startsWith('_:') ? {} : { id: node }), previous, quads, view });
  }
  return proofs;
}

/**
 * Reads `credential`'s meaning with the bundled contexts. Throws jsonld's own errors (safe mode, unbundled
 * contexts) and MeaningError.
 */
export async function readMeaning(credential: JsonObject, documentLoader: DocumentLoader): Promise<Meaning> {
  const quads = await toDataset(credential, documentLoader);
  const graphs = indexGraphs(quads);
  const root = findRoot(graphs.get('') ?? new Map(), credential);
  try {
    const proofs = proofGraphs(graphs, root, quads.length);
    const context = credential['@context'];
    const view = { ...(context !== undefined && { '@context': context }), ...projectRoot(graphs, root, quads.length) };
    return { quads, graphs, root, proofs, view };
  } catch (error) {
    if (error instanceof TooComplexError) throw new MeaningError('too-complex', `The credential can't be read: ${error.message}.`);
    throw error;
  }
}

export const isMeaningError = (error: unknown): error is MeaningError => error instanceof MeaningError;

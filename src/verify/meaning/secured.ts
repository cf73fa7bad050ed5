/**
 * What an RDFC proof signed, taken from the credential's one dataset (Data Integrity §4, on RDF): the document is
 * the dataset without the root's proofs (their sec:proof triples and their graphs), keeping for a chained proof the
 * proofs its `previousProof` names; the proof options are the proof's own graph, in the default graph, without the
 * signature value. For a genuine credential this is exactly what canonicalizing the JSON without `proof`, and the
 * proof with the document's @context, gives; and no re-encoding that keeps the RDF can change it.
 */
import type { Quad } from './dataset.js';
import { termKey } from './dataset.js';
import type { Meaning, ProofGraph } from './read.js';
import { SEC_PROOF, SIGNATURE_VALUES } from './rdf.js';

const DEFAULT_GRAPH = { termType: 'DefaultGraph', value: '' } as const;

/** The proofs `proof` chains to; throws when one of them is missing. */
export function chainedProofs(meaning: Meaning, proof: ProofGraph): ProofGraph[] {
  const matching = meaning.proofs.filter((candidate) => candidate.id !== undefined && proof.previous.includes(candidate.id));
  if (matching.length !== new Set(proof.previous).size) throw new Error(`a proof it chains to (${proof.previous.join(', ')}) is missing`);
  return matching;
}

/** The quads of the document `proof` signed. */
export function securedDocument(meaning: Meaning, proof: ProofGraph): Quad[] {
  const kept = new Set(chainedProofs(meaning, proof).map((entry) => entry.graph));
  const dropped = new Set(meaning.proofs.map((entry) => entry.graph).filter((graph) => !kept.has(graph)));
  return meaning.quads.filter((quad) => {
    if (quad.graph.termType !== 'DefaultGraph') return !dropped.has(termKey(quad.graph));
    return !(quad.predicate.value === SEC_PROOF && termKey(quad.subject) === meaning.root && dropped.has(termKey(quad.object)));
  });
}

/** The quads of `proof`'s options: its graph in the default graph, without the signature. */
export function proofOptions(proof: ProofGraph): Quad[] {
  return proof.quads
    .filter((quad) => !(termKey(quad.subject) === proof.node && SIGNATURE_VALUES.has(quad.predicate.value)))
    .map((quad) => ({ ...quad, graph: DEFAULT_GRAPH }));
}

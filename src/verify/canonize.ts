/** RDF Dataset Canonicalization (RDFC-1.0) of a set of quads, with rdf-canonize: what Data Integrity's RDFC suites hash. */
import rdfCanonize from 'rdf-canonize';
import type { Quad } from './meaning/dataset.js';
import { canonizeBudget, canonizeFailure } from './work-bounds.js';

export interface CanonizeOptions {
  /** The hash RDFC-1.0 labels blank nodes with: SHA-384 for ecdsa-rdfc-2019 on P-384. */
  messageDigestAlgorithm?: 'sha256' | 'sha384';
}

/** Canonical N-Quads of `quads`; an INPUT_TOO_COMPLEX CredentialError past the work budget (see work-bounds.ts). */
export function canonizeQuads(quads: Quad[], { messageDigestAlgorithm = 'sha256' }: CanonizeOptions = {}): Promise<string> {
  return rdfCanonize.canonize(quads, { algorithm: 'RDFC-1.0', messageDigestAlgorithm, ...canonizeBudget(quads.length) }).catch((error: unknown) => {
    throw canonizeFailure(error);
  });
}

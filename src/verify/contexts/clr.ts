/**
 * The CLR 2.0 JSON-LD contexts, written from the CLR 2.0 vocabulary (no npm package carries them).
 *
 * Two published revisions matter:
 * - context.json (CLR 2.0.0): ClrCredential, ClrSubject (achievement, association, verifiableCredential), Association.
 * - context-2.0.1.json: the same terms, with `obi:` pointing at the VC-namespaced OB vocabulary, the ClrSubject
 *   `identifier` term, and (since the 2025-03 hotfix) the ClrCredential-scoped boolean `partial`.
 * A signature is made over the RDF these produce, so every term must map to exactly the published IRI and type;
 * test/verify/clr-context.spec.ts checks that expansion and canonical N-Quads match the published files.
 */

export const CLR_CONTEXT_V2P0_URL = 'https://purl.imsglobal.org/spec/clr/v2p0/context.json';
export const CLR_CONTEXT_V2P0_1_URL = 'https://purl.imsglobal.org/spec/clr/v2p0/context-2.0.1.json';

/** The CLR vocabulary namespace. */
const clr = (term: string) => `https://purl.imsglobal.org/spec/vc/clr/vocab.html#${term}`;

interface Revision {
  /** Where the `obi:` prefix points: CLR 2.0.0 used the OB 3.0 spec namespace, 2.0.1 the VC-namespaced one. */
  obi: string;
  /** ClrSubject.identifier (2.0.1). */
  identifier: boolean;
  /** ClrCredential.partial (2.0.1 after the 2025-03 hotfix). */
  partial: boolean;
}

function clrContext({ obi, identifier, partial }: Revision): object {
  const idType = { id: '@id', type: '@type' };
  const set = (id: string, type: string) => ({ '@id': id, '@type': type, '@container': '@set' });
  return {
    '@context': {
      ...idType,
      ClrCredential: {
        '@id': clr('ClrCredential'),
        '@context': {
          ...idType,
          ...(partial && { partial: { '@id': clr('partial'), '@type': 'xsd:boolean' } }),
        },
      },
      ClrSubject: {
        '@id': clr('ClrSubject'),
        '@context': {
          ...idType,
          cred: 'https://www.w3.org/2018/credentials#',
          obi,
          achievement: set(clr('achievement'), 'obi:Achievement'),
          association: set(clr('association'), clr('Association')),
          verifiableCredential: set(clr('verifiableCredential'), 'cred:verifiableCredential'),
          // The published IRI really is "identifier-1" (the vocabulary page's anchor for ClrSubject.identifier).
          ...(identifier && { identifier: set(clr('identifier-1'), 'obi:Identifier') }),
        },
      },
      Association: {
        '@id': clr('Association'),
        '@context': {
          // The published term maps to the class-like "AssociationType" IRI, not "associationType".
          associationType: { '@id': clr('AssociationType') },
          sourceId: { '@id': clr('sourceId'), '@type': 'xsd:anyURI' },
          targetId: { '@id': clr('targetId'), '@type': 'xsd:anyURI' },
        },
      },
    },
  };
}

/** CLR 2.0.0 (also served at the unversioned URL). */
export const clrContextV2p0 = clrContext({
  obi: 'https://purl.imsglobal.org/spec/ob/v3p0/vocab.html#',
  identifier: false,
  partial: false,
});

/** CLR 2.0.1 as served today (with `partial`). */
export const clrContextV2p0_1 = clrContext({
  obi: 'https://purl.imsglobal.org/spec/vc/ob/vocab.html#',
  identifier: true,
  partial: true,
});

/** URL → context document, for a JSON-LD document loader. */
export const clrContexts: Record<string, object> = {
  [CLR_CONTEXT_V2P0_URL]: clrContextV2p0,
  [CLR_CONTEXT_V2P0_1_URL]: clrContextV2p0_1,
};

// The project's CLR 2.0 contexts must give exactly the RDF the published context files give: signatures are made
// over that RDF. Compares jsonld.expand and canonical N-Quads (safe mode) under two document loaders that differ
// only in where the CLR contexts come from.
import jsonld, { type DocumentLoader } from 'jsonld';
import { describe, it, expect, before } from '../helpers/harness.js';
import { fixtureJson, fixtureText } from '../helpers/shared-fixtures.js';
import { CLR_CONTEXT_V2P0_1_URL, CLR_CONTEXT_V2P0_URL, clrContexts } from '../../src/verify/contexts/clr.js';

type Doc = Record<string, any>;

const PUBLISHED = {
  current: 'contexts/1edtech/clr-v2p0-context-2.0.1.json',
  pre202503: 'contexts/1edtech/clr-v2p0-context-2.0.1.pre-2025-03.json',
  v2p0: 'contexts/1edtech/clr-v2p0-context.json',
};
/** Every fixture file that uses a CLR context (found with grep; the browser cannot list folders). */
const CLR_FIXTURES = ['vectors/1edtech-impl-guide/clrv2p0/signed.json', 'vectors/1edtech-impl-guide/clrv2p0/unsigned.json'];

const cache = new Map<string, Promise<unknown>>();
const load = (path: string) => {
  if (!cache.has(path)) cache.set(path, fixtureJson(path));
  return cache.get(path)!;
};

/** Serves the fixture contexts from contexts/index.json, with `clr` deciding where the CLR URLs come from. */
function loader(clr: (url: string) => Promise<unknown> | undefined): DocumentLoader {
  return async (url) => {
    const index = (await load('contexts/index.json')) as Record<string, string>;
    const document = clr(url) ?? (index[url] ? load(`contexts/${index[url]}`) : undefined);
    if (!document) throw new Error(`no offline copy of ${url}`);
    return { contextUrl: null, documentUrl: url, document: structuredClone(await document) };
  };
}

const ours = loader((url) => (clrContexts[url] ? Promise.resolve(clrContexts[url]) : undefined));
const published = (file2p0_1: string) =>
  loader((url) =>
    url === CLR_CONTEXT_V2P0_1_URL ? load(file2p0_1) : url === CLR_CONTEXT_V2P0_URL ? load(PUBLISHED.v2p0) : undefined,
  );

async function expandAndCanonize(doc: Doc, documentLoader: DocumentLoader) {
  const expanded = await jsonld.expand(structuredClone(doc), { documentLoader, safe: true });
  const nquads = await jsonld.canonize(structuredClone(doc), {
    documentLoader,
    safe: true,
    algorithm: 'RDFC-1.0',
    format: 'application/n-quads',
  });
  return { expanded, nquads };
}

async function expectSameRdf(doc: Doc, publishedLoader: DocumentLoader) {
  const a = await expandAndCanonize(doc, ours);
  const b = await expandAndCanonize(doc, publishedLoader);
  expect(a.expanded).to.deep.equal(b.expanded);
  expect(a.nquads).to.equal(b.nquads);
  expect(a.nquads.length).to.be.greaterThan(0);
  return a.nquads;
}

const CLR = 'https://purl.imsglobal.org/spec/vc/clr/vocab.html#';
const OBI_2P0_1 = 'https://purl.imsglobal.org/spec/vc/ob/vocab.html#';

/** A ClrCredential that uses every CLR term (2.0.1), with a nested AchievementCredential. */
function syntheticClr(clrContextUrl: string, { partial = true, identifier = true } = {}): Doc {
  const subjectId = 'did:example:learner';
  return {
    '@context': [
      'https://www.w3.org/ns/credentials/v2',
      clrContextUrl,
      'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json',
    ],
    id: 'urn:uuid:8a4d2c7e-0000-4000-8000-000000000001',
    type: ['VerifiableCredential', 'ClrCredential'],
    issuer: { id: 'https://example.edu/issuers/1', type: 'Profile', name: 'Example College' },
    validFrom: '2024-01-01T00:00:00Z',
    name: 'Transcript',
    ...(partial && { partial: true }),
    credentialSubject: {
      id: subjectId,
      type: 'ClrSubject',
      ...(identifier && {
        identifier: [
          {
            type: 'IdentityObject',
            hashed: false,
            identityHash: 'student@example.edu',
            identityType: 'emailAddress',
          },
          // A plain string takes the term's @type (obi:Identifier) as its datatype: exercises that coercion.
          'learner-42',
        ],
      }),
      achievement: [
        {
          id: 'urn:uuid:8a4d2c7e-0000-4000-8000-00000000000a',
          type: 'Achievement',
          name: 'Program',
          description: 'A program',
          criteria: { narrative: 'Finish the courses.' },
        },
        {
          id: 'urn:uuid:8a4d2c7e-0000-4000-8000-00000000000b',
          type: 'Achievement',
          name: 'Course',
          description: 'A course',
          criteria: { id: 'https://example.edu/courses/1' },
        },
        // As above: a string value becomes a literal typed obi:Achievement, so the obi: prefix shows in the RDF.
        'urn:uuid:8a4d2c7e-0000-4000-8000-00000000000c',
      ],
      association: [
        {
          type: 'Association',
          associationType: 'isChildOf',
          sourceId: 'urn:uuid:8a4d2c7e-0000-4000-8000-00000000000b',
          targetId: 'urn:uuid:8a4d2c7e-0000-4000-8000-00000000000a',
        },
      ],
      verifiableCredential: [
        {
          '@context': ['https://www.w3.org/ns/credentials/v2', 'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json'],
          id: 'urn:uuid:8a4d2c7e-0000-4000-8000-000000000002',
          type: ['VerifiableCredential', 'AchievementCredential'],
          issuer: { id: 'https://example.edu/issuers/1', type: 'Profile' },
          validFrom: '2024-01-01T00:00:00Z',
          name: 'Course credential',
          credentialSubject: {
            id: subjectId,
            type: 'AchievementSubject',
            achievement: {
              id: 'urn:uuid:8a4d2c7e-0000-4000-8000-00000000000b',
              type: 'Achievement',
              name: 'Course',
              description: 'A course',
              criteria: { id: 'https://example.edu/courses/1' },
            },
          },
        },
        // A string (e.g. a VC-JWT) becomes a literal typed cred:verifiableCredential.
        'eyJhbGciOiJFZERTQSJ9.e30.c2ln',
      ],
    },
  };
}

/** The same document under another CLR context URL (the context array otherwise unchanged). */
function withClrContext(doc: Doc, url: string): Doc {
  const copy = structuredClone(doc);
  copy['@context'] = copy['@context'].map((c: unknown) =>
    typeof c === 'string' && c.startsWith('https://purl.imsglobal.org/spec/clr/v2p0/') ? url : c,
  );
  return copy;
}

describe('CLR 2.0 JSON-LD contexts written in the project', () => {
  const fixtures: Record<string, Doc> = {};
  before(async () => {
    for (const path of CLR_FIXTURES) fixtures[path] = await fixtureJson(path);
  });

  for (const path of CLR_FIXTURES) {
    it(`${path}: same expansion and N-Quads as the current published 2.0.1 context`, async () => {
      await expectSameRdf(fixtures[path], published(PUBLISHED.current));
    });
    it(`${path}: same expansion and N-Quads as the pre-2025-03 published 2.0.1 context`, async () => {
      await expectSameRdf(fixtures[path], published(PUBLISHED.pre202503));
    });
    it(`${path}: same expansion and N-Quads as the published 2.0.0 context when it names context.json`, async () => {
      await expectSameRdf(withClrContext(fixtures[path], CLR_CONTEXT_V2P0_URL), published(PUBLISHED.v2p0));
    });
  }

  it('reproduces the implementation guide canonical document (document-canon.txt)', async () => {
    const { nquads } = await expandAndCanonize(fixtures[CLR_FIXTURES[1]!]!, ours);
    expect(nquads).to.equal(await fixtureText('vectors/1edtech-impl-guide/clrv2p0/document-canon.txt'));
  });

  it('a synthetic ClrCredential using every 2.0.1 term matches the current published context', async () => {
    const nquads = await expectSameRdf(syntheticClr(CLR_CONTEXT_V2P0_1_URL), published(PUBLISHED.current));
    // Every CLR term reached the RDF, so the comparison covered it.
    for (const term of [
      'ClrCredential',
      'ClrSubject',
      'partial',
      'identifier-1',
      'achievement',
      'association',
      'verifiableCredential',
      'Association',
      'AssociationType',
      'sourceId',
      'targetId',
    ]) {
      expect(nquads, term).to.contain(`<${CLR}${term}>`);
    }
    expect(nquads).to.contain(`<${CLR}partial> "true"^^`);
    expect(nquads).to.contain(`"urn:uuid:8a4d2c7e-0000-4000-8000-00000000000c"^^<${OBI_2P0_1}Achievement>`);
    expect(nquads).to.contain(`"learner-42"^^<${OBI_2P0_1}Identifier>`);
    expect(nquads).to.contain(`^^<https://www.w3.org/2018/credentials#verifiableCredential>`);
  });

  it('the comparison notices a one-term difference (control)', async () => {
    const altered = structuredClone(clrContexts[CLR_CONTEXT_V2P0_1_URL]) as Doc;
    delete altered['@context'].Association['@context'].sourceId['@type'];
    const alteredLoader = loader((url) => (url === CLR_CONTEXT_V2P0_1_URL ? Promise.resolve(altered) : undefined));
    const doc = syntheticClr(CLR_CONTEXT_V2P0_1_URL);
    const a = await expandAndCanonize(doc, alteredLoader);
    const b = await expandAndCanonize(doc, published(PUBLISHED.current));
    expect(a.nquads).to.not.equal(b.nquads);
  });

  it('a synthetic ClrCredential without `partial` matches the pre-2025-03 published 2.0.1 context', async () => {
    await expectSameRdf(syntheticClr(CLR_CONTEXT_V2P0_1_URL, { partial: false }), published(PUBLISHED.pre202503));
  });

  it('`partial` is undefined in the pre-2025-03 2.0.1 context and in 2.0.0 (safe mode rejects it), as published', async () => {
    const doc = syntheticClr(CLR_CONTEXT_V2P0_1_URL);
    let error: unknown;
    await jsonld.expand(doc, { documentLoader: published(PUBLISHED.pre202503), safe: true }).catch((e) => (error = e));
    expect(error, 'published pre-2025-03').to.exist;
    error = undefined;
    await jsonld
      .expand(withClrContext(doc, CLR_CONTEXT_V2P0_URL), { documentLoader: ours, safe: true })
      .catch((e) => (error = e));
    expect(error, 'ours, 2.0.0').to.exist;
  });

  it('a synthetic ClrCredential using every 2.0.0 term matches the published 2.0.0 context', async () => {
    const doc = syntheticClr(CLR_CONTEXT_V2P0_URL, { partial: false, identifier: false });
    const nquads = await expectSameRdf(doc, published(PUBLISHED.v2p0));
    // 2.0.0 maps obi: to the OB spec namespace, which shows in the string achievement's datatype.
    expect(nquads).to.contain('^^<https://purl.imsglobal.org/spec/ob/v3p0/vocab.html#Achievement>');
  });
});

// The Open Badges 2.0 context written in this repository (src/verify/contexts/openbadges-v2.json) must mean exactly
// what the published one means: every term the same definition, and every document of the test world (and one that
// uses every term) the same expansion and the same canonical N-Quads under either. The published file is read where
// it is, in ../shared/fixtures.
import jsonld, { type DocumentLoader } from 'jsonld';
import { describe, expect, it } from '../../helpers/harness.js';
import { fixtureJson } from '../../helpers/shared-fixtures.js';
import { bundledContexts } from '../../../src/verify/contexts/index.js';
import { createWorld, OB2 } from './helpers/world.js';

type Doc = Record<string, any>;

const ours = bundledContexts.get(OB2) as Doc;
const published = () => fixtureJson<Doc>('contexts/1edtech/ob-v2p0-context.json');

const loader = (document: Doc): DocumentLoader => async (url) => {
  if (url !== OB2) throw new Error(`no offline copy of ${url}`);
  return { contextUrl: null, documentUrl: url, document: structuredClone(document) };
};

async function rdfOf(doc: Doc, documentLoader: DocumentLoader) {
  const expanded = await jsonld.expand(structuredClone(doc), { documentLoader });
  const nquads = await jsonld.canonize(structuredClone(doc), { documentLoader, algorithm: 'RDFC-1.0', format: 'application/n-quads' });
  return { expanded, nquads };
}

/** An assertion with its BadgeClass, Issuer, key, endorsement and extension embedded: every term of the context used. */
function everyTerm(): Doc {
  const issuer = {
    type: ['Issuer', 'Profile'],
    id: 'https://uni.edu/issuer',
    name: 'Example University',
    url: 'https://uni.edu',
    email: 'badges@uni.edu',
    telephone: '+1-555-0100',
    description: 'A university.',
    image: { type: 'Image', id: 'https://uni.edu/logo.png', caption: 'Logo', author: 'https://uni.edu/people/1' },
    publicKey: { type: 'CryptographicKey', id: 'https://uni.edu/keys/1', owner: 'https://uni.edu/issuer', publicKeyPem: '-----BEGIN PUBLIC KEY-----…' },
    revocationList: { type: 'RevocationList', id: 'https://uni.edu/revoked', revokedAssertions: ['urn:uuid:1', { id: 'urn:uuid:2', revocationReason: 'error' }] },
    verification: { type: 'VerificationObject', allowedOrigins: ['uni.edu'], startsWith: 'https://uni.edu/badges', verificationProperty: 'id' },
    validation: [
      { type: 'TypeValidation', validatesType: 'Assertion', validationSchema: 'https://uni.edu/schema.json' },
      { type: 'FrameValidation', validationFrame: { type: 'Assertion' } },
    ],
  };
  const badge = {
    type: 'BadgeClass',
    id: 'https://uni.edu/badges/classes/1',
    name: 'Data Science I',
    description: 'A badge.',
    image: 'https://uni.edu/badges/classes/1.png',
    criteria: { type: 'Criteria', id: 'https://uni.edu/criteria', narrative: 'Do it.' },
    issuer,
    tags: ['data'],
    version: '1.0',
    related: 'https://uni.edu/badges/classes/1-es',
    alignment: { type: 'AlignmentObject', targetName: 'Stats', targetUrl: 'https://s.example/1', targetDescription: 'Stats.', targetFramework: 'F', targetCode: 'S1' },
    endorsement: {
      type: 'Endorsement',
      id: 'https://other.edu/endorsements/1',
      claim: { id: 'https://uni.edu/badges/classes/1', endorsementComment: 'Good.' },
      issuedOn: '2024-01-01T00:00:00Z',
      issuer: 'https://other.edu/issuer',
      verification: { type: 'hosted' },
    },
  };
  return {
    '@context': OB2,
    type: 'Assertion',
    id: 'https://uni.edu/badges/assertions/1',
    uid: 'abc',
    recipient: { type: 'email', hashed: true, salt: 'x', identity: 'sha256$00' },
    badge,
    verification: { type: 'HostedBadge' },
    verify: { type: 'signed', creator: 'https://uni.edu/keys/1', created: '2024-01-01T00:00:00Z' },
    issuedOn: '2024-01-01T00:00:00Z',
    expires: '2030-01-01T00:00:00Z',
    image: 'https://uni.edu/badges/assertions/1.png',
    evidence: { type: 'Evidence', id: 'https://uni.edu/work/1', narrative: 'Work.', name: 'Work', genre: 'Project', audience: 'Staff' },
    narrative: 'Earned.',
    revoked: false,
    revocationReason: 'none',
    'extensions:example': { type: ['Extension', 'extensions:Example'], name: 'x' },
    'obi:revoked': 'true',
    'schema:name': 'compact IRI',
    SignedBadge: 'class names as values',
    HostedBadge: 'and as keys',
    IdentityObject: 'are terms too',
  };
}

/** Every key and string value in `value`, deep. */
function wordsOf(value: unknown, into = new Set<string>()): Set<string> {
  if (typeof value === 'string') into.add(value);
  else if (Array.isArray(value)) value.forEach((item) => wordsOf(item, into));
  else if (value && typeof value === 'object') for (const [key, item] of Object.entries(value)) (into.add(key), wordsOf(item, into));
  return into;
}

describe('the bundled Open Badges 2.0 context', () => {
  it('defines every term exactly as the published context does', async () => {
    const theirs = (await published())['@context'];
    expect(Object.keys(ours['@context']).sort()).to.deep.equal(Object.keys(theirs).sort());
    for (const term of Object.keys(theirs)) expect(ours['@context'][term], term).to.deep.equal(theirs[term]);
  });

  it('expands every document of the test world, and one using every term, exactly as the published one', async () => {
    const world = await createWorld();
    const synthetic = everyTerm();
    const words = wordsOf(synthetic);
    const unused = Object.keys(ours['@context']).filter((term) => !words.has(term) && !['cred', 'dc', 'obi', 'schema', 'sec', 'xsd', 'extensions'].includes(term));
    expect(unused, 'terms the synthetic document does not use').to.deep.equal([]);
    const documents = [world.issuer, world.badgeClass, world.key, world.list, world.hosted('1'), world.signedPayload(), synthetic];
    const [mine, theirs] = [loader(ours), loader(await published())];
    for (const document of documents) {
      const a = await rdfOf(document, mine);
      const b = await rdfOf(document, theirs);
      expect(a.expanded, String(document['id'])).to.deep.equal(b.expanded);
      expect(a.nquads).to.equal(b.nquads);
      expect(a.nquads.length).to.be.greaterThan(0);
    }
  });
});

// Bundled contexts never change, so jsonld keeps each one resolved by its URL for the whole page: a second document
// that uses it does not load it again. Contexts a caller adds (`extra`) are loaded for each document, since another
// caller may give the same URL another document.
import { describe, expect, it } from '../harness.js';
import { createDocumentLoader, type DocumentLoader } from '../../src/verify/contexts/index.js';
import { toDataset } from '../../src/verify/meaning/dataset.js';

const V2 = 'https://www.w3.org/ns/credentials/v2';
const EXTRA = 'https://example.org/contexts/extra-for-static-test.json';

function counting(loader: DocumentLoader): { loader: DocumentLoader; loads: Map<string, number> } {
  const loads = new Map<string, number>();
  return {
    loads,
    loader: (url) => {
      loads.set(url, (loads.get(url) ?? 0) + 1);
      return loader(url);
    },
  };
}

const credential = (n: number) => ({
  '@context': [V2, EXTRA],
  id: `urn:example:static-${n}`,
  type: ['VerifiableCredential'],
  issuer: 'did:example:issuer',
  validFrom: '2025-01-01T00:00:00Z',
  credentialSubject: { id: 'did:example:subject', nickname: `n${n}` },
});

describe('the bundled contexts, as jsonld keeps them', () => {
  it('the document loader marks bundled contexts static, and a caller\'s own contexts not', async () => {
    const loader = createDocumentLoader({ extra: { [EXTRA]: { '@context': { nickname: 'https://example.org/nickname' } } } });
    expect((await loader(V2)).tag).to.equal('static');
    expect((await loader(EXTRA)).tag).to.equal(undefined);
  });

  it('a bundled context is loaded once for many documents, a caller\'s for each, and the quads are the same each time', async () => {
    const { loader, loads } = counting(createDocumentLoader({ extra: { [EXTRA]: { '@context': { nickname: 'https://example.org/nickname' } } } }));
    const first = await toDataset(credential(1), loader);
    const second = await toDataset(credential(1), loader);
    await toDataset(credential(2), loader);
    expect(second).to.deep.equal(first);
    // Another suite may have resolved V2 already in this process: at most once, never once per document.
    expect(loads.get(V2) ?? 0).to.be.at.most(1);
    expect(loads.get(EXTRA)).to.equal(3);
  });
});

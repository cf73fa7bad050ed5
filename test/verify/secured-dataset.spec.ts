// The RDFC proofs are verified from the credential's one dataset: the document without its proofs, and each proof's
// own graph as its options. The W3C and 1EdTech vectors publish the canonical N-Quads of both; ours must be those,
// byte for byte (so the dataset route is the Data Integrity algorithm for these credentials, not an approximation).
import { before, describe, expect, it } from '../helpers/harness.js';
import { fixtureJson, fixtureText } from '../helpers/shared-fixtures.js';
import { canonizeQuads } from '../../src/verify/canonize.js';
import { createDocumentLoader } from '../../src/verify/contexts/index.js';
import { readMeaning } from '../../src/verify/meaning/read.js';
import { proofOptions, securedDocument } from '../../src/verify/meaning/secured.js';

const VECTORS: Array<{ signed: string; doc: string; proof: string; sha384?: boolean }> = [
  ...['', 'employ/'].flatMap((sub) => [
    { signed: `vc-di-eddsa/eddsa-rdfc-2022/${sub}signedDataInt.json`, doc: `vc-di-eddsa/eddsa-rdfc-2022/${sub}canonDocDataInt.txt`, proof: `vc-di-eddsa/eddsa-rdfc-2022/${sub}proofCanonDataInt.txt` },
    { signed: `vc-di-ecdsa/ecdsa-rdfc-2019-p256/${sub}signedECDSAP256.json`, doc: `vc-di-ecdsa/ecdsa-rdfc-2019-p256/${sub}canonDocECDSAP256.txt`, proof: `vc-di-ecdsa/ecdsa-rdfc-2019-p256/${sub}proofCanonECDSAP256.txt` },
    { signed: `vc-di-ecdsa/ecdsa-rdfc-2019-p384/${sub}signedECDSAP384.json`, doc: `vc-di-ecdsa/ecdsa-rdfc-2019-p384/${sub}canonDocECDSAP384.txt`, proof: `vc-di-ecdsa/ecdsa-rdfc-2019-p384/${sub}proofCanonECDSAP384.txt`, sha384: true },
  ]),
  { signed: 'vc-di-eddsa/Ed25519Signature2020/signedEdSig.json', doc: 'vc-di-eddsa/Ed25519Signature2020/canonDocEdSig.txt', proof: 'vc-di-eddsa/Ed25519Signature2020/proofCanonEdSig.txt' },
  { signed: '1edtech-impl-guide/obv3p0/signed.json', doc: '1edtech-impl-guide/obv3p0/document-canon.txt', proof: '1edtech-impl-guide/obv3p0/proof-canon.txt' },
  { signed: '1edtech-impl-guide/clrv2p0/signed.json', doc: '1edtech-impl-guide/clrv2p0/document-canon.txt', proof: '1edtech-impl-guide/clrv2p0/proof-canon.txt' },
];

// The test-only vocabularies the W3C vectors use.
const EXTRA_CONTEXTS: Record<string, string> = {
  'https://www.w3.org/ns/credentials/examples/v2': 'contexts/w3c-credentials-examples-v2.jsonld',
  'https://w3id.org/citizenship/v4rc1': 'contexts/w3id-citizenship-v4rc1.jsonld',
};

describe('proofs verified from the one dataset', () => {
  let available = true;
  const extra: Record<string, unknown> = {};
  before(async () => {
    try {
      for (const [url, file] of Object.entries(EXTRA_CONTEXTS)) extra[url] = await fixtureJson(file);
    } catch {
      available = false;
      console.log('secured-dataset.spec: ../shared/fixtures is absent; the published canonical N-Quads were not compared.');
    }
  });

  it('gives the published canonical document and proof options of every RDFC vector', async () => {
    if (!available) return;
    const documentLoader = createDocumentLoader({ extra });
    const mismatches: string[] = [];
    for (const vector of VECTORS) {
      const meaning = await readMeaning(await fixtureJson(`vectors/${vector.signed}`), documentLoader);
      expect(meaning.proofs, vector.signed).to.have.length(1);
      const messageDigestAlgorithm = vector.sha384 ? 'sha384' : 'sha256';
      const doc = await canonizeQuads(securedDocument(meaning, meaning.proofs[0]!), { messageDigestAlgorithm });
      const proof = await canonizeQuads(proofOptions(meaning.proofs[0]!), { messageDigestAlgorithm });
      if (doc.trim() !== (await fixtureText(`vectors/${vector.doc}`)).trim()) mismatches.push(`${vector.signed}: document`);
      if (proof.trim() !== (await fixtureText(`vectors/${vector.proof}`)).trim()) mismatches.push(`${vector.signed}: proof options`);
    }
    expect(mismatches).to.deep.equal([]);
  });
});

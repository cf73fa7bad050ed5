// The W3C examples context is written in the project (no npm package ships it): it must be the published file's JSON,
// so that the W3C specifications' own test vectors verify with the bundled contexts alone.
import { describe, expect, it } from '../helpers/harness.js';
import { fixtureJson } from '../helpers/shared-fixtures.js';
import { EXAMPLES_CONTEXT_V2_URL, examplesContexts } from '../../src/verify/contexts/examples.js';
import { bundledContexts } from '../../src/verify/contexts/index.js';
import { verifyCredential } from '../../src/verify/index.js';

/** The W3C vectors that need no vocabulary beyond the bundled ones (the "employ" ones also need citizenship/v4rc1). */
const VECTORS = [
  'vectors/vc-di-eddsa/eddsa-rdfc-2022/signedDataInt.json',
  'vectors/vc-di-eddsa/eddsa-jcs-2022/signedJCS.json',
  'vectors/vc-di-eddsa/Ed25519Signature2020/signedEdSig.json',
  'vectors/vc-di-eddsa/proof-set-chain/signedProofSet2.json',
  'vectors/vc-di-eddsa/proof-set-chain/signedProofChain2.json',
  'vectors/vc-di-ecdsa/ecdsa-rdfc-2019-p256/signedECDSAP256.json',
  'vectors/vc-di-ecdsa/ecdsa-rdfc-2019-p384/signedECDSAP384.json',
  'vectors/vc-di-ecdsa/ecdsa-jcs-2019-p256/signedJCSECDSAP256.json',
  'vectors/vc-di-ecdsa/ecdsa-jcs-2019-p384/signedJCSECDSAP384.json',
];

describe('the W3C examples context', () => {
  it('is the published file', async () => {
    const index = await fixtureJson<Record<string, string>>('contexts/index.json');
    expect(examplesContexts[EXAMPLES_CONTEXT_V2_URL]).to.deep.equal(await fixtureJson(`contexts/${index[EXAMPLES_CONTEXT_V2_URL]}`));
    expect(bundledContexts.has(EXAMPLES_CONTEXT_V2_URL)).to.equal(true);
  });

  it("lets the specifications' own vectors verify with the bundled contexts alone", async () => {
    const outcomes: string[] = [];
    for (const file of VECTORS) {
      const report = await verifyCredential(await fixtureJson(file), { now: '2026-11-22T00:00:00Z', network: false });
      const problems = report.checks.filter((check) => check.status !== 'success' && check.status !== 'skipped').map((check) => `${check.id}/${check.reason}`);
      outcomes.push(`${file}: ${report.status}${problems.length ? ` (${problems.join(', ')})` : ''}`);
    }
    // The vectors' issuers are https URLs signing with a did:key, which nothing ties together: the key is unproven
    // (a warning). Nothing else may be wrong.
    expect(outcomes.filter((outcome) => !/: (verified|warning \((key\/key-unproven(, )?)+\))$/.test(outcome))).to.deep.equal([]);
  });
});

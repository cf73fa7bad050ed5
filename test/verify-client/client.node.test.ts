// In Node there are no workers: the client verifies in-process, with the same report.
import { describe, it } from 'node:test';
import { strict as assert } from 'node:assert';
import { requestVerification, requestVerifications } from '../../src/verify-client/index.js';
import { ed25519Issuer, openBadge, signEddsaRdfc2022 } from '../verify/helpers/signing.js';

describe('requestVerification in Node', () => {
  it('verifies in-process', async () => {
    const issuer = await ed25519Issuer();
    const report = await requestVerification(await signEddsaRdfc2022(openBadge(issuer), issuer), { network: false });
    assert.equal(report.verified, true);
    assert.equal(report.status, 'verified');
  });

  it('verifies a list in-process, one report per credential, duplicates once', async () => {
    const issuer = await ed25519Issuer();
    const badge = await signEddsaRdfc2022(openBadge(issuer), issuer);
    const forged = { ...badge, name: 'Forged' };
    const items = [];
    for await (const item of requestVerifications([badge, forged, structuredClone(badge)], { network: false })) items.push(item);
    const byIndex = new Map(items.map((item) => [item.index, item.report]));
    assert.deepEqual([...byIndex.keys()].sort(), [0, 1, 2]);
    assert.equal(byIndex.get(0)!.status, 'verified');
    assert.equal(byIndex.get(1)!.status, 'failed');
    assert.equal(byIndex.get(2), byIndex.get(0));
  });
});

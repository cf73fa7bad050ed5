// In Node there are no workers: the client verifies in-process, with the same report.
import { describe, it } from 'node:test';
import { strict as assert } from 'node:assert';
import { requestVerification } from '../../src/verify-client/index.js';
import { ed25519Issuer, openBadge, signEddsaRdfc2022 } from '../verify/signing.js';

describe('requestVerification in Node', () => {
  it('verifies in-process', async () => {
    const issuer = await ed25519Issuer();
    const report = await requestVerification(await signEddsaRdfc2022(openBadge(issuer), issuer), { network: false });
    assert.equal(report.verified, true);
    assert.equal(report.status, 'verified');
  });
});

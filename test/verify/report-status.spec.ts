// The report's status: the most severe outcome of its checks and nested credentials (failed > unverifiable > warning > verified).
import { describe, expect, it } from '../helpers/harness.js';
import { buildReport } from '../../src/verify/report.js';
import type { Check, CheckStatus, VerificationReport } from '../../src/verify/types.js';

const check = (status: CheckStatus): Check => ({ id: 'proof', status, message: status });
const report = (...statuses: CheckStatus[]): VerificationReport => buildReport('json-ld', undefined, statuses.map(check), []);

describe('report status', () => {
  it('takes the most severe check: failed > unverifiable > warning > verified', () => {
    expect(report('success', 'skipped').status).to.equal('verified');
    expect(report('success', 'warning').status).to.equal('warning');
    expect(report('warning', 'unverifiable', 'success').status).to.equal('unverifiable');
    expect(report('unverifiable', 'failure').status).to.equal('failed');
  });

  it('is verified only when verified or with warnings, never when something could not be checked', () => {
    expect(report('warning').verified).to.equal(true);
    expect(report('unverifiable').verified).to.equal(false);
    expect(report('failure').verified).to.equal(false);
  });

  it('takes the most severe nested credential too', () => {
    const parent = (child: VerificationReport) => buildReport('json-ld', undefined, [check('success')], [child]);
    expect(parent(report('unverifiable')).status).to.equal('unverifiable');
    expect(parent(report('warning')).status).to.equal('warning');
    expect(buildReport('json-ld', undefined, [check('unverifiable')], [report('failure')]).status).to.equal('failed');
  });
});

describe('nested check', () => {
  it('says a nested credential that could not be checked is unverifiable, not failed', async () => {
    const { nestedCheck } = await import('../../src/verify/nested.js');
    const unverifiable = buildReport('json-ld', undefined, [check('unverifiable')], []);
    const verified = buildReport('json-ld', undefined, [check('success')], []);
    expect(nestedCheck([verified, unverifiable], 2)).to.include({ status: 'unverifiable', reason: 'nested-unverifiable' });
    expect(nestedCheck([verified, buildReport('json-ld', undefined, [check('failure')], [])], 2)).to.include({ status: 'failure', reason: 'nested-failed' });
  });
});

// elements/shared/lifecycle.ts: what a card says about a credential's life comes from the report's reason codes,
// never from the words of its messages.
import { describe, expect, it } from '../../helpers/harness.js';
import { lifecycleLabel, lifecycleOf } from '../../../src/elements/shared/lifecycle.js';
import type { Check, VerificationReport } from '../../../src/verify/types.js';
import { reportWith } from '../../helpers/reports.js';

const dates = (reason: Check['reason'], message: string, status: Check['status'] = 'failure'): Check => ({ id: 'dates', status, reason, message });
const PAST = '2020-01-01T00:00:00Z';
const FUTURE = '2999-01-01T00:00:00Z';

describe('elements/shared/lifecycle: reasons, not words', () => {
  it('says expired for the reason "expired", whatever the sentence', () => {
    expect(lifecycleOf(reportWith([dates('expired', 'Valid until 2020-01-01.')]), {})).to.equal('expired');
  });

  it('does not say expired when the dates are impossible ("expires before it becomes valid")', () => {
    const report = reportWith([dates('invalid-dates', 'The credential expires before it becomes valid.')]);
    expect(lifecycleOf(report, { expires: PAST })).to.equal(undefined);
  });

  it('says not yet valid, revoked and suspended for their reasons', () => {
    expect(lifecycleOf(reportWith([dates('not-yet-valid', 'Not valid until 2999.')]), {})).to.equal('not-yet-valid');
    expect(lifecycleOf(reportWith([{ id: 'status', status: 'failure', reason: 'revoked', message: 'Revoked.' }]), {})).to.equal('revoked');
    expect(lifecycleOf(reportWith([{ id: 'status', status: 'failure', reason: 'suspended', message: 'Suspended.' }]), {})).to.equal('suspended');
  });

  it('puts revocation before expiry when both are reported', () => {
    const report = reportWith([dates('expired', 'Expired.'), { id: 'status', status: 'failure', reason: 'revoked', message: 'Revoked.' }]);
    expect(lifecycleOf(report, {})).to.equal('revoked');
  });

  it('says nothing for a status that could not be checked, or a check that passed', () => {
    const unreachable: Check = { id: 'status', status: 'warning', reason: 'status-unreachable', message: 'The revoked list could not be fetched.' };
    expect(lifecycleOf(reportWith([unreachable]), {})).to.equal(undefined);
    expect(lifecycleOf(reportWith([dates('expired', 'Expired.', 'success')]), {})).to.equal(undefined);
  });

  it('trusts the report over the view once there is one, and the view (or the provider) before', () => {
    const passed: VerificationReport = reportWith([{ id: 'dates', status: 'success', message: 'Valid.' }]);
    expect(lifecycleOf(passed, { expires: PAST })).to.equal(undefined);
    expect(lifecycleOf(undefined, { expires: PAST })).to.equal('expired');
    expect(lifecycleOf(undefined, { expires: FUTURE })).to.equal(undefined);
    expect(lifecycleOf(undefined, { revoked: true })).to.equal('revoked');
    expect(lifecycleOf(passed, { revoked: true })).to.equal('revoked');
  });

  it('words each lifecycle, with its date when there is one', () => {
    expect(lifecycleLabel('expired', 'Jan 1, 2020')).to.equal('This credential expired on Jan 1, 2020.');
    expect(lifecycleLabel('expired', undefined)).to.equal('This credential has expired.');
    expect(lifecycleLabel('not-yet-valid', 'Jan 1, 2999')).to.contain('not valid until Jan 1, 2999');
    expect(lifecycleLabel('suspended', undefined)).to.contain('suspended');
    expect(lifecycleLabel('revoked', undefined)).to.contain('revoked');
  });
});

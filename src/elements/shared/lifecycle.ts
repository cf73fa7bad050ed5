/**
 * What a card says about a credential's life: revoked, suspended, expired or not yet valid. Read from the report's
 * reason codes (never its English sentences: "expires before it becomes valid" is not "expired") once there is a
 * report; before one, or without a signature, from the provider's own word and the view's expiry date.
 */
import { msg, str } from '@lit/localize';
import type { CredentialView } from '../../model/types.js';
import type { ReasonCode, VerificationReport } from '../../verify/types.js';

export type Lifecycle = 'revoked' | 'suspended' | 'expired' | 'not-yet-valid';

/** The lifecycles a report can state, most serious first. */
const BY_REASON: ReadonlyArray<readonly [ReasonCode, Lifecycle]> = [
  ['revoked', 'revoked'],
  ['suspended', 'suspended'],
  ['expired', 'expired'],
  ['not-yet-valid', 'not-yet-valid'],
];

export function lifecycleOf(report: VerificationReport | undefined, view: Pick<CredentialView, 'expires' | 'revoked'>, now: number = Date.now()): Lifecycle | undefined {
  if (view.revoked) return 'revoked';
  if (report) {
    const reasons = new Set(report.checks.filter((check) => check.status === 'failure' || check.status === 'warning').map((check) => check.reason));
    return BY_REASON.find(([reason]) => reasons.has(reason))?.[1];
  }
  const expires = view.expires ? Date.parse(view.expires) : NaN;
  return expires < now ? 'expired' : undefined;
}

/** The sentence for a lifecycle; `date` is the expiry date (expired) or the date it becomes valid (not yet valid). */
export function lifecycleLabel(kind: Lifecycle, date: string | undefined): string {
  switch (kind) {
    case 'revoked':
      return msg('This credential has been revoked by its issuer.', { id: 'lifecycle.revoked' });
    case 'suspended':
      return msg('This credential has been suspended by its issuer.', { id: 'lifecycle.suspended' });
    case 'not-yet-valid':
      return date
        ? msg(str`This credential is not valid until ${date}.`, { id: 'lifecycle.not-yet-valid-until' })
        : msg('This credential is not valid yet.', { id: 'lifecycle.not-yet-valid' });
    default:
      return date
        ? msg(str`This credential expired on ${date}.`, { id: 'lifecycle.expired-on' })
        : msg('This credential has expired.', { id: 'lifecycle.expired' });
  }
}

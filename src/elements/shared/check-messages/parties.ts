/** Sentences for who is involved (the issuer trusted or not, the recipient expected) and for nested credentials. */
import { msg, str } from '@lit/localize';
import type { Check } from '../../../verify/types.js';
import { countMessage } from '../intl.js';
import { detail, number, numberDetail, UNKNOWN } from './params.js';

export function issuerUntrustedMessage(check: Check): string {
  return msg(str`The issuer ${detail(check, 'issuer') ?? UNKNOWN} is not on your list of trusted issuers.`, { id: 'reason.issuer-untrusted' });
}

export function recipientMismatchMessage(check: Check): string {
  const expected = detail(check, 'expected');
  return expected
    ? msg(str`The credential was not issued to ${expected}.`, { id: 'reason.recipient-mismatch' })
    : msg('The credential was not issued to the recipient expected.', { id: 'reason.recipient-mismatch.unnamed' });
}

/** The `nested` check's failures and warnings; a plural form follows the number of nested credentials. */
export function nestedMessage(check: Check): string {
  const total = numberDetail(check, 'total') ?? 0;
  const all = number(total);
  switch (check.reason) {
    case 'nested-failed': {
      const failed = number(numberDetail(check, 'failed') ?? 0);
      return countMessage(total, 'reason.nested-failed', {
        one: str`${failed} of ${all} nested credential did not verify.`,
        other: str`${failed} of ${all} nested credentials did not verify.`,
      });
    }
    case 'nested-cancelled': {
      const checked = number(numberDetail(check, 'checked') ?? 0);
      return countMessage(total, 'reason.nested-cancelled', {
        one: str`Only ${checked} of ${all} nested credential was verified before the verification was cancelled.`,
        other: str`Only ${checked} of ${all} nested credentials were verified before the verification was cancelled.`,
      });
    }
    case 'nested-unverifiable': {
      const unverifiable = number(numberDetail(check, 'unverifiable') ?? 0);
      return countMessage(total, 'reason.nested-unverifiable', {
        one: str`${unverifiable} of ${all} nested credential could not be checked right now.`,
        other: str`${unverifiable} of ${all} nested credentials could not be checked right now.`,
      });
    }
    case 'nested-warnings': {
      const warned = number(numberDetail(check, 'warned') ?? 0);
      return countMessage(total, 'reason.nested-warnings', {
        one: 'The nested credential verified, with warnings.',
        other: str`All ${all} nested credentials verified, ${warned} with warnings.`,
      });
    }
    case 'nested-too-deep':
      return msg(str`Credentials are nested more than ${number(numberDetail(check, 'max') ?? 4)} levels deep; the inner ones were not verified.`, { id: 'reason.nested-too-deep' });
    case 'nested-too-many':
      return check.details?.['total'] !== undefined
        ? msg(str`It holds ${all} credentials, more than the ${number(numberDetail(check, 'max') ?? 1000)} a verification reads; none was verified.`, { id: 'reason.nested-too-many.count' })
        : msg(str`It holds more than ${number(numberDetail(check, 'max') ?? 1000)} nested credentials; they were not verified.`, { id: 'reason.nested-too-many' });
    default:
      return msg('What its signature covers holds other nested credentials than its JSON shows, so not every one can be verified.', { id: 'reason.nested-unreadable' });
  }
}

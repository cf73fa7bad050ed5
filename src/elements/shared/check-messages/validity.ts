/** Sentences for a credential's validity: its dates, and its revocation or suspension status. */
import { msg, str } from '@lit/localize';
import type { Check } from '../../../verify/types.js';
import { dateDetail, detail, firstDetail, UNKNOWN, type Scene } from './params.js';

/** A date the check names, in the element's language: the first of `keys` that holds one. */
function dateOf(check: Check, ...keys: string[]): string | undefined {
  for (const key of keys) {
    const date = dateDetail(check, key);
    if (date) return date;
  }
  return undefined;
}

export function expiredMessage(check: Check): string {
  if (check.details?.['claim'] === 'exp') return msg(str`The JWT expired on ${dateOf(check, 'exp') ?? UNKNOWN} (its “exp” claim).`, { id: 'reason.expired.jwt' });
  const date = dateOf(check, 'validUntil', 'expires');
  return date ? msg(str`The credential expired on ${date}.`, { id: 'reason.expired' }) : msg('The credential has expired.', { id: 'reason.expired.undated' });
}

export function notYetValidMessage(check: Check, scene: Scene): string {
  if (check.details?.['claim'] === 'nbf') return msg(str`The JWT is not valid yet: it becomes valid on ${dateOf(check, 'nbf') ?? UNKNOWN} (its “nbf” claim).`, { id: 'reason.not-yet-valid.jwt' });
  if (scene.badge2) return msg(str`The badge says it was issued on ${dateOf(check, 'issuedOn') ?? UNKNOWN}, a date still to come.`, { id: 'reason.not-yet-valid.issued' });
  const date = dateOf(check, 'validFrom');
  return date ? msg(str`The credential is not valid yet: it becomes valid on ${date}.`, { id: 'reason.not-yet-valid' }) : msg('The credential is not valid yet.', { id: 'reason.not-yet-valid.undated' });
}

export function invalidDatesMessage(check: Check): string {
  const notADate = (key: string) => {
    const value = check.details?.[key];
    return typeof value === 'string' && Number.isNaN(Date.parse(value)) ? detail(check, key) : undefined;
  };
  const start = notADate('validFrom') ?? notADate('issuedOn');
  if (start) return msg(str`Its start date (“${start}”) is not a date.`, { id: 'reason.invalid-dates.start' });
  const end = notADate('validUntil') ?? notADate('expires');
  if (end) return msg(str`Its expiry date (“${end}”) is not a date.`, { id: 'reason.invalid-dates.expiry' });
  return msg('It expires before it becomes valid.', { id: 'reason.invalid-dates.order' });
}

export function noDatesMessage(scene: Scene): string {
  return scene.badge2 ? msg('The badge states no issue date.', { id: 'reason.no-dates.badge' }) : msg('The credential states no issue or validity dates.', { id: 'reason.no-dates' });
}

/** The status list the check names: a Bitstring or 2021 status list, a 1EdTech revocation list, an OB 2.0 one. */
const listOf = (check: Check) => firstDetail(check, 'statusListCredential', 'revocationList', 'url', 'id');

export function statusMessage(check: Check): string {
  switch (check.reason) {
    case 'revoked': {
      const why = detail(check, 'revocationReason');
      return why ? msg(str`The issuer has revoked this credential: “${why}”.`, { id: 'reason.revoked.because' }) : msg('The issuer has revoked this credential.', { id: 'reason.revoked' });
    }
    case 'suspended':
      return msg('The issuer has suspended this credential.', { id: 'reason.suspended' });
    case 'status-set':
      return msg(str`The issuer has set a “${detail(check, 'statusPurpose') ?? UNKNOWN}” status on this credential.`, { id: 'reason.status-set' });
    case 'status-unchecked':
      switch (check.details?.['why']) {
        case 'offline':
          return msg('Whether it was revoked or suspended was not checked: network use is off.', { id: 'reason.status-unchecked.offline' });
        case 'no-issuer-profile':
          return msg('Whether it was revoked was not checked: the issuer’s profile could not be read, so neither could its revocation list.', { id: 'reason.status-unchecked.no-profile' });
        case 'no-id':
          return msg('The badge has no id, so the issuer’s revocation list can’t be searched for it.', { id: 'reason.status-unchecked.no-id' });
        default:
          return msg('Whether it was revoked or suspended was not checked.', { id: 'reason.status-unchecked' });
      }
    case 'status-unreachable': {
      const list = listOf(check);
      return list
        ? msg(str`Whether it was revoked could not be checked: the status list at ${list} could not be fetched.`, { id: 'reason.status-unreachable' })
        : msg('Whether it was revoked could not be checked: the status list could not be fetched.', { id: 'reason.status-unreachable.unnamed' });
    }
    case 'status-list-untrusted': {
      const list = listOf(check);
      return list
        ? msg(str`Whether it was revoked could not be confirmed: the status list at ${list} can’t be trusted.`, { id: 'reason.status-list-untrusted' })
        : msg('Whether it was revoked could not be confirmed: the status list can’t be trusted.', { id: 'reason.status-list-untrusted.unnamed' });
    }
    default:
      return msg(str`The status type ${detail(check, 'type') ?? UNKNOWN} is not supported, so revocation was not checked.`, { id: 'reason.status-unsupported' });
  }
}

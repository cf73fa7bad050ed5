/**
 * Sentences for the look-ups of an Open Badges 2.0 badge: its hosted assertion, its BadgeClass and its issuer's
 * profile, each fetched from its own address and held to it, and where the issuer says its badges are hosted.
 */
import { msg, str } from '@lit/localize';
import type { Check } from '../../../verify/types.js';
import { detail, listDetail, UNKNOWN } from './params.js';

export function badgeLookupMessage(check: Check): string {
  const url = detail(check, 'url') ?? detail(check, 'id') ?? UNKNOWN;
  const status = detail(check, 'httpStatus') ?? UNKNOWN;
  switch (check.reason) {
    case 'assertion-unreachable':
      return msg(str`The hosted badge (at ${url}) could not be fetched, so it can’t be checked right now. This does not mean it is forged.`, { id: 'reason.assertion-unreachable' });
    case 'assertion-not-found':
      return msg(str`The hosted badge is gone: ${url} answered HTTP ${status}.`, { id: 'reason.assertion-not-found' });
    case 'badge-unreachable':
      return msg(str`The badge’s description (its BadgeClass, at ${url}) could not be fetched, so it can’t be checked right now.`, { id: 'reason.badge-unreachable' });
    case 'badge-not-found':
      return msg(str`The badge’s description (its BadgeClass) is gone: ${url} answered HTTP ${status}.`, { id: 'reason.badge-not-found' });
    case 'issuer-unreachable':
      return msg(str`The issuer’s profile (at ${url}) could not be fetched, so it can’t be checked right now.`, { id: 'reason.issuer-unreachable' });
    default:
      return msg(str`The issuer’s profile is gone: ${url} answered HTTP ${status}.`, { id: 'reason.issuer-not-found' });
  }
}

export function idMismatchMessage(check: Check): string {
  const url = detail(check, 'url') ?? UNKNOWN;
  const id = detail(check, 'id');
  return id
    ? msg(str`A document fetched from ${url} says its id is ${id}: a document must be what its address says.`, { id: 'reason.id-mismatch' })
    : msg(str`A document fetched from ${url} states no id: a document must say it is what its address says.`, { id: 'reason.id-mismatch.none' });
}

export function outOfScopeMessage(check: Check): string {
  const redirect = detail(check, 'redirect');
  if (redirect) {
    return msg(str`A document the badge needs (at ${detail(check, 'url') ?? UNKNOWN}) redirects to another host (${redirect}), which can’t speak for it.`, { id: 'reason.out-of-scope.redirect' });
  }
  return msg(str`The badge is not where its issuer says its badges are (${detail(check, 'address') ?? UNKNOWN}).`, { id: 'reason.out-of-scope' });
}

export function copyDiffersMessage(check: Check): string {
  return msg(str`This copy of the badge differs from the one its issuer hosts (in ${listDetail(check, 'differ') ?? UNKNOWN}): it is not the badge the issuer issued.`, { id: 'reason.copy-differs' });
}

export function keyNotListedMessage(check: Check): string {
  return msg(str`The issuer’s profile (${detail(check, 'issuer') ?? UNKNOWN}) does not list the key ${detail(check, 'key') ?? UNKNOWN} among its keys.`, { id: 'reason.key-not-listed' });
}

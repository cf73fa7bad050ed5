/** The gallery's texts: the summary, each tile's status, the controls. All through msg() (translations in src/locales/). */
import { msg, str } from '@lit/localize';
import { countMessage, formatNumber, isolate } from '../shared/intl.js';
import type { VerificationReport } from '../../verify/types.js';
import { verificationLabel } from '../shared/messages.js';
import type { Counts, Outcome } from './items.js';

export function outcomeLabel(outcome: Outcome, verifyOff: boolean, report?: VerificationReport): string {
  switch (outcome) {
    case 'expired':
      return msg('Expired', { id: 'gallery.expired' });
    case 'revoked':
      return msg('Revoked', { id: 'gallery.revoked' });
    case 'suspended':
      return msg('Suspended', { id: 'gallery.suspended' });
    case 'unverifiable':
      return msg('Could not be verified', { id: 'gallery.unverifiable' });
    case 'unsigned':
      return msg('From the provider (not signed)', { id: 'verification.unsigned' });
    case 'error':
      return msg('Could not be loaded', { id: 'gallery.item-error' });
    case 'unchecked':
      return verifyOff ? msg('Not checked', { id: 'checkstatus.skipped' }) : msg('Not checked yet', { id: 'gallery.unchecked' });
    default:
      return verificationLabel(outcome, report);
  }
}

/** "48 credentials · 12 checked · 11 verified · 1 expired": the total, then the items checked so far and their outcomes. */
export function summaryText(total: number, more: boolean, counts: Counts): string {
  const n = (count: number) => formatNumber(count);
  const parts = [
    more
      ? countMessage(total, 'gallery.count-more', { one: str`${n(total)}+ credential`, other: str`${n(total)}+ credentials` })
      : countMessage(total, 'gallery.count', { one: str`${n(total)} credential`, other: str`${n(total)} credentials` }),
  ];
  if (counts.checked) parts.push(countMessage(counts.checked, 'gallery.checked', { one: str`${n(counts.checked)} checked`, other: str`${n(counts.checked)} checked` }));
  const outcomes: Array<[number, () => string]> = [
    [counts.verified, () => countMessage(counts.verified, 'gallery.n-verified', { one: str`${n(counts.verified)} verified`, other: str`${n(counts.verified)} verified` })],
    [counts.warning, () => countMessage(counts.warning, 'gallery.n-warning', { one: str`${n(counts.warning)} with warnings`, other: str`${n(counts.warning)} with warnings` })],
    [counts.expired, () => countMessage(counts.expired, 'gallery.n-expired', { one: str`${n(counts.expired)} expired`, other: str`${n(counts.expired)} expired` })],
    [counts.revoked, () => countMessage(counts.revoked, 'gallery.n-revoked', { one: str`${n(counts.revoked)} revoked`, other: str`${n(counts.revoked)} revoked` })],
    [counts.suspended, () => countMessage(counts.suspended, 'gallery.n-suspended', { one: str`${n(counts.suspended)} suspended`, other: str`${n(counts.suspended)} suspended` })],
    [counts.unverifiable, () => countMessage(counts.unverifiable, 'gallery.n-unverifiable', { one: str`${n(counts.unverifiable)} could not be verified`, other: str`${n(counts.unverifiable)} could not be verified` })],
    [counts.failed, () => countMessage(counts.failed, 'gallery.n-failed', { one: str`${n(counts.failed)} not verified`, other: str`${n(counts.failed)} not verified` })],
  ];
  for (const [count, text] of outcomes) if (count) parts.push(text());
  return parts.join(' · ');
}

export const texts = {
  label: () => msg('Credentials', { id: 'gallery.label' }),
  loading: () => msg('Loading the credentials…', { id: 'gallery.loading' }),
  loadingMore: () => msg('Loading more credentials…', { id: 'gallery.loading-more' }),
  showMore: () => msg('Show more', { id: 'gallery.show-more' }),
  retry: () => msg('Try again', { id: 'gallery.retry' }),
  empty: () => msg('There are no credentials to show.', { id: 'gallery.empty' }),
  noMatch: () => msg('No credentials match the search and filters.', { id: 'gallery.no-match' }),
  clear: () => msg('Clear the search and filters', { id: 'gallery.clear' }),
  search: () => msg('Search', { id: 'gallery.search' }),
  type: () => msg('Type', { id: 'badge.type' }),
  issuer: () => msg('Issuer', { id: 'check.issuer' }),
  status: () => msg('Status', { id: 'gallery.status' }),
  sort: () => msg('Sort', { id: 'gallery.sort' }),
  all: () => msg('All', { id: 'gallery.all' }),
  verified: () => msg('Verified', { id: 'verification.verified' }),
  expired: () => msg('Expired', { id: 'gallery.expired' }),
  revoked: () => msg('Revoked or suspended', { id: 'gallery.revoked-or-suspended' }),
  notVerified: () => msg('Not verified', { id: 'verification.failed' }),
  asListed: () => msg('As listed', { id: 'gallery.sort-listed' }),
  newest: () => msg('Newest first', { id: 'gallery.sort-date' }),
  byName: () => msg('Name (A–Z)', { id: 'gallery.sort-name' }),
  close: () => msg('Close', { id: 'gallery.close' }),
  issuedBy: (issuer: string) => msg(str`Issued by ${isolate(issuer)}`, { id: 'badge.issued-by' }),
};

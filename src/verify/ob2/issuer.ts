/**
 * Who issued an OB 2.0 badge: its BadgeClass, fetched from its URL (the issuer's own copy, even when the assertion
 * embeds one), and the Issuer, fetched from the URL the BadgeClass names — never from anything the assertion says.
 * Each must be what its address says (its id equals the URL), and no redirect may take it to another host.
 */
import { idsOf } from '../../shape/credential.js';
import type { JsonObject } from '../../shape/json.js';
import { ambiguous } from '../checks/ambiguous.js';
import type { VerifyContext } from '../options.js';
import type { Check, CheckId } from '../types.js';
import { lookUp } from './lookup.js';
import { nothingUnread, type Ob2Document } from './read.js';

export interface Issued {
  badge: Ob2Document;
  issuer: Ob2Document;
}

const isHttp = (value: string) => /^https?:\/\//i.test(value);

/** The BadgeClass the assertion names, as the issuer serves it (or as embedded, when it has no URL to be fetched from). */
async function badgeClassOf(badge: string | JsonObject | undefined, context: VerifyContext, id: CheckId): Promise<Ob2Document | Check> {
  const names = { label: 'The BadgeClass', unreachable: 'badge-unreachable', notFound: 'badge-not-found' } as const;
  const url = typeof badge === 'string' ? badge : typeof badge?.['id'] === 'string' ? badge['id'] : undefined;
  if (url && isHttp(url)) {
    const found = await lookUp(url, 'BadgeClass', context, names, true);
    return found.ok ? found.document : { id, status: found.status, reason: found.reason, message: found.message, details: found.details };
  }
  if (typeof badge !== 'object') {
    return { id, status: 'failure', reason: 'malformed', message: `The assertion names no BadgeClass that can be fetched${url ? ` (${url} is not an http(s) URL)` : ''}.`, details: { problem: 'no-badge-class' } };
  }
  // Embedded, with no address: it is part of what was signed or served, and is read as such.
  return { view: badge, unread: nothingUnread() };
}

/** The BadgeClass and its Issuer, or the check (under `id`) that says why they can't be had. */
export async function lookUpIssuer(badge: string | JsonObject | undefined, context: VerifyContext, id: CheckId): Promise<Issued | Check> {
  const badgeClass = await badgeClassOf(badge, context, id);
  if ('status' in badgeClass) return badgeClass;
  const issuers = idsOf(badgeClass.view['issuer']);
  if (issuers.length > 1) return ambiguous(id, 'issuer', issuers, 'the BadgeClass');
  const url = issuers[0];
  if (!url || !isHttp(url)) {
    return { id, status: 'failure', reason: 'no-issuer', message: `The BadgeClass names ${url ? `its issuer as ${url}, which is not an http(s) URL` : 'no issuer'}, so who issued the badge can't be checked.`, details: { document: 'BadgeClass' } };
  }
  const found = await lookUp(url, 'Issuer', context, { label: 'The Issuer profile', unreachable: 'issuer-unreachable', notFound: 'issuer-not-found' }, true);
  if (!found.ok) return { id, status: found.status, reason: found.reason, message: found.message, details: found.details };
  return { badge: badgeClass, issuer: found.document };
}


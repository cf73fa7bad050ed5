/**
 * Whether a presented copy of a hosted assertion says what the issuer's hosted copy says, in what it asserts: who
 * it was awarded to, which badge, and when (issued, expires). Only the hosted copy is ever shown or judged; a copy
 * that differs means the one presented is not the issuer's.
 */
import type { JsonObject } from '../../shape/json.js';
import type { AssertionFields, Recipient } from './fields.js';
import { sameAddress } from './lookup.js';

const badgeId = (badge: string | JsonObject | undefined) => (typeof badge === 'string' ? badge : typeof badge?.['id'] === 'string' ? badge['id'] : undefined);

function sameRecipient(a: Recipient | undefined, b: Recipient | undefined): boolean {
  if (!a || !b) return a === b;
  // A hash is hex: its case says nothing.
  const identity = (recipient: Recipient) => (recipient.hashed ? recipient.identity?.toLowerCase() : recipient.identity);
  return a.type === b.type && a.hashed === b.hashed && a.salt === b.salt && identity(a) === identity(b);
}

function sameInstant(a: string | undefined, b: string | undefined): boolean {
  if (a === undefined || b === undefined) return a === b;
  const [x, y] = [Date.parse(a), Date.parse(b)];
  return a === b || (!Number.isNaN(x) && x === y);
}

/** What the presented copy states otherwise than the hosted one: the names of those fields (none when it agrees). */
export function differences(presented: AssertionFields, hosted: AssertionFields): string[] {
  const differ: string[] = [];
  if (!sameRecipient(presented.recipient, hosted.recipient)) differ.push('recipient');
  const [mine, theirs] = [badgeId(presented.badge), badgeId(hosted.badge)];
  if (mine === undefined || theirs === undefined ? mine !== theirs : !sameAddress(mine, theirs)) differ.push('badge');
  if (!sameInstant(presented.issuedOn, hosted.issuedOn)) differ.push('issuedOn');
  if (!sameInstant(presented.expires, hosted.expires)) differ.push('expires');
  return differ;
}

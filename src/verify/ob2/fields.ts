/**
 * The fields of an OB 2.0 assertion the checks judge, read from its view (read.ts) one value each: a term that
 * takes one value and holds two fails with `ambiguous-value`, never picks one. A revocation is never ambiguous: any
 * value that says revoked is read as revoked.
 */
import { idsOf, scalarsOf, stringsOf, types } from '../../shape/credential.js';
import { isObject, objectsOf, oneOrMany, type JsonObject } from '../../shape/json.js';
import { ambiguous } from '../checks/ambiguous.js';
import type { Check, CheckId } from '../types.js';

export interface Recipient {
  /** `email`, `url`, `telephone` (or `id`): what `identity` is. */
  type?: string;
  identity?: string;
  hashed: boolean;
  salt: string;
}

export interface AssertionFields {
  id?: string;
  /** The BadgeClass: its URL, or the object embedded in the assertion. */
  badge?: string | JsonObject;
  /** `HostedBadge` or `SignedBadge`, as the OB 2.0 context names them. */
  verification?: string;
  /** The URL of the signing key (signed badges). */
  creator?: string;
  recipient?: Recipient;
  issuedOn?: string;
  expires?: string;
  revoked: boolean;
  revocationReason?: string;
}

const VERIFICATION_TYPES = ['HostedBadge', 'SignedBadge'];

type One<T> = { value?: T; problem?: undefined } | { value?: undefined; problem: Check };

/** One value of a single-valued term, or the failure two give. */
function one<T>(values: T[], term: string, id: CheckId, what: string): One<T> {
  return values.length > 1 ? { problem: ambiguous(id, term, values, what) } : { value: values[0] };
}

function readRecipient(view: JsonObject, id: CheckId): One<Recipient> {
  const recipient = one(objectsOf(view['recipient']), 'recipient', id, 'the assertion');
  if (recipient.problem) return { problem: recipient.problem };
  if (!recipient.value) return {};
  const fields: Record<string, unknown> = {};
  for (const term of ['type', 'identity', 'hashed', 'salt']) {
    const field = one(scalarsOf(recipient.value[term]), term, id, "the assertion's recipient");
    if (field.problem) return field;
    fields[term] = field.value;
  }
  return {
    value: {
      ...(typeof fields['type'] === 'string' && { type: fields['type'] }),
      ...(typeof fields['identity'] === 'string' && { identity: fields['identity'] }),
      hashed: fields['hashed'] === true,
      salt: typeof fields['salt'] === 'string' ? fields['salt'] : '',
    },
  };
}

/** The assertion's fields, or the failure (under check `id`) of a term that can't be read unambiguously. */
export function readAssertion(view: JsonObject, id: CheckId): { fields?: AssertionFields; problem?: Check } {
  const badge = one(oneOrMany(view['badge']).filter((item): item is string | JsonObject => typeof item === 'string' || isObject(item)), 'badge', id, 'the assertion');
  const verification = one(objectsOf(view['verification']), 'verification', id, 'the assertion');
  const kinds = verification.value ? types(verification.value).filter((type) => VERIFICATION_TYPES.includes(type)) : [];
  const kind = one(kinds, 'verification type', id, 'the assertion');
  const creator = one(verification.value ? idsOf(verification.value['creator']) : [], 'creator', id, "the assertion's verification");
  const recipient = readRecipient(view, id);
  const issuedOn = one(stringsOf(view['issuedOn']), 'issuedOn', id, 'the assertion');
  const expires = one(stringsOf(view['expires']), 'expires', id, 'the assertion');
  const problem = [badge, verification, kind, creator, recipient, issuedOn, expires].find((field) => field.problem)?.problem;
  if (problem) return { problem };
  // obi:revoked written as a string ("true") compacts to `revokedAssertions`; it still says revoked.
  const revoked = [...scalarsOf(view['revoked']), ...scalarsOf(view['revokedAssertions'])].some((value) => value === true || value === 'true' || value === 1 || value === '1');
  const reasons = stringsOf(view['revocationReason']);
  return {
    fields: {
      ...(typeof view['id'] === 'string' && { id: view['id'] }),
      ...(badge.value !== undefined && { badge: badge.value }),
      ...(kind.value && { verification: kind.value }),
      ...(creator.value && { creator: creator.value }),
      ...(recipient.value && { recipient: recipient.value }),
      ...(issuedOn.value && { issuedOn: issuedOn.value }),
      ...(expires.value && { expires: expires.value }),
      revoked,
      ...(reasons.length && { revocationReason: reasons.join('; ') }),
    },
  };
}

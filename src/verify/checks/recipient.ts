/**
 * The `recipient` check: when the caller names the expected recipient (an id or an email address), whether it
 * matches credentialSubject.id or one of its `identifier` entries, hashed ones (`sha256$<hex>` of value + salt) included.
 */
import { idOf, scalarsOf, subjects } from '../../shape/credential.js';
import { objectsOf, type JsonObject } from '../../shape/json.js';
import type { VerifyContext } from '../options.js';
import { digest } from '../crypto/public-key.js';
import { toHex, utf8 } from '../crypto/encoding.js';
import type { Check } from '../types.js';
import { ambiguous } from './ambiguous.js';

interface Identity {
  hash: string;
  hashed: boolean;
  salt: string;
}

/** An identifier entry's single-valued fields, or the ambiguity that stops it being read. */
function identityOf(entry: JsonObject): Identity | undefined | Check {
  const fields: Record<string, ReturnType<typeof scalarsOf>> = {};
  for (const term of ['identityHash', 'salt', 'hashed', 'identityType']) {
    fields[term] = scalarsOf(entry[term]);
    if (fields[term]!.length > 1) return ambiguous('recipient', term, fields[term]!, 'an identifier of the recipient');
  }
  const [hash] = fields['identityHash']!;
  if (typeof hash !== 'string') return undefined;
  const [hashed] = fields['hashed']!;
  const [salt] = fields['salt']!;
  return { hash, hashed: hashed === true || hashed === 'true', salt: typeof salt === 'string' ? salt : '' };
}

async function identityMatches({ hash, hashed, salt }: Identity, expected: string): Promise<boolean> {
  if (!hashed) return hash.toLowerCase() === expected.toLowerCase() || hash === `mailto:${expected}`;
  const [algorithm, value] = hash.split('$');
  if (algorithm?.toLowerCase() !== 'sha256' || !value) return false;
  // Emails are compared case-insensitively; issuers hash them lower-cased (OB 2/3 practice).
  const candidates = expected.includes('@') ? [expected, expected.toLowerCase()] : [expected];
  for (const candidate of candidates) {
    if (toHex(await digest('SHA-256', utf8(candidate + salt))) === value.toLowerCase()) return true;
  }
  return false;
}

export async function checkRecipient(credential: JsonObject, context: VerifyContext): Promise<Check> {
  const expected = context.recipient?.trim();
  if (!expected) return { id: 'recipient', status: 'skipped', message: 'No expected recipient was given.' };
  const details = { expected };
  for (const subject of subjects(credential)) {
    const id = idOf(subject);
    if (id === expected || id === `mailto:${expected}`) {
      return { id: 'recipient', status: 'success', message: `The credential was issued to ${expected}.`, details };
    }
    for (const entry of objectsOf(subject['identifier'])) {
      const identity = identityOf(entry);
      if (identity && 'status' in identity) return identity;
      if (identity && (await identityMatches(identity, expected))) {
        return { id: 'recipient', status: 'success', message: `The credential was issued to ${expected}${identity.hashed ? ' (matched its hashed identifier)' : ''}.`, details: { ...details, hashed: identity.hashed } };
      }
    }
  }
  return { id: 'recipient', status: 'failure', reason: 'recipient-mismatch', message: `The credential was not issued to ${expected}.`, details };
}

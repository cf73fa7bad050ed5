/**
 * The `recipient` check: when the caller names the expected recipient (an id or an email address), whether it
 * matches credentialSubject.id or one of its `identifier` entries, hashed ones (`sha256$<hex>` of value + salt) included.
 */
import type { VerifyContext } from '../context.js';
import { digest } from '../crypto/public-key.js';
import { toHex, utf8 } from '../crypto/encoding.js';
import { asArray, subjects } from '../credential-fields.js';
import type { Check } from '../types.js';

type Json = Record<string, unknown>;

async function identifierMatches(entry: Json, expected: string): Promise<boolean> {
  const hash = entry.identityHash;
  if (typeof hash !== 'string') return false;
  if (!entry.hashed) return hash.toLowerCase() === expected.toLowerCase() || hash === `mailto:${expected}`;
  const [algorithm, value] = hash.split('$');
  if (algorithm?.toLowerCase() !== 'sha256' || !value) return false;
  const salt = typeof entry.salt === 'string' ? entry.salt : '';
  // Emails are compared case-insensitively; issuers hash them lower-cased (OB 2/3 practice).
  const candidates = expected.includes('@') ? [expected, expected.toLowerCase()] : [expected];
  for (const candidate of candidates) {
    if (toHex(await digest('SHA-256', utf8(candidate + salt))) === value.toLowerCase()) return true;
  }
  return false;
}

export async function checkRecipient(credential: Json, context: VerifyContext): Promise<Check> {
  const expected = context.recipient?.trim();
  if (!expected) return { id: 'recipient', status: 'skipped', message: 'No expected recipient was given.' };
  for (const subject of subjects(credential)) {
    if (subject.id === expected || subject.id === `mailto:${expected}`) {
      return { id: 'recipient', status: 'success', message: `The credential was issued to ${expected}.` };
    }
    for (const entry of asArray<Json>(subject.identifier)) {
      if (entry && typeof entry === 'object' && (await identifierMatches(entry, expected))) {
        return { id: 'recipient', status: 'success', message: `The credential was issued to ${expected}${entry.hashed ? ' (matched its hashed identifier)' : ''}.` };
      }
    }
  }
  return { id: 'recipient', status: 'failure', message: `The credential was not issued to ${expected}.` };
}

/**
 * The `recipient` check of an OB 2.0 assertion: when the caller names the expected recipient, whether the
 * assertion's identity is theirs — in plain text, or hashed (`sha256$…` or `md5$…` of the identity and the salt).
 * MD5 is not in WebCrypto: @noble/hashes' is loaded only for an md5 identity.
 */
import { toHex, utf8 } from '../crypto/encoding.js';
import { digest } from '../crypto/public-key.js';
import type { VerifyContext } from '../options.js';
import type { Check } from '../types.js';
import type { Recipient } from './fields.js';

async function hashOf(algorithm: string, text: string): Promise<string | undefined> {
  if (algorithm === 'sha256') return toHex(await digest('SHA-256', utf8(text)));
  if (algorithm === 'md5') {
    const { md5 } = await import('@noble/hashes/legacy.js');
    return toHex(md5(utf8(text)));
  }
  return undefined;
}

/** Whether `expected` is the recipient's identity. E-mail addresses match whatever their case (issuers hash them lower-cased). */
export async function isRecipient({ identity, hashed, salt, type }: Recipient, expected: string): Promise<boolean> {
  if (!identity) return false;
  const isEmail = type === 'email' || expected.includes('@');
  const candidates = isEmail ? [...new Set([expected, expected.toLowerCase()])] : [expected];
  if (!hashed) return candidates.some((candidate) => (isEmail ? identity.toLowerCase() === candidate.toLowerCase() : identity === candidate));
  const separator = identity.indexOf('$');
  const algorithm = identity.slice(0, separator).toLowerCase();
  const hash = identity.slice(separator + 1).toLowerCase();
  if (separator < 0 || !hash) return false;
  for (const candidate of candidates) if ((await hashOf(algorithm, candidate + salt)) === hash) return true;
  return false;
}

export async function checkOb2Recipient(recipient: Recipient | undefined, context: VerifyContext): Promise<Check> {
  const expected = context.recipient?.trim();
  if (!expected) return { id: 'recipient', status: 'skipped', message: 'No expected recipient was given.' };
  if (recipient && (await isRecipient(recipient, expected))) {
    return { id: 'recipient', status: 'success', message: `The badge was issued to ${expected}${recipient.hashed ? ' (matched its hashed identity)' : ''}.`, details: { expected, hashed: recipient.hashed } };
  }
  return { id: 'recipient', status: 'failure', reason: 'recipient-mismatch', message: `The badge was not issued to ${expected}.`, details: { expected } };
}

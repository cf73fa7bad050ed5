/** The `issuer` check: when the caller lists trusted issuers, whether this credential's issuer is one of them. */
import type { VerifyContext } from '../context.js';
import { issuerId } from '../credential-fields.js';
import type { Check } from '../types.js';

export function checkIssuer(credential: Record<string, unknown>, context: VerifyContext): Check {
  const issuer = issuerId(credential);
  if (!issuer) return { id: 'issuer', status: 'failure', message: 'The credential names no issuer.' };
  if (!context.trustedIssuers) return { id: 'issuer', status: 'skipped', message: 'No list of trusted issuers was given.', details: { issuer } };
  return context.trustedIssuers.includes(issuer)
    ? { id: 'issuer', status: 'success', message: `The issuer ${issuer} is on the trusted list.`, details: { issuer } }
    : { id: 'issuer', status: 'warning', message: `The issuer ${issuer} is not on the trusted list.`, details: { issuer } };
}

/** The `issuer` check: when the caller lists trusted issuers, whether this credential's issuer is one of them. */
import type { JsonObject } from '../../shape/json.js';
import { issuerIds } from '../../shape/credential.js';
import type { VerifyContext } from '../options.js';
import type { Check } from '../types.js';
import { ambiguous } from './ambiguous.js';

export function checkIssuer(credential: JsonObject, context: VerifyContext): Check {
  const ids = issuerIds(credential);
  if (ids.length > 1) return ambiguous('issuer', 'issuer', ids);
  const issuer = ids[0];
  if (!issuer) return { id: 'issuer', status: 'failure', reason: 'no-issuer', message: 'The credential names no issuer.' };
  if (!context.trustedIssuers) return { id: 'issuer', status: 'skipped', message: 'No list of trusted issuers was given.', details: { issuer } };
  return context.trustedIssuers.includes(issuer)
    ? { id: 'issuer', status: 'success', message: `The issuer ${issuer} is on the trusted list.`, details: { issuer } }
    : { id: 'issuer', status: 'warning', reason: 'issuer-untrusted', message: `The issuer ${issuer} is not on the trusted list.`, details: { issuer } };
}

/**
 * The `proof` and `key` checks when the signing key could not be had. A look-up that could not complete (network use
 * off, a timeout, DNS, CORS, a busy or failing host) leaves the signature unchecked, not wrong: the checks are
 * `unverifiable`, with a reason naming the look-up (the DID document, or the key). Anything else (no such key, an
 * invalid DID, an answer that is not a key) fails.
 */
import { isUnreachable } from '../net.js';
import { keyFailureReason } from '../keys/resolve.js';
import { budgetSpent } from '../lookup-budget.js';
import type { Check, ReasonCode } from '../types.js';

// Answers that say the host could not serve the look-up now, rather than that the key does not exist.
const TRANSIENT = new Set(['SERVER_ERROR', 'RATE_LIMITED', 'ABORTED']);

/** Whether a look-up failed without deciding anything (see isUnreachable), so it may succeed later. */
export function lookupIncomplete(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return isUnreachable(error) || (typeof code === 'string' && TRANSIENT.has(code));
}

/** The reason for a look-up that could not complete: the DID document (did:web), or the key (a key document, a profile). */
export const unreachableReason = (verificationMethod: string | undefined): ReasonCode => (verificationMethod?.startsWith('did:web:') ? 'did-unreachable' : 'key-unreachable');

/** The `proof` and `key` checks for a key that could not be resolved; `label` starts the proof's sentence ("Proof", "The JWT"). */
export function keyLookupChecks(error: unknown, verificationMethod: string | undefined, label: string, details: Record<string, unknown>): Check[] {
  const message = (error as Error)?.message ?? String(error);
  const keyDetails = { verificationMethod, code: (error as { code?: string }).code };
  if (lookupIncomplete(error)) {
    const spent = budgetSpent(error);
    const reason = spent ? 'lookup-budget-spent' : unreachableReason(verificationMethod);
    const what = unreachableReason(verificationMethod) === 'did-unreachable' ? "the signer's DID document" : 'the signing key';
    const why = spent ? "was not looked up (this verification's look-up budget was spent)" : 'could not be looked up right now';
    return [
      { id: 'proof', status: 'unverifiable', reason, message: `${label}: ${what} ${why}, so the signature could not be checked (this does not mean it was changed).`, details },
      { id: 'key', status: 'unverifiable', reason, message, details: keyDetails },
    ];
  }
  const reason = keyFailureReason(error);
  return [
    { id: 'proof', status: 'failure', reason, message: `${label}: the signing key could not be found, so the signature can't be checked.`, details },
    { id: 'key', status: 'failure', reason, message, details: keyDetails },
  ];
}

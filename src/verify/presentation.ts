/**
 * Verifiable Presentations (VC 1.1 and 2.0): what a holder's wallet shares. The presentation's own checks are its
 * holder (one, read from its signed meaning) and its proof: a Data Integrity proof for `authentication` by a key of
 * the holder, or a VP-JWT signed by the holder, with the challenge and domain the caller expects (options
 * `challenge`, `domain`). The credentials inside are verified each on its own, as nested credentials (nested.ts).
 * An unsigned presentation is a warning: each credential in it still proves itself, but who presents them does not,
 * unless the caller expects a challenge or a domain, which only a signature can answer.
 */
import { decodeJwt } from 'jose';
import { idsOf, isPresentation } from '../shape/credential.js';
import { oneOrMany, type JsonObject } from '../shape/json.js';
import { ambiguous } from './checks/ambiguous.js';
import { checkJwtProof } from './checks/jwt.js';
import { checkEmbeddedProofs } from './checks/proof.js';
import { MAX_NESTED } from './limits.js';
import type { Meaning } from './meaning/read.js';
import type { VerifyContext } from './options.js';
import type { Check } from './types.js';

export { isPresentation };

/**
 * A presentation holding more credentials than a verification may verify fails before its meaning is read (reading
 * ten thousand credentials' RDF would be the work the bound is there to refuse).
 */
export function presentedBound(raw: JsonObject): Check | undefined {
  if (!isPresentation(raw)) return undefined;
  const count = oneOrMany(raw['verifiableCredential']).length;
  if (count <= MAX_NESTED) return undefined;
  return { id: 'nested', status: 'failure', reason: 'nested-too-many', message: `The presentation holds ${count} credentials, more than the ${MAX_NESTED} a verification reads; none was verified.`, details: { total: count, max: MAX_NESTED } };
}

/** The claims of a VP-JWT, or {} when they can't be read (the proof check says why). */
function claimsOf(jwt: string): JsonObject {
  try {
    return decodeJwt(jwt) as JsonObject;
  } catch {
    return {};
  }
}

/** The presentation's holder: its `holder` (for a VP-JWT without one, the `iss` claim, which VC-JWT 1.1 makes it). */
function holdersOf(view: JsonObject, jwt: string | undefined): string[] {
  const holders = idsOf(view['holder']);
  if (holders.length || !jwt) return holders;
  const iss = claimsOf(jwt).iss;
  return typeof iss === 'string' ? [iss] : [];
}

function unsignedCheck(context: VerifyContext): Check {
  const expected = [context.challenge !== undefined && 'a challenge', context.domain !== undefined && 'a domain'].filter(Boolean).join(' and ');
  const asked = [...(context.challenge !== undefined ? ['challenge'] : []), ...(context.domain !== undefined ? ['domain'] : [])];
  return expected
    ? { id: 'proof', status: 'failure', reason: 'no-proof', message: `The presentation is not signed, so the ${expected} expected can't be proven.`, details: { expected: asked } }
    : { id: 'proof', status: 'warning', reason: 'no-proof', message: 'The presentation is not signed by its holder: each credential in it is verified on its own, but who presents them is not proven.' };
}

/** The presentation's own checks: its holder, and its proof (embedded, or the VP-JWT's). */
export async function checkPresentation(raw: JsonObject, view: JsonObject, meaning: Meaning | undefined, jwt: string | undefined, context: VerifyContext): Promise<Check[]> {
  const holders = holdersOf(view, jwt);
  if (holders.length > 1) return [ambiguous('holder', 'holder', holders, 'the presentation')];
  const holder = holders[0];
  const checks: Check[] = [
    holder
      ? { id: 'holder', status: 'success', message: `Presented by ${holder}.`, details: { holder } }
      : { id: 'holder', status: 'skipped', message: 'The presentation names no holder.' },
  ];
  const expect = { signer: { id: holder, role: 'holder' as const }, ...(context.challenge !== undefined && { challenge: context.challenge }), ...(context.domain !== undefined && { domain: context.domain }) };
  if (jwt) checks.push(...(await checkJwtProof(jwt, view, context, expect)));
  else if (!meaning?.proofs.length) checks.push(unsignedCheck(context));
  else checks.push(...(await checkEmbeddedProofs(raw, meaning, context, { purpose: 'authentication', ...expect })));
  return checks;
}

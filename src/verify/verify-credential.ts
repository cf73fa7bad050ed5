/**
 * verifyCredential: decode the input, then run each check, then the nested credentials. It never throws and
 * never hangs: bad input gives a failed report with a readable reason, and every network lookup has a timeout.
 */
import { checkContexts } from './checks/context.js';
import { checkDates } from './checks/dates.js';
import { checkIssuer } from './checks/issuer.js';
import { checkJwtProof } from './checks/jwt.js';
import { checkEmbeddedProofs } from './checks/proof.js';
import { checkRecipient } from './checks/recipient.js';
import { checkSchema } from './checks/schema.js';
import { checkStatus, noteRefreshService } from './checks/status.js';
import { createVerifyContext, type VerifyContext } from './context.js';
import { decodeInput } from './decode.js';
import { MAX_NESTED } from './limits.js';
import { verifyNested } from './nested.js';
import { buildReport } from './report.js';
import type { Check, VerificationReport, VerifyOptions } from './types.js';

interface Pass {
  /** Status lists are verified without their own status, which would loop. */
  skipStatus?: boolean;
  budget: { remaining: number };
}

async function verifyDecoded(input: unknown, context: VerifyContext, pass: Pass): Promise<VerificationReport> {
  const decoded = await decodeInput(input);
  const credential = decoded.credential;
  if (!credential) return buildReport(decoded.kind, undefined, [decoded.check], []);

  const checks: Check[] = [decoded.check];
  const contexts = checkContexts(credential, context);
  checks.push(contexts, checkSchema(credential));
  if (decoded.jwt) checks.push(...(await checkJwtProof(decoded.jwt, credential, context)));
  else if (contexts.status === 'failure') checks.push({ id: 'proof', status: 'failure', message: 'The signature was not checked, because the credential uses a context that is not bundled.' });
  else checks.push(...(await checkEmbeddedProofs(credential, context)));
  checks.push(checkDates(credential, context));
  if (!pass.skipStatus) {
    const verifyList = (list: unknown) => verifyDecoded(list, { ...context, level: context.level + 1, trustedIssuers: undefined, recipient: undefined }, { ...pass, skipStatus: true });
    checks.push(...(await checkStatus(credential, context, verifyList)));
  }
  const refresh = noteRefreshService(credential, context);
  if (refresh) checks.push(refresh);
  checks.push(checkIssuer(credential, context));
  if (context.level === 0) checks.push(await checkRecipient(credential, context));

  if (context.nested === 'skip' && context.level === 0) return buildReport(decoded.kind, credential, checks, []);
  const nested = await verifyNested(credential, context, (child, childContext) => verifyGuarded(child, childContext, pass), pass.budget);
  if (nested.check) checks.push(nested.check);
  return buildReport(decoded.kind, credential, checks, nested.children);
}

async function verifyGuarded(input: unknown, context: VerifyContext, pass: Pass): Promise<VerificationReport> {
  try {
    return await verifyDecoded(input, context, pass);
  } catch (error) {
    // A bug or an unforeseen input must still give a report, never an exception.
    return buildReport('unknown', undefined, [{ id: 'format', status: 'failure', message: `The credential could not be verified: ${(error as Error)?.message ?? String(error)}` }], []);
  }
}

/**
 * Verifies a credential: a JSON-LD object or JSON text, a compact JWS (VC-JWT), or the bytes (or text) of a baked
 * PNG/SVG badge. Resolves to a report; never rejects.
 */
export function verifyCredential(input: unknown, options: VerifyOptions & { contexts?: Record<string, unknown> } = {}): Promise<VerificationReport> {
  let context: VerifyContext;
  try {
    context = createVerifyContext(options);
  } catch (error) {
    return Promise.resolve(buildReport('unknown', undefined, [{ id: 'format', status: 'failure', message: `Invalid options: ${(error as Error).message}` }], []));
  }
  return verifyGuarded(input, context, { budget: { remaining: MAX_NESTED } });
}

/**
 * verifyCredential: decode the input, read its meaning once (one JSON-LD expansion to an RDF dataset, and the view
 * projected from it), then run each check on that view (a credential's, or a presentation's: presentation.ts), then
 * the nested credentials. It never throws and never
 * hangs: bad input gives a failed report with a readable reason, and every network lookup has a timeout.
 */
import { issuerId } from '../shape/credential.js';
import type { JsonObject } from '../shape/json.js';
import { isOb2Document } from '../shape/ob2.js';
import { checkContexts, jwtContexts } from './checks/context.js';
import { checkDates } from './checks/dates.js';
import { checkDisplayFields } from './checks/display.js';
import { checkIssuer } from './checks/issuer.js';
import { checkJwtProof } from './checks/jwt.js';
import { checkEmbeddedProofs } from './checks/proof.js';
import { checkRecipient } from './checks/recipient.js';
import { checkSchema } from './checks/schema.js';
import { checkStatus, noteRefreshService } from './checks/status.js';
import { decodeInput, type Decoded } from './decode.js';
import { MAX_NESTED } from './limits.js';
import { readCredentialMeaning, type MeaningOutcome } from './meaning/check.js';
import { nestedCompleteness, verifyNested } from './nested.js';
import { verifyOb2 } from './ob2/verify.js';
import { createVerifyContext, type VerifyContext } from './options.js';
import { checkPresentation, isPresentation, presentedBound } from './presentation.js';
import { buildReport } from './report.js';
import type { Check, VerificationReport, VerifyOptions } from './types.js';

interface Pass {
  /** Status lists are verified without their own status, which would loop. */
  skipStatus?: boolean;
  budget: { remaining: number };
}

/** A credential's own checks, read from its view: display fields, schema, proofs, dates, status, issuer, recipient. */
async function credentialChecks(decoded: Decoded, raw: JsonObject, outcome: MeaningOutcome | undefined, view: JsonObject, context: VerifyContext, pass: Pass): Promise<Check[]> {
  const checks: Check[] = [];
  const display = checkDisplayFields(view);
  if (display) checks.push(display);
  checks.push(checkSchema(view, { form: outcome?.meaning ? 'view' : 'json' }));
  if (decoded.jwt) checks.push(...(await checkJwtProof(decoded.jwt, view, context)));
  else if (outcome?.meaning) checks.push(...(await checkEmbeddedProofs(raw, outcome.meaning, context, { purpose: 'assertionMethod', signer: { id: issuerId(view), role: 'issuer' } })));
  else checks.push(outcome!.proof!);
  checks.push(checkDates(view, context));
  if (!pass.skipStatus) {
    const verifyList = (list: unknown) => verifyDecoded(list, { ...context, level: context.level + 1, trustedIssuers: undefined, recipient: undefined }, { ...pass, skipStatus: true });
    checks.push(...(await checkStatus(view, context, verifyList)));
  }
  const refresh = noteRefreshService(view, context);
  if (refresh) checks.push(refresh);
  checks.push(checkIssuer(view, context));
  if (context.level === 0) checks.push(await checkRecipient(view, context));
  return checks;
}

async function verifyDecoded(input: unknown, context: VerifyContext, pass: Pass): Promise<VerificationReport> {
  const decoded = await decodeInput(input);
  // An Open Badges 2.0 assertion (or a baked URL of one) is verified its own way: hosted or signed (ob2/).
  if (decoded.url || isOb2Document(decoded.credential)) return verifyOb2(decoded, context);
  const raw = decoded.credential;
  if (!raw) return buildReport(decoded.kind, undefined, [decoded.check], []);
  const bound = presentedBound(raw);
  if (bound) return buildReport(decoded.kind, raw, [decoded.check, bound], []);

  const checks: Check[] = [decoded.check];
  // A JWT's signature covers its payload as written: a context that is not bundled only leaves its vocabulary unread.
  const contexts = decoded.jwt ? jwtContexts(checkContexts(raw, context)) : checkContexts(raw, context);
  // For a VC-JWT the signed meaning is the payload itself; for JSON-LD, the RDF the proofs sign.
  const meaning = decoded.jwt ? undefined : await readCredentialMeaning(raw, contexts, context);
  const view: JsonObject = meaning?.meaning?.view ?? raw;
  checks.push(meaning?.context ?? contexts);
  if (meaning?.format) checks.push(meaning.format);
  if (isPresentation(view) && decoded.check.status === 'success') decoded.check.message = decoded.jwt ? 'Read a VP-JWT (a presentation).' : 'Read a JSON-LD presentation.';
  if (!isPresentation(view)) checks.push(...(await credentialChecks(decoded, raw, meaning, view, context, pass)));
  else if (decoded.jwt || meaning?.meaning) checks.push(...(await checkPresentation(raw, view, meaning?.meaning, decoded.jwt, context)));
  else checks.push(meaning!.proof!);

  // Children are verified from their own JSON; whether that JSON shows every one the meaning holds is judged here,
  // also when the caller verifies the children itself (nested: 'skip').
  const completeness = meaning?.meaning ? nestedCompleteness(raw, view) : undefined;
  if (completeness) checks.push(completeness);
  if (context.nested === 'skip' && context.level === 0) return buildReport(decoded.kind, view, checks, []);
  const nested = await verifyNested(raw, context, (child, childContext) => verifyGuarded(child, childContext, pass), pass.budget);
  if (nested.check) checks.push(nested.check);
  return buildReport(decoded.kind, view, checks, nested.children);
}

async function verifyGuarded(input: unknown, context: VerifyContext, pass: Pass): Promise<VerificationReport> {
  try {
    return await verifyDecoded(input, context, pass);
  } catch (error) {
    // A bug or an unforeseen input must still give a report, never an exception.
    const message = `The credential could not be verified: ${(error as Error)?.message ?? String(error)}`;
    return buildReport('unknown', undefined, [{ id: 'format', status: 'failure', reason: 'internal-error', message }], []);
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
    return Promise.resolve(buildReport('unknown', undefined, [{ id: 'format', status: 'failure', reason: 'malformed', message: `Invalid options: ${(error as Error).message}`, details: { problem: 'options' } }], []));
  }
  return verifyGuarded(input, context, { budget: { remaining: MAX_NESTED } });
}

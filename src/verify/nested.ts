/**
 * The `nested` check: the credentials inside a credential — a ClrCredential's verifiableCredential entries and
 * any embedded endorsements — each verified the same way, one at a time so that progress can stream.
 */
import type { VerifyContext } from './context.js';
import { asArray, subjects, types } from './credential-fields.js';
import { MAX_NESTED, MAX_NESTING_LEVEL } from './limits.js';
import type { Check, VerificationReport } from './types.js';

type Json = Record<string, unknown>;
export type VerifyChild = (input: unknown, context: VerifyContext) => Promise<VerificationReport>;

/** The nested credentials of a credential, as inputs the engine accepts (objects or VC-JWT strings). */
export function nestedCredentials(credential: Json): unknown[] {
  const found: unknown[] = [];
  const isClr = types(credential).includes('ClrCredential');
  for (const subject of subjects(credential)) {
    if (isClr) found.push(...asArray(subject.verifiableCredential));
    const achievement = subject.achievement as Json | undefined;
    if (achievement && typeof achievement === 'object') found.push(...asArray(achievement.endorsement), ...asArray(achievement.endorsementJwt));
  }
  found.push(...asArray(credential.endorsement), ...asArray(credential.endorsementJwt));
  return found.filter((entry) => typeof entry === 'string' || (entry !== null && typeof entry === 'object'));
}

export async function verifyNested(
  credential: Json,
  context: VerifyContext,
  verifyChild: VerifyChild,
  budget: { remaining: number },
): Promise<{ children: VerificationReport[]; check?: Check }> {
  const inputs = nestedCredentials(credential);
  if (!inputs.length) return { children: [] };
  if (context.level >= MAX_NESTING_LEVEL) {
    return { children: [], check: { id: 'nested', status: 'failure', message: `Credentials are nested more than ${MAX_NESTING_LEVEL} levels deep; the inner ones were not verified.` } };
  }
  if (inputs.length > budget.remaining) {
    return { children: [], check: { id: 'nested', status: 'failure', message: `The credential holds more than ${MAX_NESTED} nested credentials; they were not verified.` } };
  }
  budget.remaining -= inputs.length;
  const children: VerificationReport[] = [];
  const childContext = { ...context, level: context.level + 1, onProgress: undefined };
  for (const input of inputs) {
    if (context.signal?.aborted) break;
    const report = await verifyChild(input, childContext);
    children.push(report);
    if (context.level === 0) context.onProgress?.({ done: children.length, total: inputs.length, report });
  }
  return { children, check: nestedCheck(children, inputs.length) };
}

/** The `nested` check for `children`, the reports of `total` nested credentials (fewer when cancelled). */
export function nestedCheck(children: VerificationReport[], total: number): Check {
  const failed = children.filter((child) => !child.verified).length;
  const warned = children.filter((child) => child.status === 'warning').length;
  const noun = total === 1 ? 'nested credential' : 'nested credentials';
  const check: Check = failed
    ? { id: 'nested', status: 'failure', message: `${failed} of ${total} ${noun} did not verify.` }
    : children.length < total
      ? { id: 'nested', status: 'failure', message: `Only ${children.length} of ${total} ${noun} were verified before the verification was cancelled.` }
      : warned
        ? { id: 'nested', status: 'warning', message: `All ${total} ${noun} verified, ${warned} with warnings.` }
        : { id: 'nested', status: 'success', message: `All ${total} ${noun} verified.` };
  return { ...check, details: { total, failed, warned } };
}

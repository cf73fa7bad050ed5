/**
 * The `nested` check: the credentials inside a credential — a ClrCredential's verifiableCredential entries and
 * any embedded endorsements — each verified the same way, one at a time so that progress can stream. Each is
 * verified from its own JSON (its own signature covers it), but the set of them is the one the signed meaning
 * holds: where the JSON locations the engine reads hold another number than the meaning, the check fails.
 */
import { idOf, nestedCredentials, nestedLocations, type NestedLocations } from '../shape/credential.js';
import type { JsonObject } from '../shape/json.js';
import { MAX_NESTED, MAX_NESTING_LEVEL } from './limits.js';
import type { VerifyContext } from './options.js';
import type { Check, VerificationReport } from './types.js';

export type VerifyChild = (input: unknown, context: VerifyContext) => Promise<VerificationReport>;

export { nestedCredentials };

const LOCATIONS: Record<keyof NestedLocations, string> = {
  presented: 'presented credentials',
  entries: 'CLR entries',
  endorsements: 'endorsements',
  endorsementJwts: 'endorsement JWTs',
};

/**
 * The entries of one location as the meaning tells them apart: a string (a VC-JWT) as itself, a node by its IRI, a
 * node without one as one of a kind. An entry the JSON lists twice is one node in the meaning (or, where the meaning
 * keeps both, one view entry), so the lists differ and a repeated entry can't stand in for a hidden one.
 */
function identities(values: unknown[]): string[] {
  return values
    .map((value) => {
      if (typeof value === 'string') return `s ${value}`;
      const id = idOf(value);
      return id === undefined || id.startsWith('_:') ? '_' : `i ${id}`;
    })
    .sort();
}

const sameIdentities = (a: string[], b: string[]) => a.length === b.length && a.every((key, index) => key === b[index]);

/**
 * Whether the JSON shows every nested credential the meaning holds (`view`): a failure with reason
 * nested-unreadable when the entries differ (a credential hidden under @nest or behind a full IRI key, say, while
 * another is listed twice in its place).
 */
export function nestedCompleteness(raw: JsonObject, view: JsonObject): Check | undefined {
  const read = nestedLocations(raw);
  const meant = nestedLocations(view);
  const differing = (Object.keys(LOCATIONS) as Array<keyof NestedLocations>).filter((key) => !sameIdentities(identities(read[key]), identities(meant[key])));
  if (!differing.length) return undefined;
  const counts = differing
    .map((key) => {
      const [meaning, json] = [meant[key].length, read[key].length];
      return meaning === json ? `${meaning} ${LOCATIONS[key]} other than the ones its JSON shows` : `${meaning} ${LOCATIONS[key]} where its JSON shows ${json}`;
    })
    .join(', ');
  return {
    id: 'nested',
    status: 'failure',
    reason: 'nested-unreadable',
    message: `The credential's signed meaning holds ${counts}, so not every nested credential can be verified.`,
    details: Object.fromEntries(differing.map((key) => [key, { meaning: meant[key].length, json: read[key].length }])),
  };
}

export async function verifyNested(
  raw: JsonObject,
  context: VerifyContext,
  verifyChild: VerifyChild,
  budget: { remaining: number },
): Promise<{ children: VerificationReport[]; check?: Check }> {
  const inputs = nestedCredentials(raw);
  if (!inputs.length) return { children: [] };
  if (context.level >= MAX_NESTING_LEVEL) {
    return {
      children: [],
      check: { id: 'nested', status: 'failure', reason: 'nested-too-deep', message: `Credentials are nested more than ${MAX_NESTING_LEVEL} levels deep; the inner ones were not verified.`, details: { max: MAX_NESTING_LEVEL } },
    };
  }
  if (inputs.length > budget.remaining) {
    return {
      children: [],
      check: { id: 'nested', status: 'failure', reason: 'nested-too-many', message: `The credential holds more than ${MAX_NESTED} nested credentials; they were not verified.`, details: { max: MAX_NESTED } },
    };
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
  const failed = children.filter((child) => child.status === 'failed').length;
  const unverifiable = children.filter((child) => child.status === 'unverifiable').length;
  const warned = children.filter((child) => child.status === 'warning').length;
  const noun = total === 1 ? 'nested credential' : 'nested credentials';
  const check: Check = failed
    ? { id: 'nested', status: 'failure', reason: 'nested-failed', message: `${failed} of ${total} ${noun} did not verify.` }
    : children.length < total
      ? { id: 'nested', status: 'failure', reason: 'nested-cancelled', message: `Only ${children.length} of ${total} ${noun} were verified before the verification was cancelled.` }
      : unverifiable
        ? { id: 'nested', status: 'unverifiable', reason: 'nested-unverifiable', message: `${unverifiable} of ${total} ${noun} could not be checked right now.` }
        : warned
          ? { id: 'nested', status: 'warning', reason: 'nested-warnings', message: `All ${total} ${noun} verified, ${warned} with warnings.` }
          : { id: 'nested', status: 'success', message: `All ${total} ${noun} verified.` };
  return { ...check, details: { total, checked: children.length, failed, unverifiable, warned } };
}

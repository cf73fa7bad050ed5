/**
 * Verifying a large CLR in parallel: the record's own proof on one worker while its nested credentials are spread
 * over the pool in batches, each reported as it completes. The reports are joined exactly as the engine would join
 * them (`joinNested`), so the result does not depend on where the work ran.
 */
import { nestedCredentials, types } from '../shape/credential.js';
import { isObject, oneOrMany, type JsonObject } from '../shape/json.js';
import { MAX_NESTED } from '../verify/limits.js';
import { DEFAULT_LOOKUP_DEADLINE_MS, DEFAULT_MAX_LOOKUPS } from '../verify/lookup-budget.js';
import { nestedCheck } from '../verify/nested.js';
import { joinNested } from '../verify/report.js';
import type { VerificationReport, VerifyOptions } from '../verify/types.js';
import type { WorkerPool } from './pool.js';
import type { WorkerVerifyOptions } from './protocol.js';

/**
 * Worth splitting: a ClrCredential with at least this many nested credentials. Below it, one warm worker finishes
 * before a second one could start (the benchmark shows no gain at 10).
 */
export const MIN_NESTED = 32;

/** The nested credentials of a CLR given as an object or JSON text, when splitting it is worthwhile. */
export function splittableClr(input: unknown): { container: JsonObject; nested: unknown[] } | undefined {
  let container: unknown = input;
  if (typeof input === 'string' && input.trimStart().startsWith('{') && input.includes('ClrCredential')) {
    try {
      container = JSON.parse(input);
    } catch {
      return undefined;
    }
  }
  if (!isObject(container) || !types(container).includes('ClrCredential')) return undefined;
  const subject = container.credentialSubject as JsonObject | undefined;
  const nested = oneOrMany(subject?.verifiableCredential);
  if (nested.length < MIN_NESTED || nested.length > MAX_NESTED) return undefined;
  // Only when the CLR entries are all the record nests: endorsements (JSON or JWT) are left to the engine's own walk.
  return nestedCredentials(container).length === nested.length ? { container, nested } : undefined;
}

type BudgetOptions = Pick<VerifyOptions, 'maxLookups' | 'lookupDeadline' | 'lookupBudgetId'>;

/**
 * One look-up budget for a record verified in parts on several workers, as the engine keeps one in-process: every part
 * gets the same deadline, as an instant, and the same budget id, under which the parts that run on one worker share
 * that worker's count; each of the pool's `workers` has its share of the look-ups (a count can't be shared between
 * workers). Give these options to the record's own verification and to each nested one.
 */
export function sharedLookupBudget(options: Omit<BudgetOptions, 'lookupBudgetId'> & Pick<VerifyOptions, 'lookupDeadlineMs'>, workers: number, now = Date.now()): BudgetOptions {
  return {
    lookupDeadline: options.lookupDeadline ?? now + (options.lookupDeadlineMs ?? DEFAULT_LOOKUP_DEADLINE_MS),
    maxLookups: Math.floor((options.maxLookups ?? DEFAULT_MAX_LOOKUPS) / Math.max(1, workers)),
    lookupBudgetId: `clr ${now} ${Math.random()}`,
  };
}

/**
 * The record's own proof goes to one worker (its nested credentials skipped) while `verifyChildren` verifies the nested
 * ones in batches over the pool (requestVerifications: a few per worker message, so that no worker waits for the page
 * between two of them); each child's report is handed to `onProgress` as it arrives, and all are joined in document
 * order.
 */
export async function verifyClrInParallel(
  pool: WorkerPool,
  clr: { container: JsonObject; nested: unknown[] },
  options: WorkerVerifyOptions,
  verifyChildren: (inputs: unknown[]) => AsyncIterable<{ index: number; report: VerificationReport }>,
  hooks: { onProgress?: (progress: { done: number; total: number; report: VerificationReport }) => void; signal?: AbortSignal },
): Promise<VerificationReport> {
  const total = clr.nested.length;
  const container = pool.run(clr.container, { ...options, nested: 'skip' }, { signal: hooks.signal });
  const children: Array<VerificationReport | undefined> = new Array(total);
  let done = 0;
  for await (const { index, report } of verifyChildren(clr.nested)) {
    children[index] = report;
    hooks.onProgress?.({ done: ++done, total, report });
  }
  const verified = children.filter((child): child is VerificationReport => !!child);
  return joinNested(await container, verified, nestedCheck(verified, total));
}

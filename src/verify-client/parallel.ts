/**
 * Verifying a large CLR in parallel: the record's own proof on one worker while its nested credentials are spread
 * over the others, each lane in document order so results still stream. The reports are joined exactly as the
 * engine would join them (`joinNested`), so the result does not depend on where the work ran.
 */
import { nestedCredentials, types } from '../shape/credential.js';
import { isObject, oneOrMany, type JsonObject } from '../shape/json.js';
import { MAX_NESTED } from '../verify/limits.js';
import { DEFAULT_LOOKUP_DEADLINE_MS, DEFAULT_MAX_LOOKUPS } from '../verify/lookup-budget.js';
import { nestedCheck } from '../verify/nested.js';
import { joinNested } from '../verify/report.js';
import type { VerificationReport } from '../verify/types.js';
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

export async function verifyClrInParallel(
  pool: WorkerPool,
  lanes: number,
  clr: { container: JsonObject; nested: unknown[] },
  options: WorkerVerifyOptions,
  hooks: { onProgress?: (progress: { done: number; total: number; report: VerificationReport }) => void; signal?: AbortSignal },
): Promise<VerificationReport> {
  const total = clr.nested.length;
  // One look-up budget for the whole record, as in-process: one deadline for every worker, and each of the `lanes`
  // workers the pool may run a share of the look-ups (a count can't be shared between workers; runs on one worker
  // share theirs by the budget's id).
  const budget: WorkerVerifyOptions = {
    ...options,
    lookupDeadline: options.lookupDeadline ?? Date.now() + (options.lookupDeadlineMs ?? DEFAULT_LOOKUP_DEADLINE_MS),
    maxLookups: Math.floor((options.maxLookups ?? DEFAULT_MAX_LOOKUPS) / Math.max(1, lanes)),
    lookupBudgetId: `clr ${Date.now()} ${Math.random()}`,
  };
  const container = pool.run(clr.container, { ...budget, nested: 'skip' }, { signal: hooks.signal });
  // Each entry is verified as the engine would verify it: one level down (so depth limits hold), no recipient check.
  const childOptions: WorkerVerifyOptions = { ...budget, recipient: undefined, nestingLevel: 1 };
  const children: Array<VerificationReport | undefined> = new Array(total);
  let done = 0;
  const lane = async (first: number) => {
    for (let index = first; index < total; index += lanes) {
      if (hooks.signal?.aborted) return;
      const report = await pool.run(clr.nested[index], childOptions, { signal: hooks.signal });
      children[index] = report;
      hooks.onProgress?.({ done: ++done, total, report });
    }
  };
  await Promise.all(Array.from({ length: lanes }, (_, index) => lane(index)));
  const verified = children.filter((child): child is VerificationReport => !!child);
  return joinNested(await container, verified, nestedCheck(verified, total));
}

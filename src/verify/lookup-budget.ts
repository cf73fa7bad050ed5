/**
 * The look-up budget of one verification (a credential with everything nested in it): at most so many distinct
 * network look-ups, and none after one deadline. Without it a CLR of 1000 entries, each naming a host that never
 * answers, keeps a page "Verifying…" for hours and makes every visitor's browser send thousands of requests to
 * addresses an attacker chose. Past the budget a look-up is not made: it fails at once with LOOKUP_BUDGET_SPENT,
 * which the checks report as "could not be checked" (reason `lookup-budget-spent`), never as a forgery.
 */
import { CredentialError } from '../errors.js';
import type { ReasonCode } from './types.js';

/**
 * Distinct look-ups per verification. A genuine CLR holds badges from a handful of issuers: one DID or key document
 * per signer, an issuer profile, and status lists each shared by thousands of credentials (what a bitstring list is
 * for), so a few dozen look-ups for 200 badges. 300 is several times that, and stops an attacker's 1000 hosts early.
 */
export const DEFAULT_MAX_LOOKUPS = 300;
/**
 * Time for all the look-ups of one verification, from its start. A healthy look-up takes well under a second, and
 * a genuine large CLR's few dozen distinct ones overlap; 90 s is ten times the per-request timeout, so a few slow
 * hosts never trip it, while a record built to stall the verifier ends in a minute and a half, not hours.
 */
export const DEFAULT_LOOKUP_DEADLINE_MS = 90_000;

export interface LookupBudget {
  /** Most distinct look-ups. */
  readonly max: number;
  /** No look-up starts, and none is waited for, after this instant (epoch ms). */
  readonly deadline: number;
  /** Distinct look-ups made so far. */
  used: number;
  /** The URLs already looked up: asking again (a retry with `fresh`, a tracked and a plain look-up) costs nothing more. */
  readonly seen: Set<string>;
}

export interface LookupBudgetOptions {
  maxLookups?: number;
  lookupDeadlineMs?: number;
  lookupDeadline?: number;
  lookupBudgetId?: string;
}

// Budgets shared by the calls that make up one split verification (verify-client/parallel.ts), in this realm (one
// worker, or the page). A few live at a time; each is dropped once its deadline has passed.
const shared = new Map<string, LookupBudget>();
const MAX_SHARED = 64;

const count = (value: number | undefined, fallback: number) => (typeof value === 'number' && Number.isFinite(value) && value >= 0 ? Math.floor(value) : fallback);

/** The budget for a verification starting now: its own, or the one shared under `lookupBudgetId`. */
export function createLookupBudget(options: LookupBudgetOptions, now = Date.now()): LookupBudget {
  const deadline = typeof options.lookupDeadline === 'number' && Number.isFinite(options.lookupDeadline) ? options.lookupDeadline : now + count(options.lookupDeadlineMs, DEFAULT_LOOKUP_DEADLINE_MS);
  const fresh = (): LookupBudget => ({ max: count(options.maxLookups, DEFAULT_MAX_LOOKUPS), deadline, used: 0, seen: new Set() });
  const id = options.lookupBudgetId;
  if (typeof id !== 'string') return fresh();
  for (const [key, budget] of shared) if (budget.deadline < now) shared.delete(key);
  let budget = shared.get(id);
  if (!budget) {
    if (shared.size >= MAX_SHARED) shared.delete(shared.keys().next().value!);
    shared.set(id, (budget = fresh()));
  }
  return budget;
}

/** Takes one look-up of `url` from the budget; the error to answer with instead when it is spent. */
export function spendLookup(budget: LookupBudget, url: string, now = Date.now()): CredentialError | undefined {
  if (budget.seen.has(url)) return undefined;
  if (now >= budget.deadline) return budgetError(url, budget, 'time');
  if (budget.used >= budget.max) return budgetError(url, budget, 'count');
  budget.used++;
  budget.seen.add(url);
  return undefined;
}

export function budgetError(url: string, budget: LookupBudget, spent: 'time' | 'count'): CredentialError {
  const why = spent === 'count' ? `its ${budget.max} network look-ups were all used` : 'its time for network look-ups ran out';
  return new CredentialError('LOOKUP_BUDGET_SPENT', `${url} was not fetched: this verification's look-up budget was spent (${why}).`);
}

/** Whether `error` (or an error it wraps) says the verification's look-up budget was spent. */
export function budgetSpent(error: unknown): boolean {
  for (let cause = error, depth = 0; cause && depth < 4; cause = (cause as { cause?: unknown }).cause, depth++) {
    if ((cause as { code?: unknown }).code === 'LOOKUP_BUDGET_SPENT') return true;
  }
  return false;
}

/** The reason for a look-up that could not complete: the budget's, or `otherwise`. */
export const unansweredReason = (error: unknown, otherwise: ReasonCode): ReasonCode => (budgetSpent(error) ? 'lookup-budget-spent' : otherwise);

/**
 * `answer`, or the budget's error once the deadline passes first: a look-up in flight (shared with other callers,
 * so it is not cancelled) is not waited for past the deadline.
 */
export function withinDeadline<T>(answer: Promise<T>, url: string, budget: LookupBudget): Promise<T> {
  const left = budget.deadline - Date.now();
  let timer: ReturnType<typeof setTimeout> | undefined;
  // Past the deadline an answer already at hand (a cached one) still wins the race: it costs nothing.
  const late =
    left <= 0
      ? Promise.reject(budgetError(url, budget, 'time'))
      : new Promise<never>((_, reject) => {
          timer = setTimeout(() => reject(budgetError(url, budget, 'time')), left);
        });
  return Promise.race([answer, late]).finally(() => clearTimeout(timer));
}

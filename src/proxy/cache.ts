/**
 * The shared response cache: fresh answers from the store, stale ones while one refresh runs
 * (stale-while-revalidate) or while the provider fails or rate-limits (stale-if-error), and identical requests in
 * flight sharing one upstream call (coalescing). Only successful answers are kept; a definite "no" from the
 * provider (404, 403, 410…) removes the kept copy, so a credential made private stops being served.
 */
import { BusyError, PausedError } from './budget.js';
import type { Clock } from './clock.js';
import type { ProxyMetrics } from './metrics.js';
import type { CachedAnswer, CacheStore } from './store.js';
import { UpstreamFailure, type FailureCode, type UpstreamAnswer } from './upstream.js';

export interface CachePolicy {
  cacheSeconds: number;
  staleWhileRevalidateSeconds: number;
  staleIfErrorSeconds: number;
}

export type Outcome =
  | { kind: 'answer'; answer: UpstreamAnswer }
  | { kind: 'failure'; code: FailureCode | 'paused' | 'busy'; retryAt?: number };

export type Served =
  | {
      kind: 'answer';
      answer: CachedAnswer;
      cache: 'hit' | 'miss' | 'stale';
      /** Seconds the answer stays fresh (0 for stale copies and error answers). */
      freshSeconds: number;
      coalesced: boolean;
      upstream?: { status: number; ms: number };
    }
  | { kind: 'failure'; code: FailureCode | 'paused' | 'busy'; retryAt?: number; coalesced: boolean };

export interface ResponseCache {
  /** The answer for `key`: from the store when fresh, else from `fetchAnswer` (shared by identical requests). */
  serve(key: string, provider: string, fetchAnswer: () => Promise<UpstreamAnswer>): Promise<Served>;
}

/** Failures and answers that mean "try later", after which a stale copy is better than nothing. */
const troubled = (outcome: Outcome) => outcome.kind === 'failure' || outcome.answer.status >= 500 || outcome.answer.status === 429;

export function createResponseCache(store: CacheStore, policy: CachePolicy, clock: Clock, metrics: ProxyMetrics): ResponseCache {
  const inFlight = new Map<string, Promise<Outcome>>();
  // Kept long enough to serve stale copies in both windows.
  const ttlSeconds = policy.cacheSeconds + Math.max(policy.staleWhileRevalidateSeconds, policy.staleIfErrorSeconds);

  const guarded = async <T>(operation: () => Promise<T>, fallback: T): Promise<T> => {
    try {
      return await operation();
    } catch {
      metrics.storeError();
      return fallback;
    }
  };

  async function fetchAndKeep(key: string, fetchAnswer: () => Promise<UpstreamAnswer>): Promise<Outcome> {
    let answer: UpstreamAnswer;
    try {
      answer = await fetchAnswer();
    } catch (error) {
      if (error instanceof PausedError) return { kind: 'failure', code: 'paused', retryAt: error.retryAt };
      if (error instanceof BusyError) return { kind: 'failure', code: 'busy' };
      return { kind: 'failure', code: error instanceof UpstreamFailure ? error.code : 'unreachable' };
    }
    const outcome: Outcome = { kind: 'answer', answer };
    if (answer.status >= 200 && answer.status < 300) {
      const { status, headers, body, storedAt } = answer;
      await guarded(() => store.set(key, { status, headers, body, storedAt }, ttlSeconds), undefined);
    } else if (!troubled(outcome)) {
      await guarded(() => store.delete(key), undefined);
    }
    return outcome;
  }

  /** The refresh in flight for `key`, or a new one; `shared` when this request joined another's. */
  function refresh(key: string, fetchAnswer: () => Promise<UpstreamAnswer>): { promise: Promise<Outcome>; shared: boolean } {
    const running = inFlight.get(key);
    if (running) return { promise: running, shared: true };
    const promise = fetchAndKeep(key, fetchAnswer).finally(() => inFlight.delete(key));
    inFlight.set(key, promise);
    return { promise, shared: false };
  }

  return {
    async serve(key, provider, fetchAnswer) {
      const cached = await guarded(() => store.get(key), undefined);
      const age = cached ? Math.max(0, clock.now() - cached.storedAt) / 1000 : Infinity;
      if (cached && age < policy.cacheSeconds) {
        metrics.cache(provider, 'hit');
        return { kind: 'answer', answer: cached, cache: 'hit', freshSeconds: Math.floor(policy.cacheSeconds - age), coalesced: false };
      }
      if (cached && age < policy.cacheSeconds + policy.staleWhileRevalidateSeconds) {
        metrics.cache(provider, 'stale');
        void refresh(key, fetchAnswer).promise;
        return { kind: 'answer', answer: cached, cache: 'stale', freshSeconds: 0, coalesced: false };
      }
      const { promise, shared } = refresh(key, fetchAnswer);
      if (shared) metrics.coalesced(provider);
      const outcome = await promise;
      if (troubled(outcome) && cached && age < policy.cacheSeconds + policy.staleIfErrorSeconds) {
        metrics.cache(provider, 'stale');
        return { kind: 'answer', answer: cached, cache: 'stale', freshSeconds: 0, coalesced: shared };
      }
      metrics.cache(provider, 'miss');
      if (outcome.kind === 'failure') return { ...outcome, coalesced: shared };
      const { answer } = outcome;
      const ok = answer.status >= 200 && answer.status < 300;
      return {
        kind: 'answer',
        answer,
        cache: 'miss',
        freshSeconds: ok ? policy.cacheSeconds : 0,
        coalesced: shared,
        upstream: { status: answer.upstreamStatus, ms: answer.upstreamMs },
      };
    },
  };
}

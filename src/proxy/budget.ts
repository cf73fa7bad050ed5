/**
 * One provider's upstream budget: at most `concurrency` calls in flight, started no faster than a token bucket
 * allows, and none at all while the provider has asked for a pause (429/503 with Retry-After). Waiting calls queue
 * in order; the queue and each wait are bounded.
 */
import type { BudgetConfig } from './config.js';
import type { Clock } from './clock.js';

/** The provider asked for a pause: no call until `retryAt` (ms since the epoch). */
export class PausedError extends Error {
  override readonly name = 'PausedError';
  constructor(readonly retryAt: number) {
    super('the provider asked for a pause');
  }
}

/** Too many calls waiting, or one waited too long. */
export class BusyError extends Error {
  override readonly name = 'BusyError';
}

/** A provider that asks for more than an hour is capped at an hour. */
const MAX_PAUSE_MS = 3_600_000;
const MAX_QUEUE = 1000;

interface Waiter {
  start(): void;
  fail(error: Error): void;
}

export interface Budget {
  /** Runs `call` when the budget allows; rejects with PausedError or BusyError instead. */
  run<T>(call: () => Promise<T>): Promise<T>;
  /** Pauses every call until `retryAt` (later pauses extend, earlier ones do not shorten). */
  pause(retryAt: number): void;
  /** The end of the current pause, or undefined. */
  pausedUntil(): number | undefined;
}

export function createBudget(config: BudgetConfig, clock: Clock, maxWaitMs: number): Budget {
  let tokens = config.burst;
  let refilledAt = clock.now();
  let active = 0;
  let pauseEnd = 0;
  let timer = false;
  const queue: Waiter[] = [];

  const pausedUntil = () => (pauseEnd > clock.now() ? pauseEnd : undefined);

  function refill() {
    const now = clock.now();
    tokens = Math.min(config.burst, tokens + ((now - refilledAt) / 1000) * config.ratePerSecond);
    refilledAt = now;
  }

  function pump() {
    const paused = pausedUntil();
    if (paused) {
      for (const waiter of queue.splice(0)) waiter.fail(new PausedError(paused));
      return;
    }
    while (queue.length && active < config.concurrency) {
      refill();
      if (tokens < 1) {
        if (!timer) {
          timer = true;
          void clock.sleep(Math.ceil(((1 - tokens) / config.ratePerSecond) * 1000)).then(() => {
            timer = false;
            pump();
          });
        }
        return;
      }
      tokens -= 1;
      active++;
      queue.shift()!.start();
    }
  }

  return {
    run<T>(call: () => Promise<T>): Promise<T> {
      const paused = pausedUntil();
      if (paused) return Promise.reject(new PausedError(paused));
      if (queue.length >= MAX_QUEUE) return Promise.reject(new BusyError('too many calls are waiting for this provider'));
      return new Promise<T>((resolve, reject) => {
        const deadline = setTimeout(() => {
          const index = queue.indexOf(waiter);
          if (index < 0) return;
          queue.splice(index, 1);
          reject(new BusyError('waited too long for this provider'));
        }, maxWaitMs);
        const waiter: Waiter = {
          start() {
            clearTimeout(deadline);
            call()
              .then(resolve, reject)
              .finally(() => {
                active--;
                pump();
              });
          },
          fail(error) {
            clearTimeout(deadline);
            reject(error);
          },
        };
        queue.push(waiter);
        pump();
      });
    },
    pause(retryAt) {
      pauseEnd = Math.max(pauseEnd, Math.min(retryAt, clock.now() + MAX_PAUSE_MS));
      pump();
    },
    pausedUntil,
  };
}

/** A Retry-After value (seconds or an HTTP date) as a time in ms since the epoch; undefined when unreadable. */
export function parseRetryAfter(value: string | null | undefined, now: number): number | undefined {
  if (!value) return undefined;
  const text = value.trim();
  if (/^\d+$/.test(text)) return now + Number(text) * 1000;
  const date = Date.parse(text);
  return Number.isFinite(date) && /[a-z]/i.test(text) ? Math.max(now, date) : undefined;
}

/**
 * A concurrency limiter: at most `max` tasks run at once, the rest wait in order.
 * One module-level default is shared by every client on a page, so fifty badges never open more than six requests.
 */
export interface Limiter {
  run<T>(task: () => Promise<T>): Promise<T>;
  /** Tasks running now. */
  readonly active: number;
  /** Tasks waiting for a slot. */
  readonly waiting: number;
}

export function createLimiter(max: number): Limiter {
  let active = 0;
  const queue: Array<() => void> = [];

  const release = () => {
    active--;
    queue.shift()?.();
  };

  return {
    get active() {
      return active;
    },
    get waiting() {
      return queue.length;
    },
    async run<T>(task: () => Promise<T>): Promise<T> {
      if (active >= max) await new Promise<void>((resolve) => queue.push(resolve));
      active++;
      try {
        return await task();
      } finally {
        release();
      }
    },
  };
}

/** Browsers allow six connections per host; staying under that keeps a page of badges from starving itself. */
export const MAX_OPEN_REQUESTS = 6;

export const defaultLimiter: Limiter = createLimiter(MAX_OPEN_REQUESTS);

/**
 * Progress of a verification with nested credentials, handed to the element in bursts: the first report at once, the
 * rest at most every INTERVAL_MS, all of a burst in one task, so that a record of 500 credentials re-renders a few
 * dozen times rather than 500 (each report arrives in a message of its own). The final report carries every child,
 * so a burst dropped at the end (`cancel`) loses nothing.
 */
import type { VerificationReport } from '../../verify/types.js';

export const INTERVAL_MS = 100;

export interface Progress {
  done: number;
  total: number;
}

export class ProgressBursts {
  #children: VerificationReport[] = [];
  #progress: Progress | undefined;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #last = -Infinity;

  constructor(private readonly deliver: (progress: Progress, children: VerificationReport[]) => void) {}

  push(progress: Progress, child: VerificationReport): void {
    this.#children.push(child);
    this.#progress = progress;
    if (this.#timer !== undefined) return;
    const wait = Math.max(0, this.#last + INTERVAL_MS - performance.now());
    this.#timer = setTimeout(() => this.#flush(), wait);
  }

  /** Drops what has not been handed on (the verification ended or was cancelled). */
  cancel(): void {
    clearTimeout(this.#timer);
    this.#timer = undefined;
    this.#children = [];
    this.#progress = undefined;
  }

  #flush(): void {
    this.#timer = undefined;
    this.#last = performance.now();
    const children = this.#children;
    const progress = this.#progress;
    this.#children = [];
    this.#progress = undefined;
    if (progress) this.deliver(progress, children);
  }
}

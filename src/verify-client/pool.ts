/**
 * A small pool of module workers shared by every element on the page, started lazily: one worker, and a second
 * when jobs queue up on a machine with the cores for it. A worker that fails to start makes the pool give up,
 * and the caller falls back to verifying in-process.
 */
import type { VerificationReport } from '../verify/types.js';
import type { FromWorker, ToWorker, WorkerVerifyOptions } from './protocol.js';

interface Job {
  id: number;
  onProgress?: (progress: { done: number; total: number; report: VerificationReport }) => void;
  /** A batch's: each credential's report, by its position in the batch. */
  onItem?: (index: number, report: VerificationReport) => void;
  /** A job's report; a batch settles with none. */
  resolve: (report: VerificationReport | undefined) => void;
  reject: (error: Error) => void;
}

interface Slot {
  worker: Worker;
  busy: number;
}

// Two workers even on a two-core machine (the page's own thread is mostly idle meanwhile), at most four.
const ABORT_GRACE_MS = 1000;
export const MAX_WORKERS = Math.min(4, Math.max(2, (globalThis.navigator?.hardwareConcurrency ?? 2) - 1));

export class WorkerPool {
  #slots: Slot[] = [];
  #jobs = new Map<number, Job & { slot: Slot }>();
  #nextId = 1;
  #broken = false;
  readonly #script: string | undefined;

  /** `script`: the worker's script URL (see worker-script.ts); without one, the pool is unavailable. */
  constructor(script: string | undefined) {
    this.#script = script;
  }

  get available(): boolean {
    return !this.#broken && !!this.#script && typeof Worker !== 'undefined';
  }

  /**
   * Starts workers ahead of need (while the credential is still being fetched, say): the first, or up to `count` (at
   * most MAX_WORKERS) for a page that will verify much at once.
   */
  warm(count = 1): void {
    if (!this.available) return;
    while (this.#slots.length < Math.min(count, MAX_WORKERS)) this.#spawn();
  }

  #spawn(): Slot {
    const worker = new Worker(this.#script!, { type: 'module', name: 'credential-verifier' });
    const slot: Slot = { worker, busy: 0 };
    worker.addEventListener('message', (event: MessageEvent<FromWorker>) => this.#onMessage(event.data));
    worker.addEventListener('error', (event) => this.#fail(slot, new Error(event.message || 'the verification worker failed to start')));
    worker.addEventListener('messageerror', () => this.#fail(slot, new Error('a message from the verification worker could not be read')));
    this.#slots.push(slot);
    return slot;
  }

  #pick(): Slot {
    const idle = this.#slots.find((slot) => slot.busy === 0);
    if (idle) return idle;
    if (this.#slots.length < MAX_WORKERS) return this.#spawn();
    return this.#slots.reduce((least, slot) => (slot.busy < least.busy ? slot : least));
  }

  #onMessage(message: FromWorker) {
    const job = this.#jobs.get(message.id);
    if (!job) return;
    if (message.type === 'progress') {
      job.onProgress?.({ done: message.done, total: message.total, report: message.report });
      return;
    }
    if (message.type === 'item') {
      job.onItem?.(message.index, message.report);
      return;
    }
    this.#jobs.delete(message.id);
    job.slot.busy--;
    job.resolve(message.type === 'result' ? message.report : undefined);
  }

  #fail(slot: Slot, error: Error) {
    // A worker that cannot load (a CSP without worker-src, a bundler that dropped the chunk) breaks the pool for good.
    this.#broken = true;
    slot.worker.terminate();
    this.#slots = this.#slots.filter((candidate) => candidate !== slot);
    for (const [id, job] of this.#jobs) {
      if (job.slot !== slot) continue;
      this.#jobs.delete(id);
      job.reject(error);
    }
  }

  run(input: unknown, options: WorkerVerifyOptions, hooks: { onProgress?: Job['onProgress']; signal?: AbortSignal } = {}): Promise<VerificationReport> {
    return this.#post({ type: 'verify', id: 0, input, options, progress: !!hooks.onProgress }, { onProgress: hooks.onProgress }, hooks.signal) as Promise<VerificationReport>;
  }

  /**
   * Verifies a batch in one message to the least busy worker (a second one starts when the first is busy), calling
   * `onItem` with each credential's position and report as it completes; settles when the batch is done.
   */
  runBatch(inputs: unknown[], options: WorkerVerifyOptions, hooks: { onItem: NonNullable<Job['onItem']>; signal?: AbortSignal }): Promise<void> {
    return this.#post({ type: 'verify-batch', id: 0, inputs, options }, { onItem: hooks.onItem }, hooks.signal).then(() => undefined);
  }

  #post(message: ToWorker & { type: 'verify' | 'verify-batch' }, handlers: Pick<Job, 'onProgress' | 'onItem'>, signal: AbortSignal | undefined): Promise<VerificationReport | undefined> {
    return new Promise((resolve, reject) => {
      const slot = this.#pick();
      const id = this.#nextId++;
      slot.busy++;
      this.#jobs.set(id, { id, ...handlers, resolve, reject, slot });
      message.id = id;
      try {
        slot.worker.postMessage(message);
      } catch (error) {
        this.#jobs.delete(id);
        slot.busy--;
        reject(error as Error);
        return;
      }
      signal?.addEventListener(
        'abort',
        () => {
          slot.worker.postMessage({ type: 'cancel', id } satisfies ToWorker);
          // The worker answers a cancelled job (or batch); one that never does (a worker that died) still settles.
          setTimeout(() => {
            if (!this.#jobs.delete(id)) return;
            slot.busy--;
            reject(signal!.reason ?? new DOMException('Aborted', 'AbortError'));
          }, ABORT_GRACE_MS);
        },
        { once: true },
      );
    });
  }
}

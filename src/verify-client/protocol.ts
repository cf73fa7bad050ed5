/** Messages between the page and the verification worker. Everything in them survives structured cloning. */
import type { VerificationReport, VerifyOptions } from '../verify/types.js';

/** The options that can cross into a worker: no functions, no signals. */
export type WorkerVerifyOptions = Omit<VerifyOptions, 'fetch' | 'signal' | 'onProgress'> & { contexts?: Record<string, unknown> };

export type ToWorker =
  | { type: 'verify'; id: number; input: unknown; options: WorkerVerifyOptions; progress: boolean }
  /** A batch: many credentials in one message, each answered by an `item` as it completes, then `batch-done`. */
  | { type: 'verify-batch'; id: number; inputs: unknown[]; options: WorkerVerifyOptions }
  | { type: 'cancel'; id: number };

export type FromWorker =
  | { type: 'progress'; id: number; done: number; total: number; report: VerificationReport }
  | { type: 'result'; id: number; report: VerificationReport }
  /** One credential of a batch, by its position in the batch. */
  | { type: 'item'; id: number; index: number; report: VerificationReport }
  | { type: 'batch-done'; id: number };

/** Messages between the page and the verification worker. Everything in them survives structured cloning. */
import type { VerificationReport, VerifyOptions } from '../verify/types.js';

/** The options that can cross into a worker: no functions, no signals. */
export type WorkerVerifyOptions = Omit<VerifyOptions, 'fetch' | 'signal' | 'onProgress'> & { contexts?: Record<string, unknown> };

export type ToWorker =
  | { type: 'verify'; id: number; input: unknown; options: WorkerVerifyOptions; progress: boolean }
  | { type: 'cancel'; id: number };

export type FromWorker =
  | { type: 'progress'; id: number; done: number; total: number; report: VerificationReport }
  | { type: 'result'; id: number; report: VerificationReport };

/**
 * The page's one verifier worker pool, made on first use. A module of its own so that the script-tag entries can start
 * the worker in their first task (statically imported there), while the verify client and the npm build load it on
 * demand (never in Node): both reach the same pool, since they import the same module.
 */
import type { VerificationReport } from '../verify/types.js';
import { MAX_WORKERS, WorkerPool } from './pool.js';
import { failedReport } from './failed-report.js';
import { keep, keyOf, sharedReport } from './shared-reports.js';
import { workerScript } from './worker-script.js';

export { MAX_WORKERS };

let pool: Promise<WorkerPool> | undefined;

/** The pool; a worker script that cannot be had (a policy that blocks fetching it) leaves it unavailable: in-process. */
export function workerPool(): Promise<WorkerPool> {
  pool ??= workerScript().then(
    (url) => new WorkerPool(url),
    () => new WorkerPool(undefined),
  );
  return pool;
}

/**
 * Starts workers now, so that they have loaded the engine when the credentials arrive: one, or up to `count` for a
 * page that will verify much at once (each worker takes a while to start). No-op without workers.
 */
export function warmWorkers(count = 1): void {
  if (typeof Worker === 'undefined' || typeof window === 'undefined') return;
  void workerPool().then((started) => started.warm(count));
}

/**
 * Verifies a credential with no options, as a request the verify client shares (shared-reports.ts): the client gives
 * this report to whoever then asks for the same credential with no options. For the script tag's first task, which
 * has the worker pool but not the client. Where no worker can verify it, the engine does, in-process, as the client
 * would.
 */
export function verifyShared(input: unknown): void {
  if (typeof Worker === 'undefined' || typeof window === 'undefined') return;
  const key = keyOf(input, {});
  if (key === undefined || sharedReport(key)) return;
  const inProcess = () => import('../verify/index.js').then(({ verifyCredential }) => verifyCredential(input));
  const pending: Promise<VerificationReport> = workerPool()
    .then((started) => (started.available ? started.run(input, {}) : inProcess()))
    .catch(inProcess)
    .catch((error: unknown) => failedReport(`The verifier could not be loaded: ${(error as Error)?.message ?? String(error)}`));
  keep(key, pending);
}

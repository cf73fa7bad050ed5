/**
 * How elements ask for verification. The work runs in a module worker shared by the page (started on first use),
 * so the page stays responsive while a long transcript verifies; in Node, without workers, or with a custom fetch
 * (a function cannot cross into a worker) it runs in-process, with the engine loaded only when first needed.
 * Identical requests share one verification: a credential shown twice on a page is verified once.
 */
import type { VerificationReport, VerifyOptions } from '../verify/types.js';
import { verifyInBatches, type VerifiedItem } from './batch.js';
import { failedReport } from './failed-report.js';
import type { WorkerPool } from './pool.js';
import type { WorkerVerifyOptions } from './protocol.js';
import { keep, keyOf, sharedReport } from './shared-reports.js';

export type { VerificationReport, VerifyOptions } from '../verify/types.js';
export type { VerifiedItem } from './batch.js';

export interface VerifyRequestOptions extends VerifyOptions {
  /** Run in-process even where a worker is available. */
  inProcess?: boolean;
}

/** The options of `requestVerifications`: those of one request (but progress, which is per credential) and the batch size. */
export interface VerifyManyOptions extends Omit<VerifyRequestOptions, 'onProgress'> {
  /** Credentials per worker message. Default 8. */
  batchSize?: number;
}

const DEFAULT_BATCH_SIZE = 8;
/** A large CLR's nested credentials per worker message. */
const CLR_BATCH_SIZE = 8;

let engine: Promise<typeof import('../verify/index.js')> | undefined;
/** The worker pool and the parallel CLR splitter, loaded on first use (never in Node). */
let workers: Promise<{ pool: WorkerPool; maxWorkers: number; parallel: typeof import('./parallel.js') }> | undefined;
let lastRuntime: 'worker' | 'in-process' | undefined;

/**
 * Where the last verification ran: 'worker', or 'in-process' (Node, no Worker, a custom fetch, or a page whose
 * Content-Security-Policy blocks workers). For diagnostics: a page that expects a worker can check it.
 */
export function verificationRuntime(): 'worker' | 'in-process' | undefined {
  return lastRuntime;
}

const canUseWorkers = () => typeof Worker !== 'undefined' && typeof window !== 'undefined';

function loadWorkers() {
  workers ??= Promise.all([
    import('./workers.js').then(async ({ workerPool, MAX_WORKERS }) => ({ pool: await workerPool(), maxWorkers: MAX_WORKERS })),
    import('./parallel.js'),
  ]).then(([{ pool, maxWorkers }, parallel]) => ({ pool, maxWorkers, parallel }));
  return workers;
}

function loadEngine() {
  engine ??= import('../verify/index.js');
  return engine;
}

async function inProcess(input: unknown, options: VerifyOptions): Promise<VerificationReport> {
  const { verifyCredential } = await loadEngine();
  lastRuntime = 'in-process';
  return verifyCredential(input, options);
}

function serialisable({ fetch: _fetch, signal: _signal, onProgress: _progress, inProcess: _in, ...rest }: VerifyRequestOptions): WorkerVerifyOptions {
  // Dates become strings so that structured cloning and the sharing key agree.
  return { ...rest, now: rest.now instanceof Date ? rest.now.toISOString() : rest.now };
}

async function run(input: unknown, options: VerifyRequestOptions): Promise<VerificationReport> {
  const inWorker = !options.inProcess && !options.fetch && canUseWorkers();
  if (inWorker) {
    const { pool, maxWorkers, parallel } = await loadWorkers();
    if (pool.available) {
      try {
        const hooks = { onProgress: options.onProgress, signal: options.signal };
        const clr = parallel.splittableClr(input);
        // The record and its nested credentials share one look-up budget: one deadline, each worker its share.
        const budgeted = clr ? { ...options, ...parallel.sharedLookupBudget(options, maxWorkers) } : options;
        // Each nested credential is verified as the engine would verify it: one level down (so depth limits hold),
        // with no recipient check.
        const { onProgress: _progress, recipient: _recipient, ...rest } = budgeted;
        const children = (inputs: unknown[]) => requestVerifications(inputs, { ...rest, nestingLevel: 1, batchSize: CLR_BATCH_SIZE });
        const report = clr
          ? await parallel.verifyClrInParallel(pool, clr, serialisable(budgeted), children, hooks)
          : await pool.run(input, serialisable(options), hooks);
        lastRuntime = 'worker';
        return report;
      } catch {
        if (options.signal?.aborted) return failedReport('The verification was cancelled.');
        // The worker could not start: fall through and verify in-process.
      }
    }
  }
  return inProcess(input, options);
}

/** Starts the verifier ahead of need, so that it is ready when the credential arrives. Cheap to call often. */
export function prepareVerifier(): void {
  if (!canUseWorkers()) return;
  void loadWorkers().then(({ pool }) => pool.warm());
}

/** Verifies in the background; resolves to a report, never rejects (a verifier that can't load gives a failed report). */
export async function requestVerification(input: unknown, options: VerifyRequestOptions = {}): Promise<VerificationReport> {
  // Progress callbacks, signals and custom fetches belong to one caller, so such requests are not shared.
  const key = options.onProgress || options.signal || options.fetch ? undefined : keyOf(input, serialisable(options));
  const existing = key ? sharedReport(key) : undefined;
  if (existing) return existing;
  const pending = run(input, options).catch((error: unknown) => failedReport(`The verifier could not be loaded: ${(error as Error)?.message ?? String(error)}`));
  if (key) keep(key, pending);
  return pending;
}

/**
 * Verifies many credentials: a few per worker message (`batchSize`), the batches spread over the worker pool so
 * every worker is busy, and yields `{ index, report }` for each credential as it completes (in completion order;
 * `index` is its position in `inputs`). Identical credentials are verified once; reports are shared with
 * `requestVerification` both ways. Never rejects: a credential that cannot be verified gets a failed report.
 * Aborting `signal`, or leaving the loop early, cancels what is still running; the iteration then ends.
 */
export function requestVerifications(inputs: readonly unknown[], options: VerifyManyOptions = {}): AsyncGenerator<VerifiedItem, void, undefined> {
  const { batchSize = DEFAULT_BATCH_SIZE, ...rest } = options;
  const wire = serialisable(rest);
  const inWorker = !rest.inProcess && !rest.fetch && canUseWorkers();
  return verifyInBatches(inputs, { batchSize, signal: rest.signal }, {
    workers: async () => {
      if (!inWorker) return undefined;
      const { pool, maxWorkers } = await loadWorkers();
      return pool.available ? { pool, lanes: maxWorkers } : undefined;
    },
    wire,
    inProcess: (input) => inProcess(input, rest).catch((error: unknown) => failedReport(`The verifier could not be loaded: ${(error as Error)?.message ?? String(error)}`)),
    // A custom fetch belongs to its caller: such reports are not shared.
    key: (input) => (rest.fetch ? undefined : keyOf(input, wire)),
    shared: { get: sharedReport, set: (key, report) => keep(key, Promise.resolve(report)) },
    onRuntime: (runtime) => void (lastRuntime = runtime),
  });
}

/**
 * Verifying many credentials at once (a gallery, a page of badges): a few credentials per worker message, the
 * batches spread over the pool so that every worker is busy, each report handed back as soon as it is made.
 * Identical credentials are verified once, and reports the client already holds (its shared requests) are reused
 * and kept for later asks. Where there is no worker, the credentials are verified one by one in-process.
 */
import type { VerificationReport } from '../verify/types.js';
import { failedReport } from './failed-report.js';
import type { WorkerPool } from './pool.js';
import type { WorkerVerifyOptions } from './protocol.js';

/** One credential's report, by its position in the list given. */
export interface VerifiedItem {
  index: number;
  report: VerificationReport;
}

/** What the client lends the batch runner: where work can run, and its shared reports. */
export interface BatchRuntime {
  /** The worker pool and how many workers it may run, or undefined to verify in-process. */
  workers(): Promise<{ pool: WorkerPool; lanes: number } | undefined>;
  /** The options as they cross into a worker. */
  wire: WorkerVerifyOptions;
  /** One credential verified in-process; never rejects. */
  inProcess(input: unknown): Promise<VerificationReport>;
  /** The sharing key of a credential with these options, or undefined when it is not to be shared. */
  key(input: unknown): string | undefined;
  shared: { get(key: string): Promise<VerificationReport> | undefined; set(key: string, report: VerificationReport): void };
  onRuntime(runtime: 'worker'): void;
}

interface Entry {
  input: unknown;
  /** Every position in the list that holds this credential. */
  indices: number[];
  key: string | undefined;
  settled: boolean;
}

export async function* verifyInBatches(
  inputs: readonly unknown[],
  { batchSize, signal }: { batchSize: number; signal?: AbortSignal | undefined },
  runtime: BatchRuntime,
): AsyncGenerator<VerifiedItem, void, undefined> {
  if (signal?.aborted || !inputs.length) return;
  const controller = new AbortController();
  const ready: VerifiedItem[] = [];
  let wake: (() => void) | undefined;
  const stop = () => {
    controller.abort(signal?.reason);
    wake?.();
  };
  signal?.addEventListener('abort', stop, { once: true });

  const settle = (entry: Entry, report: VerificationReport, keep: boolean) => {
    if (entry.settled || controller.signal.aborted) return;
    entry.settled = true;
    if (keep && entry.key !== undefined) runtime.shared.set(entry.key, report);
    for (const index of entry.indices) ready.push({ index, report });
    wake?.();
  };

  // Identical credentials (the same bytes, the same options) are verified once.
  const entries: Entry[] = [];
  const byKey = new Map<string, Entry>();
  inputs.forEach((input, index) => {
    const key = runtime.key(input);
    const same = key === undefined ? undefined : byKey.get(key);
    if (same) return void same.indices.push(index);
    const entry: Entry = { input, indices: [index], key, settled: false };
    if (key !== undefined) byKey.set(key, entry);
    entries.push(entry);
  });
  const todo: Entry[] = [];
  for (const entry of entries) {
    const known = entry.key === undefined ? undefined : runtime.shared.get(entry.key);
    if (known) void known.then((report) => settle(entry, report, false));
    else todo.push(entry);
  }
  void run(todo, batchSize, controller.signal, runtime, settle).catch((error: unknown) => {
    for (const entry of todo) settle(entry, failedReport(`The verifier could not run: ${(error as Error)?.message ?? String(error)}`), false);
  });

  let outstanding = inputs.length;
  try {
    while (outstanding > 0 && !controller.signal.aborted) {
      if (!ready.length) await new Promise<void>((resolve) => (wake = resolve));
      wake = undefined;
      while (ready.length && !controller.signal.aborted) {
        outstanding--;
        yield ready.shift()!;
      }
    }
  } finally {
    signal?.removeEventListener('abort', stop);
    // A caller that stops reading (or aborts) cancels the batches still running.
    if (outstanding > 0) controller.abort();
  }
}

async function run(
  todo: Entry[],
  batchSize: number,
  signal: AbortSignal,
  runtime: BatchRuntime,
  settle: (entry: Entry, report: VerificationReport, keep: boolean) => void,
): Promise<void> {
  if (!todo.length) return;
  const inProcess = async (entries: Entry[]) => {
    for (const entry of entries) {
      if (signal.aborted) return;
      if (!entry.settled) settle(entry, await runtime.inProcess(entry.input), true);
    }
  };
  const workers = await runtime.workers().catch(() => undefined);
  if (!workers) return inProcess(todo);
  const size = Math.max(1, Math.floor(batchSize));
  const batches: Entry[][] = [];
  for (let start = 0; start < todo.length; start += size) batches.push(todo.slice(start, start + size));
  let next = 0;
  // Two batches per worker in flight: a worker that finishes one has the next already waiting.
  const lane = async () => {
    while (next < batches.length && !signal.aborted) {
      const batch = batches[next++]!;
      if (!workers.pool.available) {
        await inProcess(batch);
        continue;
      }
      try {
        await workers.pool.runBatch(
          batch.map((entry) => entry.input),
          runtime.wire,
          { signal, onItem: (index, report) => batch[index] && settle(batch[index], report, true) },
        );
        runtime.onRuntime('worker');
      } catch {
        // The worker could not start or died: what is left of the batch is verified in-process.
        await inProcess(batch);
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(batches.length, workers.lanes * 2) }, lane));
}

/**
 * Loaded document → report for elements that stand many to a page (`<credential-badge>`): their verifications are
 * gathered into batches for the verify client's `requestVerifications` (one worker message per batch, the batches
 * spread over the workers, identical credentials verified once), instead of one worker job per element. A request
 * leaves at once while a worker lane is free (one badge waits for nobody); while every lane is busy, the requests
 * that arrive wait and leave together as the next batch. Never rejects.
 */
import { failedReport } from '../verify-client/failed-report.js';
import type { VerifyManyOptions, VerifyRequestOptions } from '../verify-client/index.js';
import type { VerificationReport } from '../verify/types.js';
import type { LoadedDocument } from './read-document.js';
import { verifyDocument } from './verification.js';

/** Credentials per batch: as the gallery sends them. */
export const BATCH_SIZE = 8;
/** Batches out at once: two per worker of a two-worker pool, so that a worker that finishes one has the next. */
export const LANES = 4;

interface Waiting {
  input: unknown;
  signal: AbortSignal | undefined;
  resolve: (report: VerificationReport) => void;
}

interface Queue {
  options: VerifyManyOptions;
  waiting: Waiting[];
  scheduled: boolean;
}

const queues = new Map<string, Queue>();
let running = 0;

const client = () => import('../verify-client/index.js');

/**
 * Verifies what the document carries, in a batch with other elements' requests made with the same options. Requests
 * that a batch cannot carry (a custom fetch, which belongs to its element; progress of nested credentials) go alone.
 */
export function verifyInBatch(loaded: LoadedDocument, options: VerifyRequestOptions = {}): Promise<VerificationReport> {
  const { signal, onProgress: _progress, fetch, inProcess, ...shared } = options;
  if (loaded.verifiable === undefined || fetch || inProcess || loaded.kind === 'clr') return verifyDocument(loaded, options);
  const key = JSON.stringify(shared);
  let queue = queues.get(key);
  if (!queue) queues.set(key, (queue = { options: shared, waiting: [], scheduled: false }));
  return new Promise((resolve) => {
    queue.waiting.push({ input: loaded.verifiable, signal, resolve });
    schedule(queue);
  });
}

/** Sends the queue's next batch once the requests of this task are in, if a lane is free (else when one frees). */
function schedule(queue: Queue): void {
  if (queue.scheduled || running >= LANES || !queue.waiting.length) return;
  queue.scheduled = true;
  setTimeout(() => {
    queue.scheduled = false;
    if (running < LANES) void send(queue);
    else schedule(queue);
  }, 0);
}

async function send(queue: Queue): Promise<void> {
  // Requests whose element has gone (its signal aborted) are dropped before the batch leaves.
  const batch = queue.waiting.splice(0, BATCH_SIZE).filter((entry) => !entry.signal?.aborted);
  for (const entry of queue.waiting) if (entry.signal?.aborted) entry.resolve(failedReport('The verification was cancelled.'));
  queue.waiting = queue.waiting.filter((entry) => !entry.signal?.aborted);
  if (!batch.length) return schedule(queue);
  running++;
  try {
    const { requestVerifications } = await client();
    const settled = new Set<number>();
    for await (const { index, report } of requestVerifications(
      batch.map((entry) => entry.input),
      { ...queue.options, batchSize: BATCH_SIZE },
    )) {
      settled.add(index);
      batch[index]!.resolve(report);
    }
    batch.forEach((entry, index) => settled.has(index) || entry.resolve(failedReport('The verifier gave no report.')));
  } catch (error) {
    for (const entry of batch) entry.resolve(failedReport(`The verifier could not be loaded: ${(error as Error)?.message ?? String(error)}`));
  } finally {
    running--;
    // A lane is free: the next batch of whichever queue has requests waiting.
    for (const waiting of queues.values()) schedule(waiting);
  }
}

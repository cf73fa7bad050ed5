/**
 * Verification as tiles come into view: an IntersectionObserver watches the rendered tiles, the ones on screen
 * join a queue, and the queue goes to the verify client in batches (`requestVerifications`: one worker message per
 * batch, every worker busy). A tile that scrolls away before its batch leaves is dropped from the queue. `all()`
 * verifies every item left (a status filter needs them), a few batches at a time.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { VerificationReport } from '../../verify/types.js';
import type { VerifyManyOptions } from '../../verify-client/index.js';
import { yieldToMain } from '../../load/yield.js';
import { needsCheck, type GalleryItem } from './items.js';

export interface VerifyQueueHost extends ReactiveControllerHost, HTMLElement {
  /** The item a rendered tile shows (by its data-index). */
  itemAt(index: number): GalleryItem | undefined;
  /** The options for the verifier, at the time of asking (trusted issuers, the verifier's fetch). */
  verifyOptions(): VerifyManyOptions;
  /** Verifies items in batches, yielding each report (overridable in tests). */
  verifyMany(inputs: unknown[], options: VerifyManyOptions): AsyncIterable<{ index: number; report: VerificationReport }>;
  /** An item's report arrived; resolves once the item shows it. */
  verified(item: GalleryItem, report: VerificationReport): Promise<void>;
}

/** Wait this long after a tile comes into view: a fast scroll past it does not verify it. */
const SETTLE_MS = 80;
/** Items per call to the verify client when verifying everything: each call is split into worker batches. */
const CHUNK = 32;
const BATCH_SIZE = 8;
const SLICE_MS = 8;

export class VerifyQueue implements ReactiveController {
  private readonly observer: IntersectionObserver | undefined;
  private readonly queued = new Set<GalleryItem>();
  private timer: ReturnType<typeof setTimeout> | undefined;
  private controller = new AbortController();
  private running = 0;

  constructor(private readonly host: VerifyQueueHost) {
    host.addController(this);
    this.observer =
      typeof IntersectionObserver === 'undefined'
        ? undefined
        : new IntersectionObserver((entries) => this.seen(entries), { rootMargin: '0px' });
  }

  /** Whether a batch is out. */
  get busy(): boolean {
    return this.running > 0;
  }

  hostDisconnected(): void {
    this.cancel();
  }

  /** Watches the tiles now rendered (the observer reports each one at once, then as it enters or leaves the screen). */
  watch(tiles: Iterable<Element>): void {
    if (!this.observer) return;
    this.observer.disconnect();
    for (const tile of tiles) this.observer.observe(tile);
  }

  /** Stops everything: a new list is coming. */
  cancel(): void {
    this.controller.abort();
    this.controller = new AbortController();
    this.queued.clear();
    clearTimeout(this.timer);
    this.observer?.disconnect();
  }

  /** Verifies every item that still needs it, a few batches at a time; resolves when they are done (or cancelled). */
  async all(items: readonly GalleryItem[]): Promise<void> {
    const signal = this.controller.signal;
    const left = items.filter(needsCheck);
    let next = 0;
    // Two calls side by side, each split into batches over the workers: they stay busy between calls.
    const lane = async () => {
      while (next < left.length && !signal.aborted) {
        const chunk = left.slice(next, (next += CHUNK)).filter(needsCheck);
        await this.send(chunk, signal);
      }
    };
    await Promise.all([lane(), lane()]);
  }

  private seen(entries: IntersectionObserverEntry[]): void {
    for (const entry of entries) {
      const item = this.host.itemAt(Number((entry.target as HTMLElement).dataset['index']));
      if (!item) continue;
      if (entry.isIntersecting && needsCheck(item)) this.queued.add(item);
      else if (!entry.isIntersecting) this.queued.delete(item);
    }
    if (this.queued.size) {
      clearTimeout(this.timer);
      this.timer = setTimeout(() => this.flush(), SETTLE_MS);
    }
  }

  private flush(): void {
    const items = [...this.queued].filter(needsCheck);
    this.queued.clear();
    if (items.length) void this.send(items, this.controller.signal);
  }

  private async send(items: GalleryItem[], signal: AbortSignal): Promise<void> {
    if (!items.length) return;
    for (const item of items) item.pending = true;
    this.running++;
    this.host.requestUpdate();
    try {
      const inputs = items.map((item) => item.loaded!.verifiable);
      let started = performance.now();
      for await (const { index, report } of this.host.verifyMany(inputs, { ...this.host.verifyOptions(), batchSize: BATCH_SIZE, signal })) {
        const item = items[index];
        if (!item || signal.aborted) continue;
        item.pending = false;
        await this.host.verified(item, report);
        // Reports can arrive many at once (shared ones, a batch's last): take them a slice at a time.
        if (performance.now() - started > SLICE_MS) {
          await yieldToMain();
          started = performance.now();
        }
      }
    } finally {
      for (const item of items) item.pending = false;
      this.running--;
      this.host.requestUpdate();
    }
  }
}

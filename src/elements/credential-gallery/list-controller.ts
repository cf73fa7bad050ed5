/**
 * A gallery's list: the request → pages of items, through the list pipeline (src/load/list.ts, loaded on first
 * use). The first page decides the state (loading → ready, or error); later pages come one at a time or all at
 * once, and a failed one keeps what is shown. Listed documents become items with views a slice at a time, each
 * slice shown as soon as it is ready, so a thousand credentials never make a long task.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { CredentialErrorEvent, CredentialLoadEvent, type CredentialErrorDetail } from '../../events.js';
import type { ListLoader, ListRequest, ListedItem } from '../../load/list.js';
import { errorDetail, viewOf } from '../../load/pipeline.js';
import { yieldToMain } from '../../load/yield.js';
import type { CredentialView } from '../../model/types.js';
import type { LoadState } from '../shared/types.js';
import { makeItem, setView, type GalleryItem } from './items.js';

export interface ListHost extends ReactiveControllerHost, HTMLElement {
  state: LoadState;
  emit(event: CredentialLoadEvent<readonly CredentialView[]> | CredentialErrorEvent): void;
}

/** Mapping credentials to views a slice at a time keeps each task short. */
const SLICE_MS = 8;

/** Load the next page this far before the end of the list comes into view. */
const AHEAD = '600px';
/** Changes to items are shown at most this often: reports arrive one by one, a screen need not follow each. */
const FRAME_MS = 16;

export class ListController implements ReactiveController {
  /** Every credential loaded so far, in list order. */
  items: GalleryItem[] = [];
  loader: ListLoader | undefined;
  /** Changes whenever an item does (a page, a view, a report): what is shown is worked out again. */
  version = 0;
  loadingMore = false;
  failure: CredentialErrorDetail | undefined;
  moreFailure: CredentialErrorDetail | undefined;
  private controller: AbortController | undefined;
  private frame: ReturnType<typeof setTimeout> | undefined;
  private sentinel: IntersectionObserver | undefined;
  /** The document's view of each item, to go back to when it is to be verified again. */
  private readonly documentViews = new WeakMap<GalleryItem, CredentialView>();

  constructor(private readonly host: ListHost) {
    host.addController(this);
  }

  hostDisconnected(): void {
    this.sentinel?.disconnect();
    this.sentinel = undefined;
    // Work cut short by a removal starts again when the element comes back (see `interrupted`).
    if (this.host.state === 'loading' || this.loadingMore) this.controller?.abort();
  }

  /** Loads the next page as `sentinel` (the end of the list) comes near the screen; "Show more" does the same by hand. */
  watch(sentinel: Element | null | undefined): void {
    if (!sentinel || typeof IntersectionObserver === 'undefined') return this.sentinel?.disconnect();
    // Watched again after each render: if the end is still near once a page is in, the next one loads.
    this.sentinel ??= new IntersectionObserver((entries) => entries.some((entry) => entry.isIntersecting) && void this.loadMore(), { rootMargin: AHEAD });
    this.sentinel.disconnect();
    this.sentinel.observe(sentinel);
  }

  /** Whether a load was cut short (by a removal): the host loads again when it comes back. */
  get interrupted(): boolean {
    return !!this.controller?.signal.aborted;
  }

  get moreToLoad(): boolean {
    return !!this.loader && !this.loader.done;
  }

  /** Something changed in the items: show it (changes within a frame are shown together). */
  touch(): void {
    this.version++;
    this.frame ??= setTimeout(() => {
      this.frame = undefined;
      this.host.requestUpdate();
    }, FRAME_MS);
  }

  documentView(item: GalleryItem): CredentialView | undefined {
    return this.documentViews.get(item);
  }

  views(): CredentialView[] {
    return this.items.flatMap((item) => (item.view ? [item.view] : []));
  }

  /** A new list: the first page, then `ready` (or `error`). */
  async load(request: ListRequest, signal: AbortSignal): Promise<void> {
    await Promise.resolve();
    this.controller?.abort();
    this.controller = new AbortController();
    const listSignal = AbortSignal.any([signal, this.controller.signal]);
    this.loader = undefined;
    this.items = [];
    this.failure = this.moreFailure = undefined;
    this.touch();
    try {
      const { hasListSource, openList } = await import('../../load/list.js');
      if (!hasListSource(request)) {
        this.host.state = 'idle';
        return;
      }
      this.host.state = 'loading';
      const loader = await openList(request, listSignal);
      const page = await loader.next(listSignal);
      if (listSignal.aborted) return;
      this.loader = loader;
      await this.add(page, listSignal);
      if (listSignal.aborted) return;
      this.host.state = 'ready';
      this.host.emit(new CredentialLoadEvent(this.views()));
    } catch (error) {
      if (listSignal.aborted) return;
      this.failure = errorDetail(error);
      this.host.state = 'error';
      this.host.emit(new CredentialErrorEvent(this.failure));
    }
  }

  /** The next page, or (`all`) every page left; an error keeps what is shown and is offered to try again. */
  async loadMore(all = false): Promise<void> {
    const loader = this.loader;
    const signal = this.controller?.signal;
    if (!loader || !signal || signal.aborted) return;
    while (this.loadingMore) await new Promise((resolve) => setTimeout(resolve, 20));
    if (loader.done || loader !== this.loader) return;
    this.loadingMore = true;
    this.moreFailure = undefined;
    this.host.requestUpdate();
    try {
      const page = await loader.next(signal, all);
      if (signal.aborted) return;
      await this.add(page, signal);
      this.host.emit(new CredentialLoadEvent(this.views()));
    } catch (error) {
      if (signal.aborted) return;
      this.moreFailure = errorDetail(error);
      this.host.emit(new CredentialErrorEvent(this.moreFailure));
    } finally {
      this.loadingMore = false;
      this.host.requestUpdate();
    }
  }

  /** Forgets every report: the items show their documents again (the verifier's options changed). */
  resetReports(): void {
    for (const item of this.items) {
      if (!item.report) continue;
      delete item.report;
      const view = this.documentViews.get(item);
      if (view) setView(item, view);
    }
    this.touch();
  }

  /** Listed documents → items with views, a slice at a time, each slice shown as soon as it is ready. */
  private async add(listed: ListedItem[], signal: AbortSignal): Promise<void> {
    let slice: GalleryItem[] = [];
    let started = performance.now();
    const flush = () => {
      this.items.push(...slice);
      slice = [];
      this.touch();
    };
    for (const entry of listed) {
      const index = this.items.length + slice.length;
      let item: GalleryItem;
      if (entry.loaded) {
        const view = await viewOf('card', entry.loaded).catch((error: unknown) => errorDetail(error));
        item = 'title' in view ? makeItem(index, entry.loaded, view) : makeItem(index, entry.loaded, undefined, view);
        if ('title' in view) this.documentViews.set(item, view);
      } else item = makeItem(index, undefined, undefined, entry.error);
      if (item.error) this.host.emit(new CredentialErrorEvent(item.error as CredentialErrorDetail));
      slice.push(item);
      if (performance.now() - started > SLICE_MS) {
        flush();
        await yieldToMain();
        if (signal.aborted) return;
        started = performance.now();
      }
    }
    flush();
  }
}

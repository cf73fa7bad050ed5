import { Task } from '@lit/task';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { query, state } from 'lit/decorators.js';
import { customElement } from '../shared/define.js';
import { CredentialErrorEvent, CredentialLoadEvent, CredentialVerifiedEvent } from '../../events.js';
import { prepareVerifier, verifiedCredential, viewOf } from '../../load/pipeline.js';
import type { CredentialView } from '../../model/types.js';
import type { VerificationReport } from '../../verify/types.js';
import type { VerifyManyOptions } from '../../verify-client/index.js';
import { styles as badgeStyles } from '../credential-badge/credential-badge.styles.js';
import { activeLocale } from '../shared/localize.js';
import { achievementTypeLabel } from '../shared/achievement-types.js';
import { errorMessage } from '../shared/messages.js';
import { tokens } from '../shared/styles.js';
import { styles } from './credential-gallery.styles.js';
import { GalleryProperties, sameList } from './gallery-properties.js';
import { countOutcomes, overallOutcome, select, setView, type GalleryItem, type Query } from './items.js';
import { summaryText, texts } from './messages.js';
import { ListController } from './list-controller.js';
import { renderDialog, type GalleryView } from './render.js';
import { renderFailure, renderList } from './render-list.js';
import { VerifyQueue, type VerifyQueueHost } from './verify-queue.js';
import { WindowController, type WindowRange } from './window-controller.js';

export type { DetailLayout, GalleryVerification } from './gallery-properties.js';

const SEARCH_DELAY_MS = 250;

/**
 * A learner's or a program's credentials as a wall of badges: from a provider's list (paged the way its API pages,
 * more loaded on scroll or with "Show more"), a JSON list at `src`, or the `credentials` property. Only the tiles
 * on screen are rendered and verified (in batches, as they come into view); search, filters by type, issuer and
 * status, and sorting by date or name. A tile opens the credential's card (or certificate) in a dialog.
 *
 * @summary A searchable wall of verified badges: a learner's or a program's credentials.
 *
 * @slot - Fallback content (say a list of links): shown until the list has loaded, and beside an error.
 *
 * @fires {CredentialLoadEvent} credential-load - A page of the list was loaded; `detail` is the list of every credential loaded so far (CredentialView[]).
 * @fires {CredentialVerifiedEvent} credential-verified - One credential was verified; `detail` is its report.
 * @fires {CredentialErrorEvent} credential-error - The list (or a page of it, or one entry) could not be loaded; `detail` is `{ code, message }`.
 *
 * @csspart base - The outer box.
 * @csspart controls - The search, filters and sort.
 * @csspart summary - "48 credentials · 12 checked · 11 verified · 1 expired".
 * @csspart list - The grid of tiles.
 * @csspart tile - One credential's tile (a button that opens it).
 * @csspart image - A tile's badge image.
 * @csspart name - A tile's credential name.
 * @csspart recipient - A tile's recipient (the graduate, the learner), when the credential names one.
 * @csspart issuer - A tile's issuer line.
 * @csspart status - A tile's verification status.
 * @csspart more - The "Show more" row.
 * @csspart dialog - The dialog a tile opens.
 * @csspart error - The error message.
 *
 * @cssprop [--credential-gallery-accent=#1f5fbf] - Links, focus and highlights (falls back to `--credential-accent`).
 * @cssprop [--credential-gallery-surface=#ffffff] - Tile background (falls back to `--credential-surface`).
 * @cssprop [--credential-gallery-ink=#1d2330] - Text colour (falls back to `--credential-ink`).
 * @cssprop [--credential-gallery-border=#c9cfda] - Border colour (falls back to `--credential-border`).
 * @cssprop [--credential-gallery-radius=12px] - Corner radius (falls back to `--credential-radius`).
 * @cssprop [--credential-gallery-font=system-ui] - Font family (falls back to `--credential-font`).
 * @cssprop [--credential-gallery-tile-width=13rem] - The narrowest a tile gets (the grid fits as many as it can).
 * @cssprop [--credential-gallery-image-size=72px] - A tile's badge image size.
 *
 * @cssstate idle - Nothing to list.
 * @cssstate loading - The first page is being fetched.
 * @cssstate ready - The list is shown.
 * @cssstate error - The list could not be loaded.
 * @cssstate pending - Verification is running and nothing is checked yet.
 * @cssstate verified - Every credential checked so far verified.
 * @cssstate warning - The worst checked so far verified with warnings.
 * @cssstate unverifiable - The worst checked so far could not be verified.
 * @cssstate failed - A credential checked so far did not verify.
 */
@customElement('credential-gallery')
export class CredentialGallery extends GalleryProperties implements VerifyQueueHost, GalleryView {
  static override styles = [tokens, badgeStyles, styles];

  private readonly window = new WindowController(this, () => this.grid);
  private readonly queue = new VerifyQueue(this);
  private readonly list = new ListController(this);
  private shownCache: { version: number; key: string; items: GalleryItem[] } | undefined;
  private range: WindowRange = { start: 0, end: 0, before: 0, after: 0 };
  private searchTimer: ReturnType<typeof setTimeout> | undefined;
  private opener: HTMLElement | undefined;
  /**
   * Image URLs that failed to load (the tile shows initials).
   * @internal
   */
  readonly failedImages = new Set<string>();

  @query('.grid') private grid?: HTMLElement;
  @query('dialog') private dialog?: HTMLDialogElement;
  @query('.more') private sentinel?: HTMLElement;

  /** @internal */
  @state() openItem: GalleryItem | undefined;
  private announced = '';

  private readonly loadTask = new Task(this, {
    args: () => [this.listRequest()] as const,
    argsEqual: ([previous], [next]) => sameList(previous, next),
    task: ([request], { signal }) => {
      this.queue.cancel();
      if (this.verify !== 'off') prepareVerifier();
      return this.list.load(request, signal);
    },
  });

  override connectedCallback(): void {
    super.connectedCallback();
    // Work cut short by a removal starts again when the element comes back.
    if (this.list.interrupted) void this.loadTask.run();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    // A removed gallery stops its requests (and its verification: see VerifyQueue).
    if (this.state === 'loading') this.loadTask.abort();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('verify') || changed.has('trustedIssuers') || changed.has('verifyFetch')) this.resetVerification();
    if (changed.has('filterStatus') && this.filterStatus && this.verify !== 'off') void this.verifyAll();
    else if ((changed.has('filterType') || changed.has('filterIssuer') || changed.has('sort') || (changed.has('search') && !this.list.loader?.searches)) && this.query().search + this.filterType + this.filterIssuer + this.sort) {
      // A filter or an order over part of a list would mislead: it covers the whole list (up to max).
      void this.loadMore(true);
    }
    // The live region speaks when the gallery settles (a page loaded, a round of verification done), not per tile.
    const settled = this.state === 'ready' && !this.list.loadingMore && !this.queue.busy;
    this.announced = this.inLocale(() =>
      this.state === 'loading' ? texts.loading() : this.state === 'error' ? errorMessage(this.list.failure?.code ?? 'BAD_RESPONSE') : settled ? this.summary() : this.state === 'idle' ? '' : this.announced,
    );
    const overall = overallOutcome(this.items);
    this.verification = this.verify === 'off' ? 'off' : (overall ?? (this.items.some((item) => item.loaded?.verifiable !== undefined) ? 'pending' : 'off'));
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('state') || changed.has('verification')) this.showStates(this.state, this.verification);
    const grid = this.grid;
    if (grid) {
      // CSSOM, not a style attribute: a strict Content-Security-Policy allows it.
      grid.style.paddingBlockStart = `${this.range.before}px`;
      grid.style.paddingBlockEnd = `${this.range.after}px`;
      if (this.verify !== 'off') this.queue.watch(grid.querySelectorAll('li[data-index]'));
    }
    this.list.watch(this.sentinel);
  }

  // ---- loading ----------------------------------------------------------------------------------------------

  /** Loads the next page, or (`all`) every page left. */
  loadMore(all = false): Promise<void> {
    return this.list.loadMore(all);
  }

  /** Loads every page left (up to `max`) and verifies every credential not checked yet, in batches. */
  async verifyAll(): Promise<void> {
    await this.loadMore(true);
    if (this.verify !== 'off') await this.queue.all(this.list.items);
  }

  /** Loads the list again. */
  reload(): void {
    void this.loadTask.run();
  }

  /**
   * Dispatches one of the typed events (documented with @fires above).
   * @internal
   */
  emit(event: CredentialLoadEvent<readonly CredentialView[]> | CredentialVerifiedEvent | CredentialErrorEvent): void {
    this.dispatchEvent(event);
  }

  // ---- verification -------------------------------------------------------------------------------------------

  /** @internal */
  itemAt(index: number): GalleryItem | undefined {
    return this.items[index];
  }

  /** @internal */
  verifyOptions(): VerifyManyOptions {
    return { ...(this.trustedIssuers ? { trustedIssuers: [...this.trustedIssuers] } : {}), ...(this.verifyFetch ? { fetch: this.verifyFetch } : {}) };
  }

  /**
   * Verifies credentials in batches (the verify client's `requestVerifications`); a test may answer instead.
   * @internal
   */
  async *verifyMany(inputs: unknown[], options: VerifyManyOptions): AsyncGenerator<{ index: number; report: VerificationReport }> {
    const { requestVerifications } = await import('../../verify-client/index.js');
    yield* requestVerifications(inputs, options);
  }

  /** @internal */
  async verified(item: GalleryItem, report: VerificationReport): Promise<void> {
    item.report = report;
    this.list.touch();
    this.emit(new CredentialVerifiedEvent(report));
    // Once verified, a tile shows what was verified, not what was served.
    const signed = verifiedCredential(report);
    if (!item.loaded || !signed) return;
    const view = await viewOf('card', item.loaded, signed).catch(() => undefined);
    if (view && item.report === report) {
      setView(item, view);
      this.list.touch();
    }
  }

  private resetVerification(): void {
    this.queue.cancel();
    this.list.resetReports();
  }

  // ---- what shows ---------------------------------------------------------------------------------------------

  /** @internal */
  query(): Query {
    return { search: this.search, type: this.filterType, issuer: this.filterIssuer, status: this.filterStatus, sort: this.sort };
  }

  /**
   * The items the search, filters and sort choose (worked out again only when an item or the query changes).
   * @internal
   */
  shown(): GalleryItem[] {
    const query = this.query();
    // The search also finds types in the reader's words, so the language is part of the query.
    const key = JSON.stringify([query, this.verify, !!this.list.loader?.searches, activeLocale()]);
    if (this.shownCache?.version !== this.list.version || this.shownCache.key !== key) {
      this.shownCache = { version: this.list.version, key, items: select(this.items, query, this.verify !== 'off', !!this.list.loader?.searches, achievementTypeLabel) };
    }
    return this.shownCache.items;
  }

  /** @internal */
  summary(): string {
    const { loader, items } = this.list;
    const total = Math.max(loader?.total ?? items.length, items.length);
    return summaryText(total, !!loader && !loader.done && loader.total === undefined, countOutcomes(items));
  }

  /**
   * Every credential loaded so far, in list order.
   * @internal
   */
  get items(): GalleryItem[] {
    return this.list.items;
  }

  // ---- handlers -----------------------------------------------------------------------------------------------

  /** @internal */
  setQuery(field: 'search' | 'filterType' | 'filterIssuer' | 'filterStatus' | 'sort', value: string): void {
    if (field !== 'search') {
      (this as unknown as Record<string, string>)[field] = value;
      return;
    }
    clearTimeout(this.searchTimer);
    this.searchTimer = setTimeout(() => (this.search = value), SEARCH_DELAY_MS);
  }

  /** @internal */
  clearQuery(): void {
    clearTimeout(this.searchTimer);
    this.search = this.filterType = this.filterIssuer = this.filterStatus = this.sort = '';
  }

  /**
   * Opens an item's card in the dialog; focus goes back to `opener` when it closes.
   * @internal
   */
  async open(item: GalleryItem, opener: HTMLElement): Promise<void> {
    this.opener = opener;
    await import('./gallery-card.js');
    this.openItem = item;
    await this.updateComplete;
    if (!this.dialog?.open) this.dialog?.showModal();
  }

  /** @internal */
  closeDialog(): void {
    this.dialog?.close();
  }

  /** @internal */
  async dialogClosed(): Promise<void> {
    const item = this.openItem;
    this.openItem = undefined;
    await this.updateComplete;
    // The tile may have been re-rendered (or scrolled away) meanwhile: find it again by its item.
    const tile = this.opener?.isConnected ? this.opener : item && this.renderRoot.querySelector<HTMLElement>(`li[data-index="${item.index}"] button`);
    tile?.focus();
  }

  // ---- render -------------------------------------------------------------------------------------------------

  private renderReady(): TemplateResult {
    const shown = this.shown();
    this.range = this.window.range(shown.length);
    return renderList(this, this.list, shown, this.range);
  }

  override render(): TemplateResult {
    return html`<div part="base" class="base" dir=${this.textDirection} lang=${this.textLanguage ?? nothing}>
      ${this.state === 'error'
        ? renderFailure(this, this.list.failure)
        : this.state === 'ready'
          ? this.renderReady()
          : html`<slot>${this.state === 'loading' ? html`<span class="skeleton">${texts.loading()}</span>` : nothing}</slot>`}
      <div class="visually-hidden" role="status" aria-live="polite">${this.announced}</div>
      ${renderDialog(this)}
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'credential-gallery': CredentialGallery;
  }
}

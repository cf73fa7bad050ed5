/**
 * The gallery's body in its two settled states: the list (controls, summary, the window of tiles on screen, the
 * "Show more" row) and the failure that replaced it (with the page's fallback content beside it).
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { CredentialErrorDetail } from '../../events.js';
import { errorMessage } from '../shared/messages.js';
import type { GalleryItem } from './items.js';
import { texts } from './messages.js';
import { renderControls, renderTile, type GalleryView } from './render.js';
import type { WindowRange } from './window-controller.js';

/** Where the list's loading stands, as the list controller tells it. */
export interface ListProgress {
  readonly loadingMore: boolean;
  readonly moreToLoad: boolean;
  readonly moreFailure: CredentialErrorDetail | undefined;
}

/** What the list's markup reads beyond the tiles, and calls back. */
export interface ListView extends GalleryView {
  readonly label?: string | undefined;
  summary(): string;
  clearQuery(): void;
  loadMore(): Promise<void>;
  reload(): void;
}

/** The list: `shown` are the items the query chose, `range` the part of them on screen. */
export function renderList(gallery: ListView, progress: ListProgress, shown: GalleryItem[], range: WindowRange): TemplateResult {
  const { start, end } = range;
  const filtered = shown.length === 0 && gallery.items.length > 0;
  return html`${renderControls(gallery)}
    <p class="summary" part="summary">${gallery.summary()}</p>
    ${shown.length
      ? html`<ul class="grid" part="list" role="list" aria-label=${gallery.label || texts.label()} aria-busy=${progress.loadingMore ? 'true' : 'false'}>
          ${shown.slice(start, end).map((item, offset) => renderTile(gallery, item, start + offset, shown.length))}
        </ul>`
      : html`<p class="empty">
          ${filtered ? html`${texts.noMatch()} <button type="button" @click=${() => gallery.clearQuery()}>${texts.clear()}</button>` : texts.empty()}
        </p>`}
    <div class="more" part="more">
      ${progress.moreFailure
        ? html`<span class="error-inline" role="alert">${errorMessage(progress.moreFailure.code)}</span>
            <button type="button" @click=${() => void gallery.loadMore()}>${texts.retry()}</button>`
        : progress.loadingMore
          ? html`<span>${texts.loadingMore()}</span>`
          : progress.moreToLoad
            ? html`<button type="button" @click=${() => void gallery.loadMore()}>${texts.showMore()}</button>`
            : nothing}
    </div>`;
}

/** The list could not be loaded: what went wrong, in words and as a code, a retry, and the page's fallback. */
export function renderFailure(gallery: ListView, failure: CredentialErrorDetail | undefined): TemplateResult {
  return html`<div class="error" part="error" role="alert">
      <strong class="error-title">${errorMessage(failure?.code ?? 'BAD_RESPONSE')}</strong>
      <span class="error-code">${failure?.code ?? ''}</span>
      <button type="button" @click=${() => gallery.reload()}>${texts.retry()}</button>
    </div>
    <slot></slot>`;
}

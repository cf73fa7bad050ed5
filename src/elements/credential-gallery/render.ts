/**
 * The gallery's markup: the controls (search, filters, sort), a tile (the `<credential-badge>` badge layout: its
 * image, name, issuer and status chip, with the recipient's name, as one button), and the dialog a tile opens.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { VerificationReport } from '../../verify/types.js';
import { renderBadgeImage } from '../credential-badge/image.js';
import { achievementTypeLabel } from '../shared/achievement-types.js';
import { statusIcon } from '../shared/icon.js';
import { activeTag } from '../shared/localize.js';
import type { VerifyMode } from '../shared/types.js';
import { choices, outcomeOf, type GalleryItem, type Outcome, type Query } from './items.js';
import { outcomeLabel, texts } from './messages.js';

/** What the markup reads from the element and calls back. */
export interface GalleryView {
  readonly items: GalleryItem[];
  readonly verify: VerifyMode;
  readonly failedImages: Set<string>;
  readonly openItem: GalleryItem | undefined;
  readonly detailLayout: string;
  readonly trustedIssuers?: string[] | undefined;
  readonly verifyFetch?: typeof fetch | undefined;
  query(): Query;
  setQuery(field: 'search' | 'filterType' | 'filterIssuer' | 'filterStatus' | 'sort', value: string): void;
  open(item: GalleryItem, opener: HTMLElement): Promise<void>;
  closeDialog(): void;
  dialogClosed(): Promise<void>;
  verified(item: GalleryItem, report: VerificationReport): Promise<void>;
  requestUpdate(): void;
}

/** The chip's look for an outcome (the shared chip styles know verified, warning, unverifiable, failed and pending). */
function chipStatus(outcome: Outcome): string {
  return outcome === 'expired' || outcome === 'revoked' || outcome === 'suspended' || outcome === 'error' ? 'failed' : outcome;
}

function iconStatus(outcome: Outcome): Parameters<typeof statusIcon>[0] {
  const status = chipStatus(outcome);
  return status === 'verified' || status === 'warning' || status === 'unverifiable' || status === 'failed' || status === 'pending' ? status : 'off';
}

export function renderTile(gallery: GalleryView, item: GalleryItem, position: number, total: number): TemplateResult {
  const outcome = outcomeOf(item, gallery.verify !== 'off');
  const label = outcomeLabel(outcome, gallery.verify === 'off', item.report);
  const view = item.view;
  const chip = html`<span class="chip" part="status" data-status=${chipStatus(outcome)} data-outcome=${outcome}>${statusIcon(iconStatus(outcome))}<span>${label}</span></span>`;
  return html`<li class="cell" data-index=${item.index} aria-setsize=${total} aria-posinset=${position + 1}>
    ${view
      ? html`<button type="button" class="tile credential" part="tile" data-outcome=${outcome} @click=${(event: Event) => void gallery.open(item, event.currentTarget as HTMLElement)}>
          <span class="media"
            >${renderBadgeImage(view, {
              alt: '',
              failed: view.image && gallery.failedImages.has(view.image.url) ? view.image.url : undefined,
              onError: (url) => {
                gallery.failedImages.add(url);
                gallery.requestUpdate();
              },
            })}</span
          >
          <span class="body">
            <span class="name" part="name">${view.title}</span>
            ${view.recipient?.name ? html`<span class="recipient" part="recipient">${view.recipient.name}</span>` : nothing}
            ${view.issuer?.name ? html`<span class="issuer" part="issuer">${texts.issuedBy(view.issuer.name)}</span>` : nothing} ${chip}
          </span>
        </button>`
      : html`<div class="tile credential" part="tile" data-outcome="error">
          <span class="body"><span class="name" part="name">${label}</span> <span class="error-code">${item.error?.code ?? ''}</span></span>
        </div>`}
  </li>`;
}

/** Choices in the order of their labels, as the element's language sorts them. */
function byLabel(options: Array<[string, string]>): Array<[string, string]> {
  const collator = new Intl.Collator(activeTag(), { sensitivity: 'base', numeric: true });
  return options.sort(([, a], [, b]) => collator.compare(a, b));
}

function select(label: string, value: string, options: Array<[string, string]>, onChange: (value: string) => void): TemplateResult {
  return html`<label class="control"
    ><span>${label}</span>
    <select .value=${value} @change=${(event: Event) => onChange((event.target as HTMLSelectElement).value)}>
      ${options.map(([option, text]) => html`<option value=${option} ?selected=${option === value}>${text}</option>`)}
    </select></label
  >`;
}

export function renderControls(gallery: GalleryView): TemplateResult {
  const query = gallery.query();
  const all = texts.all();
  const withCurrent = (values: string[], current: string) => (current && !values.includes(current) ? [...values, current] : values);
  const types = withCurrent(choices(gallery.items, 'type'), query.type);
  const issuers = withCurrent(choices(gallery.items, 'issuer'), query.issuer);
  return html`<div class="controls" part="controls">
    <label class="control search"
      ><span>${texts.search()}</span>
      <input type="search" .value=${query.search} @input=${(event: Event) => gallery.setQuery('search', (event.target as HTMLInputElement).value)} />
    </label>
    ${types.length > 1 || query.type ? select(texts.type(), query.type, [['', all], ...byLabel(types.map((type): [string, string] => [type, achievementTypeLabel(type)]))], (value) => gallery.setQuery('filterType', value)) : nothing}
    ${issuers.length > 1 || query.issuer ? select(texts.issuer(), query.issuer, [['', all], ...issuers.map((issuer): [string, string] => [issuer, issuer])], (value) => gallery.setQuery('filterIssuer', value)) : nothing}
    ${gallery.verify !== 'off'
      ? select(
          texts.status(),
          query.status,
          [
            ['', all],
            ['verified', texts.verified()],
            ['expired', texts.expired()],
            ['revoked', texts.revoked()],
            ['not-verified', texts.notVerified()],
          ],
          (value) => gallery.setQuery('filterStatus', value),
        )
      : nothing}
    ${select(
      texts.sort(),
      query.sort,
      [
        ['', texts.asListed()],
        ['date', texts.newest()],
        ['name', texts.byName()],
      ],
      (value) => gallery.setQuery('sort', value),
    )}
  </div>`;
}

export function renderDialog(gallery: GalleryView): TemplateResult {
  const item = gallery.openItem;
  return html`<dialog part="dialog" aria-labelledby="dialog-title" @close=${() => void gallery.dialogClosed()}>
    ${item?.view
      ? html`<div class="dialog-head">
            <h2 id="dialog-title">${item.view.title}</h2>
            <button type="button" class="close" @click=${() => gallery.closeDialog()}>${texts.close()}</button>
          </div>
          <credential-gallery-card
            .item=${item}
            .onVerified=${(report: VerificationReport) => void gallery.verified(item, report)}
            .verify=${gallery.verify}
            .trustedIssuers=${gallery.trustedIssuers}
            .verifyFetch=${gallery.verifyFetch}
            layout=${gallery.detailLayout === 'certificate' ? 'certificate' : 'card'}
          ></credential-gallery-card>`
      : nothing}
  </dialog>`;
}

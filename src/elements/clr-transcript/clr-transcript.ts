import { msg, str } from '@lit/localize';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import type { TranscriptEntry, TranscriptView } from '../../model/types.js';
import { formatDate } from '../../render/format-date.js';
import type { ReportStatus, VerificationReport } from '../../verify/types.js';
import type { AnnouncementTexts } from '../shared/announce.js';
import { renderChip, renderLastVerified } from '../shared/chip.js';
import { statusIcon } from '../shared/icon.js';
import { renderChecks } from '../shared/lazy-checks.js';
import { progressLabel, verificationLabel } from '../shared/messages.js';
import { ProviderCredentialElement } from '../shared/provider-element.js';
import { customElement } from '../shared/define.js';
import { panel, tokens } from '../shared/styles.js';
import type { VerificationState } from '../shared/types.js';
import { styles } from './clr-transcript.styles.js';
import { downloadOriginal } from './download.js';
import { achievementTypes, filterRows, rowPath, transcriptRows, type TranscriptRow } from './rows.js';

/**
 * A CLR 2.0 Comprehensive Learner Record as a transcript a registrar would recognize: the learner and the
 * institution, achievements grouped by the association graph (program ▸ courses ▸ competencies), results, credits
 * per term and overall, and a verification chip per nested credential plus one for the record, with progress while
 * it verifies. Search, filter by type, print, and download the original JSON. Long lists stay smooth: rows use
 * `content-visibility: auto`, so the browser lays out and paints only the rows on screen.
 *
 * @summary Shows and verifies a CLR 2.0 record as a transcript.
 *
 * @slot - Fallback content (say a link to the record): shown until the record has loaded, and beside an error.
 *
 * @fires {CredentialLoadEvent} credential-load - The record was loaded; `detail` is its TranscriptView.
 * @fires {CredentialVerifiedEvent} credential-verified - Verification of the whole record finished; `detail` is the report.
 * @fires {CredentialErrorEvent} credential-error - Loading failed; `detail` is `{ code, message }`.
 *
 * @csspart base - The outer box.
 * @csspart header - Learner, institution, record status.
 * @csspart status - The record's verification chip.
 * @csspart progress - "Verified 12 of 48" while verifying.
 * @csspart checks - The panel of the record's checks.
 * @csspart last-verified - When the record was last verified.
 * @csspart toolbar - Search, type filter, print and download.
 * @csspart credits - Credits per term and overall.
 * @csspart list - The list of achievements.
 * @csspart row - One achievement.
 * @csspart row-status - The verification chip of one nested credential.
 * @csspart retry - "Retry" beside the chip when verification could not be completed right now.
 * @csspart error - The error message.
 *
 * @cssprop [--credential-transcript-accent=#1f5fbf] - Links, focus and highlights (falls back to `--credential-accent`).
 * @cssprop [--credential-transcript-surface=#ffffff] - Background (falls back to `--credential-surface`).
 * @cssprop [--credential-transcript-ink=#1d2330] - Text colour (falls back to `--credential-ink`).
 * @cssprop [--credential-transcript-border=#c9cfda] - Rules and borders (falls back to `--credential-border`).
 * @cssprop [--credential-transcript-radius=12px] - Corner radius (falls back to `--credential-radius`).
 * @cssprop [--credential-transcript-row-height=3.25rem] - Estimated row height, for off-screen rows.
 *
 * @cssstate loading - The record is being fetched.
 * @cssstate ready - The record is shown.
 * @cssstate error - The record could not be loaded.
 * @cssstate pending - Verification is running.
 * @cssstate verified - Every check passed, in every nested credential.
 * @cssstate warning - Verified, with warnings.
 * @cssstate unverifiable - A look-up that decides authenticity (the issuer's key, a DID document) could not be made right now.
 * @cssstate failed - A check failed.
 */
@customElement('clr-transcript')
export class ClrTranscript extends ProviderCredentialElement<TranscriptView> {
  static override styles = [tokens, panel, styles];

  protected readonly viewPurpose = 'transcript' as const;

  @state() private query = '';
  @state() private typeFilter = '';
  @state() private checksOpen = false;
  /** The outcome of each nested credential, by credential id, as verification reports them. */
  @state() private entryStatus = new Map<string, { status: ReportStatus; report: VerificationReport }>();

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('loaded' as keyof ClrTranscript)) {
      this.entryStatus = new Map();
      this.checksOpen = false;
    }
    if (changed.has('report' as keyof ClrTranscript) && this.report) {
      // The final report has every child: fill in any the progress callback did not.
      const map = new Map(this.entryStatus);
      for (const child of this.report.children) if (child.summary.id) map.set(child.summary.id, { status: child.status, report: child });
      this.entryStatus = map;
    }
  }

  protected override onChildVerified(report: VerificationReport): void {
    if (!report.summary.id) return;
    const map = new Map(this.entryStatus);
    map.set(report.summary.id, { status: report.status, report });
    this.entryStatus = map;
  }

  private entryState(entry: TranscriptEntry): VerificationState {
    const known = this.entryStatus.get(entry.credential.id);
    if (known) return known.status;
    if (entry.credential.verifiable === undefined) return 'off';
    return this.verification === 'pending' ? 'pending' : this.verification === 'off' ? 'off' : 'pending';
  }

  private entryLabel(entry: TranscriptEntry, status: VerificationState): string {
    if (status === 'off' && entry.credential.verifiable === undefined) return msg('Listed', { id: 'transcript.listed' });
    if (status === 'off') return msg('Not checked', { id: 'checkstatus.skipped' });
    if (status === 'pending') return msg('Checking…', { id: 'transcript.checking' });
    return verificationLabel(status);
  }

  private get announcementTexts(): AnnouncementTexts {
    return {
      loading: msg('Loading the record…', { id: 'transcript.loading' }),
      pending: msg('Verifying the record…', { id: 'transcript.verifying' }),
    };
  }

  private renderHeader(view: TranscriptView): TemplateResult {
    const issued = formatDate(view.issued, this.locale);
    const learner = view.learner.name ?? view.learner.email ?? view.learner.id;
    return html`<header class="header" part="header">
      <div class="titles">
        <h2 class="record-title" id="title">${view.title}</h2>
        <dl class="who">
          ${learner ? html`<div><dt>${msg('Learner', { id: 'transcript.learner' })}</dt><dd>${learner}</dd></div>` : nothing}
          <div><dt>${msg('Institution', { id: 'transcript.institution' })}</dt><dd>${view.issuer.name}</dd></div>
          ${issued ? html`<div><dt>${msg('Issued', { id: 'badge.issued' })}</dt><dd><time datetime=${view.issued!}>${issued}</time></dd></div>` : nothing}
        </dl>
      </div>
      <div class="record-status">
        ${renderChip({
          state: this.verification,
          expanded: this.checksOpen,
          controls: 'checks',
          label:
            this.verification === 'off' && this.verify !== 'off'
              ? msg('Not signed', { id: 'transcript.unsigned' })
              : verificationLabel(this.verification),
          onToggle: () => (this.checksOpen = !this.checksOpen),
          onRetry: () => this.reverify(),
        })}
        ${this.progress && this.verification === 'pending'
          ? html`<span class="progress" part="progress">
              <progress max=${this.progress.total} value=${this.progress.done} aria-hidden="true"></progress>
              ${progressLabel(this.progress.done, this.progress.total)}
            </span>`
          : nothing}
        ${renderLastVerified(this.report, this.locale)}
      </div>
      ${this.report ? renderChecks(this.report, 'checks', !this.checksOpen) : nothing}
    </header>`;
  }

  private renderCredits(view: TranscriptView): TemplateResult | typeof nothing {
    const terms = Object.entries(view.credits.byTerm);
    if (!terms.length) return nothing;
    return html`<section class="credits" part="credits" aria-labelledby="credits-title">
      <h3 id="credits-title">${msg('Credits', { id: 'badge.credits' })}</h3>
      <table>
        <thead>
          <tr>
            <th scope="col">${msg('Term', { id: 'transcript.term' })}</th>
            <th scope="col">${msg('Credits', { id: 'badge.credits' })}</th>
          </tr>
        </thead>
        <tbody>
          ${terms.map(([term, credits]) => html`<tr><th scope="row">${term}</th><td>${credits}</td></tr>`)}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">${msg('Total', { id: 'transcript.total' })}</th>
            <td class="total">${view.credits.total}</td>
          </tr>
        </tfoot>
      </table>
    </section>`;
  }

  private renderToolbar(view: TranscriptView): TemplateResult {
    const types = achievementTypes(view);
    return html`<div class="toolbar" part="toolbar" role="search">
      <label class="field">
        <span>${msg('Search', { id: 'transcript.search' })}</span>
        <input type="search" .value=${this.query} @input=${(event: Event) => (this.query = (event.target as HTMLInputElement).value)} />
      </label>
      <label class="field">
        <span>${msg('Type', { id: 'badge.type' })}</span>
        <select @change=${(event: Event) => (this.typeFilter = (event.target as HTMLSelectElement).value)}>
          <option value="" ?selected=${!this.typeFilter}>${msg('All types', { id: 'transcript.all-types' })}</option>
          ${types.map((type) => html`<option value=${type} ?selected=${type === this.typeFilter}>${type}</option>`)}
        </select>
      </label>
      <span class="spacer"></span>
      <button type="button" @click=${() => window.print()}>${msg('Print', { id: 'transcript.print' })}</button>
      <button type="button" @click=${() => this.loaded && downloadOriginal(this.loaded, this.shadowRoot, 'clr')}>${msg('Download JSON', { id: 'transcript.download' })}</button>
    </div>`;
  }

  private renderRow(row: TranscriptRow, filtered: boolean): TemplateResult {
    const { entry, depth } = row;
    const path = filtered ? rowPath(row) : [];
    const credential = entry.credential;
    const status = this.entryState(entry);
    const grade = credential.results.find((result) => !/term/i.test(result.label));
    const date = formatDate(credential.issued, this.locale);
    const child = this.entryStatus.get(credential.id)?.report;
    return html`<li class="row" part="row" data-depth=${Math.min(depth, 4)} data-type=${credential.achievementType ?? ''}>
      <details>
        <summary>
          <span class="name">
            ${filtered && path.length ? html`<span class="path">${path.join(' ▸ ')} ▸ </span>` : nothing}
            <span class="title">${credential.title}</span>
            ${credential.achievementType ? html`<span class="type">${credential.achievementType}</span>` : nothing}
          </span>
          <span class="term">${entry.term ?? ''}</span>
          <span class="grade">${grade ? html`<span class="visually-hidden">${grade.label}: </span>${grade.value}` : ''}</span>
          <span class="credits-cell">${credential.credits !== undefined ? msg(str`${credential.credits} cr`, { id: 'transcript.credits-short' }) : ''}</span>
          <span class="chip small" part="row-status" data-status=${status}>${statusIcon(status)}<span>${this.entryLabel(entry, status)}</span></span>
        </summary>
        <div class="more">
          ${credential.description ? html`<p>${credential.description}</p>` : nothing}
          ${date ? html`<p>${msg('Issued', { id: 'badge.issued' })}: <time datetime=${credential.issued!}>${date}</time></p>` : nothing}
          ${credential.results.length
            ? html`<ul class="results">
                ${credential.results.map((result) => html`<li>${result.label}: <strong>${result.value}</strong></li>`)}
              </ul>`
            : nothing}
          ${child ? renderChecks(child, `checks-${encodeURIComponent(credential.id)}`) : nothing}
        </div>
      </details>
    </li>`;
  }

  override render(): TemplateResult {
    const view = this.view;
    if (this.state !== 'ready' || !view) {
      return html`<div part="base" class="base">
        ${this.state === 'error'
          ? this.renderError()
          : this.renderFallback(
              this.state === 'loading' ? html`<span class="skeleton">${msg('Loading the record…', { id: 'transcript.loading' })}</span>` : nothing,
            )}
        ${this.renderLiveRegion(this.announcementTexts)}
      </div>`;
    }
    const all = transcriptRows(view);
    const rows = filterRows(all, this.query, this.typeFilter);
    const filtered = rows.length !== all.length;
    return html`<article part="base" class="base" aria-labelledby="title">
      ${this.renderHeader(view)} ${this.renderToolbar(view)}
      <p class="count" aria-live="polite">
        ${filtered
          ? msg(str`Showing ${rows.length} of ${all.length} achievements`, { id: 'transcript.showing' })
          : msg(str`${all.length} achievements`, { id: 'transcript.count' })}
      </p>
      <ul class="list" part="list" aria-label=${msg('Achievements', { id: 'transcript.achievements' })}>
        ${repeat(
          rows,
          (row) => row.entry.achievementId,
          (row) => this.renderRow(row, filtered),
        )}
      </ul>
      ${this.renderCredits(view)}
      ${this.renderLiveRegion(this.announcementTexts)}
    </article>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'clr-transcript': ClrTranscript;
  }
}

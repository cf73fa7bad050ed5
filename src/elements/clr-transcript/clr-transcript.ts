import { msg, str } from '@lit/localize';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { state } from 'lit/decorators.js';
import type { TranscriptView } from '../../model/types.js';
import type { ReportStatus, VerificationReport } from '../../verify/types.js';
import { achievementTypeLabel } from '../shared/achievement-types.js';
import type { AnnouncementTexts } from '../shared/announce.js';
import { counterStyle, countMessage, formatNumber, isolate } from '../shared/intl.js';
import { termLabel } from '../shared/model-words.js';
import { verificationLabel } from '../shared/messages.js';
import { ProviderCredentialElement } from '../shared/provider-element.js';
import { customElement } from '../shared/define.js';
import { rovingStop } from '../shared/roving-focus.js';
import { moveBetweenRows, toggledRows } from './row-keys.js';
import { panel, tokens } from '../shared/styles.js';
import { styles } from './clr-transcript.styles.js';
import { recordStyles } from './render-record.styles.js';
import { downloadOriginal } from './download.js';
import { printRecord, watchPrinting, type PrintHeader } from './print.js';
import { recordLayout, type RecordLayout } from './record.js';
import { renderRecordHeader, renderRecordToolbar, type RecordHeader, type RecordToolbar } from './render-header.js';
import { renderColumns, renderRecord, renderRecordTotals, type RecordContext } from './render-record.js';
import { matchingRows, withOutcome, type TranscriptRow } from './rows.js';
import { yieldToMain } from '../../load/yield.js';

/** Rows rendered per task: a 500-row record takes twenty-five short tasks, not one long one. */
const ROW_CHUNK = 20;

/**
 * A CLR 2.0 Comprehensive Learner Record as a transcript a registrar would sign: the learner (name and student id)
 * and the institution; term blocks in date order, each course with its grade and credits and the competencies under
 * it, with the term's credits and GPA; the degrees conferred, with the cumulative GPA; the record's credits attempted
 * and earned. One row per nested credential (a course taken twice is two rows; the totals count it once, at its best
 * result), each with its verification chip, and one chip for the record, with progress while it verifies. Search and
 * filter by type; Print prints the whole record, whatever the filter, with a running header and page numbers;
 * download the original JSON. The rows are one tab stop (arrow keys, Home and End move between them), with a link
 * to skip past them. Long lists stay smooth: rows use `content-visibility: auto`.
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
 * @csspart lifecycle - "This credential has expired / has been revoked / …", for the record.
 * @csspart toolbar - Search, type filter, print and download.
 * @csspart list - The list of one term's (or the awards') rows.
 * @csspart row - One nested credential.
 * @csspart row-status - The verification chip of one nested credential.
 * @csspart credits - The record's totals: credits attempted and earned, cumulative GPA.
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
  static override styles = [tokens, panel, styles, recordStyles];

  protected readonly viewPurpose = 'transcript' as const;
  protected readonly defaultHeadingLevel = 2;

  private stopPrinting: (() => void) | undefined;
  /** Whether a task is on its way to render the next chunk of rows. */
  private growing = false;
  /** The layout of the current view (made again only when the view changes). */
  private layoutCache: { view: TranscriptView; layout: RecordLayout } | undefined;

  @state() private query = '';
  @state() private typeFilter = '';
  @state() private checksOpen = false;
  /** The key of the row that holds the row list's tab stop. */
  @state() private stopKey: string | undefined;
  /** How many rows are rendered: a long record renders a chunk of rows per task, so that no task runs long. */
  @state() private rowLimit = ROW_CHUNK;
  /** The keys of the rows open now (each shows its panel of checks). */
  @state() private openRows: ReadonlySet<string> = new Set();
  /** The outcome of each nested credential, by credential id, as verification reports them. */
  @state() private entryStatus = new Map<string, { status: ReportStatus; report: VerificationReport }>();

  override connectedCallback(): void {
    super.connectedCallback();
    this.stopPrinting = watchPrinting(this);
    window.addEventListener('beforeprint', this.renderAllRows);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.stopPrinting?.();
    window.removeEventListener('beforeprint', this.renderAllRows);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('loaded' as keyof ClrTranscript)) {
      this.entryStatus = new Map();
      this.checksOpen = false;
      this.rowLimit = ROW_CHUNK;
      this.openRows = new Set();
    }
    if (changed.has('report' as keyof ClrTranscript) && this.report) {
      // The final report has every child: the rows' outcomes are read from it alone (a row already shown with the
      // same outcome keeps its report, so that it is not rendered again).
      const map = new Map<string, { status: ReportStatus; report: VerificationReport }>();
      for (const child of this.report.children) withOutcome(map, child);
      for (const [id, outcome] of map) {
        const shown = this.entryStatus.get(id);
        if (shown?.status === outcome.status) map.set(id, shown);
      }
      this.entryStatus = map;
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    // The next chunk of rows, in a task of its own, once this one is on the page.
    if (this.growing || !this.view || this.rowLimit >= this.layoutOf(this.view).rows.length) return;
    this.growing = true;
    void yieldToMain().then(() => {
      this.growing = false;
      this.rowLimit += ROW_CHUNK;
    });
  }

  /** A page that prints prints every row, rendered or not yet. */
  private readonly renderAllRows = (): void => {
    if (!this.view || this.rowLimit >= this.layoutOf(this.view).rows.length) return;
    this.rowLimit = Infinity;
    this.performUpdate();
  };

  protected override onChildVerified(report: VerificationReport): void {
    if (!report.summary.id) return;
    this.entryStatus = withOutcome(new Map(this.entryStatus), report);
  }

  /** The running header and page numbers of a printed record (print.ts). */
  printHeader(): PrintHeader | undefined {
    const view = this.view;
    if (!view) return undefined;
    return this.inLocale(() => {
      const [before = '', between = '', after = ''] = msg(str`Page ${'\u0001'} of ${'\u0002'}`, { id: 'transcript.page' }).split(/[\u0001\u0002]/);
      return {
        header: [view.issuer.name, this.learnerLine(view)] as const,
        pageLabel: [before, between, after] as const,
        direction: this.textDirection,
        digits: counterStyle(this.locale),
      };
    });
  }

  private layoutOf(view: TranscriptView): RecordLayout {
    if (this.layoutCache?.view !== view) this.layoutCache = { view, layout: recordLayout(view) };
    return this.layoutCache.layout;
  }

  private rowStatus(row: TranscriptRow): ReturnType<RecordContext['status']> {
    const credential = row.entry.credential;
    const known = this.entryStatus.get(credential.id);
    if (known) return { state: known.status, label: verificationLabel(known.status, known.report), report: known.report };
    if (credential.verifiable === undefined) return { state: 'off', label: msg('Listed', { id: 'transcript.listed' }) };
    if (this.verification === 'off') return { state: 'off', label: msg('Not checked', { id: 'checkstatus.skipped' }) };
    return { state: 'pending', label: msg('Checking…', { id: 'transcript.checking' }) };
  }

  /** The learner as a registrar names them: name and student id (never an email address or a DID). */
  private learnerLine(view: TranscriptView): string {
    const { name, studentId } = view.learner;
    const id = studentId ? msg(str`Student ID ${isolate(studentId)}`, { id: 'transcript.student-id' }) : undefined;
    return [name, id].filter(Boolean).join(' · ');
  }

  private get announcementTexts(): AnnouncementTexts {
    return {
      loading: msg('Loading the record…', { id: 'transcript.loading' }),
      pending: msg('Verifying the record…', { id: 'transcript.verifying' }),
    };
  }

  /** Arrow keys, Home and End move the focus between the rows that are shown (row-keys.ts). */
  private onRowKey(event: KeyboardEvent): void {
    const key = moveBetweenRows(event, this.renderRoot, this.textDirection);
    if (key !== undefined) this.stopKey = key;
  }

  /** A row opened or closed (`toggle` does not bubble: the record listens in the capture phase). */
  private readonly onRowToggle = {
    capture: true,
    handleEvent: (event: Event): void => {
      const open = toggledRows(event, this.openRows);
      if (open) this.openRows = open;
    },
  };

  private onRowFocus(event: FocusEvent): void {
    const row = (event.target as HTMLElement).closest<HTMLElement>('.row');
    if (row && (event.target as HTMLElement).localName === 'summary') this.stopKey = row.dataset['key'];
  }

  /** The skip link: to the record's totals, past every row (fragment links can't reach into a shadow root). */
  private skipRows(event: Event): void {
    event.preventDefault();
    this.renderRoot.querySelector<HTMLElement>('#after-rows')?.focus();
  }

  private get header(): RecordHeader {
    return {
      level: this.level,
      locale: this.locale,
      verification: this.verification,
      verify: this.verify,
      report: this.report,
      progress: this.progress,
      checksOpen: this.checksOpen,
      toggleChecks: () => (this.checksOpen = !this.checksOpen),
      retry: () => this.reverify(),
    };
  }

  private get toolbar(): RecordToolbar {
    return {
      query: this.query,
      typeFilter: this.typeFilter,
      search: (query) => (this.query = query),
      filter: (type) => (this.typeFilter = type),
      print: () => printRecord(this),
      download: () => this.loaded && downloadOriginal(this.loaded, this.shadowRoot, 'clr'),
    };
  }

  private renderBody(view: TranscriptView): TemplateResult {
    const layout = this.layoutOf(view);
    const total = layout.rows.length;
    if (!total) return html`<p class="empty">${msg('This record lists no achievements.', { id: 'transcript.empty' })}</p>`;
    const filtered = !!(this.query.trim() || this.typeFilter);
    const shown = filtered ? matchingRows(layout.rows, this.query, this.typeFilter, achievementTypeLabel, termLabel) : undefined;
    const shownKeys = layout.rows.map((row) => row.entry.key).filter((key) => !shown || shown.has(key));
    const context: RecordContext = {
      locale: this.locale,
      level: this.level + 1,
      shown,
      stop: rovingStop(shownKeys, this.stopKey),
      limit: this.rowLimit,
      open: this.openRows,
      status: (row) => this.rowStatus(row),
    };
    return html`<a class="skip" href="#after-rows" @click=${this.skipRows}>${msg('Skip past the achievements', { id: 'transcript.skip' })}</a>
      <p class="count" aria-live="polite">
        ${filtered
          ? shownKeys.length
            ? countMessage(total, 'transcript.showing', {
                one: str`Showing ${formatNumber(shownKeys.length)} of ${formatNumber(total)} achievement`,
                other: str`Showing ${formatNumber(shownKeys.length)} of ${formatNumber(total)} achievements`,
              })
            : msg('No achievements match the search.', { id: 'transcript.no-match' })
          : countMessage(total, 'transcript.count', { one: str`${formatNumber(total)} achievement`, other: str`${formatNumber(total)} achievements` })}
      </p>
      ${renderColumns()}
      <div class="record" @keydown=${this.onRowKey} @focusin=${this.onRowFocus} @toggle=${this.onRowToggle}>${renderRecord(layout, context)}</div>
      <div class="totals" part="credits" id="after-rows" tabindex="-1">${renderRecordTotals(layout, context)}</div>`;
  }

  override render(): TemplateResult {
    const view = this.view;
    if (this.state !== 'ready' || !view) {
      return html`<div part="base" class="base" dir=${this.textDirection} lang=${this.textLanguage ?? nothing}>
        ${this.state === 'error'
          ? this.renderError()
          : this.renderFallback(
              this.state === 'loading' ? html`<span class="skeleton">${msg('Loading the record…', { id: 'transcript.loading' })}</span>` : nothing,
            )}
        ${this.renderLiveRegion(this.announcementTexts)}
      </div>`;
    }
    return html`<div part="base" class="base" dir=${this.textDirection} lang=${this.textLanguage ?? nothing} role=${this.landmark ? 'region' : nothing} aria-labelledby=${this.landmark ? 'title' : nothing}>
      ${renderRecordHeader(view, this.header)} ${renderRecordToolbar(view, this.toolbar)} ${this.renderBody(view)} ${this.renderLiveRegion(this.announcementTexts)}
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'clr-transcript': ClrTranscript;
  }
}

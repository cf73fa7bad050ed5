import { msg } from '@lit/localize';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import type { CredentialView } from '../../model/types.js';
import { formatDate } from '../../render/format-date.js';
import type { VerificationReport } from '../../verify/types.js';
import { achievementTypeLabel } from '../shared/achievement-types.js';
import { renderLastVerified, renderRetry } from '../shared/chip.js';
import { CredentialElement } from '../shared/credential-element.js';
import { customElement } from '../shared/define.js';
import { heading } from '../shared/heading.js';
import { statusIcon } from '../shared/icon.js';
import { renderChecks } from '../shared/lazy-checks.js';
import { progressLabel, unverifiableHint, verificationLabel } from '../shared/messages.js';
import { panel, tokens } from '../shared/styles.js';
import { styles } from './credential-verify.styles.js';

/** Files over this size are refused before reading (the engine's own limits are lower for text). */
const MAX_FILE_BYTES = 10 * 1024 * 1024;

/**
 * A verifier for people: drop a file, pick one, paste JSON or a VC-JWT, or enter a URL (or set `src`). Shows each
 * check with its status and a plain explanation, the nested credentials as an expandable tree, and the credential
 * itself. Every control is a native one, so it works from the keyboard and with screen readers from the drop zone on.
 *
 * @summary Verifies a credential given as a file, pasted text or a URL.
 *
 * @slot - Introductory content shown above the form, in place of the built-in sentence (say a heading or instructions).
 *
 * @fires {CredentialLoadEvent} credential-load - The credential was read; `detail` is its display model (CredentialView).
 * @fires {CredentialVerifiedEvent} credential-verified - Verification finished; `detail` is the report.
 * @fires {CredentialErrorEvent} credential-error - The input could not be read or fetched; `detail` is `{ code, message }`.
 *
 * @csspart base - The outer box.
 * @csspart form - The input form.
 * @csspart dropzone - The area that accepts a dropped file.
 * @csspart input - The paste area and the URL field.
 * @csspart submit - The verify button.
 * @csspart report - The verification result.
 * @csspart status - The overall outcome.
 * @csspart checks - The list of checks.
 * @csspart tree - The nested credentials.
 * @csspart last-verified - When the verification ran.
 * @csspart retry - The button that verifies again when verification could not be completed.
 * @csspart credential - The credential's summary and JSON.
 * @csspart error - The error message.
 *
 * @cssprop [--credential-verify-accent=#1f5fbf] - Buttons, links and focus (falls back to `--credential-accent`).
 * @cssprop [--credential-verify-surface=#ffffff] - Background (falls back to `--credential-surface`).
 * @cssprop [--credential-verify-ink=#1d2330] - Text colour (falls back to `--credential-ink`).
 * @cssprop [--credential-verify-border=#c9cfda] - Borders (falls back to `--credential-border`).
 * @cssprop [--credential-verify-radius=12px] - Corner radius (falls back to `--credential-radius`).
 *
 * @cssstate loading - The input is being read or fetched.
 * @cssstate ready - A credential was read.
 * @cssstate error - The input could not be read.
 * @cssstate pending - Verification is running.
 * @cssstate verified - Every check passed.
 * @cssstate warning - Verified, with warnings.
 * @cssstate unverifiable - A look-up that decides authenticity (the issuer's key, a DID document) could not be made right now.
 * @cssstate failed - A check failed.
 */
@customElement('credential-verify')
export class CredentialVerify extends CredentialElement<CredentialView> {
  static override styles = [tokens, panel, styles];

  protected readonly viewPurpose = 'credential' as const;
  protected readonly defaultHeadingLevel = 2;

  /**
   * For a presentation: the challenge (nonce) its holder's proof must carry, as your site asked the wallet for it.
   * Without it, a presentation's challenge binds nothing.
   */
  @property() challenge?: string;

  /** For a presentation: the domain its holder's proof must be for (your site's). */
  @property() domain?: string;

  @state() private dragging = false;
  @state() private fileName = '';

  @query('#paste') private pasteField?: HTMLTextAreaElement;
  @query('#url') private urlField?: HTMLInputElement;

  protected override verifyLoaded(loaded: Parameters<CredentialElement<CredentialView>['verifyLoaded']>[0], options: Parameters<CredentialElement<CredentialView>['verifyLoaded']>[1]) {
    return super.verifyLoaded(loaded, { ...options, ...(this.challenge && { challenge: this.challenge }), ...(this.domain && { domain: this.domain }) });
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    // A new expectation is a new question about the same presentation: verify again, without loading again.
    if ((changed.has('challenge') || changed.has('domain')) && this.loaded) void this.verifyTask.run();
  }

  /** Verifies what is in the form: the pasted text, else the URL. */
  submit(): void {
    const text = this.pasteField?.value.trim() ?? '';
    const url = this.urlField?.value.trim() ?? '';
    if (text && /^https?:\/\/\S+$/i.test(text)) this.verifyUrl(text);
    else if (text) this.verifyText(text);
    else if (url) this.verifyUrl(url);
    else this.fail({ code: 'INVALID_INPUT', message: 'Give a credential: a file, pasted text or a URL.' });
  }

  /** Verifies a credential given as text: JSON or a VC-JWT. */
  verifyText(text: string): void {
    this.fileName = '';
    this.src = undefined;
    this.credential = text;
  }

  /** Verifies the credential at a URL. */
  verifyUrl(url: string): void {
    this.fileName = '';
    this.credential = undefined;
    this.src = url;
  }

  /** Verifies a file: JSON, a VC-JWT, or a baked PNG or SVG badge. */
  async verifyFile(file: File): Promise<void> {
    this.fileName = file.name;
    if (file.size > MAX_FILE_BYTES) {
      this.fail({ code: 'INPUT_TOO_LARGE', message: 'The file is too large to be a credential.' });
      return;
    }
    try {
      const bytes = new Uint8Array(await file.arrayBuffer());
      this.src = undefined;
      this.credential = bytes;
    } catch {
      this.fail({ code: 'INVALID_INPUT', message: 'The file could not be read.' });
    }
  }

  private onSubmit(event: SubmitEvent): void {
    event.preventDefault();
    this.submit();
  }

  private onFilePicked(event: Event): void {
    const input = event.target as HTMLInputElement;
    const file = input.files?.[0];
    if (file) void this.verifyFile(file);
    input.value = '';
  }

  private onDragOver(event: DragEvent): void {
    if (!event.dataTransfer?.types.includes('Files') && !event.dataTransfer?.types.includes('text/plain')) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = 'copy';
    this.dragging = true;
  }

  private onDrop(event: DragEvent): void {
    event.preventDefault();
    this.dragging = false;
    const file = event.dataTransfer?.files?.[0];
    if (file) {
      void this.verifyFile(file);
      return;
    }
    const text = event.dataTransfer?.getData('text/plain')?.trim();
    if (!text) return;
    if (/^https?:\/\//i.test(text)) this.verifyUrl(text);
    else this.verifyText(text);
  }

  private renderForm(): TemplateResult {
    return html`<form part="form" class="form" @submit=${this.onSubmit}>
      <div
        part="dropzone"
        class="dropzone"
        ?data-dragging=${this.dragging}
        @dragover=${this.onDragOver}
        @dragleave=${() => (this.dragging = false)}
        @drop=${this.onDrop}
      >
        <span class="drop-hint">${msg('Drop a file here, or', { id: 'verify.drop' })}</span>
        <label class="button file-button">
          ${msg('Choose a file', { id: 'verify.choose' })}
          <input class="visually-hidden" type="file" accept=".json,.jsonld,.jwt,.txt,.png,.svg,application/json,application/ld+json,image/png,image/svg+xml" @change=${this.onFilePicked} />
        </label>
        ${this.fileName ? html`<span class="file-name">${this.fileName}</span>` : nothing}
      </div>
      <label class="field" for="paste">${msg('Or paste JSON or a JWT', { id: 'verify.paste' })}</label>
      <textarea part="input" id="paste" rows="5" spellcheck="false" autocomplete="off"></textarea>
      <label class="field" for="url">${msg('Or enter the credential’s URL', { id: 'verify.url' })}</label>
      <input part="input" id="url" type="url" inputmode="url" autocomplete="off" placeholder="https://" .value=${this.src ?? ''} />
      <div class="submit-row">
        <button part="submit" class="primary" type="submit">${msg('Verify', { id: 'verify.submit' })}</button>
      </div>
    </form>`;
  }

  private renderTree(reports: VerificationReport[], level = 1): TemplateResult {
    return html`<ul class="tree" part=${level === 1 ? 'tree' : nothing} role=${level === 1 ? 'list' : nothing}>
      ${reports.map(
        (child) => html`<li>
          <details>
            <summary>
              <span class="chip small" data-status=${child.status}>${statusIcon(child.status)}<span>${verificationLabel(child.status, child)}</span></span>
              <span class="tree-name">${child.summary.name ?? child.summary.id ?? msg('Unnamed credential', { id: 'verify.unnamed' })}</span>
            </summary>
            ${renderChecks(child, `tree-${level}-${encodeURIComponent(child.summary.id ?? child.summary.name ?? '')}`)}
            ${child.children.length ? this.renderTree(child.children, level + 1) : nothing}
          </details>
        </li>`,
      )}
    </ul>`;
  }

  private renderCredential(view: CredentialView): TemplateResult {
    const issued = formatDate(view.issued, this.locale);
    const expires = formatDate(view.expires, this.locale);
    return html`<div class="credential" part="credential">
      ${heading(this.level + 1, view.title, { id: 'credential-title', class: 'section-title' })}
      <dl class="facts">
        ${view.issuer?.name ? html`<div><dt>${msg('Issuer', { id: 'check.issuer' })}</dt><dd>${view.issuer.name}</dd></div>` : nothing}
        ${view.recipient?.name ? html`<div><dt>${msg('Awarded to', { id: 'badge.recipient' })}</dt><dd>${view.recipient.name}</dd></div>` : nothing}
        ${issued ? html`<div><dt>${msg('Issued', { id: 'badge.issued' })}</dt><dd>${issued}</dd></div>` : nothing}
        ${expires ? html`<div><dt>${msg('Expires', { id: 'badge.expires' })}</dt><dd>${expires}</dd></div>` : nothing}
        ${view.achievementType ? html`<div><dt>${msg('Type', { id: 'badge.type' })}</dt><dd>${achievementTypeLabel(view.achievementType)}</dd></div>` : nothing}
      </dl>
      ${view.description ? html`<p>${view.description}</p>` : nothing}
      <details class="json">
        <summary>${msg('Show the credential’s data', { id: 'verify.show-json' })}</summary>
        <pre tabindex="0" aria-label=${msg('Credential data', { id: 'verify.json-label' })}>${this.loaded?.original ?? ''}</pre>
      </details>
    </div>`;
  }

  private renderResult(): TemplateResult | typeof nothing {
    if (this.state === 'error') return this.renderError();
    if (this.state === 'loading') return html`<p class="skeleton">${msg('Reading the credential…', { id: 'verify.reading' })}</p>`;
    const view = this.view;
    if (this.state !== 'ready' || !view) return nothing;
    const report = this.report;
    const pending = this.verification === 'pending';
    const outcome = html`${statusIcon(this.verification)}
      <span>${pending && this.progress ? progressLabel(this.progress.done, this.progress.total) : verificationLabel(this.verification, report)}</span>`;
    return html`<div class="report" part="report">
      ${heading(this.level, outcome, { id: 'outcome', class: 'outcome', part: 'status' })}
      ${this.verification === 'unverifiable'
        ? html`<p class="unverifiable-hint">${unverifiableHint()}</p>
            ${renderRetry(() => this.reverify())}`
        : nothing}
      ${renderLastVerified(report, this.locale)} ${report ? renderChecks(report, 'checks') : nothing}
      ${report?.children.length
        ? html`${heading(this.level + 1, msg('Included credentials', { id: 'check.nested' }), { class: 'section-title' })} ${this.renderTree(report.children)}`
        : nothing}
      ${report || this.verification === 'off' ? this.renderCredential(view) : nothing}
    </div>`;
  }

  override render(): TemplateResult {
    return html`<div part="base" class="base" dir=${this.textDirection} lang=${this.textLanguage ?? nothing} role=${this.landmark ? 'region' : nothing} aria-label=${this.landmark ? msg('Verify a credential', { id: 'verify.landmark' }) : nothing}>
      <slot>
        <p class="intro">
          ${msg('Verify a credential: an Open Badge, a CLR, a VC-JWT, or a badge image with a credential baked in.', { id: 'verify.intro' })}
        </p>
      </slot>
      ${this.renderForm()}
      <div class="result">${this.renderResult()}</div>
      ${this.renderLiveRegion({ loading: msg('Reading the credential…', { id: 'verify.reading' }) })}
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'credential-verify': CredentialVerify;
  }
}

import { msg, str } from '@lit/localize';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import type { CredentialView } from '../../model/types.js';
import { formatDate } from '../../render/format-date.js';
import { renderChip, renderLastVerified } from '../shared/chip.js';
import { heading } from '../shared/heading.js';
import { renderChecks } from '../shared/lazy-checks.js';
import { lifecycleLabel, lifecycleOf } from '../shared/lifecycle.js';
import { progressLabel } from '../shared/messages.js';
import { verifyInBatch, type LoadedDocument, type verifyDocument } from '../../load/pipeline.js';
import type { VerificationReport } from '../../verify/types.js';
import { ProviderCredentialElement } from '../shared/provider-element.js';
import { customElement } from '../shared/define.js';
import { tokens } from '../shared/styles.js';
import { CertificateController } from './certificate-controller.js';
import { renderDetails } from './details.js';
import { renderBadgeImage } from './image.js';
import { styles } from './credential-badge.styles.js';
import { linkedInUrlOf, pageUrlOf } from './links.js';

export type BadgeLayout = 'badge' | 'card' | 'certificate';

/**
 * One credential (an Open Badges 3.0 badge, an Accredible credential or an ibl.ai credential) as a badge, a card or
 * a certificate. The content shows as soon as it is fetched; verification follows and updates the status chip, which
 * opens the checks in plain words.
 *
 * @summary Shows and verifies one credential: badge, card or certificate.
 *
 * @slot - Fallback content (say a link and an image): shown until the credential has loaded, and beside an error.
 *
 * @fires {CredentialLoadEvent} credential-load - The credential was loaded; `detail` is its display model (CredentialView).
 * @fires {CredentialVerifiedEvent} credential-verified - Verification finished; `detail` is the report.
 * @fires {CredentialErrorEvent} credential-error - Loading failed; `detail` is `{ code, message }`.
 *
 * @csspart base - The outer box.
 * @csspart image - The badge image.
 * @csspart name - The credential's name.
 * @csspart issuer - The issuer line.
 * @csspart status - The verification chip (a button once there is a report).
 * @csspart checks - The panel of verification checks.
 * @csspart last-verified - When the credential was last verified.
 * @csspart lifecycle - "This credential has expired / has been revoked / suspended / is not valid yet".
 * @csspart details - The card's details (description, dates, results, evidence).
 * @csspart actions - The links and buttons (view, copy link, add to LinkedIn).
 * @csspart certificate - The certificate (the issuer's template or the built-in layout).
 * @csspart retry - "Retry" beside the chip when verification could not be completed right now.
 * @csspart error - The error message.
 *
 * @cssprop [--credential-badge-accent=#1f5fbf] - Links, focus and highlights (falls back to `--credential-accent`).
 * @cssprop [--credential-badge-surface=#ffffff] - Background (falls back to `--credential-surface`).
 * @cssprop [--credential-badge-ink=#1d2330] - Text colour (falls back to `--credential-ink`).
 * @cssprop [--credential-badge-border=#c9cfda] - Border colour (falls back to `--credential-border`).
 * @cssprop [--credential-badge-radius=12px] - Corner radius (falls back to `--credential-radius`).
 * @cssprop [--credential-badge-image-size=96px] - The badge image's size.
 * @cssprop [--credential-badge-font=system-ui] - Font family (falls back to `--credential-font`).
 *
 * @cssstate loading - The credential is being fetched.
 * @cssstate ready - The credential is shown.
 * @cssstate error - The credential could not be loaded.
 * @cssstate pending - Verification is running.
 * @cssstate verified - Every check passed.
 * @cssstate warning - Verified, with warnings.
 * @cssstate unverifiable - A look-up that decides authenticity (the issuer's key, a DID document) could not be made right now.
 * @cssstate failed - A check failed.
 */
@customElement('credential-badge')
export class CredentialBadge extends ProviderCredentialElement<CredentialView> {
  static override styles = [tokens, styles];

  protected readonly viewPurpose = 'card' as const;
  protected readonly defaultHeadingLevel = 3;

  private readonly certificate = new CertificateController(this);
  /** The LinkedIn link of the current view (each render asks for it; it changes only with the view). */
  private linkedIn: { view: CredentialView; url: string } | undefined;

  @query('.template-target') private templateTarget?: HTMLElement;

  /** How to show the credential: `badge` (image, name, issuer, status), `card` (plus the details) or `certificate`. */
  @property({ reflect: true }) layout: BadgeLayout = 'badge';

  @state() private checksOpen = false;
  @state() private notice = '';
  /** The image URL that failed to load (a view read again after verification may name another). */
  @state() private failedImage: string | undefined;
  /** The image URL that has loaded: until then the initials show in its place. */
  @state() private shownImage: string | undefined;

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('loaded' as keyof CredentialBadge)) {
      this.checksOpen = false;
      this.certificate.failed = false;
    }
    // The renderer (DOMPurify and the CSS sanitizer) loads only for certificates.
    if (this.layout === 'certificate' && this.view) this.certificate.load();
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const view = this.view;
    if (this.layout === 'certificate' && view && this.templateTarget) this.certificate.render(this.templateTarget, view, this.locale);
  }

  /** A page of badges is verified in batches (one worker message for several badges), not one job per badge. */
  protected override verifyLoaded(loaded: LoadedDocument, options: Parameters<typeof verifyDocument>[1]): Promise<VerificationReport> {
    return verifyInBatch(loaded, options);
  }

  private toggleChecks(): void {
    this.checksOpen = !this.checksOpen;
  }

  private async copyLink(url: string): Promise<void> {
    try {
      await navigator.clipboard.writeText(url);
      this.notice = this.inLocale(() => msg('Link copied.', { id: 'badge.copied' }));
    } catch {
      this.notice = this.inLocale(() => msg('The link could not be copied; select it and copy it by hand.', { id: 'badge.copy-failed' }));
    }
  }

  /** The credential's own page, when it has one. */
  get pageUrl(): string | undefined {
    return this.view ? pageUrlOf(this.view) : undefined;
  }

  /** LinkedIn's "add a licence or certification" link, filled in from the credential. */
  get linkedInUrl(): string | undefined {
    const view = this.view;
    if (!view) return undefined;
    if (this.linkedIn?.view !== view) this.linkedIn = { view, url: linkedInUrlOf(view) };
    return this.linkedIn.url;
  }

  private renderStatus(view: CredentialView): TemplateResult {
    const lifecycle = lifecycleOf(this.report, view);
    const lifecycleDate = formatDate(lifecycle === 'not-yet-valid' ? view.issued : view.expires, this.locale);
    const label =
      this.verification === 'pending' && this.progress
        ? progressLabel(this.progress.done, this.progress.total)
        : this.verification === 'off' && this.verify === 'off'
          ? msg('Not checked', { id: 'checkstatus.skipped' })
          : this.verification === 'off' && !this.loaded?.verifiable
            ? msg('From the provider (not signed)', { id: 'verification.unsigned' })
            : undefined;
    return html`<div class="status-row">
        ${renderChip({
          state: this.verification,
          expanded: this.checksOpen,
          controls: 'checks',
          ...(label ? { label } : {}),
          onToggle: () => this.toggleChecks(),
          onRetry: () => this.reverify(),
        })}
        ${renderLastVerified(this.report, this.locale)}
      </div>
      ${lifecycle
        ? html`<p class="lifecycle" part="lifecycle" data-kind=${lifecycle}>${lifecycleLabel(lifecycle, lifecycleDate)}</p>`
        : nothing}
      ${this.report ? renderChecks(this.report, 'checks', !this.checksOpen) : nothing}`;
  }

  private renderActions(): TemplateResult {
    const page = this.pageUrl;
    const linkedIn = this.linkedInUrl;
    return html`<div class="actions" part="actions">
      ${page
        ? html`<a class="button" href=${page} target="_blank" rel="noopener noreferrer">${msg('View credential', { id: 'badge.view' })}</a>
            <button type="button" @click=${() => this.copyLink(page)}>${msg('Copy link', { id: 'badge.copy' })}</button>`
        : nothing}
      ${linkedIn
        ? html`<a class="button" href=${linkedIn} target="_blank" rel="noopener noreferrer">${msg('Add to LinkedIn', { id: 'badge.linkedin' })}</a>`
        : nothing}
    </div>`;
  }

  private renderCertificate(view: CredentialView): TemplateResult {
    const module = this.certificate.renderer;
    if (!module) return html`<div class="skeleton certificate-loading">${msg('Preparing the certificate…', { id: 'badge.certificate-loading' })}</div>`;
    if (view.template && !this.certificate.failed) return html`<div class="template-target"></div>`;
    return module.renderDefaultCertificate(view, {
      locale: this.locale,
      labels: {
        heading: msg('Certificate', { id: 'certificate.heading' }),
        presentedTo: msg('This certifies that', { id: 'certificate.presented-to' }),
        forCompleting: msg('has earned', { id: 'certificate.for-completing' }),
        issuedBy: msg('Issued by', { id: 'certificate.issued-by' }),
        issued: msg('Issued', { id: 'badge.issued' }),
        expires: msg('Expires', { id: 'badge.expires' }),
        credentialId: msg('Credential ID', { id: 'certificate.credential-id' }),
        revoked: msg('Revoked', { id: 'certificate.revoked' }),
      },
    });
  }

  private renderContent(view: CredentialView): TemplateResult {
    const issuer = view.issuer?.name;
    const region = this.landmark ? 'region' : nothing;
    if (this.layout === 'certificate') {
      return html`<div class="credential certificate-layout" role=${region} aria-label=${this.landmark ? view.title : nothing}>
        ${this.renderCertificate(view)}
        <div class="below">${this.renderStatus(view)} ${this.renderActions()}</div>
      </div>`;
    }
    // The name is a heading on a card (it has sections below it); a badge is one line of a list, with no heading.
    const name =
      this.layout === 'card'
        ? heading(this.level, view.title, { id: 'name', class: 'name', part: 'name' })
        : html`<p class="name" part="name" id="name">${view.title}</p>`;
    return html`<div class="credential" role=${region} aria-labelledby=${this.landmark ? 'name' : nothing}>
      <div class="media">
        ${renderBadgeImage(view, {
          failed: this.failedImage,
          onError: (url) => (this.failedImage = url),
          loaded: this.shownImage,
          onLoad: (url) => (this.shownImage = url),
        })}
      </div>
      <div class="body">
        ${name}
        ${issuer ? html`<p class="issuer" part="issuer">${msg(str`Issued by ${issuer}`, { id: 'badge.issued-by' })}</p>` : nothing}
        ${this.renderStatus(view)} ${this.layout === 'card' ? renderDetails(view, this.locale, this.level + 1) : nothing} ${this.renderActions()}
      </div>
    </div>`;
  }

  override render(): TemplateResult {
    const view = this.view;
    return html`<div part="base" class="base" data-layout=${this.layout}>
      ${this.state === 'error'
        ? this.renderError()
        : this.state === 'ready' && view
          ? this.renderContent(view)
          : this.renderFallback(
              this.state === 'loading' ? html`<span class="skeleton">${msg('Loading the credential…', { id: 'announce.loading' })}</span>` : nothing,
            )}
      ${this.renderLiveRegion({ loading: msg('Loading the credential…', { id: 'announce.loading' }), notice: this.notice })}
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'credential-badge': CredentialBadge;
  }
}

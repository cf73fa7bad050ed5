import { msg, str } from '@lit/localize';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import type { CredentialView } from '../../model/types.js';
import type { RenderOptions } from '../../render/types.js';
import { heading } from '../shared/heading.js';
import { isolate } from '../shared/intl.js';
import { verifyInBatch, type LoadedDocument, type verifyDocument } from '../../load/pipeline.js';
import type { VerificationReport } from '../../verify/types.js';
import { ProviderCredentialElement } from '../shared/provider-element.js';
import { customElement } from '../shared/define.js';
import { tokens } from '../shared/styles.js';
import { renderActions } from './actions.js';
import { renderCertificate } from './certificate.js';
import { CertificateController } from './certificate-controller.js';
import { renderDetails } from './details.js';
import { renderBadgeImage } from './image.js';
import { imagePolicy, imagePolicyOptions, onUnlessFalse, originList } from './image-policy.js';
import { styles } from './credential-badge.styles.js';
import { linkedInUrlOf, pageUrlOf } from './links.js';
import { canShare, shareLink, type ShareOutcome } from './share.js';
import { renderBadgeStatus } from './status.js';

export type BadgeLayout = 'badge' | 'card' | 'certificate';

/** Longest `recipient-name` shown, in UTF-16 code units; a longer one is not used. */
const MAX_RECIPIENT_NAME = 200;

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
 * @csspart actions - The links and buttons (view, share or copy link, add to LinkedIn; for a certificate, Save as PDF and Download PNG).
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
  /** The certificate's view: the shown view, with the page's `recipient-name` where it may fill one in. */
  private named: { view: CredentialView; name: string | undefined; named: CredentialView } | undefined;

  @query('.fit') private certificateFrame?: HTMLElement;
  @query('.sheet') private certificateSheet?: HTMLElement;

  /** How to show the credential: `badge` (image, name, issuer, status), `card` (plus the details) or `certificate`. */
  @property({ reflect: true }) layout: BadgeLayout = 'badge';

  /**
   * The learner's name, for a certificate whose credential does not name its recipient (an ibl.ai credential, say):
   * it fills the template's `{{recipient.name}}` and the built-in certificate. Never shown in place of a name the
   * credential gives, nor on a signed credential (what a verified credential shows is what was signed). At most 200
   * characters; a longer value is not used.
   */
  @property({ attribute: 'recipient-name' }) recipientName?: string;

  /** `false` for a page whose `img-src` allows no remote images: the certificate and the badge show none. Default on. */
  @property({ attribute: 'remote-images', converter: onUnlessFalse }) remoteImages = true;

  /**
   * `false` for a page whose `img-src` does not allow `data:`: no inline image is shown, and there is no Download PNG
   * (the drawing is a `data:` image). Default on.
   */
  @property({ attribute: 'inline-images', converter: onUnlessFalse }) inlineImages = true;

  /** Origins remote images may come from (space- or comma-separated; what the page's `img-src` lists). Default: any https. */
  @property({ attribute: 'image-origins', converter: originList }) imageOrigins?: string[];

  /** Origins a certificate template's `@font-face` may load from (what the page's `font-src` lists). Default: none. */
  @property({ attribute: 'font-origins', converter: originList }) fontOrigins?: string[];

  @state() private checksOpen = false;
  @state() private notice = '';
  @state() private drawing = false;
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
    const view = this.certificateView;
    if (this.layout === 'certificate' && view && this.certificateFrame && this.certificateSheet) {
      this.certificate.update(this.certificateFrame, this.certificateSheet, view, this.templateOptions);
    }
  }

  /** A page of badges is verified in batches (one worker message for several badges), not one job per badge. */
  protected override verifyLoaded(loaded: LoadedDocument, options: Parameters<typeof verifyDocument>[1]): Promise<VerificationReport> {
    return verifyInBatch(loaded, options);
  }

  private toggleChecks(): void {
    this.checksOpen = !this.checksOpen;
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

  /** The view a certificate shows: the page's name fills in a recipient an unsigned credential does not name. */
  private get certificateView(): CredentialView | undefined {
    const view = this.view;
    if (!view) return undefined;
    const given = this.recipientName?.trim() || undefined;
    // A name is a line of text: anything longer is no name (a page's mistake, or someone else's input passed on).
    const name = given && given.length <= MAX_RECIPIENT_NAME ? given : undefined;
    if (this.named?.view === view && this.named.name === name) return this.named.named;
    const fill = name && !view.recipient?.name && this.loaded?.verifiable === undefined;
    const named = fill ? { ...view, recipient: { ...view.recipient, name } } : view;
    this.named = { view, name, named };
    return named;
  }

  /** The renderer's options: the element's language and heading level, and the page's image policy. */
  private get templateOptions(): RenderOptions {
    return { locale: this.locale, headingLevel: this.level, ...imagePolicyOptions(this) };
  }

  /**
   * Shares the credential's page through the browser's share sheet where it has one, else copies the link; says
   * what happened in the element's live region. Resolves to the outcome (`failed` when there is no page).
   */
  async share(): Promise<ShareOutcome> {
    const view = this.view;
    const url = this.pageUrl;
    if (!view || !url) return 'failed';
    const outcome = await shareLink({ url, title: view.title });
    this.notice =
      outcome === 'copied'
        ? this.inLocale(() => msg('Link copied.', { id: 'badge.copied' }))
        : outcome === 'failed'
          ? this.inLocale(() => msg('The link could not be copied; select it and copy it by hand.', { id: 'badge.copy-failed' }))
          : '';
    return outcome;
  }

  /**
   * Opens the browser's print dialog with the certificate alone, on one page of its size: choose Save as PDF there.
   * Only in the certificate layout, once the certificate shows; returns whether the dialog was opened.
   */
  printCertificate(): boolean {
    return this.layout === 'certificate' && this.certificate.print();
  }

  /**
   * The certificate drawn in the browser as a PNG, twice its own size (at most 4096 px a side). Images that cannot be
   * read (a host without CORS) show their initials. Rejects with a CredentialError `DRAW_FAILED` when there is no
   * certificate shown or the page's policy refuses the drawing (`img-src` without `data:`).
   */
  certificatePng(): Promise<Blob> {
    return this.certificate.png();
  }

  /** Draws the certificate and saves it as a PNG file; says so in the live region when it cannot. Never rejects. */
  async downloadPng(): Promise<void> {
    if (this.drawing) return;
    this.drawing = true;
    this.notice = '';
    const name = `${(this.view?.title ?? 'certificate').replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-+|-+$/g, '').slice(0, 80) || 'certificate'}.png`;
    try {
      await this.certificate.savePng(name);
    } catch {
      this.notice = this.inLocale(() => msg('The image could not be made here. Save the certificate as PDF instead.', { id: 'badge.png-failed' }));
    } finally {
      this.drawing = false;
    }
  }

  private renderStatus(view: CredentialView): TemplateResult {
    return renderBadgeStatus(view, {
      locale: this.locale,
      verification: this.verification,
      verify: this.verify,
      verifiable: !!this.loaded?.verifiable,
      report: this.report,
      progress: this.progress,
      checksOpen: this.checksOpen,
      toggleChecks: () => this.toggleChecks(),
      retry: () => this.reverify(),
    });
  }

  private renderActions(view: CredentialView): TemplateResult {
    const page = this.pageUrl;
    return renderActions(
      {
        page,
        linkedIn: this.linkedInUrl,
        share: !!page && canShare({ url: page, title: view.title }),
        ...(this.layout === 'certificate' && this.certificate.renderer ? { certificate: { png: this.inlineImages, drawing: this.drawing } } : {}),
      },
      {
        onShare: () => void this.share(),
        onPrint: () => void this.printCertificate(),
        onPng: () => void this.downloadPng(),
      },
    );
  }

  private renderContent(view: CredentialView): TemplateResult {
    const issuer = view.issuer?.name;
    const region = this.landmark ? 'region' : nothing;
    if (this.layout === 'certificate') {
      return html`<div class="credential certificate-layout" role=${region} aria-label=${this.landmark ? view.title : nothing}>
        ${renderCertificate(this.certificate, this.certificateView ?? view, { locale: this.locale, level: this.level, policy: imagePolicyOptions(this) })}
        <div class="below">${this.renderStatus(view)} ${this.renderActions(view)}</div>
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
          policy: imagePolicy(this),
          failed: this.failedImage,
          onError: (url) => (this.failedImage = url),
          loaded: this.shownImage,
          onLoad: (url) => (this.shownImage = url),
        })}
      </div>
      <div class="body">
        ${name}
        ${issuer ? html`<p class="issuer" part="issuer">${msg(str`Issued by ${isolate(issuer)}`, { id: 'badge.issued-by' })}</p>` : nothing}
        ${this.renderStatus(view)} ${this.layout === 'card' ? renderDetails(view, this.locale, this.level + 1) : nothing} ${this.renderActions(view)}
      </div>
    </div>`;
  }

  override render(): TemplateResult {
    const view = this.view;
    return html`<div part="base" class="base" dir=${this.textDirection} lang=${this.textLanguage ?? nothing} data-layout=${this.layout}>
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

import { msg, str } from '@lit/localize';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { CredentialError } from '../../errors.js';
import { loadCredentialView, preloadCredentialView } from '../../model/load-view.js';
import type { CredentialView } from '../../model/types.js';
import { isAllowedImageUrl, isAllowedLinkUrl, resourcePolicy } from '../../render/url-policy.js';
import { CredentialElement } from '../shared/credential-element.js';
import { customElement } from '../shared/define.js';
import type { LoadedDocument } from '../shared/load.js';
import { errorMessage, progressLabel, verificationLabel } from '../shared/messages.js';
import { formatDate, lifecycleLabel, lifecycleOf, renderChecks, renderChip, renderLastVerified } from '../shared/status.js';
import { tokens } from '../shared/styles.js';
import { styles } from './credential-badge.styles.js';

export type BadgeLayout = 'badge' | 'card' | 'certificate';

type RenderModule = typeof import('../../render/index.js');

const IMAGE_POLICY = resourcePolicy();

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
 * @csspart lifecycle - "This credential has expired / has been revoked".
 * @csspart details - The card's details (description, dates, results, evidence).
 * @csspart actions - The links and buttons (view, copy link, add to LinkedIn).
 * @csspart certificate - The certificate (the issuer's template or the built-in layout).
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
 * @cssstate failed - A check failed.
 */
@customElement('credential-badge')
export class CredentialBadge extends CredentialElement<CredentialView> {
  static override styles = [tokens, styles];

  @state() private checksOpen = false;
  @state() private notice = '';
  @state() private imageFailed = false;
  @state() private renderModule: RenderModule | undefined;
  @state() private templateFailed = false;

  @query('.template-target') private templateTarget?: HTMLElement;
  private resizeObserver: ResizeObserver | undefined;
  /** The LinkedIn link of the current view (see linkedInUrl). */
  private linkedIn: { view: CredentialView; url: string } | undefined;

  /** How to show the credential: `badge` (image, name, issuer, status), `card` (plus the details) or `certificate`. */
  @property({ reflect: true }) layout: BadgeLayout = 'badge';

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('view' as keyof CredentialBadge)) {
      this.imageFailed = false;
      this.templateFailed = false;
      this.checksOpen = false;
    }
    if ((changed.has('layout') || changed.has('view' as keyof CredentialBadge)) && this.layout === 'certificate' && this.view && !this.renderModule) {
      // The renderer (DOMPurify and the CSS sanitizer) loads only for certificates.
      import('../../render/index.js').then(
        (module) => {
          const root = this.shadowRoot;
          if (root) root.adoptedStyleSheets = [...root.adoptedStyleSheets, module.defaultCertificateStyles.styleSheet!].filter(Boolean);
          this.renderModule = module;
        },
        () => {
          this.templateFailed = true;
        },
      );
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const view = this.view;
    if (this.layout !== 'certificate' || !view?.template || !this.renderModule || this.templateFailed || !this.templateTarget) return;
    try {
      this.renderModule.renderTemplate(this.templateTarget, view.template, view, { locale: this.locale });
      this.fitCertificate();
      this.resizeObserver ??= new ResizeObserver(() => this.fitCertificate());
      this.resizeObserver.observe(this);
    } catch (error) {
      this.templateFailed = true;
      if (error instanceof CredentialError) console.warn(`credential-badge: ${error.code}: ${error.message}`);
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.resizeObserver?.disconnect();
    this.resizeObserver = undefined;
  }

  /** Scales an issuer's fixed-width certificate down to the element's width (CSSOM only: no style attribute strings). */
  private fitCertificate(): void {
    const target = this.templateTarget;
    const host = target?.querySelector<HTMLElement>('[data-credential-certificate]');
    if (!target || !host) return;
    target.style.removeProperty('zoom');
    const natural = host.scrollWidth;
    const available = target.clientWidth;
    if (natural > available + 1 && available > 0) target.style.setProperty('zoom', (available / natural).toFixed(4));
  }

  protected override preloadView(request: { provider?: string | undefined }): void {
    preloadCredentialView(request.provider);
  }

  protected override async toView(loaded: LoadedDocument): Promise<CredentialView> {
    if (typeof loaded.document !== 'string' && loaded.provider === 'clr' && !loaded.document['credentialSubject']) {
      throw new CredentialError('BAD_RESPONSE', 'The response is not a credential.');
    }
    const document = loaded.document;
    if (loaded.provider === 'ob3' && typeof document !== 'string' && !document['credentialSubject'] && !document['@context']) {
      throw new CredentialError('UNSUPPORTED_FORMAT', 'This JSON is not a credential.');
    }
    const view = await loadCredentialView(loaded.provider, document);
    // A ClrCredential is shown as the record itself (its own name), not as its first achievement.
    if (typeof document !== 'string' && [document['type']].flat().includes('ClrCredential')) {
      if (typeof document['name'] === 'string') view.title = document['name'];
      if (typeof document['description'] === 'string') view.description = document['description'];
    }
    return view;
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
    const view = this.view;
    if (!view) return undefined;
    const candidates = [view.links.find((link) => link.rel === 'page')?.url, view.id];
    return candidates.find((url): url is string => !!url && /^https?:\/\//i.test(url) && isAllowedLinkUrl(url));
  }

  /** LinkedIn's "add a licence or certification" link, filled in from the credential. */
  get linkedInUrl(): string | undefined {
    const view = this.view;
    if (!view) return undefined;
    // Each render asks for it; the link changes only with the view.
    if (this.linkedIn?.view !== view) this.linkedIn = { view, url: this.buildLinkedInUrl(view) };
    return this.linkedIn.url;
  }

  private buildLinkedInUrl(view: CredentialView): string {
    const query = new URLSearchParams({ startTask: 'CERTIFICATION_NAME', name: view.title });
    if (view.issuer?.name) query.set('organizationName', view.issuer.name);
    const issued = view.issued ? new Date(view.issued) : undefined;
    if (issued && !Number.isNaN(issued.getTime())) {
      query.set('issueYear', String(issued.getUTCFullYear()));
      query.set('issueMonth', String(issued.getUTCMonth() + 1));
    }
    const expires = view.expires ? new Date(view.expires) : undefined;
    if (expires && !Number.isNaN(expires.getTime())) {
      query.set('expirationYear', String(expires.getUTCFullYear()));
      query.set('expirationMonth', String(expires.getUTCMonth() + 1));
    }
    const page = this.pageUrl;
    if (page) query.set('certUrl', page);
    query.set('certId', view.id);
    return `https://www.linkedin.com/profile/add?${query}`;
  }

  private announcement(): string {
    if (this.state === 'loading') return msg('Loading the credential…', { id: 'announce.loading' });
    if (this.state === 'error') return errorMessage(this.failure?.code ?? 'BAD_RESPONSE');
    if (this.state !== 'ready') return '';
    if (this.notice) return this.notice;
    if (this.verification === 'pending' && this.progress) return progressLabel(this.progress.done, this.progress.total);
    return verificationLabel(this.verification);
  }

  private renderImage(view: CredentialView): TemplateResult {
    const image = view.image;
    if (image && !this.imageFailed && isAllowedImageUrl(image.url, IMAGE_POLICY)) {
      return html`<img
        part="image"
        class="image"
        src=${image.url}
        alt=${image.alt ?? view.title}
        loading="lazy"
        decoding="async"
        referrerpolicy="no-referrer"
        @error=${() => (this.imageFailed = true)}
      />`;
    }
    const initials = view.title
      .split(/\s+/)
      .filter((word) => /^[\p{L}\p{N}]/u.test(word))
      .slice(0, 2)
      .map((word) => word[0]!.toUpperCase())
      .join('');
    return html`<span part="image" class="image placeholder" aria-hidden="true">${initials}</span>`;
  }

  private renderStatus(view: CredentialView): TemplateResult {
    const lifecycle = lifecycleOf(this.report, view.expires, view.revoked);
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
        })}
        ${renderLastVerified(this.report, this.locale)}
      </div>
      ${lifecycle
        ? html`<p class="lifecycle" part="lifecycle" data-kind=${lifecycle}>${lifecycleLabel(lifecycle, formatDate(view.expires, this.locale))}</p>`
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

  private renderDetails(view: CredentialView): TemplateResult {
    const issued = formatDate(view.issued, this.locale);
    const expires = formatDate(view.expires, this.locale);
    return html`<div class="details" part="details">
      ${view.description ? html`<p class="description">${view.description}</p>` : nothing}
      <dl class="facts">
        ${view.recipient?.name || view.recipient?.email
          ? html`<div><dt>${msg('Awarded to', { id: 'badge.recipient' })}</dt><dd>${view.recipient.name ?? view.recipient.email}</dd></div>`
          : nothing}
        ${issued ? html`<div><dt>${msg('Issued', { id: 'badge.issued' })}</dt><dd><time datetime=${view.issued!}>${issued}</time></dd></div>` : nothing}
        ${expires ? html`<div><dt>${msg('Expires', { id: 'badge.expires' })}</dt><dd><time datetime=${view.expires!}>${expires}</time></dd></div>` : nothing}
        ${view.achievementType ? html`<div><dt>${msg('Type', { id: 'badge.type' })}</dt><dd>${view.achievementType}</dd></div>` : nothing}
        ${view.credits !== undefined ? html`<div><dt>${msg('Credits', { id: 'badge.credits' })}</dt><dd>${view.credits}</dd></div>` : nothing}
        ${view.results.map((result) => html`<div><dt>${result.label}</dt><dd>${result.value}</dd></div>`)}
        ${Object.entries(view.attributes).map(([name, value]) => html`<div><dt>${name}</dt><dd>${value}</dd></div>`)}
      </dl>
      ${view.criteria?.narrative || view.criteria?.url
        ? html`<div class="criteria">
            <h4>${msg('Criteria', { id: 'badge.criteria' })}</h4>
            ${view.criteria.narrative ? html`<p>${view.criteria.narrative}</p>` : nothing}
            ${view.criteria.url && isAllowedLinkUrl(view.criteria.url)
              ? html`<a href=${view.criteria.url} target="_blank" rel="noopener noreferrer">${msg('Read the criteria', { id: 'badge.criteria-link' })}</a>`
              : nothing}
          </div>`
        : nothing}
      ${view.evidence.length
        ? html`<div class="evidence">
            <h4>${msg('Evidence', { id: 'badge.evidence' })}</h4>
            <ul>
              ${view.evidence.map((item) => {
                const name = item.name ?? item.description ?? item.url ?? msg('Evidence', { id: 'badge.evidence' });
                return html`<li>
                  ${item.url && isAllowedLinkUrl(item.url) ? html`<a href=${item.url} target="_blank" rel="noopener noreferrer">${name}</a>` : name}
                  ${item.narrative ? html`<span class="narrative">${item.narrative}</span>` : nothing}
                </li>`;
              })}
            </ul>
          </div>`
        : nothing}
    </div>`;
  }

  private renderCertificate(view: CredentialView): TemplateResult {
    const module = this.renderModule;
    if (!module) return html`<div class="skeleton certificate-loading">${msg('Preparing the certificate…', { id: 'badge.certificate-loading' })}</div>`;
    if (view.template && !this.templateFailed) return html`<div class="template-target"></div>`;
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
    if (this.layout === 'certificate') {
      return html`<article class="credential certificate-layout" aria-label=${view.title}>
        ${this.renderCertificate(view)}
        <div class="below">${this.renderStatus(view)} ${this.renderActions()}</div>
      </article>`;
    }
    return html`<article class="credential" aria-labelledby="name">
      <div class="media">${this.renderImage(view)}</div>
      <div class="body">
        <p class="name" part="name" id="name">${view.title}</p>
        ${issuer ? html`<p class="issuer" part="issuer">${msg(str`Issued by ${issuer}`, { id: 'badge.issued-by' })}</p>` : nothing}
        ${this.renderStatus(view)} ${this.layout === 'card' ? this.renderDetails(view) : nothing} ${this.renderActions()}
      </div>
    </article>`;
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
      <div class="visually-hidden" role="status" aria-live="polite">${this.announcement()}</div>
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'credential-badge': CredentialBadge;
  }
}

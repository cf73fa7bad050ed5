/**
 * The certificate layout's machinery: the renderer (DOMPurify and the CSS sanitizer) loaded on demand, an issuer's
 * template rendered into its target, and a fixed-width certificate scaled down to the element's width as it resizes
 * (CSSOM only: no style attribute strings, which a strict CSP would refuse).
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { CredentialError } from '../../errors.js';
import type { CredentialView } from '../../model/types.js';

type RenderModule = typeof import('../../render/index.js');

export class CertificateController implements ReactiveController {
  /** The renderer, once loaded. */
  renderer: RenderModule | undefined;
  /** The issuer's template could not be shown: the built-in certificate shows instead. */
  failed = false;
  private loading = false;
  private target: HTMLElement | undefined;
  private resizeObserver: ResizeObserver | undefined;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  hostDisconnected(): void {
    this.resizeObserver?.disconnect();
    this.resizeObserver = undefined;
  }

  /** Starts loading the renderer (once), with its default styles adopted into the host's shadow root. */
  load(): void {
    if (this.renderer || this.loading) return;
    this.loading = true;
    import('../../render/index.js').then(
      (module) => {
        const root = this.host.shadowRoot;
        const sheet = module.defaultCertificateStyles.styleSheet;
        if (root && sheet) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
        this.renderer = module;
        this.host.requestUpdate();
      },
      () => {
        this.failed = true;
        this.host.requestUpdate();
      },
    );
  }

  /** Renders the view's template into `target` and fits it; a template the renderer refuses marks the controller failed. */
  render(target: HTMLElement, view: CredentialView, locale: string): void {
    if (!this.renderer || !view.template || this.failed) return;
    try {
      this.renderer.renderTemplate(target, view.template, view, { locale });
      this.target = target;
      this.fit();
      this.resizeObserver ??= new ResizeObserver(() => this.fit());
      this.resizeObserver.observe(this.host);
    } catch (error) {
      this.failed = true;
      this.host.requestUpdate();
      if (error instanceof CredentialError) console.warn(`${this.host.localName}: ${error.code}: ${error.message}`);
    }
  }

  /** Scales an issuer's fixed-width certificate down to the target's width. */
  private fit(): void {
    const target = this.target;
    const certificate = target?.querySelector<HTMLElement>('[data-credential-certificate]');
    if (!target || !certificate) return;
    target.style.removeProperty('zoom');
    const natural = certificate.scrollWidth;
    const available = target.clientWidth;
    if (natural > available + 1 && available > 0) target.style.setProperty('zoom', (available / natural).toFixed(4));
  }
}

/**
 * The certificate layout's machinery: the renderer (DOMPurify and the CSS sanitizer) loaded on demand, an issuer's
 * template rendered into its sheet, the sheet fitted to the element's width (fit.ts), and keeping it: printed alone
 * (print.ts, for Save as PDF) and drawn as a PNG (png.ts).
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { CredentialError } from '../../errors.js';
import type { CredentialView } from '../../model/types.js';
import type { RenderOptions } from '../../render/types.js';
import { CertificateFit, type SheetSize } from './fit.js';
import { printCertificate } from './print.js';

type RenderModule = typeof import('../../render/index.js');

/** The width certificates are laid out at, in CSS pixels, before they are scaled to the element's. */
export const SHEET_WIDTH = 880;

export class CertificateController implements ReactiveController {
  /** The renderer, once loaded. */
  renderer: RenderModule | undefined;
  /** The issuer's template could not be shown: the built-in certificate shows instead. */
  failed = false;
  private loading = false;
  private readonly fit = new CertificateFit(SHEET_WIDTH);
  private frame: HTMLElement | undefined;
  private sheet: HTMLElement | undefined;
  /** What the template was last rendered from, so that an unrelated update renders nothing again. */
  private rendered: { sheet: HTMLElement; view: CredentialView; options: string } | undefined;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  hostConnected(): void {
    if (this.frame && this.sheet?.isConnected) this.fit.attach(this.frame, this.sheet);
  }

  hostDisconnected(): void {
    this.fit.detach();
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

  /**
   * After each render of the layout: the view's template into `sheet` (when the sheet is a template's), then the fit
   * of `sheet` into `frame`. A template the renderer refuses marks the controller failed (the built-in shows).
   */
  update(frame: HTMLElement, sheet: HTMLElement, view: CredentialView, options: RenderOptions): void {
    this.frame = frame;
    this.sheet = sheet;
    const key = JSON.stringify(options);
    if (this.renderer && view.template && !this.failed && sheet.classList.contains('template')) {
      const done = this.rendered;
      if (done?.sheet !== sheet || done.view !== view || done.options !== key) {
        try {
          this.renderer.renderTemplate(sheet, view.template, view, options);
          this.rendered = { sheet, view, options: key };
        } catch (error) {
          this.failed = true;
          this.rendered = undefined;
          this.host.requestUpdate();
          if (error instanceof CredentialError) console.warn(`${this.host.localName}: ${error.code}: ${error.message}`);
          return;
        }
      }
    }
    this.fit.attach(frame, sheet);
  }

  /** The certificate's own size (before it is scaled to the element), once it is shown. */
  get size(): SheetSize | undefined {
    return this.fit.natural;
  }

  /** The certificate shown: the built-in layout's article, or the template's host. */
  private get certificate(): HTMLElement | undefined {
    return (this.sheet?.isConnected && (this.sheet.firstElementChild as HTMLElement | null)) || undefined;
  }

  /** Opens the print dialog with the certificate alone, one page of its size. False when no certificate is shown. */
  print(): boolean {
    if (!this.certificate) return false;
    this.fit.fit();
    const size = this.fit.natural;
    if (!size) return false;
    printCertificate(this.host, size);
    return true;
  }

  /** The certificate drawn as a PNG, twice its own size. Rejects with a CredentialError `DRAW_FAILED`. */
  async png(): Promise<Blob> {
    const certificate = this.certificate;
    if (certificate) this.fit.fit();
    const size = this.fit.natural;
    if (!certificate || !size || !this.renderer) throw new CredentialError('DRAW_FAILED', 'There is no certificate shown to draw.');
    const template = certificate.hasAttribute('data-credential-certificate');
    // The drawing code loads when a certificate is first drawn.
    const { drawPng } = await import('./png.js');
    return drawPng(certificate, { size, ...(template ? {} : { css: this.renderer.defaultCertificateStyles.cssText }) });
  }

  /** Draws the certificate and saves it as `name`. Rejects with a CredentialError `DRAW_FAILED`. */
  async savePng(name: string): Promise<void> {
    const blob = await this.png();
    const { saveBlob } = await import('./png.js');
    saveBlob(blob, name, this.host.shadowRoot ?? this.host);
  }
}

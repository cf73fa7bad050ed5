/**
 * A certificate is a sheet: laid out once at a sheet's width (`width`, or the template's own when it is wider), then
 * scaled as a whole to the element's width, keeping its proportions, with nothing cut off, at any width. Its frame
 * takes the scaled height and contains its size (`contain: size`), so the sheet's layout width never widens the page.
 *
 * This module measures the sheet and hands the numbers to CSS as custom properties on the frame: `--_sheet-width`,
 * `--_sheet-height` (the certificate's own size) and `--_scale`. Where the browser divides lengths (`calc(100cqi /
 * 880px)`), the styles scale from the container's width themselves, in print too; `--_scale` is the same number
 * for the others. Properties are set through the CSSOM (`style.setProperty`): no style attribute is ever parsed,
 * which a strict `style-src 'self'` would refuse. A ResizeObserver watches the frame (the width available) and the
 * sheet (images and fonts arriving); its callbacks schedule the next measure for an animation frame, so no size
 * changes inside a callback (no "loop completed" errors).
 */

/** Widest layout a template may ask for (a template wider than this is scaled from this width). */
const MAX_SHEET_WIDTH = 4000;
/** Tallest a sheet may be, in sheet widths: a template taller than that (a hostile one) is cut off there. */
export const MAX_SHEET_ASPECT = 8;

export interface SheetSize {
  width: number;
  height: number;
}

export class CertificateFit {
  private frame: HTMLElement | undefined;
  private sheet: HTMLElement | undefined;
  private observer: ResizeObserver | undefined;
  private scheduled = 0;
  /** The certificate's own size, unscaled (CSS pixels), once measured. */
  natural: SheetSize | undefined;

  /** `width`: the width certificates are laid out at, in CSS pixels. */
  constructor(private readonly width: number) {}

  /** Fits `sheet` (the certificate's parent) into `frame`, now and whenever either changes size. */
  attach(frame: HTMLElement, sheet: HTMLElement): void {
    if (this.frame !== frame || this.sheet !== sheet) {
      this.detach();
      this.frame = frame;
      this.sheet = sheet;
      this.observer = new ResizeObserver(() => this.schedule());
      this.observer.observe(frame);
      this.observer.observe(sheet);
    }
    this.fit();
  }

  detach(): void {
    this.observer?.disconnect();
    this.observer = undefined;
    cancelAnimationFrame(this.scheduled);
    this.scheduled = 0;
    this.frame = this.sheet = undefined;
    this.natural = undefined;
  }

  private schedule(): void {
    if (this.scheduled) return;
    this.scheduled = requestAnimationFrame(() => {
      this.scheduled = 0;
      this.fit();
    });
  }

  /** Measures the sheet at its layout width and scales it to the frame's width. */
  fit(): void {
    const { frame, sheet } = this;
    const content = sheet?.firstElementChild as HTMLElement | null | undefined;
    if (!frame || !sheet || !content) return;
    set(frame, '--_sheet-width', `${this.width}px`);
    // A template wider than the sheet (a fixed-width design) is laid out at its own width.
    const wanted = Math.min(Math.ceil(content.scrollWidth), MAX_SHEET_WIDTH);
    const width = wanted > this.width + 1 ? wanted : this.width;
    set(frame, '--_sheet-width', `${width}px`);
    const height = Math.min(Math.ceil(Math.max(content.offsetHeight, content.scrollHeight)), width * MAX_SHEET_ASPECT);
    set(frame, '--_sheet-height', `${height}px`);
    this.natural = { width, height };
    const available = frame.clientWidth;
    if (available > 0) set(frame, '--_scale', (available / width).toFixed(5));
  }
}

/** Sets one property through the CSSOM, when it changes (an unchanged value does not wake the observer). */
function set(element: HTMLElement, property: string, value: string): void {
  if (element.style.getPropertyValue(property) !== value) element.style.setProperty(property, value);
}

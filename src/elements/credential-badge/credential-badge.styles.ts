import { css } from 'lit';
import { badgeLayout } from '../shared/badge-layout.styles.js';

/**
 * The badge and card layout (shared/badge-layout.styles.ts, which the gallery's tiles use too), the element's own
 * properties mapped onto the shared tokens, and the certificate layout.
 */
export const styles = css`
  ${badgeLayout}
  :host {
    --_own-accent: var(--credential-badge-accent);
    --_own-surface: var(--credential-badge-surface);
    --_own-ink: var(--credential-badge-ink);
    --_own-border: var(--credential-badge-border);
    --_own-radius: var(--credential-badge-radius);
    --_own-font: var(--credential-badge-font);
    --_image: var(--credential-badge-image-size, 96px);
    max-width: 100%;
  }
  .base {
    position: relative;
  }
  .certificate-layout {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: 0.75em;
  }
  /*
   * The certificate is a sheet laid out at its own width and scaled to the box's (fit.ts sets --_sheet-width,
   * --_sheet-height and --_scale): the proportions kept, nothing cut off, at any width. Until it is measured, the box
   * has a sheet's proportions.
   */
  .certificate-box {
    container-type: inline-size;
    min-width: 0;
  }
  .fit {
    width: 100%;
    aspect-ratio: 1.414 / 1;
    height: calc(var(--_sheet-height) * var(--_scale));
    overflow: clip;
  }
  .sheet {
    width: var(--_sheet-width, 880px);
    transform-origin: 0 0;
    transform: scale(var(--_scale, 1));
  }
  /* Right to left, the sheet starts at the box's right edge: it scales from there. */
  [dir='rtl'] .sheet {
    transform-origin: 100% 0;
  }
  /* Where the browser divides lengths, the scale follows the box at once, in print too. */
  @supports (scale: calc(100cqi / 1px)) {
    .fit {
      height: calc(var(--_sheet-height) * 100cqi / var(--_sheet-width));
    }
    .sheet {
      transform: scale(calc(100cqi / var(--_sheet-width, 880px)));
    }
  }
  .below {
    display: grid;
    gap: 0.5em;
  }
  /* Save as PDF (print.ts): the certificate alone, at its own size, on a page of that size. */
  @media print {
    :host([data-credential-print]) .below {
      display: none;
    }
    :host([data-credential-print]) .credential {
      display: block;
      padding: 0;
      border: 0;
      border-radius: 0;
      background: none;
    }
    :host([data-credential-print]) .fit {
      width: var(--_sheet-width);
      height: var(--_sheet-height);
      aspect-ratio: auto;
    }
    :host([data-credential-print]) .sheet {
      transform: none;
    }
  }
`;

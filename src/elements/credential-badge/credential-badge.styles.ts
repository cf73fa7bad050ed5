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
  .template-target {
    min-width: 0;
  }
  .below {
    display: grid;
    gap: 0.5em;
  }
`;

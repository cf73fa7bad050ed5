import { css } from 'lit';

/** The element's own properties (mapped onto the shared tokens), and the certificate layout; the badge and card layout is shared (shared/badge-layout.styles.ts). */
export const styles = css`
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

import { css } from 'lit';

export const styles = css`
  :host {
    --_accent: var(--credential-badge-accent, var(--credential-accent, #1f5fbf));
    --_surface: var(--credential-badge-surface, var(--credential-surface, #ffffff));
    --_ink: var(--credential-badge-ink, var(--credential-ink, #1d2330));
    --_border: var(--credential-badge-border, var(--credential-border, #c9cfda));
    --_radius: var(--credential-badge-radius, var(--credential-radius, 12px));
    --_font: var(--credential-badge-font, var(--credential-font, system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif));
    --_image: var(--credential-badge-image-size, 96px);
    max-width: 100%;
  }
  @media (prefers-color-scheme: dark) {
    :host {
      --_accent: var(--credential-badge-accent, var(--credential-accent, #8fb6ff));
      --_surface: var(--credential-badge-surface, var(--credential-surface, #171b24));
      --_ink: var(--credential-badge-ink, var(--credential-ink, #e8ebf2));
      --_border: var(--credential-badge-border, var(--credential-border, #3a4254));
    }
  }
  .base {
    position: relative;
  }
  .credential {
    display: flex;
    gap: 1em;
    align-items: flex-start;
    padding: 1em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_ink);
  }
  .media {
    flex: none;
  }
  .image {
    width: var(--_image);
    height: var(--_image);
    object-fit: contain;
    border-radius: calc(var(--_radius) / 2);
    display: grid;
    place-items: center;
  }
  .image.placeholder {
    background: color-mix(in srgb, var(--_accent) 16%, var(--_surface));
    color: var(--_accent);
    font-weight: 700;
    font-size: calc(var(--_image) / 3);
  }
  .body {
    min-width: 0;
    display: grid;
    gap: 0.4em;
    flex: 1;
  }
  .name {
    margin: 0;
    font-size: 1.15em;
    font-weight: 700;
    overflow-wrap: anywhere;
  }
  .issuer,
  .description {
    margin: 0;
    color: var(--_muted);
  }
  .status-row {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em;
  }
  .lifecycle {
    margin: 0;
    font-weight: 600;
    color: var(--_bad);
  }
  .checks {
    border-top: 1px solid var(--_border);
    padding-top: 0.5em;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    margin-top: 0.25em;
  }
  .actions .button,
  .actions button {
    font-size: 0.875em;
  }
  .details {
    display: grid;
    gap: 0.5em;
  }
  .facts {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(10em, 1fr));
    gap: 0.25em 1em;
    margin: 0;
  }
  .facts dt {
    font-size: 0.8em;
    color: var(--_muted);
  }
  .facts dd {
    margin: 0;
    font-weight: 600;
  }
  h4 {
    margin: 0.25em 0;
    font-size: 0.95em;
  }
  .criteria p,
  .evidence ul {
    margin: 0;
  }
  .evidence .narrative {
    display: block;
    color: var(--_muted);
    font-size: 0.875em;
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
  /* Narrow containers: stack the image over the text. */
  @container (max-width: 22rem) {
    .credential {
      flex-direction: column;
      align-items: stretch;
    }
    .media {
      align-self: center;
    }
  }
  @media print {
    .actions,
    .chip[aria-expanded] {
      display: none;
    }
  }
  @media (forced-colors: active) {
    .credential {
      border: 1px solid CanvasText;
    }
  }
`;

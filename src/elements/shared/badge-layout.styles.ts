/**
 * The badge and card layout (image, name, issuer, status, details, actions), apart from the element that shows it:
 * `<credential-badge>` uses it, and so can any element that shows credentials as badges (a gallery, say). Colours
 * come from the shared tokens (styles.ts); the image size from `--_image`.
 */
import { css } from 'lit';

export const badgeLayout = css`
  .credential {
    display: flex;
    gap: 1em;
    align-items: flex-start;
    padding: 1em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_ink);
    color-scheme: var(--_scheme);
  }
  .media {
    flex: none;
    position: relative;
  }
  /* An image still loading sits, unseen, over the initials it will replace. */
  .image.loading {
    position: absolute;
    inset: 0;
    opacity: 0;
  }
  .image {
    width: var(--_image, 96px);
    height: var(--_image, 96px);
    object-fit: contain;
    border-radius: calc(var(--_radius) / 2);
    display: grid;
    place-items: center;
  }
  /* Initials, when there is no image or it does not load: the accent as a fill, its text black or white. */
  .image.placeholder {
    background: var(--_accent);
    color: var(--_on-accent);
    font-weight: 700;
    font-size: calc(var(--_image, 96px) / 3);
    line-height: 1;
    user-select: none;
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
    line-height: 1.3;
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
    color: var(--_bad-text);
  }
  .checks {
    border-block-start: 1px solid var(--_border);
    padding-block-start: 0.5em;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    margin-block-start: 0.25em;
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
  .section-title {
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

import { css } from 'lit';

/** The gallery's own: its tokens, controls, the grid of tiles and the dialog. The tiles use `<credential-badge>`'s styles. */
export const styles = css`
  :host {
    --_accent: var(--credential-gallery-accent, var(--credential-accent, #1f5fbf));
    --_surface: var(--credential-gallery-surface, var(--credential-surface, #ffffff));
    --_ink: var(--credential-gallery-ink, var(--credential-ink, #1d2330));
    --_border: var(--credential-gallery-border, var(--credential-border, #c9cfda));
    --_radius: var(--credential-gallery-radius, var(--credential-radius, 12px));
    --_font: var(--credential-gallery-font, var(--credential-font, system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif));
    --_image: var(--credential-gallery-image-size, 72px);
    --_tile: var(--credential-gallery-tile-width, 13rem);
  }
  @media (prefers-color-scheme: dark) {
    :host {
      --_accent: var(--credential-gallery-accent, var(--credential-accent, #8fb6ff));
      --_surface: var(--credential-gallery-surface, var(--credential-surface, #171b24));
      --_ink: var(--credential-gallery-ink, var(--credential-ink, #e8ebf2));
      --_border: var(--credential-gallery-border, var(--credential-border, #3a4254));
    }
  }
  .base {
    display: grid;
    gap: 0.75em;
  }
  .controls {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em 1em;
    align-items: end;
  }
  .control {
    display: grid;
    gap: 0.2em;
    font-size: 0.875em;
    color: var(--_muted);
  }
  .control.search {
    flex: 1 1 12em;
  }
  input,
  select {
    font: inherit;
    color: var(--_ink);
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) / 2);
    padding: 0.35em 0.5em;
    min-height: 2.25em;
  }
  .summary {
    margin: 0;
    color: var(--_muted);
    font-size: 0.9em;
  }
  .grid {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: 0.75em;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, var(--_tile)), 1fr));
  }
  .cell {
    min-width: 0;
  }
  /* A tile is the badge layout, stacked, as one button; fixed height so rows can be skipped (virtualized). */
  .tile.credential {
    width: 100%;
    height: calc(var(--_image) + 10em);
    flex-direction: column;
    align-items: center;
    justify-content: flex-start;
    gap: 0.5em;
    padding: 0.9em 0.75em;
    text-align: center;
    font: inherit;
    color: var(--_ink);
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    cursor: pointer;
    overflow: hidden;
    transition: border-color var(--_speed) ease, box-shadow var(--_speed) ease;
  }
  button.tile.credential:hover {
    border-color: var(--_accent);
    background: var(--_surface);
    box-shadow: 0 1px 6px color-mix(in srgb, var(--_accent) 25%, transparent);
  }
  .tile .body {
    justify-items: center;
    gap: 0.25em;
    flex: none;
    width: 100%;
  }
  .tile .name {
    font-size: 1em;
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: 2;
    line-clamp: 2;
    overflow: hidden;
  }
  .tile .recipient {
    font-weight: 600;
    font-size: 0.9em;
  }
  .tile .recipient,
  .tile .issuer {
    font-size: 0.8em;
    white-space: nowrap;
    overflow: hidden;
    text-overflow: ellipsis;
    max-width: 100%;
  }
  .tile .chip {
    font-size: 0.75em;
  }
  .tile[data-outcome='error'] {
    border-style: dashed;
    color: var(--_muted);
  }
  .empty,
  .more {
    margin: 0;
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    align-items: center;
    justify-content: center;
    min-height: 1px;
  }
  .error-inline {
    color: var(--_bad);
  }
  dialog {
    width: min(44rem, calc(100vw - 2rem));
    max-height: calc(100vh - 2rem);
    padding: 1em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_ink);
  }
  dialog::backdrop {
    background: rgb(0 0 0 / 45%);
  }
  .dialog-head {
    display: flex;
    gap: 1em;
    align-items: start;
    justify-content: space-between;
    margin-block-end: 0.75em;
  }
  .dialog-head h2 {
    margin: 0;
    font-size: 1.2em;
  }
  @media (forced-colors: active) {
    .tile.credential,
    dialog {
      border: 1px solid CanvasText;
    }
    button.tile.credential:hover {
      border-color: Highlight;
    }
  }
  @media print {
    .controls,
    .more {
      display: none;
    }
  }
`;

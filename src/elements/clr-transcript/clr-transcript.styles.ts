import { css } from 'lit';

export const styles = css`
  :host {
    --_accent: var(--credential-transcript-accent, var(--credential-accent, #1f5fbf));
    --_surface: var(--credential-transcript-surface, var(--credential-surface, #ffffff));
    --_ink: var(--credential-transcript-ink, var(--credential-ink, #1d2330));
    --_border: var(--credential-transcript-border, var(--credential-border, #c9cfda));
    --_radius: var(--credential-transcript-radius, var(--credential-radius, 12px));
    --_row: var(--credential-transcript-row-height, 3.25rem);
  }
  @media (prefers-color-scheme: dark) {
    :host {
      --_accent: var(--credential-transcript-accent, var(--credential-accent, #8fb6ff));
      --_surface: var(--credential-transcript-surface, var(--credential-surface, #171b24));
      --_ink: var(--credential-transcript-ink, var(--credential-ink, #e8ebf2));
      --_border: var(--credential-transcript-border, var(--credential-border, #3a4254));
    }
  }
  .header {
    display: grid;
    gap: 0.75em;
  }
  .record-title {
    margin: 0;
    font-size: 1.35em;
  }
  .who {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 2em;
    margin: 0.5em 0 0;
  }
  .who dt,
  .field span {
    font-size: 0.8em;
    color: var(--_muted);
  }
  .who dd {
    margin: 0;
    font-weight: 600;
  }
  .record-status {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.75em;
  }
  .progress {
    display: inline-flex;
    align-items: center;
    gap: 0.5em;
    font-size: 0.875em;
  }
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-end;
    gap: 0.75em;
    padding-block: 0.5em;
    border-block: 1px solid var(--_border);
  }
  .field {
    display: grid;
    gap: 0.15em;
  }
  input,
  select {
    font: inherit;
    color: inherit;
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: 6px;
    padding: 0.3em 0.5em;
  }
  .spacer {
    flex: 1;
  }
  .count {
    margin: 0;
    color: var(--_muted);
    font-size: 0.875em;
  }
  .list {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .row {
    border-bottom: 1px solid var(--_border);
    /* Long lists: the browser skips layout and paint of rows off screen. */
    content-visibility: auto;
    contain-intrinsic-size: auto var(--_row);
  }
  summary {
    display: grid;
    grid-template-columns: minmax(0, 1fr) 7em 6.5em 3.5em 9.5em;
    align-items: center;
    gap: 0.75em;
    padding: 0.55em 0.25em;
    cursor: pointer;
    list-style: none;
  }
  summary::-webkit-details-marker {
    display: none;
  }
  .row[data-depth='1'] summary {
    padding-inline-start: 1.5em;
  }
  .row[data-depth='2'] summary {
    padding-inline-start: 3em;
  }
  .row[data-depth='3'] summary,
  .row[data-depth='4'] summary {
    padding-inline-start: 4.5em;
  }
  .row[data-depth='0'] .title {
    font-weight: 700;
  }
  .name {
    min-width: 0;
    display: flex;
    flex-wrap: wrap;
    gap: 0 0.5em;
    align-items: baseline;
  }
  .path,
  .type,
  .term {
    color: var(--_muted);
    font-size: 0.85em;
  }
  .grade {
    font-weight: 700;
    overflow-wrap: anywhere;
  }
  .chip.small {
    font-size: 0.75em;
    justify-self: start;
  }
  .more {
    padding: 0 0.5em 0.75em 1.5em;
    display: grid;
    gap: 0.4em;
    font-size: 0.925em;
  }
  .more p,
  .results {
    margin: 0;
  }
  .credits table {
    border-collapse: collapse;
    min-width: 16em;
  }
  .credits h3 {
    margin: 0 0 0.25em;
    font-size: 1em;
  }
  .credits th,
  .credits td {
    text-align: start;
    padding: 0.25em 0.75em 0.25em 0;
    border-bottom: 1px solid var(--_border);
  }
  .credits tfoot th,
  .credits tfoot td {
    font-weight: 700;
  }
  /* Narrow containers: name on its own line, the rest below. */
  @container (max-width: 36rem) {
    summary {
      grid-template-columns: 1fr auto auto;
    }
    .name {
      grid-column: 1 / -1;
    }
    .term {
      display: none;
    }
  }
  @media print {
    :host {
      --_ink: #000;
      --_surface: #fff;
      --_border: #999;
      --_muted: #333;
      color: #000;
    }
    .base {
      border: 0;
      padding: 0;
    }
    .toolbar,
    .count,
    .progress,
    .checks,
    .more,
    button {
      display: none !important;
    }
    .row {
      content-visibility: visible;
      break-inside: avoid;
    }
    .chip {
      border: 0;
      padding: 0;
      color: #000 !important;
    }
    .chip .icon {
      display: none;
    }
  }
`;

import { css } from 'lit';

/** The record (render-record.ts): column headings, term blocks, rows, totals; narrow containers; print. */
export const recordStyles = css`
  .columns,
  summary {
    display: grid;
    grid-template-columns: var(--_columns);
    align-items: center;
    gap: 1em;
    padding-inline: 0.25em;
  }
  .columns {
    font-size: 0.8em;
    font-weight: 600;
    color: var(--_muted);
    border-block-end: 2px solid var(--_border);
    padding-block: 0 0.35em;
  }
  .credits-cell {
    text-align: end;
  }
  .nowrap {
    white-space: nowrap;
  }
  /* Each cell's name: for screen readers on a wide layout (the column headings show it), shown on a narrow one. */
  .cell-label {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
  }
  .record,
  .term {
    display: grid;
    /* Never wider than the box, whatever a long word or a closed row's content would like. */
    grid-template-columns: minmax(0, 1fr);
  }
  .record {
    gap: 1.25em;
  }
  .term {
    gap: 0.25em;
  }
  .term-title {
    margin: 0;
    font-size: 1.05em;
    padding-inline: 0.25em;
  }
  .list {
    list-style: none;
    margin: 0;
    padding: 0;
    border-block-start: 1px solid var(--_border);
  }
  .row {
    border-block-end: 1px solid var(--_border);
    /* Long lists: the browser skips layout and paint of rows off screen. */
    content-visibility: auto;
    contain-intrinsic-size: auto var(--_row);
  }
  summary {
    padding-block: 0.55em;
    cursor: pointer;
    list-style: none;
    border-radius: 4px;
  }
  summary::-webkit-details-marker {
    display: none;
  }
  summary:focus-visible {
    outline-offset: -2px;
  }
  .row[data-depth='1'] .name {
    padding-inline-start: 1.5em;
  }
  .row[data-depth='2'] .name {
    padding-inline-start: 3em;
  }
  .row[data-depth='3'] .name,
  .row[data-depth='4'] .name {
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
  .conferred,
  .repeat {
    color: var(--_muted);
    font-size: 0.85em;
  }
  .repeat {
    font-style: italic;
  }
  /* Marks that point along the line point the other way right to left. */
  .separator {
    display: inline-block;
  }
  .separator:dir(rtl) {
    transform: scaleX(-1);
  }
  .row[data-repeated] .grade,
  .row[data-repeated] .credits-cell {
    color: var(--_muted);
    font-weight: 400;
  }
  .grade {
    font-weight: 700;
    overflow-wrap: anywhere;
  }
  .grade-label {
    display: block;
    font-size: 0.75em;
    font-weight: 400;
    color: var(--_muted);
  }
  .chip.small {
    font-size: 0.75em;
    justify-self: start;
  }
  .more {
    padding-block: 0 0.75em;
    padding-inline: 1.5em 0.5em;
    display: grid;
    gap: 0.4em;
    font-size: 0.925em;
  }
  .more p,
  .results {
    margin: 0;
  }
  .term-totals,
  .record-totals {
    display: flex;
    flex-wrap: wrap;
    justify-content: flex-end;
    gap: 0.25em 1.75em;
    margin-block: 0.25em 0;
    margin-inline: 0;
    padding-inline: 0.25em;
    text-align: end;
  }
  .totals {
    display: grid;
    gap: 0.5em;
    padding-block-start: 0.75em;
    border-block-start: 2px solid var(--_border);
  }
  .record-totals {
    justify-content: flex-start;
    text-align: start;
    font-size: 1.05em;
  }
  @media screen {
    .row[data-hidden],
    .term[data-empty] {
      display: none;
    }
  }
  /* Narrow containers: the name on its own line, grade, credits and status below; the column headings go. */
  @container (max-width: 36rem) {
    summary {
      display: flex;
      flex-wrap: wrap;
      align-items: baseline;
      gap: 0.25em 1.25em;
    }
    .name {
      flex-basis: 100%;
    }
    .grade,
    .credits-cell {
      min-width: 0;
    }
    .cell-label {
      position: static;
      width: auto;
      height: auto;
      clip: none;
      overflow: visible;
      font-size: 0.8em;
      font-weight: 400;
      color: var(--_muted);
    }
    .credits-cell {
      text-align: start;
    }
    .chip.small {
      margin-inline-start: auto;
    }
    .columns {
      display: none;
    }
  }
  /* Printed: the whole record whatever the filter, every row laid out, no controls. */
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
    .skip,
    .count,
    .progress,
    .checks,
    .more,
    .path {
      display: none !important;
    }
    .row {
      content-visibility: visible;
      break-inside: avoid;
    }
    .term-title {
      break-after: avoid;
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

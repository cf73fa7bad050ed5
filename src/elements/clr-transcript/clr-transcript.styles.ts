import { css } from 'lit';

/** The element's own properties, the header, the toolbar and the skip link; the record's rows are in render-record.styles.ts. */
export const styles = css`
  :host {
    --_own-accent: var(--credential-transcript-accent);
    --_own-surface: var(--credential-transcript-surface);
    --_own-ink: var(--credential-transcript-ink);
    --_own-border: var(--credential-transcript-border);
    --_own-radius: var(--credential-transcript-radius);
    --_row: var(--credential-transcript-row-height, 3.25rem);
    /* Achievement, grade, credits, verification: the column headings and every row share them. */
    --_columns: minmax(0, 1fr) 8em 5.5em 9.5em;
  }
  .header {
    display: grid;
    gap: 0.75em;
  }
  .record-title {
    margin: 0;
    font-size: 1.35em;
    line-height: 1.25;
  }
  .who {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 2em;
    margin: 0;
  }
  .who dt,
  .field span,
  .term-totals dt,
  .record-totals dt {
    font-size: 0.8em;
    color: var(--_muted);
  }
  .who dd,
  .term-totals dd,
  .record-totals dd {
    margin: 0;
    font-weight: 600;
  }
  .record-status {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.75em;
  }
  .lifecycle {
    margin: 0;
    font-weight: 600;
    color: var(--_bad-text);
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
    padding: 0.3em 0.5em;
  }
  .spacer {
    flex: 1;
  }
  .count,
  .empty,
  .note {
    margin: 0;
    color: var(--_muted);
    font-size: 0.875em;
  }
  /* The skip link shows when it has the focus. */
  .skip:not(:focus) {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
  }
  .skip:focus {
    justify-self: start;
    padding: 0.3em 0.8em;
    border-radius: 999px;
    background: var(--_accent);
    color: var(--_on-accent);
  }
`;

import { css } from 'lit';

export const styles = css`
  :host {
    --_own-accent: var(--credential-verify-accent);
    --_own-surface: var(--credential-verify-surface);
    --_own-ink: var(--credential-verify-ink);
    --_own-border: var(--credential-verify-border);
    --_own-radius: var(--credential-verify-radius);
  }
  .form {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: 0.5em;
  }
  .intro {
    margin-block: 0 0.5em;
    margin-inline: 0;
  }
  ::slotted(:first-child) {
    margin-block-start: 0;
  }
  .dropzone {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: center;
    gap: 0.75em;
    padding: 1.5em 1em;
    border: 2px dashed var(--_border);
    border-radius: var(--_radius);
    transition: border-color var(--_speed) ease, background-color var(--_speed) ease;
  }
  .dropzone[data-dragging] {
    border-color: var(--_accent);
    background: color-mix(in srgb, var(--_accent) 8%, var(--_surface));
  }
  .file-button:focus-within {
    outline: 2px solid var(--_focus);
    outline-offset: 2px;
  }
  .file-name {
    font-family: ui-monospace, monospace;
    font-size: 0.875em;
  }
  .field {
    font-weight: 600;
    font-size: 0.9em;
  }
  textarea,
  input[type='url'] {
    font-family: ui-monospace, monospace;
    font-size: 0.875em;
    padding: 0.5em;
    width: 100%;
  }
  .submit-row {
    display: flex;
    justify-content: flex-end;
  }
  .primary {
    padding-inline: 1.4em;
  }
  .report {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: 0.75em;
  }
  .outcome {
    display: flex;
    align-items: center;
    gap: 0.4em;
    margin: 0;
    font-size: 1.3em;
  }
  :host([verification='verified']) .outcome {
    color: var(--_ok-text);
  }
  :host([verification='warning']) .outcome {
    color: var(--_warn-text);
  }
  :host([verification='failed']) .outcome {
    color: var(--_bad-text);
  }
  :host([verification='unverifiable']) .outcome {
    color: var(--_ink);
  }
  .unverifiable-hint {
    margin: 0;
  }
  .section-title {
    margin-block: 0.5em 0;
    margin-inline: 0;
    font-size: 1.05em;
  }
  .tree {
    list-style: none;
    margin: 0;
    padding-inline-start: 0;
    display: grid;
    gap: 0.35em;
  }
  .tree .tree {
    padding-inline-start: 1.5em;
    margin-block-start: 0.35em;
  }
  summary {
    cursor: pointer;
    display: flex;
    align-items: center;
    gap: 0.5em;
    flex-wrap: wrap;
  }
  /* A drawn chevron (the borders draw it, so they are physical), mirrored right to left below. */
  summary::before {
    content: '';
    flex: none;
    width: 0.45em;
    height: 0.45em;
    border-right: 2px solid currentColor;
    border-block-end: 2px solid currentColor;
    transform: rotate(-45deg);
    transition: transform var(--_speed) ease;
  }
  details[open] > summary::before {
    transform: rotate(45deg);
  }
  /* The closed marker points to the inline end: right to left, it points left. */
  summary:dir(rtl)::before {
    scale: -1 1;
  }
  summary::-webkit-details-marker {
    display: none;
  }
  details > .checks {
    padding-block: 0.5em;
    padding-inline: 1.5em 0;
  }
  .chip.small {
    font-size: 0.75em;
  }
  .credential {
    border-block-start: 1px solid var(--_border);
    padding-block-start: 0.75em;
  }
  .facts {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(11em, 1fr));
    gap: 0.25em 1em;
    margin: 0.5em 0;
  }
  .facts dt {
    font-size: 0.8em;
    color: var(--_muted);
  }
  .facts dd {
    margin: 0;
    font-weight: 600;
  }
  pre {
    max-height: 24em;
    overflow: auto;
    background: var(--_raised);
    padding: 0.75em;
    border-radius: 6px;
    font-size: 0.8em;
  }
  @container (max-width: 30rem) {
    .dropzone {
      flex-direction: column;
    }
    .submit-row {
      justify-content: stretch;
    }
    .primary {
      width: 100%;
      justify-content: center;
    }
  }
  @media (forced-colors: active) {
    .dropzone {
      border-color: CanvasText;
    }
    .primary {
      background: ButtonText;
      color: ButtonFace;
      border-color: ButtonText;
    }
  }
`;

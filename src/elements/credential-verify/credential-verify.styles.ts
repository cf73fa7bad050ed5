import { css } from 'lit';

export const styles = css`
  :host {
    --_accent: var(--credential-verify-accent, var(--credential-accent, #1f5fbf));
    --_surface: var(--credential-verify-surface, var(--credential-surface, #ffffff));
    --_ink: var(--credential-verify-ink, var(--credential-ink, #1d2330));
    --_border: var(--credential-verify-border, var(--credential-border, #c9cfda));
    --_radius: var(--credential-verify-radius, var(--credential-radius, 12px));
  }
  @media (prefers-color-scheme: dark) {
    :host {
      --_accent: var(--credential-verify-accent, var(--credential-accent, #8fb6ff));
      --_surface: var(--credential-verify-surface, var(--credential-surface, #171b24));
      --_ink: var(--credential-verify-ink, var(--credential-ink, #e8ebf2));
      --_border: var(--credential-verify-border, var(--credential-border, #3a4254));
    }
  }
  .form {
    display: grid;
    gap: 0.5em;
  }
  .intro {
    margin: 0;
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
    font: inherit;
    font-family: ui-monospace, monospace;
    font-size: 0.875em;
    color: inherit;
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: 6px;
    padding: 0.5em;
    width: 100%;
  }
  .submit-row {
    display: flex;
    justify-content: flex-end;
  }
  .primary {
    background: var(--_accent);
    color: var(--_surface);
    border-color: var(--_accent);
    font-weight: 600;
    padding-inline: 1.4em;
  }
  .primary:hover {
    background: color-mix(in srgb, var(--_accent) 85%, var(--_ink));
  }
  .report {
    display: grid;
    gap: 0.75em;
  }
  .outcome {
    display: flex;
    align-items: center;
    gap: 0.4em;
    margin: 0;
    font-size: 1.3em;
  }
  .outcome[data-status='verified'] {
    color: var(--_ok);
  }
  .outcome[data-status='warning'] {
    color: var(--_warn);
  }
  .outcome[data-status='failed'] {
    color: var(--_bad);
  }
  .outcome[data-status='unverifiable'] {
    color: var(--_ink);
  }
  .unverifiable-hint {
    margin: 0;
  }
  h3 {
    margin: 0.5em 0 0;
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
    margin-top: 0.35em;
  }
  summary {
    cursor: pointer;
    display: flex;
    align-items: center;
    gap: 0.5em;
    flex-wrap: wrap;
  }
  summary::before {
    content: '';
    flex: none;
    width: 0.45em;
    height: 0.45em;
    border-right: 2px solid currentColor;
    border-bottom: 2px solid currentColor;
    transform: rotate(-45deg);
    transition: transform var(--_speed) ease;
  }
  details[open] > summary::before {
    transform: rotate(45deg);
  }
  summary::-webkit-details-marker {
    display: none;
  }
  details > .checks {
    padding: 0.5em 0 0.5em 1.5em;
  }
  .chip.small {
    font-size: 0.75em;
  }
  .credential {
    border-top: 1px solid var(--_border);
    padding-top: 0.75em;
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
    }
  }
`;

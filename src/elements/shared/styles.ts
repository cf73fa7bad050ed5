/**
 * Styles every element shares. Each element maps its public `--credential-<element>-*` custom properties onto the
 * private `--_*` ones used here (Material's token scheme); `--credential-*` without an element name themes all three.
 */
import { css } from 'lit';

export const tokens = css`
  :host {
    --_ink: var(--credential-ink, #1d2330);
    --_muted: var(--credential-muted, #535b6b);
    --_surface: var(--credential-surface, #ffffff);
    --_raised: var(--credential-surface-raised, #f4f6fa);
    --_border: var(--credential-border, #c9cfda);
    --_accent: var(--credential-accent, #1f5fbf);
    --_ok: var(--credential-success, #16723a);
    --_warn: var(--credential-warning, #8a5a00);
    --_bad: var(--credential-danger, #b3261e);
    --_radius: var(--credential-radius, 12px);
    --_font: var(--credential-font, system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif);
    --_focus: var(--credential-focus-ring, #1f5fbf);
    --_speed: 160ms;
    display: block;
    container-type: inline-size;
    color: var(--_ink);
    font-family: var(--_font);
    line-height: 1.45;
  }
  :host([hidden]) {
    display: none;
  }
  @media (prefers-color-scheme: dark) {
    :host {
      --_ink: var(--credential-ink, #e8ebf2);
      --_muted: var(--credential-muted, #aeb6c6);
      --_surface: var(--credential-surface, #171b24);
      --_raised: var(--credential-surface-raised, #222835);
      --_border: var(--credential-border, #3a4254);
      --_accent: var(--credential-accent, #8fb6ff);
      --_ok: var(--credential-success, #7ad79a);
      --_warn: var(--credential-warning, #f2c46b);
      --_bad: var(--credential-danger, #ff9a8f);
      --_focus: var(--credential-focus-ring, #8fb6ff);
    }
  }
  @media (prefers-reduced-motion: reduce) {
    :host {
      --_speed: 0ms;
    }
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  a {
    color: var(--_accent);
  }
  :focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 2px;
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
    border: 0;
  }
  .icon {
    width: 1em;
    height: 1em;
    flex: none;
  }
  button,
  .button {
    font: inherit;
    color: inherit;
    background: var(--_raised);
    border: 1px solid var(--_border);
    border-radius: 999px;
    padding: 0.3em 0.8em;
    cursor: pointer;
    text-decoration: none;
    display: inline-flex;
    align-items: center;
    gap: 0.35em;
    transition: background-color var(--_speed) ease;
  }
  button:hover,
  .button:hover {
    background: color-mix(in srgb, var(--_accent) 12%, var(--_raised));
  }
  .chip {
    display: inline-flex;
    align-items: center;
    gap: 0.35em;
    border-radius: 999px;
    padding: 0.2em 0.7em;
    font-size: 0.875em;
    font-weight: 600;
    border: 1px solid currentColor;
    background: var(--_surface);
    color: var(--_muted);
  }
  .chip[data-status='verified'] {
    color: var(--_ok);
  }
  .chip[data-status='warning'] {
    color: var(--_warn);
  }
  .chip[data-status='failed'] {
    color: var(--_bad);
  }
  /* Could not be checked right now: neither a pass nor a failure. */
  .chip[data-status='unverifiable'] {
    color: var(--_ink);
    border-style: dashed;
  }
  .retry {
    font-size: 0.875em;
    padding: 0.2em 0.7em;
  }
  .chip[data-status='pending'] .icon {
    animation: spin 1s linear infinite;
  }
  @keyframes spin {
    to {
      transform: rotate(360deg);
    }
  }
  @media (prefers-reduced-motion: reduce) {
    .chip[data-status='pending'] .icon {
      animation: none;
    }
  }
  .last-verified {
    color: var(--_muted);
    font-size: 0.8em;
  }
  .checks ul {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: 0.5em;
  }
  .check {
    display: flex;
    gap: 0.5em;
    align-items: flex-start;
  }
  .check .icon {
    margin-top: 0.25em;
  }
  .check[data-status='success'] .icon {
    color: var(--_ok);
  }
  .check[data-status='warning'] .icon {
    color: var(--_warn);
  }
  .check[data-status='failure'] .icon {
    color: var(--_bad);
  }
  .check[data-status='unverifiable'] .icon {
    color: var(--_ink);
  }
  .check-text {
    display: grid;
  }
  .check-name {
    font-weight: 600;
  }
  .check-status {
    font-weight: 400;
  }
  .check-purpose,
  .check-message {
    font-size: 0.875em;
  }
  .check-purpose {
    color: var(--_muted);
  }
  .error {
    border: 1px solid var(--_bad);
    border-radius: var(--_radius);
    padding: 0.75em 1em;
    display: grid;
    gap: 0.25em;
    background: var(--_surface);
  }
  .error-code {
    color: var(--_muted);
    font-size: 0.8em;
    font-family: ui-monospace, monospace;
  }
  .skeleton {
    display: block;
    min-height: 4em;
    border-radius: var(--_radius);
    background: var(--_raised);
    color: var(--_muted);
    padding: 1em;
  }
  @media (forced-colors: active) {
    .chip,
    .error,
    button {
      border: 1px solid CanvasText;
      forced-color-adjust: none;
      color: CanvasText;
      background: Canvas;
    }
    :focus-visible {
      outline-color: Highlight;
    }
  }
`;

/** The bordered panel the transcript and the verifier are drawn in (the badge has layouts of its own). */
export const panel = css`
  .base {
    display: grid;
    gap: 1em;
    padding: 1.25em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_ink);
  }
`;

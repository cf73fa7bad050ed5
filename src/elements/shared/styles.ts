/**
 * Styles every element shares. Each element maps its public `--credential-<element>-*` custom properties onto the
 * private `--_*` ones used here (Material's token scheme); `--credential-*` without an element name themes all three.
 */
import { css } from 'lit';

export const tokens = css`
  /*
   * Each colour has a value per scheme, and each foreground is read against the background it sits on, so text keeps
   * its contrast in both schemes whatever a page sets: a page's accent (one colour for both schemes, say) is lifted or
   * darkened where it is text, and the text on an accent fill is black or white, whichever reads. A page can set a
   * colour per scheme itself with light-dark(): --credential-accent: light-dark(#7a1f2b, #f0a8b3).
   * --_own-* are the element's own --credential-<element>-* properties (see each element's styles).
   */
  :host {
    --_scheme: light;
    --_ink: var(--_own-ink, var(--credential-ink, #1d2330));
    --_muted: var(--credential-muted, #535b6b);
    --_surface: var(--_own-surface, var(--credential-surface, #ffffff));
    --_raised: var(--credential-surface-raised, #f4f6fa);
    --_border: var(--_own-border, var(--credential-border, #c9cfda));
    /* Form controls' edges: 3:1 against the surface (WCAG 1.4.11), where a card's border is decoration. */
    --_control: var(--credential-control-border, #767f90);
    --_accent: var(--_own-accent, var(--credential-accent, #1f5fbf));
    --_ok: var(--credential-success, #16723a);
    --_warn: var(--credential-warning, #8a5a00);
    --_bad: var(--credential-danger, #b3261e);
    --_radius: var(--_own-radius, var(--credential-radius, 12px));
    --_font: var(--_own-font, var(--credential-font, system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif));
    /* Foregrounds: accent and status colours as text on the surface, darkened as far as they need to be. */
    --_accent-text: var(--credential-accent-text, oklch(from var(--_accent) min(l, 0.5) c h));
    --_ok-text: oklch(from var(--_ok) min(l, 0.5) c h);
    --_warn-text: oklch(from var(--_warn) min(l, 0.5) c h);
    --_bad-text: oklch(from var(--_bad) min(l, 0.5) c h);
    /* Text on an accent fill: white or black, whichever reads (the luminance where both give the same contrast is 0.179). */
    --_on-accent: var(
      --credential-accent-ink,
      color(
        from var(--_accent) srgb-linear clamp(0, (0.179 - (0.2126 * r + 0.7152 * g + 0.0722 * b)) * 100000, 1)
          clamp(0, (0.179 - (0.2126 * r + 0.7152 * g + 0.0722 * b)) * 100000, 1) clamp(0, (0.179 - (0.2126 * r + 0.7152 * g + 0.0722 * b)) * 100000, 1)
      )
    );
    --_focus: var(--credential-focus-ring, var(--_accent-text));
    --_speed: 160ms;
    display: block;
    container-type: inline-size;
    font-family: var(--_font);
    line-height: 1.45;
  }
  /*
   * Colours and the scheme of native controls are set on what the element paints (its surfaces), never on the host:
   * a page's fallback content in a slot outside them keeps the page's own colours.
   */
  .error,
  .skeleton {
    color: var(--_ink);
    color-scheme: var(--_scheme);
  }
  :host([hidden]) {
    display: none;
  }
  @media (prefers-color-scheme: dark) {
    :host {
      --_scheme: dark;
      --_ink: var(--_own-ink, var(--credential-ink, #e8ebf2));
      --_muted: var(--credential-muted, #b4bccb);
      --_surface: var(--_own-surface, var(--credential-surface, #171b24));
      --_raised: var(--credential-surface-raised, #222835);
      --_border: var(--_own-border, var(--credential-border, #3a4254));
      --_control: var(--credential-control-border, #858fa3);
      --_accent: var(--_own-accent, var(--credential-accent, #8fb6ff));
      --_ok: var(--credential-success, #7ad79a);
      --_warn: var(--credential-warning, #f2c46b);
      --_bad: var(--credential-danger, #ff9a8f);
      /* Lifted as far as they need to be, on the dark surface. */
      --_accent-text: var(--credential-accent-text, oklch(from var(--_accent) max(l, 0.8) c h));
      --_ok-text: oklch(from var(--_ok) max(l, 0.8) c h);
      --_warn-text: oklch(from var(--_warn) max(l, 0.8) c h);
      --_bad-text: oklch(from var(--_bad) max(l, 0.8) c h);
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
    color: var(--_accent-text);
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
  /* What paints its own background says its own ink (and scheme, for native controls), wherever it sits. */
  button,
  .button {
    font: inherit;
    color: var(--_ink);
    color-scheme: var(--_scheme);
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
  /* The main action: the accent as a fill, its text black or white; hover moves the fill away from the text. */
  .primary {
    background: var(--_accent);
    color: var(--_on-accent);
    border-color: var(--_accent);
    font-weight: 600;
  }
  .primary:hover {
    background: color-mix(in oklab, var(--_accent) 82%, color(from var(--_on-accent) srgb-linear calc(1 - r) calc(1 - g) calc(1 - b)));
  }
  input,
  select,
  textarea {
    font: inherit;
    color: var(--_ink);
    color-scheme: var(--_scheme);
    background: var(--_surface);
    border: 1px solid var(--_control);
    border-radius: 6px;
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
    color: var(--_ok-text);
  }
  .chip[data-status='warning'] {
    color: var(--_warn-text);
  }
  .chip[data-status='failed'] {
    color: var(--_bad-text);
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
    margin-block-start: 0.25em;
  }
  .check[data-status='success'] .icon {
    color: var(--_ok-text);
  }
  .check[data-status='warning'] .icon {
    color: var(--_warn-text);
  }
  .check[data-status='failure'] .icon {
    color: var(--_bad-text);
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
    overflow-wrap: anywhere;
  }
  .check-purpose {
    color: var(--_muted);
  }
  .error {
    border: 1px solid var(--_bad-text);
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
    /* One column that never grows past the box, whatever a long line inside wants (the credential's JSON, say). */
    grid-template-columns: minmax(0, 1fr);
    gap: 1em;
    padding: 1.25em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_ink);
    color-scheme: var(--_scheme);
  }
`;

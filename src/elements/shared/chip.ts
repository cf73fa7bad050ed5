/** The verification chip (a button that opens the panel of checks once there is a report) and "Last verified …". */
import { html, nothing, type TemplateResult } from 'lit';
import { formatDate } from '../../render/format-date.js';
import type { VerificationReport } from '../../verify/types.js';
import { statusIcon } from './icon.js';
import { lastVerifiedLabel, retryLabel, verificationLabel } from './messages.js';
import type { VerificationState } from './types.js';

export interface ChipOptions {
  state: VerificationState;
  expanded: boolean;
  controls: string;
  label?: string;
  /** The report the state is from: a doubt it names may have words of its own (verificationLabel). */
  report?: VerificationReport | undefined;
  onToggle: () => void;
  /** Verifies again (shown when the outcome is `unverifiable`: a look-up could not be made right now). */
  onRetry?: () => void;
}

/** The chip: a button that opens the panel of checks once there is a report; plain text before. */
export function renderChip({ state, expanded, controls, label, report, onToggle, onRetry }: ChipOptions): TemplateResult {
  const text = label ?? verificationLabel(state, report);
  if (state === 'pending' || state === 'off') {
    return html`<span class="chip" part="status" data-status=${state}>${statusIcon(state)}<span>${text}</span></span>`;
  }
  return html`<button
    type="button"
    class="chip"
    part="status"
    data-status=${state}
    aria-expanded=${expanded ? 'true' : 'false'}
    aria-controls=${controls}
    @click=${onToggle}
  >
    ${statusIcon(state)}<span>${text}</span>
  </button>${state === 'unverifiable' && onRetry ? renderRetry(onRetry) : nothing}`;
}

/** "Retry": verifies again, without loading the credential again. */
export function renderRetry(onRetry: () => void): TemplateResult {
  return html`<button type="button" class="retry" part="retry" @click=${onRetry}>${retryLabel()}</button>`;
}

export function renderLastVerified(report: VerificationReport | undefined, locale: string): TemplateResult | typeof nothing {
  if (!report) return nothing;
  const when = formatDate(report.checkedAt, locale, { time: true }) ?? report.checkedAt;
  return html`<span class="last-verified" part="last-verified"><time datetime=${report.checkedAt}>${lastVerifiedLabel(when)}</time></span>`;
}

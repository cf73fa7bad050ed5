/** The verification chip, the panel of checks in plain words, and the date helpers the elements share. */
import { msg, str } from '@lit/localize';
import { html, nothing, svg, type TemplateResult } from 'lit';
import type { Check, VerificationReport } from '../../verify/types.js';
import { lastVerifiedLabel, verificationLabel } from './messages.js';
import type { VerificationState } from './types.js';

/** Formatters by locale and style: building an Intl.DateTimeFormat costs far more than using one (a page of badges formats hundreds of dates). */
const formatters = new Map<string, Intl.DateTimeFormat | null>();

function formatterFor(locale: string, withTime: boolean): Intl.DateTimeFormat | null {
  const key = `${withTime ? 't' : 'd'}:${locale}`;
  let formatter = formatters.get(key);
  if (formatter === undefined) {
    try {
      formatter = new Intl.DateTimeFormat(locale, withTime ? { dateStyle: 'medium', timeStyle: 'short' } : { dateStyle: 'medium', timeZone: 'UTC' });
    } catch {
      formatter = null;
    }
    formatters.set(key, formatter);
  }
  return formatter;
}

export function formatDate(iso: string | undefined, locale: string, withTime = false): string | undefined {
  if (!iso) return undefined;
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return formatterFor(locale, withTime)?.format(date) ?? date.toISOString().slice(0, withTime ? 16 : 10);
}

/** A small status icon (decorative: the text beside it says the same). */
export function statusIcon(status: VerificationState | Check['status']): TemplateResult {
  const path =
    status === 'verified' || status === 'success'
      ? 'M4 8.5l3 3 5-6'
      : status === 'warning'
        ? 'M8 4v5M8 11.5v.5'
        : status === 'failed' || status === 'failure'
          ? 'M5 5l6 6M11 5l-6 6'
          : status === 'pending'
            ? 'M8 2a6 6 0 1 1-6 6'
            : 'M4 8h8';
  return html`<svg class="icon" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
    ${svg`<path d=${path} fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round"></path>`}
  </svg>`;
}

export interface ChipOptions {
  state: VerificationState;
  expanded: boolean;
  controls: string;
  label?: string;
  onToggle: () => void;
}

/** The chip: a button that opens the panel of checks once there is a report; plain text before. */
export function renderChip({ state, expanded, controls, label, onToggle }: ChipOptions): TemplateResult {
  const text = label ?? verificationLabel(state);
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
  </button>`;
}

export function renderLastVerified(report: VerificationReport | undefined, locale: string): TemplateResult | typeof nothing {
  if (!report) return nothing;
  const when = formatDate(report.checkedAt, locale, true) ?? report.checkedAt;
  return html`<span class="last-verified" part="last-verified"><time datetime=${report.checkedAt}>${lastVerifiedLabel(when)}</time></span>`;
}

type ChecksModule = typeof import('./checks.js');
let checksModule: ChecksModule | undefined;
let checksLoading: Promise<void> | undefined;

/**
 * Loads the panel of checks (its markup and the check names and explanations). Elements start it with
 * verification, which takes longer, and wait for it before showing a report. Never rejects.
 */
export function loadChecks(): Promise<void> {
  checksLoading ??= import('./checks.js').then(
    (module) => void (checksModule = module),
    () => undefined, // the panel stays empty; the chip and the report still show
  );
  return checksLoading;
}

/** Each check with its outcome and the engine's own sentence (an empty panel until checks.ts has loaded). */
export function renderChecks(report: VerificationReport, id: string, hidden = false): TemplateResult {
  if (checksModule) return checksModule.renderChecks(report, id, hidden);
  void loadChecks();
  return html`<div class="checks" part="checks" id=${id} ?hidden=${hidden}></div>`;
}

/** Whether the report says the credential expired or was revoked (the chip and the card say so in words). */
export function lifecycleOf(report: VerificationReport | undefined, expires: string | undefined, revoked: boolean | undefined): 'revoked' | 'expired' | undefined {
  if (revoked) return 'revoked';
  const statusCheck = report?.checks.find((check) => check.id === 'status');
  if (statusCheck?.status === 'failure') return 'revoked';
  const datesCheck = report?.checks.find((check) => check.id === 'dates');
  if (datesCheck?.status === 'failure' && /expir/i.test(datesCheck.message)) return 'expired';
  if (expires && !Number.isNaN(Date.parse(expires)) && Date.parse(expires) < Date.now()) return 'expired';
  return undefined;
}

export function lifecycleLabel(kind: 'revoked' | 'expired', date: string | undefined): string {
  if (kind === 'revoked') return msg('This credential has been revoked by its issuer.', { id: 'lifecycle.revoked' });
  return date
    ? msg(str`This credential expired on ${date}.`, { id: 'lifecycle.expired-on' })
    : msg('This credential has expired.', { id: 'lifecycle.expired' });
}

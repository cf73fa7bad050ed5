/** The status icon: a small decorative mark (the text beside it says the same). */
import { html, svg, type TemplateResult } from 'lit';
import type { Check } from '../../verify/types.js';
import type { VerificationState } from './types.js';

export function statusIcon(status: VerificationState | Check['status']): TemplateResult {
  const path =
    status === 'verified' || status === 'success'
      ? 'M4 8.5l3 3 5-6'
      : status === 'warning'
        ? 'M8 4v5M8 11.5v.5'
        : status === 'failed' || status === 'failure'
          ? 'M5 5l6 6M11 5l-6 6'
          : status === 'unverifiable'
            ? 'M6 6a2 2 0 1 1 2.6 1.9c-.4.2-.6.6-.6 1.1M8 11.5v.5'
            : status === 'pending'
            ? 'M8 2a6 6 0 1 1-6 6'
            : 'M4 8h8';
  return html`<svg class="icon" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
    ${svg`<path d=${path} fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round"></path>`}
  </svg>`;
}

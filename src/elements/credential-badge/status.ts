/**
 * The badge's status: its chip (with its words for the state: progress, not checked, not signed), when it was last
 * verified, the lifecycle line (expired, revoked, suspended, not yet valid) and the panel of checks.
 */
import { msg } from '@lit/localize';
import { html, nothing, type TemplateResult } from 'lit';
import type { CredentialView } from '../../model/types.js';
import { formatDate } from '../../render/format-date.js';
import type { VerificationReport } from '../../verify/types.js';
import { renderChip, renderLastVerified } from '../shared/chip.js';
import { renderChecks } from '../shared/lazy-checks.js';
import { lifecycleLabel, lifecycleOf } from '../shared/lifecycle.js';
import { progressLabel } from '../shared/messages.js';
import type { VerifyProgress } from '../shared/credential-element.js';
import type { VerificationState, VerifyMode } from '../shared/types.js';

export interface BadgeStatus {
  locale: string;
  verification: VerificationState;
  verify: VerifyMode;
  /** Whether the document carries a signature to verify (a provider's record may not). */
  verifiable: boolean;
  report: VerificationReport | undefined;
  progress: VerifyProgress | undefined;
  checksOpen: boolean;
  toggleChecks(): void;
  retry(): void;
}

export function renderBadgeStatus(view: CredentialView, status: BadgeStatus): TemplateResult {
  const { verification, report, progress } = status;
  const lifecycle = lifecycleOf(report, view);
  const lifecycleDate = formatDate(lifecycle === 'not-yet-valid' ? view.issued : view.expires, status.locale);
  const label =
    verification === 'pending' && progress
      ? progressLabel(progress.done, progress.total)
      : verification === 'off' && status.verify === 'off'
        ? msg('Not checked', { id: 'checkstatus.skipped' })
        : verification === 'off' && !status.verifiable
          ? msg('From the provider (not signed)', { id: 'verification.unsigned' })
          : undefined;
  return html`<div class="status-row">
      ${renderChip({
        state: verification,
        expanded: status.checksOpen,
        controls: 'checks',
        ...(label ? { label } : {}),
        report,
        onToggle: status.toggleChecks,
        onRetry: status.retry,
      })}
      ${renderLastVerified(report, status.locale)}
    </div>
    ${lifecycle ? html`<p class="lifecycle" part="lifecycle" data-kind=${lifecycle}>${lifecycleLabel(lifecycle, lifecycleDate)}</p>` : nothing}
    ${report ? renderChecks(report, 'checks', !status.checksOpen) : nothing}`;
}

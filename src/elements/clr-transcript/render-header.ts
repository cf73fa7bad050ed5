/**
 * The record's header (its title, the learner and the institution, the record's chip with its progress, its checks)
 * and the toolbar over the rows (search, type filter, Print, Download JSON).
 */
import { msg, str } from '@lit/localize';
import { html, nothing, type TemplateResult } from 'lit';
import type { TranscriptView } from '../../model/types.js';
import { formatDate } from '../../render/format-date.js';
import type { VerificationReport } from '../../verify/types.js';
import { achievementTypeLabel } from '../shared/achievement-types.js';
import { renderChip, renderLastVerified } from '../shared/chip.js';
import { heading } from '../shared/heading.js';
import { isolate } from '../shared/intl.js';
import { renderChecks } from '../shared/lazy-checks.js';
import { lifecycleLabel, lifecycleOf } from '../shared/lifecycle.js';
import { progressLabel, verificationLabel } from '../shared/messages.js';
import type { VerifyProgress } from '../shared/credential-element.js';
import type { VerificationState, VerifyMode } from '../shared/types.js';
import { achievementTypes } from './rows.js';

/** What the header shows of the element's verification, and what its chip calls back. */
export interface RecordHeader {
  level: number;
  locale: string;
  verification: VerificationState;
  verify: VerifyMode;
  report: VerificationReport | undefined;
  progress: VerifyProgress | undefined;
  checksOpen: boolean;
  toggleChecks(): void;
  retry(): void;
}

/** The toolbar's current search and filter, and its actions. */
export interface RecordToolbar {
  query: string;
  typeFilter: string;
  search(query: string): void;
  filter(type: string): void;
  print(): void;
  download(): void;
}

export function renderRecordHeader(view: TranscriptView, record: RecordHeader): TemplateResult {
  const issued = formatDate(view.issued, record.locale);
  const lifecycle = lifecycleOf(record.report, {});
  const { progress, report, verification } = record;
  return html`<div class="header" part="header">
    ${heading(record.level, view.title, { id: 'title', class: 'record-title' })}
    <dl class="who">
      ${view.learner.name || view.learner.studentId
        ? html`<div>
            <dt>${msg('Learner', { id: 'transcript.learner' })}</dt>
            <dd>
              ${view.learner.name ? html`<span class="nowrap">${view.learner.name}</span>` : nothing}
              ${view.learner.studentId
                ? html`${view.learner.name ? ' · ' : ''}<span class="nowrap">${msg(str`Student ID ${isolate(view.learner.studentId)}`, { id: 'transcript.student-id' })}</span>`
                : nothing}
            </dd>
          </div>`
        : nothing}
      <div><dt>${msg('Institution', { id: 'transcript.institution' })}</dt><dd>${view.issuer.name}</dd></div>
      ${issued ? html`<div><dt>${msg('Issued', { id: 'badge.issued' })}</dt><dd><time datetime=${view.issued!}>${issued}</time></dd></div>` : nothing}
    </dl>
    <div class="record-status">
      ${renderChip({
        state: verification,
        expanded: record.checksOpen,
        controls: 'checks',
        label: verification === 'off' && record.verify !== 'off' ? msg('Not signed', { id: 'transcript.unsigned' }) : verificationLabel(verification, report),
        onToggle: record.toggleChecks,
        onRetry: record.retry,
      })}
      ${progress && verification === 'pending'
        ? html`<span class="progress" part="progress">
            <progress max=${progress.total} value=${progress.done} aria-hidden="true"></progress>
            ${progressLabel(progress.done, progress.total)}
          </span>`
        : nothing}
      ${renderLastVerified(report, record.locale)}
    </div>
    ${lifecycle ? html`<p class="lifecycle" part="lifecycle">${lifecycleLabel(lifecycle, undefined)}</p>` : nothing}
    ${report ? renderChecks(report, 'checks', !record.checksOpen) : nothing}
  </div>`;
}

export function renderRecordToolbar(view: TranscriptView, toolbar: RecordToolbar): TemplateResult {
  return html`<div class="toolbar" part="toolbar">
    <label class="field">
      <span>${msg('Search', { id: 'transcript.search' })}</span>
      <input type="search" .value=${toolbar.query} @input=${(event: Event) => toolbar.search((event.target as HTMLInputElement).value)} />
    </label>
    <label class="field">
      <span>${msg('Type', { id: 'badge.type' })}</span>
      <select @change=${(event: Event) => toolbar.filter((event.target as HTMLSelectElement).value)}>
        <option value="" ?selected=${!toolbar.typeFilter}>${msg('All types', { id: 'transcript.all-types' })}</option>
        ${achievementTypes(view).map((type) => html`<option value=${type} ?selected=${type === toolbar.typeFilter}>${achievementTypeLabel(type)}</option>`)}
      </select>
    </label>
    <span class="spacer"></span>
    <button type="button" @click=${toolbar.print}>${msg('Print', { id: 'transcript.print' })}</button>
    <button type="button" @click=${toolbar.download}>${msg('Download JSON', { id: 'transcript.download' })}</button>
  </div>`;
}

/** The card layout's details: description, recipient, dates, type, credits, results, attributes, criteria, evidence. */
import { msg } from '@lit/localize';
import { html, nothing, type TemplateResult } from 'lit';
import type { CredentialView } from '../../model/types.js';
import { formatDate } from '../../render/format-date.js';
import { isAllowedLinkUrl } from '../../render/url-policy.js';
import { achievementTypeLabel } from '../shared/achievement-types.js';
import { heading } from '../shared/heading.js';
import { formatNumber } from '../shared/intl.js';
import { factLabel, factValue, resultLabel } from '../shared/model-words.js';

/** The details, their section titles (criteria, evidence) at `level`. */
export function renderDetails(view: CredentialView, locale: string, level: number): TemplateResult {
  const issued = formatDate(view.issued, locale);
  const expires = formatDate(view.expires, locale);
  return html`<div class="details" part="details">
    ${view.description ? html`<p class="description">${view.description}</p>` : nothing}
    <dl class="facts">
      ${view.recipient?.name || view.recipient?.email
        ? html`<div><dt>${msg('Awarded to', { id: 'badge.recipient' })}</dt><dd>${view.recipient.name ?? view.recipient.email}</dd></div>`
        : nothing}
      ${issued ? html`<div><dt>${msg('Issued', { id: 'badge.issued' })}</dt><dd><time datetime=${view.issued!}>${issued}</time></dd></div>` : nothing}
      ${expires ? html`<div><dt>${msg('Expires', { id: 'badge.expires' })}</dt><dd><time datetime=${view.expires!}>${expires}</time></dd></div>` : nothing}
      ${view.achievementType ? html`<div><dt>${msg('Type', { id: 'badge.type' })}</dt><dd>${achievementTypeLabel(view.achievementType)}</dd></div>` : nothing}
      ${view.credits !== undefined ? html`<div><dt>${msg('Credits', { id: 'badge.credits' })}</dt><dd>${formatNumber(view.credits)}</dd></div>` : nothing}
      ${view.results.map((result) => html`<div><dt>${resultLabel(result)}</dt><dd>${result.value}</dd></div>`)}
      ${Object.entries(view.attributes).map(([name, value]) => html`<div><dt>${factLabel(name)}</dt><dd>${factValue(name, value)}</dd></div>`)}
    </dl>
    ${view.criteria?.narrative || view.criteria?.url
      ? html`<div class="criteria">
          ${heading(level, msg('Criteria', { id: 'badge.criteria' }), { class: 'section-title' })}
          ${view.criteria.narrative ? html`<p>${view.criteria.narrative}</p>` : nothing}
          ${view.criteria.url && isAllowedLinkUrl(view.criteria.url)
            ? html`<a href=${view.criteria.url} target="_blank" rel="noopener noreferrer">${msg('Read the criteria', { id: 'badge.criteria-link' })}</a>`
            : nothing}
        </div>`
      : nothing}
    ${view.evidence.length
      ? html`<div class="evidence">
          ${heading(level, msg('Evidence', { id: 'badge.evidence' }), { class: 'section-title' })}
          <ul>
            ${view.evidence.map((item) => {
              const name = item.name ?? item.description ?? item.url ?? msg('Evidence', { id: 'badge.evidence' });
              return html`<li>
                ${item.url && isAllowedLinkUrl(item.url) ? html`<a href=${item.url} target="_blank" rel="noopener noreferrer">${name}</a>` : name}
                ${item.narrative ? html`<span class="narrative">${item.narrative}</span>` : nothing}
              </li>`;
            })}
          </ul>
        </div>`
      : nothing}
  </div>`;
}

/**
 * The panel of checks in plain words: each check's name, outcome, what it found (a sentence in the element's
 * language, built from its reason code and details: check-messages/) and what the check looks at.
 * Loaded on demand (lazy-checks.ts), with verification: a page that never verifies never downloads it.
 */
import { msg } from '@lit/localize';
import { html, nothing, type TemplateResult } from 'lit';
import type { Check, CheckId, CheckStatus, VerificationReport } from '../../verify/types.js';
import { checkMessage } from './check-messages/index.js';
import { statusIcon } from './icon.js';

export function checkName(id: CheckId | string): string {
  switch (id) {
    case 'format':
      return msg('Format', { id: 'check.format' });
    case 'context':
      return msg('Vocabulary', { id: 'check.context' });
    case 'schema':
      return msg('Structure', { id: 'check.schema' });
    case 'proof':
      return msg('Signature', { id: 'check.proof' });
    case 'key':
      return msg('Issuer key', { id: 'check.key' });
    case 'dates':
      return msg('Dates', { id: 'check.dates' });
    case 'status':
      return msg('Revocation', { id: 'check.status' });
    case 'issuer':
      return msg('Issuer', { id: 'check.issuer' });
    case 'recipient':
      return msg('Recipient', { id: 'check.recipient' });
    case 'holder':
      return msg('Holder', { id: 'check.holder' });
    case 'nested':
      return msg('Included credentials', { id: 'check.nested' });
    case 'refresh':
      return msg('Refresh', { id: 'check.refresh' });
    default:
      return String(id);
  }
}

/** A one-line plain explanation of what a check looks at, shown under its name. */
export function checkPurpose(id: CheckId | string): string {
  switch (id) {
    case 'format':
      return msg('Whether this is a credential we can read.', { id: 'purpose.format' });
    case 'context':
      return msg('Whether the terms it uses are the published ones.', { id: 'purpose.context' });
    case 'schema':
      return msg('Whether it has the fields the standard requires.', { id: 'purpose.schema' });
    case 'proof':
      return msg('Whether the issuer signed it and nothing changed since.', { id: 'purpose.proof' });
    case 'key':
      return msg('Whether the signing key belongs to the issuer.', { id: 'purpose.key' });
    case 'dates':
      return msg('Whether it is valid today (not expired, not future-dated).', { id: 'purpose.dates' });
    case 'status':
      return msg('Whether the issuer has revoked or suspended it.', { id: 'purpose.status' });
    case 'issuer':
      return msg('Whether the issuer is one you trust.', { id: 'purpose.issuer' });
    case 'recipient':
      return msg('Whether it was issued to the expected person.', { id: 'purpose.recipient' });
    case 'holder':
      return msg('Who presents these credentials, as their signature proves it.', { id: 'purpose.holder' });
    case 'nested':
      return msg('Whether every credential inside it verifies.', { id: 'purpose.nested' });
    default:
      return '';
  }
}

export function checkStatusLabel(status: CheckStatus): string {
  switch (status) {
    case 'success':
      return msg('Passed', { id: 'checkstatus.success' });
    case 'failure':
      return msg('Failed', { id: 'checkstatus.failure' });
    case 'warning':
      return msg('Warning', { id: 'checkstatus.warning' });
    case 'unverifiable':
      return msg('Couldn’t check', { id: 'checkstatus.unverifiable' });
    default:
      return msg('Not checked', { id: 'checkstatus.skipped' });
  }
}

/** What a check found, in the element's language (the engine's English sentence, marked so, for a reason with no sentence). */
function renderMessage(check: Check, report: VerificationReport): TemplateResult {
  const sentence = checkMessage(check, report);
  return 'text' in sentence
    ? html`<span class="check-message">${sentence.text}</span>`
    : html`<span class="check-message">${sentence.prefix} <span lang="en" dir="ltr">${sentence.english}</span></span>`;
}

/** Each check with its outcome and what it found. */
export function renderChecks(report: VerificationReport, id: string, hidden = false): TemplateResult {
  return html`<div class="checks" part="checks" id=${id} ?hidden=${hidden} role="group" aria-label=${msg('Verification checks', { id: 'checks.label' })}>
    <ul>
      ${report.checks.map(
        (check) => html`<li class="check" data-status=${check.status}>
          ${statusIcon(check.status)}
          <span class="check-text">
            <span class="check-name">${checkName(check.id)}: <span class="check-status">${checkStatusLabel(check.status)}</span></span>
            ${renderMessage(check, report)}
            ${checkPurpose(check.id) ? html`<span class="check-purpose">${checkPurpose(check.id)}</span>` : nothing}
          </span>
        </li>`,
      )}
    </ul>
  </div>`;
}


/**
 * The badge's actions: the credential's page, Share (the system's share sheet where the browser has one, Copy link
 * otherwise), Add to LinkedIn, and for a certificate Save as PDF (print.ts) and Download PNG (png.ts).
 */
import { msg } from '@lit/localize';
import { html, nothing, type TemplateResult } from 'lit';

export interface ActionsState {
  /** The credential's own page, when it has one. */
  page: string | undefined;
  linkedIn: string | undefined;
  /** The browser has a share sheet for the page. */
  share: boolean;
  /** For a certificate: whether it can be drawn as a PNG (the page allows `data:` images), and whether it is being drawn. */
  certificate?: { png: boolean; drawing: boolean };
}

export interface ActionHandlers {
  onShare(): void;
  onPrint(): void;
  onPng(): void;
}

export function renderActions(state: ActionsState, handlers: ActionHandlers): TemplateResult {
  const { page, linkedIn, share, certificate } = state;
  return html`<div class="actions" part="actions">
    ${page
      ? html`<a class="button" href=${page} target="_blank" rel="noopener noreferrer">${msg('View credential', { id: 'badge.view' })}</a>
          <button type="button" data-action="share" @click=${handlers.onShare}>${share ? msg('Share', { id: 'badge.share' }) : msg('Copy link', { id: 'badge.copy' })}</button>`
      : nothing}
    ${linkedIn
      ? html`<a class="button" href=${linkedIn} target="_blank" rel="noopener noreferrer">${msg('Add to LinkedIn', { id: 'badge.linkedin' })}</a>`
      : nothing}
    ${certificate
      ? html`<button type="button" data-action="pdf" @click=${handlers.onPrint}>${msg('Save as PDF', { id: 'badge.save-pdf' })}</button>
          ${certificate.png
            ? html`<button type="button" data-action="png" aria-disabled=${certificate.drawing ? 'true' : 'false'} @click=${handlers.onPng}>
                ${msg('Download PNG', { id: 'badge.download-png' })}
              </button>`
            : nothing}`
      : nothing}
  </div>`;
}

/**
 * The certificate layout's certificate: a frame that fits it to the element's width (fit.ts) around a sheet holding
 * the issuer's template (rendered into it by certificate-controller.ts) or the built-in certificate, in the
 * element's language, at its heading level, under the page's image policy.
 */
import { msg } from '@lit/localize';
import { html, type TemplateResult } from 'lit';
import type { CredentialView } from '../../model/types.js';
import type { RenderOptions } from '../../render/types.js';
import { achievementTypeLabel } from '../shared/achievement-types.js';
import type { CertificateController } from './certificate-controller.js';

export interface CertificateOptions {
  locale: string;
  /** The level of the certificate's heading. */
  level: number;
  policy: Pick<RenderOptions, 'remoteImages' | 'inlineImages' | 'imageOrigins'>;
}

export function renderCertificate(certificate: CertificateController, view: CredentialView, { locale, level, policy }: CertificateOptions): TemplateResult {
  const module = certificate.renderer;
  if (!module) return html`<div class="skeleton certificate-loading">${msg('Preparing the certificate…', { id: 'badge.certificate-loading' })}</div>`;
  // A template renders into a sheet of its own (a new one when the built-in takes its place).
  const sheet =
    view.template && !certificate.failed
      ? html`<div class="sheet template" dir="auto"></div>`
      : html`<div class="sheet">
          ${module.renderDefaultCertificate(view, {
            locale,
            headingLevel: level,
            ...policy,
            ...(view.achievementType ? { typeLabel: achievementTypeLabel(view.achievementType) } : {}),
            labels: {
              heading: msg('Certificate', { id: 'certificate.heading' }),
              presentedTo: msg('This certifies that', { id: 'certificate.presented-to' }),
              forCompleting: msg('has earned', { id: 'certificate.for-completing' }),
              issuedBy: msg('Issued by', { id: 'certificate.issued-by' }),
              issued: msg('Issued', { id: 'badge.issued' }),
              expires: msg('Expires', { id: 'badge.expires' }),
              credentialId: msg('Credential ID', { id: 'certificate.credential-id' }),
              revoked: msg('Revoked', { id: 'certificate.revoked' }),
              seal: msg('Seal', { id: 'certificate.seal' }),
            },
          })}
        </div>`;
  return html`<div class="certificate-box"><div class="fit">${sheet}</div></div>`;
}

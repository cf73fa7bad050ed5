/**
 * The built-in certificate layout, for credentials without a template of their own: title,
 * recipient, issuer, dates, a seal, signatories when given. All text goes through Lit bindings
 * (escaped), images through the same URL policy as templates.
 *
 * Themable with custom properties (light and dark defaults, print-friendly):
 *   --credential-certificate-background, --credential-certificate-ink, --credential-certificate-muted,
 *   --credential-certificate-accent, --credential-certificate-border, --credential-certificate-seal,
 *   --credential-certificate-font-display, --credential-certificate-font-body,
 *   --credential-certificate-radius, --credential-certificate-padding.
 * Use: add `defaultCertificateStyles` to the element's styles and render `renderDefaultCertificate(view)`.
 */
import { css, html, nothing, svg, type TemplateResult } from 'lit';
import type { CredentialView, ImageView, SignatoryView } from '../model/types.js';
import { isAllowedImageUrl, resourcePolicy } from './url-policy.js';
import type { RenderOptions } from './types.js';
import { formatDate } from './format-date.js';

const LONG = { style: 'long' } as const;

export interface DefaultCertificateOptions extends Pick<RenderOptions, 'remoteImages' | 'imageOrigins' | 'locale'> {
  /** Texts of the layout, for localization. */
  labels?: Partial<DefaultCertificateLabels>;
  /** The achievement type in words, in the reader's language ("Associate degree"); default: the type as given. */
  typeName?: string;
}

export interface DefaultCertificateLabels {
  heading: string;
  presentedTo: string;
  forCompleting: string;
  issuedBy: string;
  issued: string;
  expires: string;
  credentialId: string;
  revoked: string;
  /** The seal's accessible name. */
  seal: string;
  /** A signatory's signature image's alternative text. */
  signatureOf: (name: string) => string;
}

const LABELS: DefaultCertificateLabels = {
  heading: 'Certificate',
  presentedTo: 'This certifies that',
  forCompleting: 'has earned',
  issuedBy: 'Issued by',
  issued: 'Issued',
  expires: 'Expires',
  credentialId: 'Credential ID',
  revoked: 'Revoked',
  seal: 'Seal',
  signatureOf: (name) => `Signature of ${name}`,
};

export const defaultCertificateStyles = css`
  .certificate {
    --_bg: var(--credential-certificate-background, #fffdf7);
    --_ink: var(--credential-certificate-ink, #1f2430);
    --_muted: var(--credential-certificate-muted, #5b6270);
    --_accent: var(--credential-certificate-accent, #8a6d1d);
    --_border: var(--credential-certificate-border, #c9b273);
    --_seal: var(--credential-certificate-seal, var(--_accent));
    --_display: var(--credential-certificate-font-display, 'Iowan Old Style', 'Palatino Linotype', Palatino, Georgia, serif);
    --_body: var(--credential-certificate-font-body, system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif);
    --_radius: var(--credential-certificate-radius, 4px);
    --_pad: var(--credential-certificate-padding, clamp(1.25rem, 5cqi, 3.5rem));
    container-type: inline-size;
    box-sizing: border-box;
    position: relative;
    aspect-ratio: 1.414 / 1;
    min-height: min-content;
    padding: 12px;
    background: var(--_bg);
    color: var(--_ink);
    font-family: var(--_body);
    border-radius: var(--_radius);
    box-shadow: 0 1px 2px rgb(0 0 0 / 0.08), 0 8px 24px rgb(0 0 0 / 0.08);
    overflow: hidden;
  }
  @media (prefers-color-scheme: dark) {
    .certificate {
      --_bg: var(--credential-certificate-background, #1b1e26);
      --_ink: var(--credential-certificate-ink, #eceff4);
      --_muted: var(--credential-certificate-muted, #a7adb9);
      --_accent: var(--credential-certificate-accent, #e0c06a);
      --_border: var(--credential-certificate-border, #806b33);
      box-shadow: 0 8px 24px rgb(0 0 0 / 0.4);
    }
  }
  .frame {
    box-sizing: border-box;
    height: 100%;
    border: 2px solid var(--_border);
    outline: 1px solid var(--_border);
    outline-offset: -8px;
    padding: var(--_pad);
    display: grid;
    grid-template-rows: auto 1fr auto;
    gap: clamp(0.5rem, 2.5cqi, 1.5rem);
    text-align: center;
  }
  header { display: grid; justify-items: center; gap: 0.5rem; }
  .issuer-logo { max-height: clamp(32px, 8cqi, 64px); max-width: 40%; object-fit: contain; }
  .kicker {
    margin: 0;
    font-size: clamp(0.7rem, 1.6cqi, 0.95rem);
    letter-spacing: 0.32em;
    text-transform: uppercase;
    color: var(--_accent);
    font-weight: 600;
  }
  main { display: grid; align-content: center; gap: clamp(0.25rem, 1.2cqi, 0.75rem); }
  .lead { margin: 0; color: var(--_muted); font-style: italic; font-family: var(--_display); font-size: clamp(0.85rem, 2cqi, 1.15rem); }
  .recipient {
    margin: 0;
    font-family: var(--_display);
    font-weight: 600;
    font-size: clamp(1.6rem, 6cqi, 3.25rem);
    line-height: 1.1;
    overflow-wrap: anywhere;
  }
  .rule { width: min(60%, 22rem); height: 1px; margin: 0.25rem auto; background: linear-gradient(90deg, transparent, var(--_border), transparent); border: 0; }
  .title { margin: 0; font-family: var(--_display); font-size: clamp(1.1rem, 3.4cqi, 2rem); font-weight: 500; overflow-wrap: anywhere; }
  .description { margin: 0 auto; max-width: 60ch; color: var(--_muted); font-size: clamp(0.75rem, 1.6cqi, 0.95rem); line-height: 1.5; }
  footer {
    display: grid;
    grid-template-columns: 1fr auto 1fr;
    align-items: end;
    gap: clamp(0.5rem, 3cqi, 2rem);
    font-size: clamp(0.7rem, 1.5cqi, 0.9rem);
  }
  .meta { display: grid; gap: 0.2rem; text-align: start; color: var(--_muted); }
  .meta strong { color: var(--_ink); font-weight: 600; }
  .meta.end { text-align: end; }
  .seal { width: clamp(56px, 13cqi, 112px); height: auto; color: var(--_seal); }
  .seal text { font-family: var(--_display); font-weight: 700; fill: currentColor; }
  .signatories { display: flex; flex-wrap: wrap; justify-content: center; gap: clamp(1rem, 5cqi, 3rem); margin-top: clamp(0.5rem, 2cqi, 1.25rem); }
  .signatory { display: grid; justify-items: center; min-width: 10rem; gap: 0.15rem; }
  .signature { max-height: 40px; max-width: 10rem; object-fit: contain; }
  .signatory .line { width: 100%; border-top: 1px solid var(--_ink); opacity: 0.6; margin-bottom: 0.25rem; }
  .signatory .name { font-weight: 600; font-size: clamp(0.75rem, 1.6cqi, 0.95rem); }
  .signatory .role { color: var(--_muted); font-size: clamp(0.65rem, 1.4cqi, 0.85rem); }
  .revoked {
    position: absolute;
    inset: 40% auto auto 50%;
    translate: -50% -50%;
    rotate: -18deg;
    border: 3px solid #b42318;
    color: #b42318;
    padding: 0.25em 1em;
    font-weight: 800;
    letter-spacing: 0.2em;
    text-transform: uppercase;
    font-size: clamp(1rem, 5cqi, 2.5rem);
    background: color-mix(in srgb, var(--_bg) 80%, transparent);
  }
  @media (forced-colors: active) {
    .certificate { border: 1px solid CanvasText; }
    .seal { color: CanvasText; }
  }
  @media print {
    .certificate { box-shadow: none; border-radius: 0; print-color-adjust: exact; -webkit-print-color-adjust: exact; break-inside: avoid; }
  }
`;

function initials(name: string | undefined): string {
  const words = (name ?? '').split(/\s+/).filter((w) => /^\p{L}/u.test(w));
  return words.slice(0, 3).map((w) => w[0]!.toUpperCase()).join('') || '★';
}

function seal(issuerName: string | undefined, label: string): TemplateResult {
  const points = 24;
  const rosette = Array.from({ length: points * 2 }, (_, i) => {
    const r = i % 2 === 0 ? 48 : 43;
    const a = (Math.PI * i) / points;
    return `${(50 + r * Math.sin(a)).toFixed(2)},${(50 - r * Math.cos(a)).toFixed(2)}`;
  }).join(' ');
  return html`<svg class="seal" part="seal" viewBox="0 0 100 100" role="img" aria-label=${label}>
    ${svg`<polygon points=${rosette} fill="currentColor" opacity="0.18"></polygon>
      <circle cx="50" cy="50" r="38" fill="none" stroke="currentColor" stroke-width="2"></circle>
      <circle cx="50" cy="50" r="33" fill="none" stroke="currentColor" stroke-width="0.8" stroke-dasharray="2 2"></circle>
      <text x="50" y="57" text-anchor="middle" font-size="20">${initials(issuerName)}</text>`}
  </svg>`;
}

export function renderDefaultCertificate(view: CredentialView, options: DefaultCertificateOptions = {}): TemplateResult {
  const labels = { ...LABELS, ...options.labels };
  const policy = resourcePolicy(options);
  const image = (img: ImageView | undefined, className: string, fallbackAlt: string) =>
    img && isAllowedImageUrl(img.url, policy)
      ? html`<img class=${className} src=${img.url} alt=${img.alt ?? fallbackAlt} loading="lazy" decoding="async" referrerpolicy="no-referrer" />`
      : nothing;
  const issued = formatDate(view.issued, options.locale, LONG);
  const expires = formatDate(view.expires, options.locale, LONG);
  const signatory = (s: SignatoryView) => html`<div class="signatory">
    ${image(s.image ? { url: s.image.url } : undefined, 'signature', labels.signatureOf(s.name))}
    <span class="line" aria-hidden="true"></span>
    <span class="name">${s.name}</span>
    ${s.title ? html`<span class="role">${s.title}</span>` : nothing}
  </div>`;
  return html`<article class="certificate" part="certificate" aria-label=${`${labels.heading}: ${view.title}`}>
    <div class="frame">
      <header>
        ${image(view.issuer?.image, 'issuer-logo', view.issuer?.name ?? '')}
        <p class="kicker">${view.achievementType && !/^certificate$/i.test(view.achievementType) ? `${labels.heading} · ${options.typeName ?? view.achievementType}` : labels.heading}</p>
      </header>
      <main>
        ${view.recipient?.name
          ? html`<p class="lead">${labels.presentedTo}</p>
              <h2 class="recipient" part="recipient">${view.recipient.name}</h2>
              <p class="lead">${labels.forCompleting}</p>`
          : nothing}
        <hr class="rule" />
        <h3 class="title" part="title">${view.title}</h3>
        ${view.description ? html`<p class="description">${view.description}</p>` : nothing}
        ${view.signatories.length ? html`<div class="signatories">${view.signatories.map(signatory)}</div>` : nothing}
      </main>
      <footer>
        <div class="meta">
          ${view.issuer?.name ? html`<span>${labels.issuedBy} <strong>${view.issuer.name}</strong></span>` : nothing}
          ${issued ? html`<span>${labels.issued} <strong><time datetime=${view.issued ?? ''}>${issued}</time></strong></span>` : nothing}
        </div>
        ${seal(view.issuer?.name, labels.seal)}
        <div class="meta end">
          ${expires ? html`<span>${labels.expires} <strong><time datetime=${view.expires ?? ''}>${expires}</time></strong></span>` : nothing}
          <span>${labels.credentialId} <strong>${view.id.length > 40 ? `${view.id.slice(0, 37)}…` : view.id}</strong></span>
        </div>
      </footer>
    </div>
    ${view.revoked ? html`<div class="revoked" role="status">${labels.revoked}</div>` : nothing}
  </article>`;
}

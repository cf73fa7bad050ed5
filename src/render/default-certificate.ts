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
import { html as staticHtml, literal, type StaticValue } from 'lit/static-html.js';
import type { CredentialView, ImageView, SignatoryView } from '../model/types.js';
import { isAllowedImageUrl, resourcePolicy } from './url-policy.js';
import type { RenderOptions } from './types.js';
import { formatDate } from './format-date.js';

const LONG = { style: 'long' } as const;
const HEADINGS: readonly StaticValue[] = [literal`h1`, literal`h2`, literal`h3`, literal`h4`, literal`h5`, literal`h6`];

export interface DefaultCertificateOptions extends Pick<RenderOptions, 'remoteImages' | 'inlineImages' | 'imageOrigins' | 'locale'> {
  /** Texts of the layout, for localization. */
  labels?: Partial<DefaultCertificateLabels>;
  /** The level (1–6) of the certificate's heading, the credential's name. Default 2. */
  headingLevel?: number;
  /** The achievement type as the reader should see it ("Associate degree"). Default: the view's, as given. */
  typeLabel?: string;
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
};

/**
 * A certificate has the proportions of a landscape sheet (√2:1) and grows taller only when its text needs it: nothing
 * is cut off. Sizes follow its width (container units), so it reads the same at any width it is laid out at; the
 * elements lay it out at a sheet's width and scale it to fit (see credential-badge/fit.ts).
 */
export const defaultCertificateStyles = css`
  .certificate {
    --_bg: var(--credential-certificate-background, #fffdf7);
    --_ink: var(--credential-certificate-ink, #1f2430);
    --_muted: var(--credential-certificate-muted, #555c69);
    --_accent: var(--credential-certificate-accent, #7c611a);
    --_border: var(--credential-certificate-border, #c9b273);
    --_seal: var(--credential-certificate-seal, var(--_accent));
    --_display: var(--credential-certificate-font-display, 'Iowan Old Style', 'Palatino Linotype', Palatino, Georgia, serif);
    --_body: var(--credential-certificate-font-body, system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif);
    --_radius: var(--credential-certificate-radius, 4px);
    --_pad: var(--credential-certificate-padding, clamp(1.25rem, 5cqi, 3.5rem));
    container-type: inline-size;
    box-sizing: border-box;
    position: relative;
    display: grid;
    aspect-ratio: 1.414 / 1;
    padding: clamp(6px, 1.4cqi, 14px);
    background: var(--_bg);
    color: var(--_ink);
    font-family: var(--_body);
    line-height: 1.35;
    border-radius: var(--_radius);
    box-shadow: 0 1px 2px rgb(0 0 0 / 0.08), 0 8px 24px rgb(0 0 0 / 0.08);
    text-align: center;
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
    min-width: 0;
    border: 2px solid var(--_border);
    outline: 1px solid var(--_border);
    outline-offset: -8px;
    padding: var(--_pad);
    display: grid;
    grid-template-rows: auto 1fr auto;
    gap: clamp(0.5rem, 2.2cqi, 1.5rem);
  }
  header { display: grid; justify-items: center; gap: 0.5rem; }
  .issuer-logo { max-height: clamp(32px, 7cqi, 64px); max-width: 40%; object-fit: contain; }
  .kicker {
    margin: 0;
    font-size: clamp(0.7rem, 1.6cqi, 0.95rem);
    letter-spacing: 0.32em;
    text-transform: uppercase;
    color: var(--_accent);
    font-weight: 600;
  }
  .body { display: grid; align-content: center; gap: clamp(0.25rem, 1.1cqi, 0.75rem); min-width: 0; }
  .lead { margin: 0; color: var(--_muted); font-style: italic; font-family: var(--_display); font-size: clamp(0.85rem, 2cqi, 1.15rem); }
  .recipient {
    margin: 0;
    font-family: var(--_display);
    font-weight: 600;
    font-size: clamp(1.6rem, 5.5cqi, 3.25rem);
    line-height: 1.1;
    overflow-wrap: anywhere;
  }
  .rule { width: min(60%, 22rem); height: 1px; margin: 0.25rem auto; background: linear-gradient(90deg, transparent, var(--_border), transparent); border: 0; }
  .title { margin: 0; font-family: var(--_display); font-size: clamp(1.1rem, 3.2cqi, 2rem); font-weight: 500; line-height: 1.2; overflow-wrap: anywhere; }
  .description { margin: 0 auto; max-width: 60ch; color: var(--_muted); font-size: clamp(0.75rem, 1.6cqi, 0.95rem); line-height: 1.5; }
  footer {
    display: grid;
    grid-template-columns: minmax(0, 1fr) auto minmax(0, 1fr);
    align-items: end;
    gap: clamp(0.5rem, 3cqi, 2rem);
    font-size: clamp(0.7rem, 1.5cqi, 0.9rem);
  }
  .meta { display: grid; gap: 0.2rem; text-align: start; color: var(--_muted); overflow-wrap: anywhere; }
  .meta strong { color: var(--_ink); font-weight: 600; }
  .meta.end { text-align: end; }
  .seal { width: clamp(56px, 12cqi, 112px); height: auto; color: var(--_seal); }
  .seal text { font-family: var(--_display); font-weight: 700; fill: currentColor; }
  .signatories { display: flex; flex-wrap: wrap; justify-content: center; gap: clamp(1rem, 5cqi, 3rem); margin-top: clamp(0.5rem, 2cqi, 1.25rem); }
  .signatory { display: grid; justify-items: center; min-width: min(10rem, 100%); gap: 0.15rem; }
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
    background: color-mix(in srgb, var(--_bg) 85%, transparent);
  }
  @media (prefers-color-scheme: dark) {
    .revoked { border-color: #ff8a80; color: #ff8a80; }
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

/** `<hN>` for a level, clamped to 1–6. */
function heading(level: number | undefined, content: unknown): TemplateResult {
  const n = Number.isInteger(level) ? Math.min(Math.max(level!, 1), 6) : 2;
  const tag = HEADINGS[n - 1]!;
  return staticHtml`<${tag} class="title" part="title">${content}</${tag}>`;
}

/**
 * The built-in certificate of `view`: no landmark (the page has its own; header and footer are the article's), one
 * heading (the credential's name, at `headingLevel`), the recipient's name as text. Images carry `data-initials`: what stands in for them where they
 * cannot be drawn (a PNG of the certificate, when an image's host allows no CORS).
 */
export function renderDefaultCertificate(view: CredentialView, options: DefaultCertificateOptions = {}): TemplateResult {
  const labels = { ...LABELS, ...options.labels };
  const policy = resourcePolicy(options);
  const image = (img: ImageView | undefined, className: string, alt: string, stand: string | undefined) =>
    img && isAllowedImageUrl(img.url, policy)
      ? html`<img class=${className} src=${img.url} alt=${alt} data-initials=${initials(stand)} loading="lazy" decoding="async" referrerpolicy="no-referrer" />`
      : nothing;
  const issued = formatDate(view.issued, options.locale, LONG);
  const expires = formatDate(view.expires, options.locale, LONG);
  const type = options.typeLabel ?? view.achievementType;
  // The signature is decorative: the name is written under it.
  const signatory = (s: SignatoryView) => html`<div class="signatory">
    ${image(s.image, 'signature', '', s.name)}
    <span class="line" aria-hidden="true"></span>
    <span class="name">${s.name}</span>
    ${s.title ? html`<span class="role">${s.title}</span>` : nothing}
  </div>`;
  return html`<article class="certificate" part="certificate" aria-label=${`${labels.heading}: ${view.title}`}>
    <div class="frame">
      <header>
        ${image(view.issuer?.image, 'issuer-logo', view.issuer?.name ?? '', view.issuer?.name)}
        <p class="kicker">${type && !/^certificate$/i.test(view.achievementType ?? '') ? `${labels.heading} · ${type}` : labels.heading}</p>
      </header>
      <div class="body">
        ${view.recipient?.name
          ? html`<p class="lead">${labels.presentedTo}</p>
              <p class="recipient" part="recipient">${view.recipient.name}</p>
              <p class="lead">${labels.forCompleting}</p>`
          : nothing}
        <hr class="rule" />
        ${heading(options.headingLevel, view.title)}
        ${view.description ? html`<p class="description">${view.description}</p>` : nothing}
        ${view.signatories.length ? html`<div class="signatories">${view.signatories.map(signatory)}</div>` : nothing}
      </div>
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

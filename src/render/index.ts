/** Safe certificate rendering: sanitized issuer templates and the built-in certificate layout. */
export { renderTemplate, type RenderResult } from './render-template.js';
export { renderDefaultCertificate, defaultCertificateStyles, type DefaultCertificateOptions, type DefaultCertificateLabels } from './default-certificate.js';
export { sanitizeHtml, MAX_HTML_LENGTH, type HtmlSanitizeResult } from './sanitize-html.js';
export { sanitizeCss, MAX_CSS_LENGTH, type CssSanitizeResult } from './sanitize-css.js';
export { placeholderResolver, substitutePlaceholders, PLACEHOLDER_PATTERN, type PlaceholderResolver } from './placeholders.js';
export { resourcePolicy, isAllowedImageUrl, isAllowedLinkUrl, isAllowedFontUrl } from './url-policy.js';
export { TRUSTED_TYPES_POLICY_NAME } from '../trusted-types.js';
export type { RenderOptions, RemovedItem, RemovedKind, ResourcePolicy } from './types.js';

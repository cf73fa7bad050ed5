/** Safe certificate rendering: sanitized issuer templates and the built-in certificate layout. */
export { renderTemplate, type RenderResult } from './render-template.js';
export { renderDefaultCertificate, defaultCertificateStyles, type DefaultCertificateOptions, type DefaultCertificateLabels } from './default-certificate.js';
export { sanitizeHtml, MAX_HTML_LENGTH, MAX_PLACEHOLDER_OUTPUT, type HtmlSanitizeResult } from './sanitize-html.js';
export { MAX_ELEMENTS } from './inert-parse.js';
export { MAX_CSS_NESTING } from './css-nesting.js';
export { sanitizeCss, MAX_CSS_LENGTH, MAX_CSS_RULES, type CssSanitizeResult, type CssSanitizeOptions } from './sanitize-css.js';
export { placeholderResolver, substitutePlaceholders, attributePlaceholderProblem, PLACEHOLDER_PATTERN, type PlaceholderResolver } from './placeholders.js';
export { resourcePolicy, isAllowedImageUrl, isAllowedLinkUrl, isAllowedFontUrl } from './url-policy.js';
export { TRUSTED_TYPES_POLICY_NAME } from '../trusted-types.js';
export type { RenderOptions, RemovedItem, RemovedKind, ResourcePolicy } from './types.js';

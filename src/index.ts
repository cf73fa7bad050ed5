// The package's main entry: defines <credential-badge>, <clr-transcript>, <credential-verify> and <credential-gallery>, and re-exports
// their classes, the typed events and the error class. dist/credential-elements.js is built from this file.
export { CredentialBadge, type BadgeLayout } from './credential-badge.js';
export { ClrTranscript } from './clr-transcript.js';
export { CredentialVerify } from './credential-verify.js';
export { CredentialGallery, type DetailLayout, type GalleryVerification } from './credential-gallery.js';
export { CredentialElement, type VerifyProgress } from './elements/shared/credential-element.js';
export { ProviderCredentialElement } from './elements/shared/provider-element.js';
export type { LoadState, VerificationState, VerifyMode } from './elements/shared/types.js';
export type { ProviderName } from './sources/providers.js';
export { lookupThroughProxy, type LookupProxyOptions } from './sources/lookup-proxy.js';
export {
  CredentialLoadEvent,
  CredentialVerifiedEvent,
  CredentialErrorEvent,
  type CredentialLoadDetail,
  type CredentialListDetail,
  type CredentialErrorDetail,
} from './events.js';
export { CredentialError, isCredentialError, type CredentialErrorCode } from './errors.js';
export { TRUSTED_TYPES_POLICY_NAME } from './trusted-types.js';
export type { CredentialView, TranscriptView } from './model/types.js';
export type { VerificationReport } from './verify/types.js';

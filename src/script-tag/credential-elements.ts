// The script-tag build's main entry (cdn/credential-elements.js): defines <credential-badge>, <clr-transcript>,
// <credential-verify> and <credential-gallery>, each when the first one appears in the page (define-on-first-use.ts).
// The element classes are not exported here: `await customElements.whenDefined('credential-badge')` gives one, and the
// npm build's entries export them all (src/index.ts). A side effect by design.
import { defineOnFirstUse, loadAll } from './define-on-first-use.js';
import { clrTranscript, credentialBadge, credentialGallery, credentialVerify } from './elements.js';

const ALL = [credentialBadge, clrTranscript, credentialVerify, credentialGallery];

defineOnFirstUse(ALL);

/** Loads and defines all four elements now: for elements the page puts inside shadow roots of its own. */
export const loadElements = (): Promise<void> => loadAll(ALL);

export { CredentialLoadEvent, CredentialVerifiedEvent, CredentialErrorEvent } from '../events.js';
export { CredentialError, isCredentialError } from '../errors.js';
export { TRUSTED_TYPES_POLICY_NAME } from '../trusted-types.js';

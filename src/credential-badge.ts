// Defines <credential-badge>. Importing this module registers the element (a side effect by design).
export { CredentialBadge, type BadgeLayout } from './elements/credential-badge/credential-badge.js';

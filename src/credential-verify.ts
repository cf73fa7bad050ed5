// Defines <credential-verify>. Importing this module registers the element (a side effect by design).
export { CredentialVerify } from './elements/credential-verify/credential-verify.js';

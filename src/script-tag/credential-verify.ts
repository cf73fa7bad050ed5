// The script-tag build's entry for <credential-verify> alone (cdn/credential-verify.js): defines it when the first one appears in the page
// (define-on-first-use.ts). A side effect by design.
import { defineOnFirstUse, loadAll } from './define-on-first-use.js';
import { credentialVerify } from './elements.js';

defineOnFirstUse([credentialVerify]);

/** Loads and defines <credential-verify> now: for elements the page puts inside shadow roots of its own. */
export const loadElements = (): Promise<void> => loadAll([credentialVerify]);

// The script-tag build's entry for <credential-badge> alone (cdn/credential-badge.js): defines it when the first one appears in the page
// (define-on-first-use.ts). A side effect by design.
import { defineOnFirstUse, loadAll } from './define-on-first-use.js';
import { credentialBadge } from './elements.js';

defineOnFirstUse([credentialBadge]);

/** Loads and defines <credential-badge> now: for elements the page puts inside shadow roots of its own. */
export const loadElements = (): Promise<void> => loadAll([credentialBadge]);

// The script-tag build's entry for <credential-gallery> alone (cdn/credential-gallery.js): defines it when the first one appears in the page
// (define-on-first-use.ts). A side effect by design.
import { defineOnFirstUse, loadAll } from './define-on-first-use.js';
import { credentialGallery } from './elements.js';

defineOnFirstUse([credentialGallery]);

/** Loads and defines <credential-gallery> now: for elements the page puts inside shadow roots of its own. */
export const loadElements = (): Promise<void> => loadAll([credentialGallery]);

// The script-tag build's entry for <clr-transcript> alone (cdn/clr-transcript.js): defines it when the first one appears in the page
// (define-on-first-use.ts). A side effect by design.
import { defineOnFirstUse, loadAll } from './define-on-first-use.js';
import { clrTranscript } from './elements.js';

defineOnFirstUse([clrTranscript]);

/** Loads and defines <clr-transcript> now: for elements the page puts inside shadow roots of its own. */
export const loadElements = (): Promise<void> => loadAll([clrTranscript]);

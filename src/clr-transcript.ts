// Defines <clr-transcript>. Importing this module registers the element (a side effect by design).
export { ClrTranscript } from './elements/clr-transcript/clr-transcript.js';

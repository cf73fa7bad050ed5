/**
 * The four elements as the script-tag build defines them (define-on-first-use.ts): where each class comes from, and
 * what an element's markup lets the page start before its class has loaded. A credential element with a `src` has
 * its credential requested at once (load/early.ts); any element that will verify starts the verifier worker, which
 * then loads the engine while the credential downloads.
 */
import { startFromMarkup, type EarlyPurpose } from '../load/early.js';
import { MAX_WORKERS, warmWorkers } from '../verify-client/workers.js';
import type { LazyElement } from './define-on-first-use.js';

const willVerify = (element: Element) => element.getAttribute('verify') !== 'off';

let verifying = 0;

/**
 * The worker first (it takes longest to be ready), then the verify client and the panel of checks that will show its
 * report. A second element (or a transcript, whose nested credentials are verified side by side) starts the second
 * worker too. The code loads once: a page of a hundred badges would otherwise ask for its chunks a hundred times in
 * the entry's first task (~20 ms of it).
 */
function startVerifier(workers = 1): void {
  verifying++;
  warmWorkers(Math.max(workers, verifying));
  if (verifying > 1) return;
  void Promise.all([import('../load/verification.js').then(({ prepareVerifier }) => prepareVerifier()), import('../elements/shared/lazy-checks.js').then(({ loadChecks }) => loadChecks())]).catch(
    () => undefined,
  );
}

// The credential's request first: on a connection to the page's origin it would otherwise queue behind the worker's
// script and the element's chunks.
const startCredential = (purpose: EarlyPurpose) => (element: Element) => {
  startFromMarkup(element, purpose);
  if (willVerify(element)) startVerifier(purpose === 'transcript' ? MAX_WORKERS : 1);
};

export const credentialBadge: LazyElement = {
  tag: 'credential-badge',
  load: () => import('../elements/credential-badge/credential-badge.js'),
  start: startCredential('card'),
};

export const clrTranscript: LazyElement = {
  tag: 'clr-transcript',
  load: () => import('../elements/clr-transcript/clr-transcript.js'),
  start: startCredential('transcript'),
};

export const credentialVerify: LazyElement = {
  tag: 'credential-verify',
  load: () => import('../elements/credential-verify/credential-verify.js'),
  start: startCredential('credential'),
};

export const credentialGallery: LazyElement = {
  tag: 'credential-gallery',
  load: () => import('../elements/credential-gallery/credential-gallery.js'),
  start: (element) => {
    if (willVerify(element)) startVerifier(MAX_WORKERS);
  },
};

/**
 * The panel of checks, loaded on demand (checks.ts: its markup, the check names and explanations). Elements start
 * loading it with verification, which takes longer, and wait for it before showing a report: a page that never
 * verifies never downloads it.
 */
import { html, type TemplateResult } from 'lit';
import type { VerificationReport } from '../../verify/types.js';

let checksModule: typeof import('./checks.js') | undefined;
let checksLoading: Promise<void> | undefined;

/** Loads the panel of checks. Never rejects. */
export function loadChecks(): Promise<void> {
  checksLoading ??= import('./checks.js').then(
    (module) => void (checksModule = module),
    () => undefined, // the panel stays empty; the chip and the report still show
  );
  return checksLoading;
}

/** Whether the panel's code has loaded (a panel rendered before it has is empty, and must be rendered again). */
export const checksLoaded = (): boolean => checksModule !== undefined;

/** Each check with its outcome and what it found (an empty panel until checks.ts has loaded). */
export function renderChecks(report: VerificationReport, id: string, hidden = false): TemplateResult {
  if (checksModule) return checksModule.renderChecks(report, id, hidden);
  void loadChecks();
  return html`<div class="checks" part="checks" id=${id} ?hidden=${hidden}></div>`;
}

/**
 * Loaded document → report (the pipeline's last step), through the verify client: in a worker where there is one.
 * The client loads on demand, so a page that never verifies never downloads it. Never rejects.
 */
import { failedReport } from '../verify-client/failed-report.js';
import type { VerifyRequestOptions } from '../verify-client/index.js';
import type { VerificationReport } from '../verify/types.js';
import type { JsonObject } from '../sources/json.js';
import type { LoadedDocument } from './read-document.js';

const client = () => import('../verify-client/index.js');

/** Starts the verifier ahead of need (while the credential downloads), so it is ready when the credential arrives. */
export function prepareVerifier(): void {
  void client().then(({ prepareVerifier: prepare }) => prepare(), () => undefined);
}

/** Verifies what the document carries; a verifier that cannot load gives a failed report, never an exception. */
export async function verifyDocument(loaded: LoadedDocument, options: VerifyRequestOptions = {}): Promise<VerificationReport> {
  if (loaded.verifiable === undefined) return failedReport('There is no signed credential to verify.', 'no-proof');
  try {
    return await (await client()).requestVerification(loaded.verifiable, options);
  } catch (error) {
    return failedReport(`The verifier could not be loaded: ${(error as Error)?.message ?? String(error)}`);
  }
}

/** What a report says was verified (the engine's reading of the signed credential), for the view to be read from. */
export function verifiedCredential(report: VerificationReport): JsonObject | undefined {
  const credential = report.credential;
  return credential && typeof credential === 'object' && !Array.isArray(credential) ? credential : undefined;
}

/**
 * Loaded document → report (the pipeline's last step), through the verify client: in a worker where there is one.
 * The client loads on demand, so a page that never verifies never downloads it. Never rejects.
 */
import { failedReport } from '../verify-client/failed-report.js';
import type { VerifyRequestOptions } from '../verify-client/index.js';
import type { VerificationReport } from '../verify/types.js';
import { subjects, types } from '../shape/credential.js';
import { isObject, oneOrMany, type JsonObject } from '../shape/json.js';
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
  if (!isObject(credential)) return undefined;
  return types(credential).includes('ClrCredential') ? withVerifiedEntries(credential, report.children) : credential;
}

/**
 * A CLR's entries are not graphs of their own in CLR 2.0's context, so in the record's meaning the nodes they share
 * with it (the learner, the issuer) merge, and no entry can be read apart from the others there. Each entry is read
 * from its own verification instead: the engine verifies the entries first, in order, each from its own signature.
 */
function withVerifiedEntries(record: JsonObject, children: VerificationReport[]): JsonObject {
  let next = 0;
  const credentialSubject = subjects(record).map((subject) => {
    const entries = oneOrMany(subject['verifiableCredential']).map((entry) => {
      const child = children[next++];
      // An entry the engine did not get to (a cancelled verification) keeps the record's reading.
      return isObject(child?.credential) ? child.credential : entry;
    });
    return entries.length ? { ...subject, verifiableCredential: entries } : subject;
  });
  return { ...record, credentialSubject };
}

/**
 * How elements ask for verification. The engine is loaded only when first needed (a badge with verify="off"
 * never downloads it). Elements call this module, never src/verify directly, so where the work runs (in-process
 * or in a worker) is decided here alone.
 */
import type { VerificationReport, VerifyOptions } from '../verify/types.js';

export type { VerificationReport, VerifyOptions } from '../verify/types.js';

export interface VerifyRequestOptions extends Omit<VerifyOptions, 'fetch'> {
  /** Used for network lookups (status lists, did:web). Functions cannot cross into a worker, so a custom fetch keeps the work in-process. */
  fetch?: typeof fetch;
}

let engine: Promise<typeof import('../verify/index.js')> | undefined;

function loadEngine() {
  engine ??= import('../verify/index.js');
  return engine;
}

/** Verifies in the background; resolves to a report, never rejects (a failure to load the engine is a failed report). */
export async function requestVerification(input: unknown, options: VerifyRequestOptions = {}): Promise<VerificationReport> {
  try {
    const { verifyCredential } = await loadEngine();
    return await verifyCredential(input, options);
  } catch (error) {
    return {
      verified: false,
      status: 'failed',
      kind: 'unknown',
      summary: { type: [] },
      checks: [{ id: 'format', status: 'failure', message: `The verifier could not be loaded: ${(error as Error)?.message ?? String(error)}` }],
      children: [],
      checkedAt: new Date().toISOString(),
    };
  }
}

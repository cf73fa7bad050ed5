/** The report for a verification that could not run (the verifier did not load, the input could not be read): the one builder. */
import type { ReasonCode, VerificationReport } from '../verify/types.js';

export function failedReport(message: string, reason: ReasonCode = 'internal-error'): VerificationReport {
  return {
    verified: false,
    status: 'failed',
    kind: 'unknown',
    summary: { type: [] },
    checks: [{ id: 'format', status: 'failure', reason, message }],
    children: [],
    checkedAt: new Date().toISOString(),
  };
}

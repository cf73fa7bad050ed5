// Verification reports built by hand (with reason codes), so element tests need no engine to say why.
import type { Check, VerificationReport } from '../../src/verify/types.js';

/** A report of these checks, its status as the engine would make it; `credential` is what verification read. */
export function reportWith(checks: Check[], credential?: Record<string, unknown>, children: VerificationReport[] = []): VerificationReport {
  const status = checks.some((check) => check.status === 'failure') || children.some((child) => !child.verified) ? 'failed' : checks.some((check) => check.status === 'warning') ? 'warning' : 'verified';
  return {
    verified: status !== 'failed',
    status,
    kind: 'json-ld',
    summary: { type: [], ...(typeof credential?.['id'] === 'string' ? { id: credential['id'] } : {}) },
    checks,
    children,
    ...(credential ? { credential } : {}),
    checkedAt: new Date().toISOString(),
  };
}

/** Turning checks into a report: the summary of the credential, and the rule that says when it is verified. */
import { displayText, issuerId, issuerName, subjects, types, validFrom, validUntil } from './credential-fields.js';
import type { Check, CredentialKind, CredentialSummary, ReportStatus, VerificationReport } from './types.js';

type Json = Record<string, unknown>;

export function summarize(credential: Json | undefined): CredentialSummary {
  if (!credential) return { type: [] };
  const achievement = subjects(credential)[0]?.achievement as Json | undefined;
  return {
    id: typeof credential.id === 'string' ? credential.id : undefined,
    type: types(credential),
    name: displayText(credential.name) ?? displayText(achievement?.name),
    issuer: { id: issuerId(credential), name: issuerName(credential) },
    subject: subjects(credential)[0]?.id as string | undefined,
    validFrom: validFrom(credential),
    validUntil: validUntil(credential),
  };
}

/** Verified only when no check failed here or in any nested credential; a warning anywhere makes it 'warning'. */
export function overallStatus(checks: Check[], children: VerificationReport[]): ReportStatus {
  if (checks.some((check) => check.status === 'failure') || children.some((child) => !child.verified)) return 'failed';
  if (checks.some((check) => check.status === 'warning') || children.some((child) => child.status === 'warning')) return 'warning';
  return 'verified';
}

/**
 * Joins the separately verified nested credentials to the report of their container (verified with
 * `nested: 'skip'`), as if the engine had verified them itself.
 */
export function joinNested(container: VerificationReport, children: VerificationReport[], check: Check): VerificationReport {
  const checks = [...container.checks.filter((entry) => entry.id !== 'nested'), check];
  const status = overallStatus(checks, children);
  return { ...container, checks, children, status, verified: status !== 'failed' };
}

export function buildReport(kind: CredentialKind, credential: Json | undefined, checks: Check[], children: VerificationReport[]): VerificationReport {
  const status = overallStatus(checks, children);
  return {
    verified: status !== 'failed',
    status,
    kind,
    summary: summarize(credential),
    checks,
    children,
    ...(credential ? { credential } : {}),
    checkedAt: new Date().toISOString(),
  };
}

/** Turning checks into a report: the summary of the credential, and the rule that says when it is verified. */
import { achievementsOf, idOf, issuerId, issuerName, subjects, types, validFrom, validUntil } from '../shape/credential.js';
import type { JsonObject } from '../shape/json.js';
import { text } from '../shape/text.js';
import type { Check, CredentialKind, CredentialSummary, ReportStatus, VerificationReport } from './types.js';


/** The summary the elements show, read from the credential as verified (the view of its signed meaning). */
export function summarize(credential: JsonObject | undefined): CredentialSummary {
  if (!credential) return { type: [] };
  const subject = subjects(credential)[0];
  const achievement = subject ? achievementsOf(subject)[0] : undefined;
  return {
    id: idOf(credential),
    type: types(credential),
    name: text(credential.name) ?? text(achievement?.name),
    issuer: { id: issuerId(credential), name: issuerName(credential) },
    subject: idOf(subject),
    validFrom: validFrom(credential),
    validUntil: validUntil(credential),
  };
}

/** Severity, most severe first: a report takes the most severe outcome of its checks and of its nested credentials. */
const SEVERITY: readonly ReportStatus[] = ['failed', 'unverifiable', 'warning', 'verified'];
const OF_CHECK: Partial<Record<Check['status'], ReportStatus>> = { failure: 'failed', unverifiable: 'unverifiable', warning: 'warning' };

export function overallStatus(checks: Check[], children: VerificationReport[]): ReportStatus {
  const outcomes = new Set<ReportStatus>([...checks.map((check) => OF_CHECK[check.status] ?? 'verified'), ...children.map((child) => child.status)]);
  return SEVERITY.find((status) => outcomes.has(status)) ?? 'verified';
}

/** `verified` is true for a verified report and one with warnings; never when something failed or could not be checked. */
export const isVerified = (status: ReportStatus): boolean => status === 'verified' || status === 'warning';

/**
 * Joins the separately verified nested credentials to the report of their container (verified with
 * `nested: 'skip'`), as if the engine had verified them itself. The container's own verdict on whether its JSON
 * shows every nested credential its meaning holds (reason nested-unreadable) stays.
 */
export function joinNested(container: VerificationReport, children: VerificationReport[], check: Check): VerificationReport {
  const checks = [...container.checks.filter((entry) => entry.id !== 'nested' || entry.reason === 'nested-unreadable'), check];
  const status = overallStatus(checks, children);
  return { ...container, checks, children, status, verified: isVerified(status) };
}

export function buildReport(kind: CredentialKind, credential: JsonObject | undefined, checks: Check[], children: VerificationReport[]): VerificationReport {
  const status = overallStatus(checks, children);
  return {
    verified: isVerified(status),
    status,
    kind,
    summary: summarize(credential),
    checks,
    children,
    ...(credential ? { credential } : {}),
    checkedAt: new Date().toISOString(),
  };
}

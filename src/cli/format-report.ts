/** A verification report as text for a terminal: each check with its status, nested credentials indented. */
import type { CheckStatus, ReportStatus, VerificationReport } from '../verify/types.js';

const MARKS: Record<CheckStatus, string> = { success: '✔', failure: '✖', unverifiable: '?', warning: '!', skipped: '-' };
const VERDICT: Record<ReportStatus, string> = { verified: 'VERIFIED', warning: 'VERIFIED WITH WARNINGS', unverifiable: 'COULD NOT BE VERIFIED RIGHT NOW', failed: 'NOT VERIFIED' };

export function formatReport(report: VerificationReport, label: string, indent = ''): string {
  const name = report.summary.name ?? report.summary.id ?? 'credential';
  const issuer = report.summary.issuer?.name ?? report.summary.issuer?.id;
  const lines = [`${indent}${VERDICT[report.status]}: ${name}${issuer ? ` (issued by ${issuer})` : ''}${label ? ` [${label}]` : ''}`];
  for (const check of report.checks) lines.push(`${indent}  ${MARKS[check.status]} ${check.id.padEnd(9)} ${check.message}`);
  report.children.forEach((child, index) => lines.push(formatReport(child, `nested ${index + 1}`, indent + '    ')));
  return lines.join('\n');
}

/** A verification report as text for a terminal: each check with its status, nested credentials indented. */
import type { CheckStatus, VerificationReport } from '../verify/types.js';

const MARKS: Record<CheckStatus, string> = { success: '✔', failure: '✖', warning: '!', skipped: '-' };
const VERDICT: Record<string, string> = {
  verified: 'VERIFIED',
  warning: 'VERIFIED WITH WARNINGS',
  failed: 'NOT VERIFIED',
  unverifiable: 'COULD NOT BE VERIFIED RIGHT NOW',
};

export function formatReport(report: VerificationReport, label: string, indent = ''): string {
  const name = report.summary.name ?? report.summary.id ?? 'credential';
  const issuer = report.summary.issuer?.name ?? report.summary.issuer?.id;
  const lines = [`${indent}${VERDICT[report.status] ?? String(report.status).toUpperCase()}: ${name}${issuer ? ` (issued by ${issuer})` : ''}${label ? ` [${label}]` : ''}`];
  for (const check of report.checks) lines.push(`${indent}  ${MARKS[check.status]} ${check.id.padEnd(9)} ${check.message}`);
  report.children.forEach((child, index) => lines.push(formatReport(child, `nested ${index + 1}`, indent + '    ')));
  return lines.join('\n');
}

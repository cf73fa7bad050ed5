/** The `dates` check: validFrom/validUntil (VC 2.0) or issuanceDate/expirationDate (VC 1.1) against the clock. */
import type { VerifyContext } from '../context.js';
import { validFrom, validUntil } from '../credential-fields.js';
import type { Check } from '../types.js';

const day = (date: Date) => date.toISOString().slice(0, 10);

export function checkDates(credential: Record<string, unknown>, context: VerifyContext): Check {
  const from = validFrom(credential);
  const until = validUntil(credential);
  const fromDate = from === undefined ? undefined : new Date(from);
  const untilDate = until === undefined ? undefined : new Date(until);
  const details = { validFrom: from, validUntil: until, now: context.now.toISOString() };
  if (fromDate && Number.isNaN(fromDate.getTime())) return { id: 'dates', status: 'failure', message: `The start date "${from}" is not a date.`, details };
  if (untilDate && Number.isNaN(untilDate.getTime())) return { id: 'dates', status: 'failure', message: `The expiry date "${until}" is not a date.`, details };
  if (fromDate && untilDate && untilDate < fromDate) return { id: 'dates', status: 'failure', message: 'The credential expires before it becomes valid.', details };
  if (fromDate && fromDate > context.now) return { id: 'dates', status: 'failure', message: `The credential is not valid yet: it becomes valid on ${day(fromDate)}.`, details };
  if (untilDate && untilDate <= context.now) return { id: 'dates', status: 'failure', message: `The credential expired on ${day(untilDate)}.`, details };
  if (!fromDate && !untilDate) return { id: 'dates', status: 'warning', message: 'The credential states no issue or validity dates.', details };
  return {
    id: 'dates',
    status: 'success',
    message: untilDate ? `Valid until ${day(untilDate)}.` : `Valid since ${day(fromDate!)}, with no expiry.`,
    details,
  };
}

/** The `dates` check: validFrom/validUntil (VC 2.0) or issuanceDate/expirationDate (VC 1.1) against the clock. */
import type { JsonObject } from '../../shape/json.js';
import { validFromValues, validUntilValues } from '../../shape/credential.js';
import type { VerifyContext } from '../options.js';
import type { Check } from '../types.js';
import { ambiguous } from './ambiguous.js';

const day = (date: Date) => date.toISOString().slice(0, 10);

export function checkDates(credential: JsonObject, context: VerifyContext): Check {
  const froms = validFromValues(credential);
  const untils = validUntilValues(credential);
  if (froms.length > 1) return ambiguous('dates', credential['validFrom'] !== undefined ? 'validFrom' : 'issuanceDate', froms);
  if (untils.length > 1) return ambiguous('dates', credential['validUntil'] !== undefined ? 'validUntil' : 'expirationDate', untils);
  const [from] = froms;
  const [until] = untils;
  const fromDate = from === undefined ? undefined : new Date(from);
  const untilDate = until === undefined ? undefined : new Date(until);
  const details = { validFrom: from, validUntil: until, now: context.now.toISOString() };
  const fail = (reason: Check['reason'], message: string): Check => ({ id: 'dates', status: 'failure', reason, message, details });
  if (fromDate && Number.isNaN(fromDate.getTime())) return fail('invalid-dates', `The start date "${from}" is not a date.`);
  if (untilDate && Number.isNaN(untilDate.getTime())) return fail('invalid-dates', `The expiry date "${until}" is not a date.`);
  if (fromDate && untilDate && untilDate < fromDate) return fail('invalid-dates', 'The credential expires before it becomes valid.');
  if (fromDate && fromDate > context.now) return fail('not-yet-valid', `The credential is not valid yet: it becomes valid on ${day(fromDate)}.`);
  if (untilDate && untilDate <= context.now) return fail('expired', `The credential expired on ${day(untilDate)}.`);
  if (!fromDate && !untilDate) return { id: 'dates', status: 'warning', reason: 'no-dates', message: 'The credential states no issue or validity dates.', details };
  return {
    id: 'dates',
    status: 'success',
    message: untilDate ? `Valid until ${day(untilDate)}.` : `Valid since ${day(fromDate!)}, with no expiry.`,
    details,
  };
}

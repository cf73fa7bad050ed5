/** The `dates` check of an OB 2.0 assertion: issued on a day that has come (`issuedOn`), and not expired (`expires`). */
import type { VerifyContext } from '../options.js';
import type { Check } from '../types.js';
import type { AssertionFields } from './fields.js';

const day = (date: Date) => date.toISOString().slice(0, 10);

export function checkOb2Dates({ issuedOn, expires }: AssertionFields, context: VerifyContext): Check {
  const details = { issuedOn, expires, now: context.now.toISOString() };
  const fail = (reason: Check['reason'], message: string): Check => ({ id: 'dates', status: 'failure', reason, message, details });
  const issued = issuedOn === undefined ? undefined : new Date(issuedOn);
  const until = expires === undefined ? undefined : new Date(expires);
  if (issued && Number.isNaN(issued.getTime())) return fail('invalid-dates', `The issue date "${issuedOn}" is not a date.`);
  if (until && Number.isNaN(until.getTime())) return fail('invalid-dates', `The expiry date "${expires}" is not a date.`);
  if (issued && until && until < issued) return fail('invalid-dates', 'The badge expires before it was issued.');
  if (issued && issued > context.now) return fail('not-yet-valid', `The badge says it was issued on ${day(issued)}, a date still to come.`);
  if (until && until <= context.now) return fail('expired', `The badge expired on ${day(until)}.`);
  if (!issued) return { id: 'dates', status: 'warning', reason: 'no-dates', message: 'The badge states no issue date.', details };
  return { id: 'dates', status: 'success', message: until ? `Issued on ${day(issued)}, valid until ${day(until)}.` : `Issued on ${day(issued)}, with no expiry.`, details };
}

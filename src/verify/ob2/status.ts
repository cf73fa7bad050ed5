/**
 * The `status` check of an OB 2.0 assertion: `revoked: true` in what was verified (the hosted copy, the signed
 * payload) fails, with its `revocationReason`; and the Issuer's `revocationList`, when it names one, is fetched and
 * searched for the assertion's id (entries as ids, or `{id, revocationReason}`). A list that can't be fetched or
 * read is a warning that says so, never "not revoked".
 */
import { idOf, idsOf, stringsOf } from '../../shape/credential.js';
import { isObject, oneOrMany, type JsonObject } from '../../shape/json.js';
import { ambiguous } from '../checks/ambiguous.js';
import type { VerifyContext } from '../options.js';
import type { Check } from '../types.js';
import type { AssertionFields } from './fields.js';
import { lookUp, sameAddress } from './lookup.js';

const revoked = (reason: string | undefined, details: JsonObject): Check => ({
  id: 'status',
  status: 'failure',
  reason: 'revoked',
  message: `The issuer has revoked this badge${reason ? `: "${reason}"` : ''}.`,
  details: { ...details, ...(reason && { revocationReason: reason.slice(0, 500) }) },
});

/** The entry of the list that names `id`, if any: a string, or an object with that id. */
function entryFor(list: JsonObject, id: string): { found: boolean; reason?: string } {
  for (const entry of oneOrMany(list['revokedAssertions'])) {
    const entryId = typeof entry === 'string' ? entry : idOf(entry);
    if (!entryId || !sameAddress(entryId, id)) continue;
    const reasons = isObject(entry) ? stringsOf(entry['revocationReason']) : [];
    return { found: true, ...(reasons.length && { reason: reasons.join('; ') }) };
  }
  return { found: false };
}

/** `hosted`: the assertion came from the issuer's host, whose copy also says whether it was revoked. */
export async function checkOb2Status(fields: AssertionFields, issuer: JsonObject | undefined, context: VerifyContext, hosted: boolean): Promise<Check> {
  if (fields.revoked) return revoked(fields.revocationReason, { revoked: true });
  if (!issuer) {
    // The Issuer profile could not be had (its own check says why), so neither could its revocation list.
    const unlisted = 'the Issuer profile could not be read, so its revocation list was not checked';
    if (hosted) return { id: 'status', status: 'success', message: `The issuer's hosted copy does not say it is revoked (${unlisted}).`, details: { hosted, why: 'no-issuer-profile' } };
    return { id: 'status', status: 'warning', reason: 'status-unchecked', message: `The revocation status was not checked: ${unlisted}.`, details: { why: 'no-issuer-profile' } };
  }
  const lists = idsOf(issuer['revocationList']);
  if (lists.length > 1) return ambiguous('status', 'revocationList', lists, 'the Issuer profile');
  const url = lists[0];
  const notRevoked = hosted ? "The issuer's hosted copy does not say it is revoked." : undefined;
  if (!url) {
    if (notRevoked) return { id: 'status', status: 'success', message: notRevoked, details: { hosted } };
    return { id: 'status', status: 'skipped', message: 'The issuer publishes no revocation list, so a signed badge of theirs is never revoked.' };
  }
  const details: JsonObject = { revocationList: url, hosted };
  const warning = (reason: Check['reason'], message: string, more?: JsonObject): Check => ({ id: 'status', status: 'warning', reason, message, details: { ...details, ...more } });
  if (!fields.id) return warning('status-unchecked', 'The badge has no id, so the issuer\'s revocation list can\'t be searched for it.', { why: 'no-id' });
  if (!context.network) return warning('status-unchecked', 'The revocation list was not checked: network use is off.', { why: 'offline' });
  const found = await lookUp(url, 'RevocationList', context, { label: 'The revocation list', unreachable: 'status-unreachable', notFound: 'status-unreachable' }, true);
  if (!found.ok) return warning(found.reason === 'status-unreachable' ? 'status-unreachable' : 'status-list-untrusted', `The revocation status could not be checked: ${found.message}`, found.details);
  const entry = entryFor(found.document.view, fields.id);
  if (entry.found) return revoked(entry.reason, details);
  return { id: 'status', status: 'success', message: `${notRevoked ? `${notRevoked} ` : ''}Not on the issuer's revocation list.`, details };
}

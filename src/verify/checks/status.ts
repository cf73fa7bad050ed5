/**
 * The `status` check: BitstringStatusListEntry, StatusList2021Entry and 1EdTechRevocationList, fetched when
 * network use is allowed and cached for their stated lifetime. The entry is read from the credential's view of its
 * signed meaning, and the status list from the list credential's own (after its own verification). A list that
 * can't be fetched or trusted is a warning that says so (never "not revoked"); a set revocation or suspension bit
 * is a failure.
 */
import { idOf, idsOf, issuerId, scalarsOf, statusEntries, subjects, types } from '../../shape/credential.js';
import { isObject, oneOrMany, type JsonObject } from '../../shape/json.js';
import type { VerifyContext } from '../options.js';
import { fetchJson } from '../net.js';
import type { Check, ReasonCode, VerificationReport } from '../types.js';
import { ambiguous } from './ambiguous.js';
import { decodeBitstring } from './bitstring.js';

export type VerifyList = (list: unknown) => Promise<VerificationReport>;

const LIST_TYPES: Record<string, string> = {
  BitstringStatusListEntry: 'BitstringStatusListCredential',
  StatusList2021Entry: 'StatusList2021Credential',
};
const REVOCATION_LIST = '1EdTechRevocationList';
const ENTRY_TYPES = [...Object.keys(LIST_TYPES), REVOCATION_LIST];

const warning = (reason: ReasonCode, message: string, details?: JsonObject): Check => ({ id: 'status', status: 'warning', reason, message, details });

/** Cache a status list until its `ttl` (milliseconds, Bitstring Status List) or its validUntil, at most a day. */
function listLifetime(list: unknown): number | undefined {
  if (!isObject(list)) return undefined;
  const ttl = Number(list.ttl ?? subjects(list)[0]?.ttl);
  if (ttl > 0) return Math.min(ttl, 86_400_000);
  const until = Date.parse(String(list.validUntil ?? list.expirationDate ?? ''));
  return until > Date.now() ? Math.min(until - Date.now(), 86_400_000) : undefined;
}

/** One value of a single-valued term of `node`, or the ambiguity. */
function one(node: JsonObject, term: string, what: string, read: (value: unknown) => unknown[] = scalarsOf): { value?: unknown; problem?: Check } {
  const values = read(node[term]);
  return values.length > 1 ? { problem: ambiguous('status', term, values, what) } : { value: values[0] };
}

async function checkListEntry(entry: JsonObject, type: string, credential: JsonObject, context: VerifyContext, verifyList: VerifyList): Promise<Check> {
  const url = one(entry, 'statusListCredential', 'the status entry', idsOf);
  const index = one(entry, 'statusListIndex', 'the status entry');
  const purposeOf = one(entry, 'statusPurpose', 'the status entry');
  const problem = url.problem ?? index.problem ?? purposeOf.problem;
  if (problem) return problem;
  const listUrl = typeof url.value === 'string' ? url.value : '';
  const position = Number(index.value);
  const purpose = String(purposeOf.value ?? 'revocation');
  const details: JsonObject = { type, statusListCredential: listUrl, statusListIndex: position, statusPurpose: purpose };
  if (!listUrl || !Number.isInteger(position) || position < 0) {
    return { id: 'status', status: 'failure', reason: 'malformed', message: 'The credential status entry is malformed (no list URL or index).', details };
  }
  if (!context.network) return warning('status-unchecked', `The ${purpose} status was not checked: network use is off.`, { ...details, why: 'offline' });

  let list: unknown;
  try {
    list = await fetchJson(listUrl, context, listLifetime);
  } catch (error) {
    return warning('status-unreachable', `The ${purpose} status could not be checked: ${(error as Error).message}`, details);
  }
  const report = await verifyList(list);
  const untrusted = (message: string, reason: ReasonCode = 'status-list-untrusted') => warning(reason, `The ${purpose} status could not be confirmed: ${message}`, details);
  if (!report.verified || !report.credential) {
    const reason = report.checks.find((check) => check.status === 'failure')?.message ?? 'it did not verify';
    return untrusted(`the status list can't be trusted (${reason})`);
  }
  // The list is judged by its own signed meaning, as the credential is.
  const listCredential = report.credential;
  // The list's URL is in the signed credential, so whoever signs it does so for the issuer (often a shared status
  // service, as in the DCC fixtures); the report names that signer when it is not the issuer.
  if (issuerId(listCredential) !== issuerId(credential)) details.listIssuer = issuerId(listCredential);
  const expectedType = LIST_TYPES[type]!;
  if (!types(listCredential).includes(expectedType)) return untrusted(`the status list is not a ${expectedType}.`);
  const subject = subjects(listCredential)[0] ?? {};
  const listPurposes = scalarsOf(subject.statusPurpose);
  if (listPurposes.length > 1) return untrusted(`the list states ${listPurposes.length} purposes (${listPurposes.join(', ')}).`, 'ambiguous-value');
  if (listPurposes.length && !listPurposes.includes(purpose)) return untrusted(`the list is for "${String(listPurposes[0])}".`);
  const encoded = scalarsOf(subject.encodedList);
  if (encoded.length > 1) return untrusted(`the list states ${encoded.length} different encoded lists.`, 'ambiguous-value');
  let bits: Uint8Array;
  try {
    bits = await decodeBitstring(String(encoded[0] ?? ''));
  } catch (error) {
    return untrusted(`${(error as Error).message}.`);
  }
  if (position >= bits.length * 8) return untrusted(`index ${position} is outside the list.`);
  // Bit 0 is the most significant bit of the first byte.
  const set = (bits[position >> 3]! >> (7 - (position & 7))) & 1;
  const signer = details.listIssuer ? ` (status list signed by ${String(details.listIssuer)})` : '';
  if (!set) return { id: 'status', status: 'success', message: `${purpose === 'revocation' ? 'Not revoked' : `Not flagged for ${purpose}`}${signer}.`, details };
  if (purpose === 'revocation') return { id: 'status', status: 'failure', reason: 'revoked', message: 'The issuer has revoked this credential.', details };
  if (purpose === 'suspension') return { id: 'status', status: 'failure', reason: 'suspended', message: 'The issuer has suspended this credential.', details };
  return warning('status-set', `The issuer has set a "${purpose}" status on this credential.`, details);
}

/** 1EdTech's revocation list: an unsigned list of revoked credential ids at the entry's own URL. */
async function checkRevocationList(entry: JsonObject, credential: JsonObject, context: VerifyContext): Promise<Check> {
  const url = idOf(entry) ?? '';
  const details: JsonObject = { type: REVOCATION_LIST, id: url };
  if (!context.network) return warning('status-unchecked', 'The revocation status was not checked: network use is off.', { ...details, why: 'offline' });
  let list: JsonObject;
  try {
    list = (await fetchJson(url, context)) as JsonObject;
  } catch (error) {
    return warning('status-unreachable', `The revocation status could not be checked: ${(error as Error).message}`, details);
  }
  const id = idOf(credential);
  const revoked = oneOrMany(isObject(list) ? list.revokedCredentials : undefined).some((item) => idOf(item) === id);
  return revoked
    ? { id: 'status', status: 'failure', reason: 'revoked', message: 'The issuer has revoked this credential.', details }
    : { id: 'status', status: 'success', message: 'Not revoked.', details };
}

export async function checkStatus(credential: JsonObject, context: VerifyContext, verifyList: VerifyList): Promise<Check[]> {
  const entries = statusEntries(credential);
  if (!entries.length) return [{ id: 'status', status: 'skipped', message: 'The credential has no revocation status to check.' }];
  return Promise.all(
    entries.map((entry) => {
      const known = types(entry).filter((type) => ENTRY_TYPES.includes(type));
      if (known.length > 1) return Promise.resolve(ambiguous('status', 'type', known, 'the status entry'));
      const [type] = known;
      if (type === REVOCATION_LIST) return checkRevocationList(entry, credential, context);
      if (type) return checkListEntry(entry, type, credential, context, verifyList);
      const named = types(entry).join(', ') || '(none)';
      return Promise.resolve(warning('status-unsupported', `The status type ${named} is not supported, so revocation was not checked.`, { type: named }));
    }),
  );
}

/** The `refresh` note: a 1EdTechCredentialRefresh service, reported with its URL when network use is allowed. */
export function noteRefreshService(credential: JsonObject, context: VerifyContext): Check | undefined {
  const service = oneOrMany(credential.refreshService).filter(isObject).find((entry) => types(entry).includes('1EdTechCredentialRefresh'));
  if (!service || !context.network) return undefined;
  const url = idOf(service);
  return { id: 'refresh', status: 'success', message: `The issuer offers a refreshed copy at ${String(url)}.`, details: { url } };
}

/**
 * The `status` check: BitstringStatusListEntry, StatusList2021Entry and 1EdTechRevocationList, fetched when
 * network use is allowed and cached for their stated lifetime. A list that can't be fetched or trusted is a warning
 * that says so (never "not revoked"); a set revocation or suspension bit is a failure.
 */
import type { VerifyContext } from '../context.js';
import { readStreamCapped } from '../../sources/read-body.js';
import { base64urlDecode } from '../crypto/encoding.js';
import { asArray, issuerId, subjects, types } from '../credential-fields.js';
import { fetchJson } from '../net.js';
import type { Check, VerificationReport } from '../types.js';

type Json = Record<string, unknown>;
export type VerifyList = (list: unknown) => Promise<VerificationReport>;

const LIST_TYPES: Record<string, string> = {
  BitstringStatusListEntry: 'BitstringStatusListCredential',
  StatusList2021Entry: 'StatusList2021Credential',
};

const warning = (message: string, details?: Json): Check => ({ id: 'status', status: 'warning', message, details });

/** Cache a status list until its `ttl` (milliseconds, Bitstring Status List) or its validUntil, at most a day. */
function listLifetime(list: unknown): number | undefined {
  if (!list || typeof list !== 'object') return undefined;
  const ttl = Number((list as Json).ttl ?? subjects(list as Json)[0]?.ttl);
  if (ttl > 0) return Math.min(ttl, 86_400_000);
  const until = Date.parse(String((list as Json).validUntil ?? (list as Json).expirationDate ?? ''));
  return until > Date.now() ? Math.min(until - Date.now(), 86_400_000) : undefined;
}

// A status list of 16 MB holds 134 million entries; anything larger is a decompression bomb, not a list.
const MAX_LIST_BYTES = 16 * 1024 * 1024;

function gunzip(bytes: Uint8Array): Promise<Uint8Array> {
  const inflated = new Blob([bytes as BlobPart]).stream().pipeThrough(new DecompressionStream('gzip'));
  return readStreamCapped(inflated, MAX_LIST_BYTES, () => new Error(`the status list inflates to more than ${MAX_LIST_BYTES / 1048576} MB`));
}

/** encodedList: GZIP-compressed bits, base64url, with or without the multibase 'u' prefix. */
async function decodeBitstring(encoded: string): Promise<Uint8Array> {
  const isGzip = (bytes: Uint8Array) => bytes[0] === 0x1f && bytes[1] === 0x8b;
  let bytes = base64urlDecode(encoded);
  if (!isGzip(bytes) && encoded.startsWith('u')) bytes = base64urlDecode(encoded.slice(1));
  if (!isGzip(bytes)) throw new Error('the encoded list is not GZIP data');
  return gunzip(bytes);
}

async function checkListEntry(entry: Json, credential: Json, context: VerifyContext, verifyList: VerifyList): Promise<Check> {
  const url = String(entry.statusListCredential ?? '');
  const index = Number(entry.statusListIndex);
  const purpose = String(entry.statusPurpose ?? 'revocation');
  const details: Json = { type: entry.type, statusListCredential: url, statusListIndex: index, statusPurpose: purpose };
  if (!url || !Number.isInteger(index) || index < 0) return { id: 'status', status: 'failure', message: 'The credential status entry is malformed (no list URL or index).', details };
  if (!context.network) return warning(`The ${purpose} status was not checked: network use is off.`, details);

  let list: unknown;
  try {
    list = await fetchJson(url, context, listLifetime);
  } catch (error) {
    return warning(`The ${purpose} status could not be checked: ${(error as Error).message}`, details);
  }
  const report = await verifyList(list);
  if (!report.verified) {
    const reason = report.checks.find((check) => check.status === 'failure')?.message ?? 'it did not verify';
    return warning(`The ${purpose} status could not be confirmed: the status list can't be trusted (${reason})`, details);
  }
  const listCredential = report.credential ?? (list as Json);
  // The list's URL is in the signed credential, so whoever signs it does so for the issuer (often a shared status
  // service, as in the DCC fixtures); the report names that signer when it is not the issuer.
  if (issuerId(listCredential) !== issuerId(credential)) details.listIssuer = issuerId(listCredential);
  const expectedType = LIST_TYPES[String(entry.type)];
  if (!types(listCredential).includes(expectedType)) {
    return warning(`The ${purpose} status could not be confirmed: the status list is not a ${expectedType}.`, details);
  }
  const subject = subjects(listCredential)[0] ?? {};
  if (subject.statusPurpose && subject.statusPurpose !== purpose) {
    return warning(`The ${purpose} status could not be confirmed: the list is for "${String(subject.statusPurpose)}".`, details);
  }
  let bits: Uint8Array;
  try {
    bits = await decodeBitstring(String(subject.encodedList ?? ''));
  } catch (error) {
    return warning(`The ${purpose} status could not be confirmed: ${(error as Error).message}.`, details);
  }
  if (index >= bits.length * 8) return warning(`The ${purpose} status could not be confirmed: index ${index} is outside the list.`, details);
  // Bit 0 is the most significant bit of the first byte.
  const set = (bits[index >> 3] >> (7 - (index & 7))) & 1;
  const signer = details.listIssuer ? ` (status list signed by ${String(details.listIssuer)})` : '';
  if (!set) return { id: 'status', status: 'success', message: `${purpose === 'revocation' ? 'Not revoked' : `Not flagged for ${purpose}`}${signer}.`, details };
  if (purpose === 'revocation') return { id: 'status', status: 'failure', message: 'The issuer has revoked this credential.', details };
  if (purpose === 'suspension') return { id: 'status', status: 'failure', message: 'The issuer has suspended this credential.', details };
  return warning(`The issuer has set a "${purpose}" status on this credential.`, details);
}

async function checkRevocationList(entry: Json, credential: Json, context: VerifyContext): Promise<Check> {
  const url = String(entry.id ?? '');
  const details: Json = { type: entry.type, id: url };
  if (!context.network) return warning('The revocation status was not checked: network use is off.', details);
  let list: Json;
  try {
    list = (await fetchJson(url, context)) as Json;
  } catch (error) {
    return warning(`The revocation status could not be checked: ${(error as Error).message}`, details);
  }
  const revoked = asArray<Json | string>(list?.revokedCredentials).some((item) => (typeof item === 'string' ? item : item?.id) === credential.id);
  return revoked
    ? { id: 'status', status: 'failure', message: 'The issuer has revoked this credential.', details }
    : { id: 'status', status: 'success', message: 'Not revoked.', details };
}

export async function checkStatus(credential: Json, context: VerifyContext, verifyList: VerifyList): Promise<Check[]> {
  const entries = asArray<Json>(credential.credentialStatus).filter((entry) => entry && typeof entry === 'object');
  if (!entries.length) return [{ id: 'status', status: 'skipped', message: 'The credential has no revocation status to check.' }];
  return Promise.all(
    entries.map((entry) => {
      if (entry.type === '1EdTechRevocationList') return checkRevocationList(entry, credential, context);
      if (String(entry.type) in LIST_TYPES) return checkListEntry(entry, credential, context, verifyList);
      return Promise.resolve(warning(`The status type ${String(entry.type)} is not supported, so revocation was not checked.`, { type: entry.type }));
    }),
  );
}

/** The `refresh` note: a 1EdTechCredentialRefresh service, reported with its URL when network use is allowed. */
export function noteRefreshService(credential: Json, context: VerifyContext): Check | undefined {
  const service = asArray<Json>(credential.refreshService).find((entry) => entry?.type === '1EdTechCredentialRefresh');
  if (!service || !context.network) return undefined;
  return { id: 'refresh', status: 'success', message: `The issuer offers a refreshed copy at ${String(service.id)}.`, details: { url: service.id } };
}

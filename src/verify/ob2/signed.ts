/**
 * Signed verification (OB 2.0 `SignedBadge`): a compact JWS whose payload is the assertion, signed with RS256 and
 * nothing else. The key is the CryptographicKey at `verification.creator` (its id must be that URL), never one the
 * JWS header carries (`jwk`, `jku`, `x5u` and `kid` are ignored); it must be owned by the Issuer (the one the
 * BadgeClass names, fetched from its own URL), and that Issuer must list it in `publicKey`.
 *
 * Checks: `proof` (the signature), `key` (the key is the issuer's), `status` (revoked, the Issuer's revocation list).
 */
import { compactVerify, decodeProtectedHeader, importSPKI } from 'jose';
import { idsOf, stringsOf } from '../../shape/credential.js';
import { ambiguous } from '../checks/ambiguous.js';
import type { VerifyContext } from '../options.js';
import type { Check } from '../types.js';
import type { AssertionFields } from './fields.js';
import { lookUpIssuer, type Issued } from './issuer.js';
import { lookUp, sameAddress, type Found, type NotFound } from './lookup.js';
import type { Ob2Document } from './read.js';
import { checkOb2Status } from './status.js';
import type { Verified } from './verified.js';

const ALGORITHM = 'RS256';

async function checkSignature(jws: string, key: Found | NotFound | undefined): Promise<Check> {
  let alg: unknown;
  try {
    alg = decodeProtectedHeader(jws).alg;
  } catch {
    return { id: 'proof', status: 'failure', reason: 'malformed', message: 'The JWS header is not valid JSON.', details: { problem: 'jwt-header' } };
  }
  const details = { type: 'JWS', alg, key: key?.ok ? key.url : undefined };
  if (alg !== ALGORITHM) return { id: 'proof', status: 'failure', reason: 'unsupported-suite', message: `Open Badges 2.0 badges are signed with RS256; this one says ${JSON.stringify(alg)?.slice(0, 40)}.`, details: { ...details, alg: String(alg).slice(0, 40) } };
  if (!key) return { id: 'proof', status: 'failure', reason: 'malformed', message: 'The badge names no signing key (verification.creator) that can be fetched, so its signature can\'t be checked.', details: { ...details, problem: 'no-key' } };
  if (!key.ok) return { id: 'proof', status: key.status, reason: key.reason, message: `${key.message} So the signature can't be checked.`, details: { ...details, ...key.details } };
  const pems = stringsOf(key.document.view['publicKeyPem']);
  if (pems.length > 1) return ambiguous('proof', 'publicKeyPem', pems, 'the signing key');
  let publicKey: CryptoKey;
  try {
    publicKey = await importSPKI(pems[0] ?? '', ALGORITHM);
  } catch {
    return { id: 'proof', status: 'failure', reason: 'malformed', message: `The signing key at ${key.url} holds no RSA public key in PEM (SubjectPublicKeyInfo) form.`, details: { ...details, problem: 'no-pem' } };
  }
  try {
    await compactVerify(jws, publicKey, { algorithms: [ALGORITHM] });
  } catch (error) {
    const invalid = (error as { code?: string }).code === 'ERR_JWS_SIGNATURE_VERIFICATION_FAILED';
    return {
      id: 'proof',
      status: 'failure',
      reason: invalid ? 'signature-invalid' : 'malformed',
      message: invalid ? 'The JWS signature does not match: the badge was changed after it was signed, or signed by another key.' : `The JWS could not be checked: ${(error as Error).message}.`,
      details: invalid ? details : { ...details, problem: 'unreadable' },
    };
  }
  return { id: 'proof', status: 'success', message: `The JWS signature (RS256) is valid for the key at ${key.url}.`, details };
}

/** Whether the key is the issuer's: owned by the Issuer, and listed in its profile. */
function checkOwnership(creator: string | undefined, key: Found | NotFound | undefined, issued: Issued | Check): Check {
  if (!creator || !key) return { id: 'key', status: 'failure', reason: 'key-not-found', message: 'The badge names no signing key (verification.creator).', details: { problem: 'no-key' } };
  if (!key.ok) return { id: 'key', status: key.status, reason: key.reason, message: key.message, details: key.details };
  if ('status' in issued) return issued;
  const issuer = issued.issuer.id ?? '';
  const owners = idsOf(key.document.view['owner']);
  const details = { key: creator, owner: owners[0], issuer };
  if (owners.length > 1) return ambiguous('key', 'owner', owners, 'the signing key');
  if (!owners[0] || !sameAddress(owners[0], issuer)) {
    return { id: 'key', status: 'failure', reason: 'key-not-issuers', message: `The signing key belongs to ${owners[0] ?? 'no one it names'}, not to the badge's issuer ${issuer}.`, details };
  }
  if (!idsOf(issued.issuer.view['publicKey']).some((listed) => sameAddress(listed, creator))) {
    return { id: 'key', status: 'failure', reason: 'key-not-listed', message: `The issuer's profile (${issuer}) does not list the key ${creator} among its keys.`, details };
  }
  return { id: 'key', status: 'success', message: `The key belongs to the issuer (${issuer}), whose profile lists it.`, details };
}

/** Verifies the JWS `jws`, whose payload (already read, as `payload` and its `fields`) is the assertion. */
export async function verifySigned(jws: string, payload: Ob2Document, fields: AssertionFields, context: VerifyContext): Promise<Verified> {
  const creator = fields.creator && /^https?:\/\//i.test(fields.creator) ? fields.creator : undefined;
  const names = { label: 'The signing key', unreachable: 'key-unreachable', notFound: 'key-not-found' } as const;
  const [key, issued] = await Promise.all([creator ? lookUp(creator, 'CryptographicKey', context, names, true) : undefined, lookUpIssuer(fields.badge, context, 'key')]);
  const checks = [await checkSignature(jws, key), checkOwnership(creator, key, issued)];
  const issuer = 'status' in issued ? undefined : issued;
  checks.push(await checkOb2Status(fields, issuer?.issuer.view, context, false));
  const documents: Ob2Document[] = [payload, ...(key?.ok ? [key.document] : []), ...(issuer ? [issuer.badge, issuer.issuer] : [])];
  return { checks, fields, assertion: payload, ...(issuer && { issued: issuer }), documents };
}

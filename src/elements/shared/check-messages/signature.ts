/**
 * Sentences for the signature and its key: no proof, a suite or purpose it can't be, a signature that does not
 * match, a key that can't be had or is someone else's, and what a presentation's proof must answer (challenge,
 * domain). A credential's key must be its issuer's; a presentation's, its holder's (`details.role`).
 */
import { msg, str } from '@lit/localize';
import type { Check } from '../../../verify/types.js';
import { bounded, dateDetail, detail, firstDetail, listDetail, UNKNOWN, type Scene } from './params.js';

const holder = (check: Check) => check.details?.['role'] === 'holder';

/** The proof check of a credential whose meaning could not be read: the signature was not checked. */
export function notCheckedMessage(check: Check): string {
  return check.reason === 'context-not-bundled'
    ? msg('The signature was not checked, because the credential uses a vocabulary this verifier does not include.', { id: 'reason.not-checked.context' })
    : msg('The signature was not checked, because what the credential says can’t be read.', { id: 'reason.not-checked' });
}

export function noProofMessage(check: Check, scene: Scene): string {
  if (check.details?.['problem'] === 'signed-as-json') {
    return msg('This badge is signed, but its signature (the JWS) is not here: only its signed form can be verified.', { id: 'reason.no-proof.signed-as-json' });
  }
  const expected = check.details?.['expected'];
  if (Array.isArray(expected) && expected.length) {
    if (expected.length > 1) return msg('The presentation is not signed, so the challenge and the domain expected can’t be proven.', { id: 'reason.no-proof.challenge-domain' });
    return expected[0] === 'domain'
      ? msg('The presentation is not signed, so the domain expected can’t be proven.', { id: 'reason.no-proof.domain' })
      : msg('The presentation is not signed, so the challenge expected can’t be proven.', { id: 'reason.no-proof.challenge' });
  }
  if (scene.presentation) {
    return msg('The presentation is not signed by its holder: each credential in it is verified on its own, but who presents them is not proven.', { id: 'reason.no-proof.presentation' });
  }
  return msg('The credential has no proof: it is not signed.', { id: 'reason.no-proof' });
}

/** The suite's name as the proof gives it: its cryptosuite (Data Integrity), else its type. */
const suiteOf = (check: Check) => firstDetail(check, 'cryptosuite', 'type') ?? UNKNOWN;

export function unsupportedSuiteMessage(check: Check, scene: Scene): string {
  const curve = detail(check, 'curve');
  if (curve) return msg(str`A ${suiteOf(check)} signature can’t be made with a ${curve} key.`, { id: 'reason.unsupported-suite.curve' });
  const alg = detail(check, 'alg');
  if (alg !== undefined) {
    return scene.badge2
      ? msg(str`Open Badges 2.0 badges are signed with RS256; this one says ${alg}.`, { id: 'reason.unsupported-suite.badge' })
      : msg(str`The signature uses the algorithm ${alg}, which this verifier does not support.`, { id: 'reason.unsupported-suite.alg' });
  }
  return msg(str`The proof type ${suiteOf(check)} is not one this verifier supports.`, { id: 'reason.unsupported-suite' });
}

export function legacySuiteMessage(check: Check): string {
  return msg(str`The signature is valid, but it uses a legacy suite (${suiteOf(check)}).`, { id: 'reason.legacy-suite' });
}

export function wrongPurposeMessage(check: Check): string {
  const purpose = detail(check, 'proofPurpose') ?? UNKNOWN;
  return check.details?.['expectedPurpose'] === 'authentication'
    ? msg(str`The proof was not made to present credentials (its purpose is “${purpose}”).`, { id: 'reason.wrong-purpose.present' })
    : msg(str`The proof was not made to issue a credential (its purpose is “${purpose}”).`, { id: 'reason.wrong-purpose.issue' });
}

export function signatureInvalidMessage(check: Check, scene: Scene): string {
  if (check.details?.['problem'] === 'unreadable') return msg('The signature can’t be read, so it can’t be checked.', { id: 'reason.malformed.unreadable' });
  return scene.presentation
    ? msg('The signature does not match: the presentation was changed after it was signed, or was signed with another key.', { id: 'reason.signature-invalid.presentation' })
    : msg('The signature does not match: the credential was changed after it was signed, or was signed with another key.', { id: 'reason.signature-invalid' });
}

export function proofExpiredMessage(check: Check): string {
  const date = dateDetail(check, 'expires');
  return date
    ? msg(str`The proof expired on ${date}.`, { id: 'reason.proof-expired' })
    : msg(str`The proof’s expiry date (“${detail(check, 'expires') ?? UNKNOWN}”) is not a date.`, { id: 'reason.proof-expired.invalid' });
}

export function claimsMismatchMessage(check: Check, scene: Scene): string {
  const claims = listDetail(check, 'claims') ?? UNKNOWN;
  return scene.presentation
    ? msg(str`The JWT’s signature is valid, but its claims (${claims}) do not agree with the presentation.`, { id: 'reason.claims-mismatch.presentation' })
    : msg(str`The JWT’s signature is valid, but its claims (${claims}) do not agree with the credential.`, { id: 'reason.claims-mismatch' });
}

export function challengeMessage(check: Check): string {
  const expected = detail(check, 'expected') ?? UNKNOWN;
  return check.details?.['stated'] === false
    ? msg(str`The proof carries no challenge; “${expected}” was expected.`, { id: 'reason.challenge-mismatch.missing' })
    : msg(str`The proof does not carry the challenge expected (“${expected}”).`, { id: 'reason.challenge-mismatch' });
}

export function domainMessage(check: Check): string {
  const expected = detail(check, 'expected') ?? UNKNOWN;
  return check.details?.['stated'] === false
    ? msg(str`The proof names no domain; “${expected}” was expected.`, { id: 'reason.domain-mismatch.missing' })
    : msg(str`The proof is not for the domain expected (“${expected}”).`, { id: 'reason.domain-mismatch' });
}

/** The key as the check names it: its verification method, else the OB 2.0 key's address. */
const keyOf = (check: Check) => firstDetail(check, 'verificationMethod', 'key', 'url');

export function keyNotFoundMessage(check: Check): string {
  if (check.id === 'proof') return msg('The signing key could not be found, so the signature can’t be checked.', { id: 'reason.key-not-found.proof' });
  const status = detail(check, 'httpStatus');
  if (status) return msg(str`The signing key is no longer at ${detail(check, 'url') ?? UNKNOWN} (the server answered HTTP ${status}).`, { id: 'reason.key-not-found.gone' });
  const key = keyOf(check);
  return key ? msg(str`The signing key (${key}) could not be found.`, { id: 'reason.key-not-found' }) : msg('The badge names no signing key.', { id: 'reason.key-not-found.unnamed' });
}

export function keyUnreachableMessage(check: Check): string {
  if (check.id === 'proof') {
    return check.reason === 'did-unreachable'
      ? msg('The signer’s DID document could not be looked up right now, so the signature could not be checked. This does not mean the credential was changed.', { id: 'reason.did-unreachable.proof' })
      : msg('The signing key could not be looked up right now, so the signature could not be checked. This does not mean the credential was changed.', { id: 'reason.key-unreachable.proof' });
  }
  const key = keyOf(check);
  if (check.reason === 'did-unreachable') return msg(str`The DID document of the signing key (${key ?? UNKNOWN}) could not be looked up right now.`, { id: 'reason.did-unreachable' });
  return key ? msg(str`The signing key (${key}) could not be looked up right now.`, { id: 'reason.key-unreachable' }) : msg('The signing key could not be looked up right now.', { id: 'reason.key-unreachable.unnamed' });
}

export function invalidDidMessage(check: Check): string {
  if (check.id === 'proof') return msg('The signing key could not be found, so the signature can’t be checked.', { id: 'reason.key-not-found.proof' });
  return msg(str`The signing key’s DID (${keyOf(check) ?? UNKNOWN}) is not a valid DID.`, { id: 'reason.invalid-did' });
}

/** `key-not-issuers` and `key-not-holders`: whose key it is instead, as far as the check could tell. */
export function notTheirsMessage(check: Check): string {
  const signer = detail(check, 'signer') ?? UNKNOWN;
  const key = keyOf(check) ?? UNKNOWN;
  const controller = detail(check, 'controller') ?? UNKNOWN;
  if (check.details?.['owner'] !== undefined || check.details?.['issuer'] !== undefined) {
    const issuer = detail(check, 'issuer') ?? UNKNOWN;
    const owner = detail(check, 'owner');
    return owner
      ? msg(str`The signing key belongs to ${owner}, not to the badge’s issuer ${issuer}.`, { id: 'reason.key-not-issuers.owner' })
      : msg(str`The signing key names no owner, so it is not the badge’s issuer’s (${issuer}).`, { id: 'reason.key-not-issuers.no-owner' });
  }
  if (check.details?.['route'] === 'jwk-header') {
    return holder(check)
      ? msg(str`The JWT carries a key in its header, which speaks only for itself, not for the holder ${signer}.`, { id: 'reason.key-not-holders.jwk' })
      : msg(str`The JWT carries a key in its header, which speaks only for itself, not for the issuer ${signer}.`, { id: 'reason.key-not-issuers.jwk' });
  }
  if (check.details?.['listed'] === false) {
    return holder(check)
      ? msg(str`The document of ${controller} does not list the key ${key} among its keys for presenting credentials.`, { id: 'reason.key-not-holders.unlisted' })
      : msg(str`The document of ${controller} does not list the key ${key} among its keys for signing credentials.`, { id: 'reason.key-not-issuers.unlisted' });
  }
  return holder(check)
    ? msg(str`The presentation was signed by ${controller}, not by its holder ${signer}.`, { id: 'reason.key-not-holders' })
    : msg(str`The credential was signed by ${controller}, not by its issuer ${signer}.`, { id: 'reason.key-not-issuers' });
}

export function keyUnprovenMessage(check: Check): string {
  const key = firstDetail(check, 'controller', 'verificationMethod') ?? UNKNOWN;
  const signer = detail(check, 'signer') ?? UNKNOWN;
  return holder(check)
    ? msg(str`The signature is valid, but the key (${key}) can’t be tied to the holder ${signer}: the holder’s identity is unproven.`, { id: 'reason.key-unproven.holder' })
    : msg(str`The signature is valid, but the key (${key}) can’t be tied to the issuer ${signer}: the issuer’s identity is unproven.`, { id: 'reason.key-unproven' });
}

export function noIssuerMessage(check: Check, scene: Scene): string {
  if (scene.badge2 || check.details?.['document'] === 'BadgeClass') {
    return msg('The BadgeClass names no issuer that can be fetched, so who issued the badge can’t be checked.', { id: 'reason.no-issuer.badge' });
  }
  return check.id === 'key'
    ? msg('The credential names no issuer, so the key can’t be tied to one.', { id: 'reason.no-issuer.key' })
    : msg('The credential names no issuer.', { id: 'reason.no-issuer' });
}

export function noHolderMessage(check: Check): string {
  const key = bounded(check.details?.['controller'] ?? check.details?.['verificationMethod']) ?? UNKNOWN;
  return msg(str`The presentation names no holder, so the key that signed it (${key}) is not tied to anyone it names.`, { id: 'reason.no-holder' });
}

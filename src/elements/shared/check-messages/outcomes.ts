/** Sentences for the checks that passed or were not made (no reason code): what each found, from its details. */
import { msg, str } from '@lit/localize';
import type { Check } from '../../../verify/types.js';
import { countMessage } from '../intl.js';
import { dateDetail, detail, firstDetail, hostOf, number, numberDetail, sentences, UNKNOWN, type Scene } from './params.js';
import { schemaMessage } from './reading.js';

function formatMessage(check: Check, scene: Scene): string {
  if (check.details?.['format'] === 'open-badges-2.0') {
    if (check.details['address']) return msg('Read the address of a hosted Open Badges 2.0 badge, baked into an image.', { id: 'outcome.format.badge-address' });
    return check.details['verification'] === 'signed'
      ? msg('Read a signed Open Badges 2.0 badge (a JWS).', { id: 'outcome.format.badge-signed' })
      : msg('Read an Open Badges 2.0 badge.', { id: 'outcome.format.badge' });
  }
  switch (scene.kind) {
    case 'baked-png':
      return msg('Read a credential baked into a PNG image.', { id: 'outcome.format.baked-png' });
    case 'baked-svg':
      return msg('Read a credential baked into an SVG image.', { id: 'outcome.format.baked-svg' });
    case 'vc-jwt':
      return scene.presentation
        ? msg('Read a VP-JWT (a presentation signed as a JSON Web Token).', { id: 'outcome.format.vp-jwt' })
        : msg('Read a VC-JWT (a credential signed as a JSON Web Token).', { id: 'outcome.format.vc-jwt' });
    default:
      return scene.presentation ? msg('Read a JSON-LD presentation.', { id: 'outcome.format.presentation' }) : msg('Read a JSON-LD credential.', { id: 'outcome.format.json-ld' });
  }
}

function proofMessage(check: Check, scene: Scene): string {
  const type = check.details?.['type'];
  if (type === 'VC-JWT' || type === 'VP-JWT') {
    const alg = detail(check, 'alg') ?? UNKNOWN;
    return type === 'VP-JWT'
      ? msg(str`The JWT’s signature (${alg}) is valid, and its claims agree with the presentation.`, { id: 'outcome.proof.vp-jwt' })
      : msg(str`The JWT’s signature (${alg}) is valid, and its claims agree with the credential.`, { id: 'outcome.proof.jwt' });
  }
  if (type === 'JWS') return msg(str`The signature (RS256) is valid for the key at ${detail(check, 'key') ?? UNKNOWN}.`, { id: 'outcome.proof.jws' });
  if (scene.badge2) return msg(str`The badge is served at its own address (${detail(check, 'id') ?? UNKNOWN}).`, { id: 'outcome.proof.hosted' });
  return msg(str`The ${firstDetail(check, 'cryptosuite', 'type') ?? UNKNOWN} signature is valid.`, { id: 'outcome.proof' });
}

function keyMessage(check: Check): string {
  const signer = detail(check, 'signer') ?? UNKNOWN;
  const holder = check.details?.['role'] === 'holder';
  if (check.details?.['allowedHosts'] !== undefined) {
    return msg(str`${hostOf(detail(check, 'address')) ?? UNKNOWN} is where the issuer ${detail(check, 'issuer') ?? UNKNOWN} hosts its badges.`, { id: 'outcome.key.hosted' });
  }
  if (check.details?.['owner'] !== undefined) return msg(str`The key belongs to the issuer (${detail(check, 'issuer') ?? UNKNOWN}), whose profile lists it.`, { id: 'outcome.key.listed' });
  if (check.details?.['route'] === 'jwk-header') {
    return holder
      ? msg(str`The JWT carries the holder’s own key (${signer} is that key).`, { id: 'outcome.key.jwk-holder' })
      : msg(str`The JWT carries the issuer’s own key (${signer} is that key).`, { id: 'outcome.key.jwk' });
  }
  return holder ? msg(str`The key belongs to the holder (${signer}).`, { id: 'outcome.key.holder' }) : msg(str`The key belongs to the issuer (${signer}).`, { id: 'outcome.key' });
}

function datesMessage(check: Check, scene: Scene): string {
  if (scene.badge2) {
    const issued = dateDetail(check, 'issuedOn') ?? UNKNOWN;
    const until = dateDetail(check, 'expires');
    return until ? msg(str`Issued on ${issued}, valid until ${until}.`, { id: 'outcome.dates.badge-until' }) : msg(str`Issued on ${issued}, with no expiry.`, { id: 'outcome.dates.badge' });
  }
  const until = dateDetail(check, 'validUntil');
  return until ? msg(str`Valid until ${until}.`, { id: 'outcome.dates.until' }) : msg(str`Valid since ${dateDetail(check, 'validFrom') ?? UNKNOWN}, with no expiry.`, { id: 'outcome.dates.since' });
}

function statusMessage(check: Check, scene: Scene): string {
  if (check.status === 'skipped') {
    return scene.badge2
      ? msg('The issuer publishes no revocation list, so none of its signed badges is ever revoked.', { id: 'outcome.status.no-list' })
      : msg('The credential has no revocation status to check.', { id: 'outcome.status.none' });
  }
  if (scene.badge2) {
    const listed = check.details?.['revocationList'] !== undefined;
    if (check.details?.['hosted']) {
      if (listed) return msg('The issuer’s hosted copy does not say it is revoked, and it is not on the issuer’s revocation list.', { id: 'outcome.status.hosted-listed' });
      return check.details['why'] === 'no-issuer-profile'
        ? msg('The issuer’s hosted copy does not say it is revoked (its revocation list could not be checked: the issuer’s profile could not be read).', { id: 'outcome.status.hosted-unlisted' })
        : msg('The issuer’s hosted copy does not say it is revoked.', { id: 'outcome.status.hosted' });
    }
    return msg('Not on the issuer’s revocation list.', { id: 'outcome.status.not-listed' });
  }
  const purpose = check.details?.['statusPurpose'];
  const found =
    purpose === undefined || purpose === 'revocation'
      ? msg('Not revoked.', { id: 'outcome.status.not-revoked' })
      : purpose === 'suspension'
        ? msg('Not suspended.', { id: 'outcome.status.not-suspended' })
        : msg(str`No “${detail(check, 'statusPurpose')}” status is set.`, { id: 'outcome.status.not-flagged' });
  const signer = detail(check, 'listIssuer');
  return sentences(found, signer && msg(str`The status list is signed by ${signer}.`, { id: 'outcome.status.list-signer' }));
}

/** What a check that passed or was not made says; undefined for a check the elements do not know. */
export function outcomeMessage(check: Check, scene: Scene): string | undefined {
  const skipped = check.status === 'skipped';
  switch (check.id) {
    case 'format':
      return formatMessage(check, scene);
    case 'context':
      return check.details?.['terms'] !== undefined
        ? msg('Read with the Open Badges 2.0 vocabulary, which this verifier includes.', { id: 'outcome.context.badge' })
        : msg('Every vocabulary it uses (its JSON-LD contexts) is one this verifier includes.', { id: 'outcome.context' });
    case 'schema':
      return schemaMessage(check);
    case 'proof':
      return proofMessage(check, scene);
    case 'key':
      return keyMessage(check);
    case 'dates':
      return datesMessage(check, scene);
    case 'status':
      return statusMessage(check, scene);
    case 'issuer':
      return skipped
        ? msg('No list of trusted issuers was given.', { id: 'outcome.issuer.skipped' })
        : msg(str`The issuer ${detail(check, 'issuer') ?? UNKNOWN} is on your list of trusted issuers.`, { id: 'outcome.issuer' });
    case 'recipient': {
      if (skipped) return msg('No expected recipient was given.', { id: 'outcome.recipient.skipped' });
      const expected = detail(check, 'expected') ?? UNKNOWN;
      return check.details?.['hashed']
        ? msg(str`The credential was issued to ${expected} (it matches its hashed identifier).`, { id: 'outcome.recipient.hashed' })
        : msg(str`The credential was issued to ${expected}.`, { id: 'outcome.recipient' });
    }
    case 'holder':
      return skipped ? msg('The presentation names no holder.', { id: 'outcome.holder.skipped' }) : msg(str`Presented by ${detail(check, 'holder') ?? UNKNOWN}.`, { id: 'outcome.holder' });
    case 'nested': {
      const total = numberDetail(check, 'total') ?? 0;
      return countMessage(total, 'outcome.nested', { one: 'The nested credential verified.', other: str`All ${number(total)} nested credentials verified.` });
    }
    case 'refresh':
      return msg(str`The issuer offers a refreshed copy at ${detail(check, 'url') ?? UNKNOWN}.`, { id: 'outcome.refresh' });
    default:
      return undefined;
  }
}

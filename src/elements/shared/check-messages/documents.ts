/** The documents an Open Badges 2.0 badge is verified from, named for a sentence (by `details.document`, their class). */
import { msg } from '@lit/localize';
import type { Check } from '../../../verify/types.js';

export function documentName(check: Check): string {
  switch (check.details?.['document']) {
    case 'Assertion':
      return msg('the hosted badge', { id: 'document.assertion' });
    case 'BadgeClass':
      return msg('the badge’s description, its BadgeClass', { id: 'document.badge-class' });
    case 'Issuer':
      return msg('the issuer’s profile', { id: 'document.issuer' });
    case 'CryptographicKey':
      return msg('the signing key', { id: 'document.key' });
    case 'RevocationList':
      return msg('the issuer’s revocation list', { id: 'document.revocation-list' });
    default:
      return msg('a document the badge names', { id: 'document.other' });
  }
}

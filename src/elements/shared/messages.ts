/** Plain-language texts shared by the elements: statuses and error explanations. All through msg(). The check names are in checks.ts. */
import { msg, str } from '@lit/localize';
import type { CredentialErrorCode } from '../../errors.js';
import { formatNumber } from './intl.js';
import type { VerificationState } from './types.js';
import type { VerificationReport } from '../../verify/types.js';

/**
 * The chip's words for an outcome. A report whose one doubt is whose key signed (a valid signature by a key nothing
 * ties to the issuer it names) says so in the chip itself, not "Verified …": anyone can sign a credential naming
 * any issuer with a key of their own.
 */
export function verificationLabel(state: VerificationState, report?: VerificationReport): string {
  if (state === 'warning' && report?.checks.some((check) => check.reason === 'key-unproven')) {
    return msg('Signed, issuer not confirmed', { id: 'verification.issuer-unproven' });
  }
  switch (state) {
    case 'pending':
      return msg('Verifying…', { id: 'verification.pending' });
    case 'verified':
      return msg('Verified', { id: 'verification.verified' });
    case 'warning':
      return msg('Verified with warnings', { id: 'verification.warning' });
    case 'unverifiable':
      return msg('Couldn’t verify right now', { id: 'verification.unverifiable' });
    case 'failed':
      return msg('Not verified', { id: 'verification.failed' });
    default:
      return msg('Not verified (no signature to check)', { id: 'verification.off' });
  }
}

export function progressLabel(done: number, total: number): string {
  return msg(str`Verified ${formatNumber(done)} of ${formatNumber(total)}`, { id: 'verification.progress' });
}

export function lastVerifiedLabel(when: string): string {
  return msg(str`Last verified ${when}`, { id: 'verification.last' });
}

/** Why a credential could not be verified right now (a look-up that decides it did not answer), and what to do. */
export function unverifiableHint(): string {
  return msg('A look-up the verification needs (the issuer’s key or identity) could not be made: the network may be off or the issuer’s site unreachable. This does not mean the credential is forged.', { id: 'verification.unverifiable-hint' });
}

export function retryLabel(): string {
  return msg('Retry', { id: 'verification.retry' });
}

/** A credential format outside the scope, named: the verifier recognises it and says it does not check it. */
export function namedFormatMessage(format: string): string | undefined {
  switch (format) {
    case 'blockcerts':
      return msg('This is a Blockcerts credential (MerkleProof2019 on a blockchain), which this verifier does not check.', { id: 'format.blockcerts' });
    case 'bbs-2023':
      return msg('This is a BBS selective-disclosure credential (bbs-2023), which this verifier does not check.', { id: 'format.bbs-2023' });
    case 'ecdsa-sd-2023':
      return msg('This is an ECDSA selective-disclosure credential (ecdsa-sd-2023), which this verifier does not check.', { id: 'format.ecdsa-sd-2023' });
    case 'sd-jwt-vc':
      return msg('This is an SD-JWT VC (a selective-disclosure JWT), which this verifier does not check.', { id: 'format.sd-jwt-vc' });
    case 'mdoc':
      return msg('This is an ISO mdoc (a mobile document in CBOR), which this verifier does not check.', { id: 'format.mdoc' });
    default:
      return undefined;
  }
}

/** The person-facing message for an error code (the code itself stays in the event for programs). */
export function errorMessage(code: CredentialErrorCode | string, format?: string): string {
  const named = code === 'UNSUPPORTED_FORMAT' && format ? namedFormatMessage(format) : undefined;
  if (named) return named;
  switch (code) {
    case 'UNAUTHORIZED':
      return msg('The credential service refused the request: the access key is missing or wrong.', { id: 'error.unauthorized' });
    case 'FORBIDDEN':
      return msg('This credential is private.', { id: 'error.forbidden' });
    case 'NOT_FOUND':
      return msg('No credential was found at this address.', { id: 'error.not-found' });
    case 'TIMEOUT':
      return msg('The credential service took too long to answer. Try again later.', { id: 'error.timeout' });
    case 'RATE_LIMITED':
      return msg('The credential service is busy. Try again in a minute.', { id: 'error.rate-limited' });
    case 'SERVER_ERROR':
    case 'HTTP_ERROR':
      return msg('The credential service had a problem. Try again later.', { id: 'error.server' });
    case 'NETWORK':
    case 'OFFLINE':
      return msg('The credential service could not be reached. Check the connection.', { id: 'error.network' });
    case 'BAD_RESPONSE':
    case 'RESPONSE_TOO_LARGE':
      return msg('The credential service sent something that is not a credential.', { id: 'error.bad-response' });
    case 'INVALID_INPUT':
    case 'UNSUPPORTED_FORMAT':
    case 'INPUT_TOO_LARGE':
      return msg('This is not a credential that can be read (JSON, JWT, PNG or SVG badge).', { id: 'error.invalid-input' });
    case 'TEMPLATE_REJECTED':
      return msg('The certificate design could not be shown safely.', { id: 'error.template' });
    default:
      return msg('The credential could not be loaded.', { id: 'error.generic' });
  }
}

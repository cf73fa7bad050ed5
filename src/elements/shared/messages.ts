/** Plain-language texts shared by the elements: check names, statuses, error explanations. All through msg(). */
import { msg, str } from '@lit/localize';
import type { CredentialErrorCode } from '../../errors.js';
import type { CheckId, CheckStatus } from '../../verify/types.js';
import type { VerificationState } from './types.js';

export function checkName(id: CheckId | string): string {
  switch (id) {
    case 'format':
      return msg('Format', { id: 'check.format' });
    case 'context':
      return msg('Vocabulary', { id: 'check.context' });
    case 'schema':
      return msg('Structure', { id: 'check.schema' });
    case 'proof':
      return msg('Signature', { id: 'check.proof' });
    case 'key':
      return msg('Issuer key', { id: 'check.key' });
    case 'dates':
      return msg('Dates', { id: 'check.dates' });
    case 'status':
      return msg('Revocation', { id: 'check.status' });
    case 'issuer':
      return msg('Issuer', { id: 'check.issuer' });
    case 'recipient':
      return msg('Recipient', { id: 'check.recipient' });
    case 'nested':
      return msg('Included credentials', { id: 'check.nested' });
    case 'refresh':
      return msg('Refresh', { id: 'check.refresh' });
    default:
      return String(id);
  }
}

/** A one-line plain explanation of what a check looks at, shown under its name. */
export function checkPurpose(id: CheckId | string): string {
  switch (id) {
    case 'format':
      return msg('Whether this is a credential we can read.', { id: 'purpose.format' });
    case 'context':
      return msg('Whether the terms it uses are the published ones.', { id: 'purpose.context' });
    case 'schema':
      return msg('Whether it has the fields the standard requires.', { id: 'purpose.schema' });
    case 'proof':
      return msg('Whether the issuer signed it and nothing changed since.', { id: 'purpose.proof' });
    case 'key':
      return msg('Whether the signing key belongs to the issuer.', { id: 'purpose.key' });
    case 'dates':
      return msg('Whether it is valid today (not expired, not future-dated).', { id: 'purpose.dates' });
    case 'status':
      return msg('Whether the issuer has revoked or suspended it.', { id: 'purpose.status' });
    case 'issuer':
      return msg('Whether the issuer is one you trust.', { id: 'purpose.issuer' });
    case 'recipient':
      return msg('Whether it was issued to the expected person.', { id: 'purpose.recipient' });
    case 'nested':
      return msg('Whether every credential inside it verifies.', { id: 'purpose.nested' });
    default:
      return '';
  }
}

export function checkStatusLabel(status: CheckStatus): string {
  switch (status) {
    case 'success':
      return msg('Passed', { id: 'checkstatus.success' });
    case 'failure':
      return msg('Failed', { id: 'checkstatus.failure' });
    case 'warning':
      return msg('Warning', { id: 'checkstatus.warning' });
    default:
      return msg('Not checked', { id: 'checkstatus.skipped' });
  }
}

export function verificationLabel(state: VerificationState): string {
  switch (state) {
    case 'pending':
      return msg('Verifying…', { id: 'verification.pending' });
    case 'verified':
      return msg('Verified', { id: 'verification.verified' });
    case 'warning':
      return msg('Verified with warnings', { id: 'verification.warning' });
    case 'failed':
      return msg('Not verified', { id: 'verification.failed' });
    default:
      return msg('Not verified (no signature to check)', { id: 'verification.off' });
  }
}

export function progressLabel(done: number, total: number): string {
  return msg(str`Verified ${done} of ${total}`, { id: 'verification.progress' });
}

export function lastVerifiedLabel(when: string): string {
  return msg(str`Last verified ${when}`, { id: 'verification.last' });
}

/** The person-facing message for an error code (the code itself stays in the event for programs). */
export function errorMessage(code: CredentialErrorCode | string): string {
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

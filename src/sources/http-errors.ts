import { CredentialError } from '../errors.js';

/**
 * The error for an HTTP status, with a sentence a person understands.
 * Messages never carry the URL: the caller may have put something private in it.
 */
export function errorForStatus(status: number, statusText = ''): CredentialError {
  const options = { status };
  switch (status) {
    case 401:
      return new CredentialError('UNAUTHORIZED', 'The API key was refused.', options);
    case 403:
      return new CredentialError('FORBIDDEN', 'This credential is private.', options);
    case 404:
      return new CredentialError('NOT_FOUND', 'This credential could not be found.', options);
    case 429:
      return new CredentialError('RATE_LIMITED', 'The provider is busy; please try again in a moment.', options);
  }
  if (status >= 500) {
    return new CredentialError('SERVER_ERROR', `The provider could not answer (HTTP ${status}); please try again later.`, options);
  }
  const text = statusText ? ` ${statusText}` : '';
  return new CredentialError('HTTP_ERROR', `The provider refused the request (HTTP ${status}${text}).`, options);
}

/** The error for a fetch that failed before any response: timeout, abort (by the caller) or network. */
export function errorForFailure(failure: unknown, how: { timedOut?: boolean; aborted?: boolean } = {}): CredentialError {
  if (failure instanceof CredentialError) return failure;
  if (how.timedOut) return new CredentialError('TIMEOUT', 'The provider took too long to answer.', { cause: failure });
  if (how.aborted || (failure instanceof DOMException && failure.name === 'AbortError')) {
    return new CredentialError('ABORTED', 'The request was cancelled.', { cause: failure });
  }
  return new CredentialError('NETWORK', 'The provider could not be reached.', { cause: failure });
}

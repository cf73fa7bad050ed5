import { CredentialError, type CredentialErrorCode } from '../errors.js';

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

/**
 * The error for a fetch that failed before any response: timeout, abort (by the caller), a device that is offline,
 * or any other network failure (DNS, a refused connection, CORS: browsers tell these apart to no script).
 */
export function errorForFailure(failure: unknown, how: { timedOut?: boolean; aborted?: boolean } = {}): CredentialError {
  if (failure instanceof CredentialError) return failure;
  if (how.timedOut) return new CredentialError('TIMEOUT', 'The provider took too long to answer.', { cause: failure });
  if (how.aborted || (failure instanceof DOMException && failure.name === 'AbortError')) {
    return new CredentialError('ABORTED', 'The request was cancelled.', { cause: failure });
  }
  if (globalThis.navigator?.onLine === false) return new CredentialError('OFFLINE', 'The device is offline.', { cause: failure });
  return new CredentialError('NETWORK', 'The provider could not be reached.', { cause: failure });
}

/** The codes of a request that could not complete: no answer came (timeout, DNS, CORS, offline, network use off). */
const UNREACHABLE: ReadonlySet<CredentialErrorCode> = new Set(['NETWORK', 'TIMEOUT', 'OFFLINE']);

/**
 * Whether a request failed without an answer: the host could not be asked, so nothing is known about what it holds.
 * (A verifier says "could not be checked" then, never "forged".) An answer, even a 404 or a 500, is not this.
 */
export function isUnreachable(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && UNREACHABLE.has(code as CredentialErrorCode);
}

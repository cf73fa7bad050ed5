/**
 * The one error class of the library. Tests and callers branch on `code`, never on `message`:
 * the message is written for a person and may change.
 */
export type CredentialErrorCode =
  // input and decoding
  | 'INVALID_INPUT'
  | 'INPUT_TOO_LARGE'
  | 'INPUT_TOO_COMPLEX'
  | 'UNSUPPORTED_FORMAT'
  // network and provider APIs
  | 'NETWORK'
  | 'TIMEOUT'
  | 'ABORTED'
  | 'UNAUTHORIZED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'RATE_LIMITED'
  | 'SERVER_ERROR'
  | 'HTTP_ERROR'
  | 'RESPONSE_TOO_LARGE'
  | 'BAD_RESPONSE'
  | 'OFFLINE'
  /** A verification's look-up budget (its count of network look-ups, or its deadline) was spent: not fetched. */
  | 'LOOKUP_BUDGET_SPENT'
  // verification
  | 'CONTEXT_NOT_BUNDLED'
  | 'KEY_NOT_FOUND'
  | 'INVALID_DID'
  // rendering
  | 'TEMPLATE_REJECTED'
  | 'DRAW_FAILED';

export class CredentialError extends Error {
  override readonly name = 'CredentialError';
  readonly code: CredentialErrorCode;
  /** HTTP status, when the error came from an HTTP response. */
  readonly status?: number;
  /** For UNSUPPORTED_FORMAT: the credential format outside the scope that was recognised (see shape/named-formats.ts). */
  readonly format?: string;

  constructor(code: CredentialErrorCode, message: string, options: { cause?: unknown; status?: number; format?: string } = {}) {
    super(message, { cause: options.cause });
    this.code = code;
    if (options.status !== undefined) this.status = options.status;
    if (options.format !== undefined) this.format = options.format;
  }
}

export function isCredentialError(value: unknown): value is CredentialError {
  return value instanceof CredentialError;
}

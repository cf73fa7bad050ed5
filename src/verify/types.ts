/** The shapes of a verification report: what `verifyCredential` returns, for people and programs alike. */

export type CheckId =
  | 'format'
  | 'context'
  | 'schema'
  | 'proof'
  | 'key'
  | 'dates'
  | 'status'
  | 'issuer'
  | 'holder'
  | 'recipient'
  | 'nested'
  | 'refresh';

/**
 * `unverifiable`: the check could not be made because a look-up that decides it (the signing key, a DID document, a
 * hosted assertion) could not complete — offline, a timeout, DNS, CORS. Not a forgery: "could not be checked".
 */
export type CheckStatus = 'success' | 'failure' | 'unverifiable' | 'warning' | 'skipped';

/**
 * Why a check came out as it did, for programs: the elements branch on it and translations key on it, never on the
 * English `message` (each element says it in its language from the reason and the check's `details`). Stable across
 * versions; new codes may be added.
 */
export const REASON_CODES = [
  // format and meaning
  'malformed',
  'unsupported-format',
  'too-large',
  'too-complex',
  'context-not-bundled',
  'undefined-term',
  'ambiguous-value',
  // schema
  'schema-invalid',
  'schema-legacy',
  'schema-deviation',
  // proof and key
  'no-proof',
  'unsupported-suite',
  'legacy-suite',
  'wrong-purpose',
  'signature-invalid',
  'proof-expired',
  'claims-mismatch',
  'key-not-found',
  'key-unreachable',
  'did-unreachable',
  'key-not-issuers',
  'key-not-holders',
  'key-unproven',
  'invalid-did',
  // dates
  'expired',
  'not-yet-valid',
  'invalid-dates',
  'no-dates',
  // status
  'revoked',
  'suspended',
  'status-set',
  'status-unchecked',
  'status-unreachable',
  'status-list-untrusted',
  'status-unsupported',
  // Open Badges 2.0: the hosted assertion, its BadgeClass and Issuer, and where the issuer says its badges live
  'assertion-unreachable',
  'assertion-not-found',
  'badge-unreachable',
  'badge-not-found',
  'issuer-unreachable',
  'issuer-not-found',
  'id-mismatch',
  'out-of-scope',
  'copy-differs',
  'key-not-listed',
  // issuer, recipient, nested
  'issuer-untrusted',
  'no-issuer',
  'no-holder',
  'challenge-mismatch',
  'domain-mismatch',
  'recipient-mismatch',
  'nested-failed',
  'nested-too-deep',
  'nested-too-many',
  'nested-cancelled',
  'nested-unverifiable',
  'nested-unreadable',
  'nested-warnings',
  'internal-error',
] as const;

export type ReasonCode = (typeof REASON_CODES)[number];

export interface Check {
  id: CheckId;
  status: CheckStatus;
  /** Why, as a stable code (set on every failure and warning; on successes where it helps). */
  reason?: ReasonCode;
  /** One plain sentence a person can read. */
  message: string;
  /** Machine-readable detail (the proof type, the key id, the status list URL, …). */
  details?: Record<string, unknown>;
}

/** What the input was: JSON-LD (an OB 2.0 assertion's JSON too), a VC-JWT, a compact JWS that is no VC-JWT (an OB 2.0 signed assertion), a baked image. */
export type CredentialKind = 'json-ld' | 'vc-jwt' | 'jws' | 'baked-png' | 'baked-svg' | 'unknown';

export interface CredentialSummary {
  id?: string;
  type: string[];
  name?: string;
  issuer?: { id?: string; name?: string };
  subject?: string;
  validFrom?: string;
  validUntil?: string;
}

/** From most to least severe: failed > unverifiable > warning > verified. */
export type ReportStatus = 'verified' | 'warning' | 'unverifiable' | 'failed';

export interface VerificationReport {
  /** True only when no check failed, here and in every nested credential. */
  verified: boolean;
  status: ReportStatus;
  kind: CredentialKind;
  summary: CredentialSummary;
  checks: Check[];
  children: VerificationReport[];
  /**
   * The credential as verified: for JSON-LD, the view of its signed meaning (its RDF projected onto the bundled
   * contexts' term names, shaped like a compacted credential, with the input's `@context`), which every check read;
   * for a VC-JWT, the credential in its payload. The decoded JSON itself when its meaning could not be read (the
   * report has then failed). Nested credentials inside it are as the parent's meaning holds them; each one's own
   * view is in `children[i].credential`.
   */
  credential?: Record<string, unknown>;
  /** When the report was made (ISO 8601). */
  checkedAt: string;
}

export interface VerifyOptions {
  /** The clock for validity checks; defaults to now. */
  now?: Date | string;
  /** Allow network use (did:web, http(s) key documents, issuer profiles, status lists). Default: true in browsers, false in Node. */
  network?: boolean;
  /** The fetch used for network lookups. */
  fetch?: typeof fetch;
  /** Timeout for each network lookup, in milliseconds. Default 8000. */
  timeoutMs?: number;
  /** Issuer ids the caller trusts; when given, an issuer not on the list is a warning. */
  trustedIssuers?: string[];
  /** The expected recipient: an id (DID, URL) or an email address. */
  recipient?: string;
  /** Abort the verification. */
  signal?: AbortSignal;
  /**
   * Ask again what could not be looked up a moment ago (a retry, once the network is back): look-ups that failed are
   * remembered for half a minute, so that a page of badges does not ask a broken host once per badge.
   */
  fresh?: boolean;
  /** For a presentation: the challenge (nonce) its proof must carry, as the verifier asked for it. */
  challenge?: string;
  /** For a presentation: the domain (audience) its proof must be for. */
  domain?: string;
  /**
   * 'skip' leaves nested credentials (CLR entries, endorsements) to the caller, who verifies them separately (in
   * parallel, say) and joins the reports with `joinNested`. Default 'verify'.
   */
  nested?: 'verify' | 'skip';
  /** How deep inside another credential this one sits (internal: for callers that verify nested credentials themselves). */
  nestingLevel?: number;
  /** Called after each nested credential is verified, so a UI can show progress. */
  onProgress?: (progress: { done: number; total: number; report: VerificationReport }) => void;
}

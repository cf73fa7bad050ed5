/**
 * The typed events the elements dispatch. Each bubbles and is composed (it crosses shadow roots), and carries a
 * readonly `detail`. Listen with `el.addEventListener('credential-load', (event) => event.detail.title)`.
 */
import type { CredentialErrorCode } from './errors.js';
import type { CredentialView, TranscriptView } from './model/types.js';
import type { VerificationReport } from './verify/types.js';

/** What was loaded, in the display model: a CredentialView, or a TranscriptView from `<clr-transcript>`. */
export type CredentialLoadDetail = CredentialView | TranscriptView;

/** What `<credential-gallery>` has loaded: the display model of each credential listed so far, in list order. */
export type CredentialListDetail = readonly CredentialView[];

export interface CredentialErrorDetail {
  /** A stable code to branch on (see CredentialErrorCode in errors.ts). */
  readonly code: CredentialErrorCode;
  /** A sentence for people; it may change between versions. */
  readonly message: string;
  /** For UNSUPPORTED_FORMAT: the recognised format outside the scope ('sd-jwt-vc', 'mdoc', …), when there is one. */
  readonly format?: string;
}

const init: EventInit = { bubbles: true, composed: true };

/** The credential was fetched and read; `detail` is its display model (a gallery's: the list of them). */
export class CredentialLoadEvent<D extends CredentialLoadDetail | CredentialListDetail = CredentialLoadDetail> extends Event {
  static readonly type = 'credential-load';
  readonly detail: Readonly<D>;
  constructor(view: D) {
    super(CredentialLoadEvent.type, init);
    this.detail = (Array.isArray(view) ? Object.freeze([...view]) : Object.freeze({ ...view })) as Readonly<D>;
  }
}

/** Verification finished (whatever its outcome): the report is in `detail`. */
export class CredentialVerifiedEvent extends Event {
  static readonly type = 'credential-verified';
  readonly detail: Readonly<VerificationReport>;
  constructor(report: VerificationReport) {
    super(CredentialVerifiedEvent.type, init);
    this.detail = Object.freeze({ ...report });
  }
}

/** The credential could not be loaded or read: `detail.code` says why. */
export class CredentialErrorEvent extends Event {
  static readonly type = 'credential-error';
  readonly detail: Readonly<CredentialErrorDetail>;
  constructor(detail: CredentialErrorDetail) {
    super(CredentialErrorEvent.type, init);
    this.detail = Object.freeze({ code: detail.code, message: detail.message, ...(detail.format ? { format: detail.format } : {}) });
  }
}

declare global {
  interface HTMLElementEventMap {
    'credential-load': CredentialLoadEvent;
    'credential-verified': CredentialVerifiedEvent;
    'credential-error': CredentialErrorEvent;
  }
}

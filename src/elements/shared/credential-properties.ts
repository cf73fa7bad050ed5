/**
 * What a page sets on every credential element (where the credential is, how it is verified, its heading and
 * landmark, its fetches) and what the element reflects back (its state and its verification). The behaviour is
 * CredentialElement's (credential-element.ts); this class only declares.
 */
import { property } from 'lit/decorators.js';
import { LocalizedElement } from './localized-element.js';
import type { LoadState, VerificationState, VerifyMode } from './types.js';

export abstract class CredentialProperties extends LocalizedElement {
  /** A credential's URL: JSON-LD, a VC-JWT, or a baked PNG or SVG badge. */
  @property() src?: string;

  /** `auto` (the default) verifies the credential while it is shown; `off` shows it without verifying. */
  @property() verify: VerifyMode = 'auto';

  /** Timeout of each request for the credential, in milliseconds (default 15000). */
  @property({ type: Number }) timeout?: number;

  /**
   * The level (1–6) of the element's main heading; its sections' headings are one level below. Set it to fit the
   * page's outline: under an `<h2>`, say `heading-level="3"`. The default depends on the element.
   */
  @property({ attribute: 'heading-level', type: Number }) headingLevel?: number;

  /**
   * Makes the element a landmark (`role="region"`, named by its title), for a page that wants it in its list of
   * landmarks. Off by default: an element adds no landmark to the page unless asked.
   */
  @property({ type: Boolean }) landmark = false;

  /** An inline credential: a JSON object, JSON or VC-JWT text, or the bytes of a baked image. Takes precedence over `src`. */
  @property({ attribute: false }) credential?: unknown;

  /** A custom fetch for the credential's URL (and a provider's API): a proxy, cookies, tests. */
  @property({ attribute: false }) fetch?: typeof fetch;

  /**
   * A custom fetch for the verifier's own look-ups (did:web and key documents, issuer profiles, status lists), whose
   * URLs come from the credential. Kept apart from `fetch`, which may carry a provider's credentials, so those never
   * go to hosts a credential names. Default: the browser's fetch, without cookies.
   */
  @property({ attribute: false }) verifyFetch?: typeof fetch;

  /** Issuer ids you trust; when set, a credential from any other issuer verifies with a warning. */
  @property({ attribute: false }) trustedIssuers?: string[];

  /** Read-only, reflected: `idle`, `loading`, `ready` or `error`. */
  @property({ reflect: true }) state: LoadState = 'idle';

  /**
   * Read-only, reflected: `off`, `pending`, `verified`, `warning`, `unverifiable` (a look-up that decides authenticity,
   * such as the issuer's key, could not be made right now: not a forgery) or `failed`.
   */
  @property({ reflect: true }) verification: VerificationState = 'off';
}

/**
 * What a page sets on <credential-gallery>: where its list comes from, how it is verified, searched, filtered and
 * sorted, and what the element reflects back (its state and its overall verification). The element's behaviour is in
 * credential-gallery.ts; this class only declares, and turns the source's attributes into a list request.
 */
import { property } from 'lit/decorators.js';
import type { ListRequest } from '../../load/list.js';
import { MAX_LIST_ENTRIES, MAX_PAGE_SIZE } from '../../sources/list-limits.js';
import type { ProviderName } from '../../sources/providers.js';
import { LocalizedElement } from '../shared/localized-element.js';
import type { LoadState, VerificationState, VerifyMode } from '../shared/types.js';
import type { SortOrder, StatusFilter } from './items.js';

/** The gallery's overall verification: one of the element states. */
export type GalleryVerification = VerificationState;
export type DetailLayout = 'card' | 'certificate';

export abstract class GalleryProperties extends LocalizedElement {
  /** The provider API to list from: `clr` (the learner's records), `accredible` or `ibl`. Leave out for `src` or `credentials`. */
  @property() provider?: ProviderName;
  /** The provider's API root, or a same-origin proxy that adds the API key. The token goes here and nowhere else. */
  @property({ attribute: 'api-base' }) apiBase?: string;
  /** Accredible: the recipient's email. */
  @property({ attribute: 'recipient-email' }) recipientEmail?: string;
  /** Accredible: the recipient's id. */
  @property({ attribute: 'recipient-id' }) recipientId?: string;
  /** Accredible: a group (a program, a course): its graduates. */
  @property({ attribute: 'group-id' }) groupId?: string;
  /** ibl.ai: the organisation (platform key). */
  @property() org?: string;
  /** ibl.ai: the learner's user id. */
  @property({ attribute: 'user-id' }) userId?: string;
  /** ibl.ai: only this course's credentials. */
  @property() course?: string;
  /** ibl.ai: only this program's credentials. */
  @property() program?: string;
  /** The URL of a JSON array of credentials: objects, VC-JWTs, or URLs of credentials (fetched with `fetch` only on the list's own origin). */
  @property() src?: string;
  /** `auto` (the default) verifies the credentials as they come into view; `off` shows them without verifying. */
  @property() verify: VerifyMode = 'auto';
  /** Timeout of each request, in milliseconds (default 15000). */
  @property({ type: Number }) timeout?: number;
  /** The most credentials to show (default and limit 10000). */
  @property({ type: Number }) max: number = MAX_LIST_ENTRIES;
  /** Credentials per page asked of the provider (at most 100; default 24). */
  @property({ type: Number, attribute: 'page-size' }) pageSize = 24;
  /** Words to search for: the provider's own search where it has one (ibl.ai), else among the credentials loaded. */
  @property() search = '';
  /** Only credentials of this type (an achievement type: Certificate, Course, Badge, …). */
  @property({ attribute: 'filter-type' }) filterType = '';
  /** Only credentials from this issuer (by name). */
  @property({ attribute: 'filter-issuer' }) filterIssuer = '';
  /** Only `verified`, `expired`, `revoked` (or suspended) or `not-verified` credentials; choosing one verifies them all. */
  @property({ attribute: 'filter-status' }) filterStatus: StatusFilter = '';
  /** `date` (newest first) or `name`; empty: as the list is served. */
  @property() sort: SortOrder = '';
  /** What a tile opens: `card` (the default) or `certificate`. */
  @property({ attribute: 'detail-layout' }) detailLayout: DetailLayout = 'card';
  /** The accessible name of the list (default "Credentials"). */
  @property() label?: string;
  /** The credentials as an array (objects, VC-JWTs or URLs); takes precedence over `src` and `provider`. */
  @property({ attribute: false }) credentials?: readonly unknown[];
  /** A custom fetch for the provider's API, the `src` list and the list's same-origin entries. */
  @property({ attribute: false }) fetch?: typeof fetch;
  /** A custom fetch for the verifier's own look-ups (kept apart from `fetch`; see `<credential-badge>`). */
  @property({ attribute: false }) verifyFetch?: typeof fetch;
  /** Issuer ids you trust; a credential from any other issuer verifies with a warning. */
  @property({ attribute: false }) trustedIssuers?: string[];
  /** The API secret. A property only: never reflected, rendered, logged or put in a URL; sent to `api-base` only. */
  @property({ attribute: false }) token?: string;

  /** Read-only, reflected: `idle`, `loading`, `ready` or `error`. */
  @property({ reflect: true }) state: LoadState = 'idle';
  /** Read-only, reflected: the most severe outcome among the credentials checked so far (`failed` > `unverifiable` > `warning` > `verified`), `pending` before any, or `off`. */
  @property({ reflect: true }) verification: GalleryVerification = 'off';

  /** The request the list is loaded by: the source attributes, bounded. */
  protected listRequest(): ListRequest {
    const searches = this.provider?.trim().toLowerCase() === 'ibl';
    return {
      src: this.src,
      credentials: this.credentials,
      provider: this.provider,
      apiBase: this.apiBase,
      token: this.token,
      recipientEmail: this.recipientEmail,
      recipientId: this.recipientId,
      groupId: this.groupId,
      org: this.org,
      userId: this.userId,
      course: this.course,
      program: this.program,
      search: searches ? this.search.trim() || undefined : undefined,
      fetch: this.fetch,
      timeoutMs: this.timeout,
      pageSize: Math.min(Math.max(1, Math.floor(this.pageSize) || 24), MAX_PAGE_SIZE),
      max: Number.isFinite(this.max) ? this.max : MAX_LIST_ENTRIES,
    };
  }
}

/** Two list requests ask for the same list when every field is the same value. */
export function sameList(a: ListRequest, b: ListRequest): boolean {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)] as Array<keyof ListRequest>);
  for (const key of keys) if (a[key] !== b[key]) return false;
  return true;
}

/**
 * The elements that can load from a provider's API (`<credential-badge>`, `<clr-transcript>`): the provider's
 * attributes and its secret, added to the request the base class loads. `<credential-verify>` has none of them.
 */
import { property } from 'lit/decorators.js';
import type { LoadRequest } from '../../load/pipeline.js';
import type { CredentialView, TranscriptView } from '../../model/types.js';
import type { ProviderName } from '../../sources/providers.js';
import { CredentialElement } from './credential-element.js';

export abstract class ProviderCredentialElement<V extends CredentialView | TranscriptView> extends CredentialElement<V> {
  /** The provider API to load from: `clr`, `accredible` or `ibl`. Leave out for `src` or `credential`. */
  @property() provider?: ProviderName;

  /** The provider's API root, or a same-origin proxy that adds the API key. */
  @property({ attribute: 'api-base' }) apiBase?: string;

  /** The credential's id at the provider (a CLR id; leave out for the learner's latest CLR). */
  @property({ attribute: 'credential-id' }) credentialId?: string;

  /** ibl.ai: the organisation (platform key). */
  @property() org?: string;

  /** ibl.ai: the learner's user id. */
  @property({ attribute: 'user-id' }) userId?: string;

  /** The API secret. A property only: never reflected to an attribute, never rendered, never put in a URL. Prefer a proxy (`api-base`). */
  @property({ attribute: false }) token?: string;

  protected override sourceRequest(): LoadRequest {
    const { provider, apiBase, credentialId, org, userId, token } = this;
    return { ...super.sourceRequest(), provider, apiBase, credentialId, org, userId, token };
  }
}

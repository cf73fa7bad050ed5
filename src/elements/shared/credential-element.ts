/**
 * The base of the three elements: the shared attributes and properties, source selection through src/sources,
 * loading and verification as two @lit/task tasks (a new run aborts the old), state and verification reflected as
 * attributes and custom states, the typed events, the live region, and localization.
 * Nothing here throws out of async work: failures become the `error` state and a `credential-error` event.
 */
import { Task } from '@lit/task';
import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { CredentialErrorEvent, CredentialLoadEvent, CredentialVerifiedEvent, type CredentialErrorDetail } from '../../events.js';
import type { CredentialView, TranscriptView } from '../../model/types.js';
import type { VerificationReport } from '../../verify/types.js';
import { errorDetail, hasSource, loadDocument, type LoadedDocument } from './load.js';
import { languageOf, localeReady, supportedLocale, withLocale, type SupportedLocale } from './localize.js';
import { errorMessage } from './messages.js';
import { loadChecks } from './status.js';
import type { LoadState, ProviderName, VerificationState, VerifyMode } from './types.js';

export interface VerifyProgress {
  done: number;
  total: number;
}

const verifyClient = () => import('../../verify-client/index.js');

/** requestVerification, with the client loaded on demand; like it, never rejects (a client that can't load fails the report). */
async function requestVerification(...args: Parameters<typeof import('../../verify-client/index.js').requestVerification>): Promise<VerificationReport> {
  try {
    return await (await verifyClient()).requestVerification(...args);
  } catch (error) {
    const message = `The verifier could not be loaded: ${(error as Error)?.message ?? String(error)}`;
    return { verified: false, status: 'failed', kind: 'unknown', summary: { type: [] }, checks: [{ id: 'format', status: 'failure', message }], children: [], checkedAt: new Date().toISOString() };
  }
}

const STATES = ['idle', 'loading', 'ready', 'error', 'off', 'pending', 'verified', 'warning', 'failed'] as const;

export abstract class CredentialElement<V extends CredentialView | TranscriptView> extends LitElement {
  protected readonly internals: ElementInternals | undefined;

  /** The document as loaded, once loaded. */
  @state() protected loaded: LoadedDocument | undefined;
  /** The display model, once loaded. */
  @state() protected view: V | undefined;
  /** The last verification report. */
  @state() protected report: VerificationReport | undefined;
  @state() protected progress: VerifyProgress | undefined;
  @state() protected failure: CredentialErrorDetail | undefined;

  /** A credential's URL: JSON-LD, a VC-JWT, a baked PNG or SVG badge, or (with `provider`) the provider's API. */
  @property() src?: string;

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

  /** `auto` (the default) verifies the credential after showing it; `off` shows it without verifying. */
  @property() verify: VerifyMode = 'auto';

  /** Timeout of each request to the provider, in milliseconds (default 15000). */
  @property({ type: Number }) timeout?: number;

  /** The language of the element's texts (`en`, `es`); defaults to the page's. */
  @property({ reflect: true }) override lang!: string;

  /** An inline credential: a JSON object, JSON or VC-JWT text, or the bytes of a baked image. Takes precedence over `src`. */
  @property({ attribute: false }) credential?: unknown;

  /** The API secret. A property only: never reflected to an attribute, never rendered, never put in a URL. Prefer a proxy (`api-base`). */
  @property({ attribute: false }) token?: string;

  /** A custom fetch for the provider API and the credential's URL (a proxy, cookies, tests). */
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

  /** Read-only, reflected: `off`, `pending`, `verified`, `warning` or `failed`. */
  @property({ reflect: true }) verification: VerificationState = 'off';

  protected readonly loadTask = new Task(this, {
    args: () =>
      [this.src, this.provider, this.apiBase, this.credentialId, this.org, this.userId, this.credential, this.token, this.fetch, this.verifyFetch, this.timeout] as const,
    task: async ([src, provider, apiBase, credentialId, org, userId, credential, token, fetchImpl, verifyFetch, timeoutMs], { signal }) => {
      await Promise.resolve();
      const request = { src, provider, apiBase, credentialId, org, userId, credential, token, fetch: fetchImpl, verifyFetch, timeoutMs };
      this.loaded = undefined;
      this.view = undefined;
      this.report = undefined;
      this.failure = undefined;
      if (!hasSource(request)) {
        this.state = 'idle';
        return undefined;
      }
      this.state = 'loading';
      // Start the verifier while the credential downloads, so it is ready when the credential arrives. (The client
      // loads on demand: a page that never verifies never downloads it.)
      if (this.verify !== 'off') void verifyClient().then(({ prepareVerifier }) => prepareVerifier(), () => undefined);
      // The code that will map the document loads while it downloads.
      this.preloadView(request);
      try {
        const loaded = await loadDocument({ ...request, signal });
        if (signal.aborted) return undefined;
        const view = await this.toView(loaded);
        if (signal.aborted) return undefined;
        this.loaded = loaded;
        this.view = view;
        this.state = 'ready';
        this.emit(new CredentialLoadEvent(view));
        return view;
      } catch (error) {
        if (!signal.aborted) this.fail(errorDetail(error));
        return undefined;
      }
    },
  });

  protected readonly verifyTask = new Task(this, {
    args: () => [this.loaded, this.verify, this.trustedIssuers] as const,
    task: async ([loaded, mode, trustedIssuers], { signal }) => {
      await Promise.resolve();
      this.progress = undefined;
      if (!loaded || loaded.verifiable === undefined || mode === 'off') {
        this.report = undefined;
        this.verification = 'off';
        return undefined;
      }
      this.verification = 'pending';
      // The panel of checks loads while the credential verifies, so it is there when the report is.
      const panel = loadChecks();
      const report =
        loaded.report && !trustedIssuers
          ? loaded.report
          : await requestVerification(loaded.verifiable, {
              signal,
              ...(trustedIssuers ? { trustedIssuers: [...trustedIssuers] } : {}),
              ...(this.verifyFetch ? { fetch: this.verifyFetch } : {}),
              onProgress: ({ done, total, report: child }) => {
                if (signal.aborted) return;
                this.progress = { done, total };
                this.onChildVerified(child);
              },
            });
      await panel;
      if (signal.aborted) return undefined;
      this.report = report;
      this.verification = report.status;
      this.emit(new CredentialVerifiedEvent(report));
      return report;
    },
  });

  constructor() {
    super();
    try {
      this.internals = this.attachInternals();
    } catch {
      this.internals = undefined;
    }
  }

  private interrupted = false;

  override connectedCallback(): void {
    super.connectedCallback();
    // Work cut short by a removal starts again when the element comes back.
    if (this.interrupted) {
      this.interrupted = false;
      void this.loadTask.run();
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    // A removed element stops its requests and its verification.
    if (this.state === 'loading' || this.verification === 'pending') {
      this.interrupted = true;
      this.loadTask.abort();
      this.verifyTask.abort();
    }
  }

  /** The locale of the messages: from `lang` here or up the tree, or the page's. */
  protected get messageLocale(): SupportedLocale {
    return supportedLocale(this.locale);
  }

  /** Renders with this element's own locale active for msg() (see shared/localize.ts). */
  protected override update(changed: PropertyValues<this>): void {
    const locale = this.messageLocale;
    const ready = localeReady(locale, () => this.requestUpdate());
    withLocale(ready ? locale : 'en', () => super.update(changed));
  }

  /** A message looked up outside render (say in an event handler), in this element's locale. */
  protected inLocale<T>(body: () => T): T {
    return withLocale(this.messageLocale, body);
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('state') || changed.has('verification')) this.syncCustomStates();
  }

  /** The display model of what was loaded (its mapper may load on demand); throws when the document cannot be read. */
  protected abstract toView(loaded: LoadedDocument): V | Promise<V>;

  /** Starts loading what `toView` will need, while the credential downloads. */
  protected preloadView(_request: { provider?: string | undefined }): void {}

  /** Called for each nested credential as it is verified (the transcript marks its rows). */
  protected onChildVerified(_report: VerificationReport): void {}

  /** Shows an error: the `error` state, a message, and a `credential-error` event. Never throws. */
  protected fail(detail: CredentialErrorDetail): void {
    this.failure = detail;
    this.state = 'error';
    this.verification = 'off';
    this.emit(new CredentialErrorEvent(detail));
  }

  /** Dispatches one of the typed events (documented with @fires on each element). */
  protected emit(event: CredentialLoadEvent | CredentialVerifiedEvent | CredentialErrorEvent): void {
    this.dispatchEvent(event);
  }

  /** Loads again with the same attributes. */
  reload(): void {
    void this.loadTask.run();
  }

  private syncCustomStates(): void {
    const states = this.internals?.states;
    if (!states) return;
    for (const name of STATES) states.delete(name);
    states.add(this.state);
    if (this.state === 'ready') states.add(this.verification);
  }

  /** The language tag for Intl formatting (dates, numbers). */
  protected get locale(): string {
    return languageOf(this);
  }

  /** What the page put inside the element, shown until there is something better; a skeleton when it is empty. */
  protected renderFallback(skeleton: TemplateResult | typeof nothing = nothing): TemplateResult {
    return html`<slot>${skeleton}</slot>`;
  }

  protected renderError(): TemplateResult {
    const detail = this.failure;
    return html`<div class="error" part="error" role="alert">
        <strong class="error-title">${errorMessage(detail?.code ?? 'BAD_RESPONSE')}</strong>
        <span class="error-code">${detail?.code ?? ''}</span>
      </div>
      <slot></slot>`;
  }
}

/**
 * The base of the three elements: loading and verification state. Where the credential is (`src`, `credential`)
 * becomes a request, the request a document and a view, the document a report, through the loading pipeline
 * (src/load) in two @lit/task tasks (a new run aborts the old). State and verification are reflected as attributes
 * and custom states; the typed events and the live region live here too. What a page sets is declared in
 * credential-properties.ts, the element's language in localized-element.ts; the provider APIs' attributes are
 * ProviderCredentialElement's (provider-element.ts), for the elements that can use them.
 * Nothing here throws out of async work: failures become the `error` state and a `credential-error` event.
 */
import { Task } from '@lit/task';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { state } from 'lit/decorators.js';
import { CredentialErrorEvent, CredentialLoadEvent, CredentialVerifiedEvent, type CredentialErrorDetail } from '../../events.js';
import {
  errorDetail,
  hasSource,
  loadDocument,
  prepareVerifier,
  preloadView,
  sameRequest,
  verifiedCredential,
  verifyDocument,
  viewOf,
  type LoadedDocument,
  type LoadRequest,
  type ViewPurpose,
} from '../../load/pipeline.js';
import type { CredentialView, TranscriptView } from '../../model/types.js';
import type { JsonObject } from '../../shape/json.js';
import type { VerificationReport } from '../../verify/types.js';
import { announcement, type AnnouncementTexts } from './announce.js';
import { yieldToMain } from '../../load/yield.js';
import { prepareDateFormat } from '../../render/format-date.js';
import { EarlyVerification, type VerificationAsk } from './early-verification.js';
import { headingLevel } from './heading.js';
import { ProgressBursts } from './progress.js';
import { loadChecks } from './lazy-checks.js';
import { CredentialProperties } from './credential-properties.js';
import { errorMessage } from './messages.js';
import type { VerifyMode } from './types.js';

export interface VerifyProgress {
  done: number;
  total: number;
}

export abstract class CredentialElement<V extends CredentialView | TranscriptView> extends CredentialProperties {
  /** The document as loaded, once loaded. */
  @state() protected loaded: LoadedDocument | undefined;
  /** The display model: of the document as served until there is a report, then of what was verified. */
  @state() protected view: V | undefined;
  /** The last verification report. */
  @state() protected report: VerificationReport | undefined;
  @state() protected progress: VerifyProgress | undefined;
  @state() protected failure: CredentialErrorDetail | undefined;
  /** The view of the document as served (shown while verification is pending or off). */
  private documentView: V | undefined;
  /** The next verification asks again what failed to answer before (a Retry). */
  private retrying = false;
  private interrupted = false;
  /** A verification begun as soon as the document loaded, before the first render of it. */
  private readonly early = new EarlyVerification();
  /** Nested credentials' reports as they come, handed on in bursts (see progress.ts). */
  private readonly bursts = new ProgressBursts((progress, children) => {
    this.progress = progress;
    for (const child of children) this.onChildVerified(child);
  });

  protected readonly loadTask = new Task(this, {
    args: () => [this.sourceRequest()] as const,
    argsEqual: ([previous], [next]) => sameRequest(previous, next),
    task: ([request], { signal }) => this.load(request, signal),
  });

  protected readonly verifyTask = new Task(this, {
    args: () => [this.loaded, this.verify, this.trustedIssuers] as const,
    task: ([loaded, mode, trustedIssuers], { signal }) => this.check(loaded, mode, trustedIssuers, signal),
  });

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
      this.early.drop();
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('state') || changed.has('verification')) this.showStates(this.state, this.verification);
  }

  /** Where the credential is, from this element's attributes and properties (a subclass adds its own). */
  protected sourceRequest(): LoadRequest {
    return { src: this.src, credential: this.credential, fetch: this.fetch, timeoutMs: this.timeout };
  }

  /** What this element shows of a credential, which decides the view the pipeline makes (see load/view.ts). */
  protected abstract readonly viewPurpose: ViewPurpose;

  /** The level of the main heading when the page does not set `heading-level`. */
  protected abstract readonly defaultHeadingLevel: number;

  /** The level of the main heading: the page's `heading-level`, else the element's default. */
  protected get level(): number {
    return headingLevel(this.headingLevel, this.defaultHeadingLevel);
  }

  /** The display model of a loaded document, or (`signed`) of the credential verification read from it. Rejects when it can't be shown. */
  protected toView(loaded: LoadedDocument, signed?: JsonObject): Promise<V> {
    return viewOf(this.viewPurpose, loaded, signed) as Promise<V>;
  }

  /** Called for each nested credential as it is verified (the transcript marks its rows). */
  protected onChildVerified(_report: VerificationReport): void {}

  /** The verification of a loaded document (the pipeline's; a subclass may verify otherwise). Never rejects. */
  protected verifyLoaded(loaded: LoadedDocument, options: Parameters<typeof verifyDocument>[1]): Promise<VerificationReport> {
    return verifyDocument(loaded, options);
  }

  /** Request → document → view; the `loaded` state it sets starts verification. */
  private async load(request: LoadRequest, signal: AbortSignal): Promise<V | undefined> {
    await Promise.resolve();
    this.early.drop();
    this.loaded = this.view = this.documentView = this.report = this.failure = undefined;
    if (!hasSource(request)) {
      this.state = 'idle';
      return undefined;
    }
    this.state = 'loading';
    // The verifier starts while the credential downloads, and the code that maps the document loads meanwhile.
    if (this.verify !== 'off') prepareVerifier();
    preloadView(this.viewPurpose, request.provider);
    void yieldToMain().then(() => prepareDateFormat(this.locale));
    try {
      const loaded = await loadDocument(request, signal);
      // Reading, verifying, mapping and rendering a long record are each a task of their own, none of them long.
      await yieldToMain();
      if (signal.aborted) return undefined;
      // The verification leaves before the first render: a task goes by first, so that the request has reached the
      // verifier (all of that is promise work) before rendering takes the thread.
      const verifying = loaded.verifiable !== undefined && this.verify !== 'off';
      if (verifying) {
        const { trustedIssuers } = this;
        this.early.start(this.ask(loaded, this.verify, trustedIssuers), (aborted) => this.verifyLoaded(loaded, this.verifyOptions(aborted, trustedIssuers)));
        await new Promise((resolve) => setTimeout(resolve, 0));
      }
      const view = await this.toView(loaded);
      await yieldToMain();
      if (signal.aborted) return undefined;
      this.loaded = loaded;
      this.view = this.documentView = view;
      this.state = 'ready';
      // Shown as verifying from the first render of it (the verification task then changes nothing until its report).
      if (verifying) this.verification = 'pending';
      this.emit(new CredentialLoadEvent(view));
      return view;
    } catch (error) {
      if (!signal.aborted) this.fail(errorDetail(error));
      return undefined;
    }
  }

  /** Document → report; once there is one, the view is read again from what was verified. */
  private async check(loaded: LoadedDocument | undefined, mode: VerifyMode, trustedIssuers: string[] | undefined, signal: AbortSignal): Promise<VerificationReport | undefined> {
    await Promise.resolve();
    this.progress = undefined;
    this.report = undefined;
    if (this.documentView) this.view = this.documentView;
    if (!loaded || loaded.verifiable === undefined || mode === 'off') {
      this.verification = 'off';
      return undefined;
    }
    this.verification = 'pending';
    // The panel of checks loads while the credential verifies, so it is there when the report is.
    const panel = loadChecks();
    const fresh = this.retrying;
    this.retrying = false;
    // A retry asks afresh; otherwise the verification begun with the document, when it was begun for the same ask.
    const early = fresh ? undefined : this.early.take(this.ask(loaded, mode, trustedIssuers), signal);
    // Progress of an earlier verification, not yet handed on, is stale.
    if (!early) this.bursts.cancel();
    const report = await (early ?? this.verifyLoaded(loaded, this.verifyOptions(signal, trustedIssuers, fresh)));
    // The report has every nested credential's: progress still on its way is dropped.
    this.bursts.cancel();
    const verified = verifiedCredential(report);
    // A view the verified credential can't give (a mapper that failed to load, say) leaves the document's.
    const view = verified ? await this.toView(loaded, verified).catch(() => undefined) : undefined;
    await panel;
    if (signal.aborted) return undefined;
    if (view) this.view = view;
    this.report = report;
    this.verification = report.status;
    this.emit(new CredentialVerifiedEvent(report));
    return report;
  }

  /** What the verifier is asked with: the element's trusted issuers and verifier fetch, its progress handler, and whether afresh. */
  private verifyOptions(signal: AbortSignal, trustedIssuers: string[] | undefined, fresh = false): Parameters<typeof verifyDocument>[1] {
    return {
      signal,
      ...(fresh && { fresh }),
      ...(trustedIssuers ? { trustedIssuers: [...trustedIssuers] } : {}),
      ...(this.verifyFetch ? { fetch: this.verifyFetch } : {}),
      onProgress: ({ done, total, report: child }) => {
        if (!signal.aborted) this.bursts.push({ done, total }, child);
      },
    };
  }

  private ask(loaded: LoadedDocument, mode: VerifyMode, trustedIssuers: string[] | undefined): VerificationAsk {
    return { loaded, mode, trustedIssuers, fetch: this.verifyFetch };
  }

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

  /**
   * Verifies the loaded credential again, without loading it again: for a verification that could not be made
   * (`unverifiable`: the issuer's key or DID document did not answer), once the network is back.
   */
  reverify(): void {
    if (!this.loaded) return;
    this.retrying = true;
    void this.verifyTask.run();
  }

  /** What the page put inside the element, shown until there is something better; a skeleton when it is empty. */
  protected renderFallback(skeleton: TemplateResult | typeof nothing = nothing): TemplateResult {
    return html`<slot>${skeleton}</slot>`;
  }

  /** The polite live region: loading, an error, then the verification as it goes. */
  protected renderLiveRegion(texts: AnnouncementTexts): TemplateResult {
    const text = announcement({ state: this.state, verification: this.verification, failure: this.failure, progress: this.progress }, texts);
    return html`<div class="visually-hidden" role="status" aria-live="polite">${text}</div>`;
  }

  protected renderError(): TemplateResult {
    const detail = this.failure;
    return html`<div class="error" part="error" role="alert">
        <strong class="error-title">${errorMessage(detail?.code ?? 'BAD_RESPONSE', detail?.format)}</strong>
        <span class="error-code">${detail?.code ?? ''}</span>
      </div>
      <slot></slot>`;
  }
}

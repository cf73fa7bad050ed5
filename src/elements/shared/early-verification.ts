/**
 * A verification begun the moment an element's document has loaded, before the element renders it: rendering a long
 * transcript takes a while, and the verifier need not wait for it. The element's verification task takes it over
 * when it asks for the same document with the same options; otherwise it is cancelled.
 */
import type { LoadedDocument } from '../../load/pipeline.js';
import type { VerificationReport } from '../../verify/types.js';

/** What a verification was begun with: the same again lets the task take it over. */
export interface VerificationAsk {
  loaded: LoadedDocument;
  mode: string;
  trustedIssuers: readonly string[] | undefined;
  fetch: typeof fetch | undefined;
}

export class EarlyVerification {
  #started: { ask: VerificationAsk; controller: AbortController; report: Promise<VerificationReport> } | undefined;

  /** Begins `verify` for `ask`, cancelling one begun before. */
  start(ask: VerificationAsk, verify: (signal: AbortSignal) => Promise<VerificationReport>): void {
    this.drop();
    const controller = new AbortController();
    this.#started = { ask, controller, report: verify(controller.signal) };
  }

  /** The report of the verification begun for this same ask (cancelled with `signal`), once; undefined when there is none. */
  take(ask: VerificationAsk, signal: AbortSignal): Promise<VerificationReport> | undefined {
    const started = this.#started;
    this.#started = undefined;
    const same = started && (Object.keys(ask) as Array<keyof VerificationAsk>).every((key) => started.ask[key] === ask[key]);
    if (!same) {
      started?.controller.abort();
      return undefined;
    }
    signal.addEventListener('abort', () => started.controller.abort(), { once: true });
    return started.report;
  }

  /** Cancels the verification begun, if any. */
  drop(): void {
    this.#started?.controller.abort();
    this.#started = undefined;
  }
}

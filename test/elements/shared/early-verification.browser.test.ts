// An element sends its credential to the verifier as soon as the document has loaded, before it renders it: the
// request reaches the worker before the element announces the document (credential-load), which it does before its
// first render of it.
import { fixture, html } from '@open-wc/testing';
import { before, describe, expect, it } from '../../harness.js';
import '../../../src/clr-transcript.js';
import type { ClrTranscript } from '../../../src/clr-transcript.js';
import { requestVerification } from '../../../src/verify-client/index.js';
import { clrCredential, ed25519Issuer, openBadge, signEddsaRdfc2022 } from '../../verify/signing.js';
import { untilVerified } from '../../helpers/elements.js';

describe('verification before the first render', () => {
  let clr: Record<string, unknown>;
  before(async () => {
    const issuer = await ed25519Issuer();
    const nested = await Promise.all(['A', 'B', 'C'].map((name) => signEddsaRdfc2022(openBadge(issuer, { name }), issuer)));
    clr = await signEddsaRdfc2022(clrCredential(issuer, nested), issuer);
    // The verify client and its worker, loaded: what is left is promise work, which the element lets run first.
    await requestVerification(nested[0], { network: false });
  });

  it('posts the credential to the worker before the element announces (and renders) the loaded document', async () => {
    const events: string[] = [];
    const original = Worker.prototype.postMessage;
    Worker.prototype.postMessage = function (this: Worker, message: any, ...rest: any[]) {
      if (message?.type === 'verify' || message?.type === 'verify-batch') events.push('posted');
      return (original as any).call(this, message, ...rest);
    } as typeof original;
    let el: ClrTranscript;
    try {
      el = await fixture<ClrTranscript>(html`<clr-transcript .credential=${clr} @credential-load=${() => events.push('loaded')}></clr-transcript>`);
      await untilVerified(el);
    } finally {
      Worker.prototype.postMessage = original;
    }
    expect(el.verification).to.equal('verified');
    expect(events.indexOf('posted')).to.be.greaterThan(-1);
    expect(events.indexOf('posted')).to.be.lessThan(events.indexOf('loaded'));
    // One verification: the element's task took over the one begun early, rather than asking again.
    expect(events.filter((event) => event === 'posted').length).to.equal(1);
  });
});

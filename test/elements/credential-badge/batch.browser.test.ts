// A page of separate <credential-badge> elements is verified in batches: one worker message carries several badges'
// credentials (load/verify-batch.ts), and every badge still gets its own report.
import { fixture, html } from '@open-wc/testing';
import { before, describe, expect, it } from '../../harness.js';
import '../../../src/credential-badge.js';
import type { CredentialBadge } from '../../../src/credential-badge.js';
import { ed25519Issuer, openBadge, signEddsaRdfc2022 } from '../../verify/signing.js';
import { untilVerified } from '../../helpers/elements.js';

/** Counts the messages posted to the verification workers. */
function watchWorkers() {
  const original = Worker.prototype.postMessage;
  const batches: number[] = [];
  let singles = 0;
  Worker.prototype.postMessage = function (this: Worker, message: any, ...rest: any[]) {
    if (message?.type === 'verify-batch') batches.push(message.inputs.length);
    if (message?.type === 'verify') singles++;
    return (original as any).call(this, message, ...rest);
  } as typeof original;
  return { batches, singles: () => singles, restore: () => void (Worker.prototype.postMessage = original) };
}

describe('a page of <credential-badge> elements', () => {
  let credentials: Record<string, unknown>[];
  before(async () => {
    const issuer = await ed25519Issuer();
    credentials = await Promise.all(Array.from({ length: 12 }, (_, index) => signEddsaRdfc2022(openBadge(issuer, { name: `Course ${index}` }), issuer)));
  });

  it('is verified in batches, one worker message for several badges, each badge with its own report', async () => {
    const inputs = credentials.map((credential, index) => (index === 7 ? { ...credential, name: 'Forged' } : credential));
    const watch = watchWorkers();
    let badges: CredentialBadge[];
    try {
      const page = await fixture<HTMLElement>(html`<div>${inputs.map((credential) => html`<credential-badge .credential=${credential}></credential-badge>`)}</div>`);
      badges = [...page.querySelectorAll<CredentialBadge>('credential-badge')];
      await Promise.all(badges.map((badge) => untilVerified(badge)));
    } finally {
      watch.restore();
    }
    badges.forEach((badge, index) => expect(badge.verification, `badge ${index}`).to.equal(index === 7 ? 'failed' : 'verified'));
    expect(watch.singles()).to.equal(0);
    expect(watch.batches.reduce((sum, size) => sum + size, 0)).to.equal(inputs.length);
    // Twelve badges that load together leave in fewer messages than badges.
    expect(watch.batches.length).to.be.lessThan(inputs.length);
    expect(Math.max(...watch.batches)).to.be.greaterThan(1);
  });
});

// An Open Badges 2.0 badge in <credential-badge>: shown as an OB 3.0 one is (the BadgeClass's name, image,
// description, criteria, issuer, dates, evidence), read from what was verified, and verified through `verifyFetch`.
import { describe, it } from '../../helpers/harness.js';
import { fixture, html, expect } from '@open-wc/testing';
import type { CredentialBadge } from '../../../src/credential-badge.js';
import '../../../src/credential-badge.js';
import type { CredentialVerifiedEvent } from '../../../src/events.js';
import { bakePng } from '../../verify/helpers/baking.js';
import { createWorld } from '../../verify/ob2/helpers/world.js';
import { shadowText, untilState, untilVerification } from '../../helpers/elements.js';

describe('<credential-badge> with an Open Badges 2.0 badge', () => {
  it('shows a hosted badge from its URL as the issuer hosts it, verifies it, and stays accessible', async () => {
    const world = await createWorld();
    const assertion = world.hosted('card');
    const reports: CredentialVerifiedEvent[] = [];
    const el = await fixture<CredentialBadge>(
      html`<credential-badge layout="card" src=${String(assertion.id)} .fetch=${world.fetch} .verifyFetch=${world.fetch} @credential-verified=${(event: CredentialVerifiedEvent) => reports.push(event)}></credential-badge>`,
    );
    await untilVerification(el, 'verified');
    const text = shadowText(el);
    for (const shown of ['Data Science I', 'Analyses a data set and reports on it.', 'Example University', 'Pass the final project.', 'A study of river levels.']) {
      expect(text, shown).to.contain(shown);
    }
    expect(reports[0]!.detail.status).to.equal('verified');
    expect(el.shadowRoot!.querySelector('img')?.getAttribute('src')).to.equal('https://uni.edu/badges/classes/data-science.png');
    await expect(el).to.be.accessible();
  });

  it('shows and verifies a signed badge (its JWS) and a PNG baked with its URL alone', async () => {
    const world = await createWorld();
    for (const credential of [await world.signed(), await bakePng(String(world.hosted('baked').id), { keyword: 'openbadges' })]) {
      const el = await fixture<CredentialBadge>(html`<credential-badge layout="card" .credential=${credential} .verifyFetch=${world.fetch}></credential-badge>`);
      await untilVerification(el, 'verified');
      expect(shadowText(el)).to.contain('Data Science I');
      expect(shadowText(el)).to.contain('Example University');
      await expect(el).to.be.accessible();
    }
  });

  it('says a revoked badge is revoked, and shows the hosted copy, not the one it was given', async () => {
    const world = await createWorld();
    const hosted = world.hosted('revoked', { revoked: true, revocationReason: 'Issued in error' });
    const el = await fixture<CredentialBadge>(html`<credential-badge layout="card" .credential=${{ ...hosted, revoked: false }} .verifyFetch=${world.fetch}></credential-badge>`);
    await untilState(el, 'ready');
    await untilVerification(el, 'failed');
    expect(shadowText(el)).to.contain('revoked');
    await expect(el).to.be.accessible();
  });
});

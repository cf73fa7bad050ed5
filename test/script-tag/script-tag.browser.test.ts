// The script-tag build's entry (src/script-tag/): each element's class loads when the first element of its tag is in
// the page, while the credential's request and the verifier worker start from the markup in the entry's first task.
// This file imports no element class itself: the page is as a school's page is when the script tag runs.
import { describe, expect, it } from '../harness.js';
import { API, until, untilVerified } from '../helpers/elements.js';

const BADGE_URL = `${API}/public/badges/0.json`;
// Another copy of the package (or the page) defined this one already: the script tag leaves it alone.
class PagesOwnGallery extends HTMLElement {}
customElements.define('credential-gallery', PagesOwnGallery);

/** What happened, in order: requests (by URL) and element definitions (by tag). */
const events: string[] = [];

const originalFetch = window.fetch;
window.fetch = (input, init) => {
  events.push(`fetch ${typeof input === 'string' ? input : input instanceof URL ? input.href : input.url}`);
  return originalFetch(input, init);
};
const originalDefine = customElements.define;
customElements.define = function (this: CustomElementRegistry, tag: string, ...rest: unknown[]) {
  events.push(`define ${tag}`);
  return (originalDefine as (...args: unknown[]) => void).call(this, tag, ...rest);
} as typeof customElements.define;


// The markup, as the page's HTML has it before the script tag runs.
const badge = document.createElement('credential-badge') as HTMLElement & { state: string; verification: string; updateComplete: Promise<boolean> };
badge.setAttribute('src', BADGE_URL);
document.body.append(badge);

const entry = await import('../../src/script-tag/credential-elements.js');
const afterFirstTask = [...events];
const requestsFor = (url: string) => events.filter((event) => event === `fetch ${url}`).length;

describe('the script-tag entry', () => {
  it('starts the request from the markup in its first task, before the element\'s class has loaded', async () => {
    expect(afterFirstTask).to.include(`fetch ${BADGE_URL}`);
    expect(afterFirstTask).not.to.include('define credential-badge');
    await customElements.whenDefined('credential-badge');
    expect(events.indexOf(`fetch ${BADGE_URL}`)).to.be.lessThan(events.indexOf('define credential-badge'));
  });

  it('defines the element with its own class, which then takes that response rather than asking again', async () => {
    const { CredentialBadge } = await import('../../src/elements/credential-badge/credential-badge.js');
    expect(customElements.get('credential-badge')).to.equal(CredentialBadge);
    expect(badge).to.be.instanceOf(CredentialBadge);
    await untilVerified(badge);
    expect(badge.state).to.equal('ready');
    expect(badge.verification).to.equal('verified');
    expect(requestsFor(BADGE_URL)).to.equal(1);
  });

  it('defines an element only when the first one appears, and an element added later gets its request at once', async () => {
    expect(customElements.get('credential-verify')).to.equal(undefined);
    expect(events).not.to.include('define credential-verify');
    const url = `${API}/public/badges/1.json`;
    const verifier = document.createElement('credential-verify') as typeof badge;
    verifier.setAttribute('src', url);
    document.body.append(verifier);
    const { CredentialVerify } = await import('../../src/elements/credential-verify/credential-verify.js');
    expect(await customElements.whenDefined('credential-verify')).to.equal(CredentialVerify);
    await until(verifier, () => verifier.state === 'ready', 'the later element never loaded');
    expect(requestsFor(url)).to.equal(1);
  });

  it('leaves a tag already defined to its definition', async () => {
    document.body.append(document.createElement('credential-gallery'));
    await entry.loadElements();
    expect(customElements.get('credential-gallery')).to.equal(PagesOwnGallery);
    expect(events).not.to.include('define credential-gallery');
  });
});

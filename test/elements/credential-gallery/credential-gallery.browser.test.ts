// <credential-gallery> against the mock APIs: each provider's paging and filters, search, sort, the dialog, a
// thousand credentials (virtualized), status filters from reason codes, states, events, and axe in every state.
import { describe, it } from '../../harness.js';
import { fixture, html, expect, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { customElement } from 'lit/decorators.js';
import { CredentialGallery } from '../../../src/credential-gallery.js';
import type { CredentialErrorEvent, CredentialLoadEvent, CredentialVerifiedEvent } from '../../../src/events.js';
import type { CredentialView } from '../../../src/model/types.js';
import type { Check, VerificationReport } from '../../../src/verify/types.js';
import type { VerifyManyOptions } from '../../../src/verify-client/index.js';
import { reportWith } from '../../helpers/reports.js';
import { ACCREDIBLE_BASE, CLR_BASE, IBL_BASE, MOCK_SECRETS, recordingFetch, shadow, signedBadge, until, untilState } from '../../helpers/elements.js';
import { GRADUATE_COUNT, IBL_GALLERY_USER } from '../../../demo/mock-api/data/graduates.js';

type Gallery = CredentialGallery;

const tiles = (el: Gallery) => [...el.shadowRoot!.querySelectorAll<HTMLElement>('li[data-index]')];
const names = (el: Gallery) => tiles(el).map((tile) => tile.querySelector('[part="name"]')!.textContent!.trim());
const summary = (el: Gallery) => shadow(el, '[part="summary"]')!.textContent!.trim();
const ready = (el: Gallery) => untilState(el, 'ready');
const settled = (el: Gallery, count: number) => until(el, () => el.items.length >= count && !(el as unknown as { loadingMore: boolean }).loadingMore, `never loaded ${count} (has ${el.items.length})`, 20000);

/** A gallery whose verifier answers with made-up reports (reason codes the engine may not give yet), counting what it is asked. */
@customElement('reported-gallery')
class ReportedGallery extends CredentialGallery {
  asked = 0;
  answer: (input: unknown) => VerificationReport = () => reportWith([{ id: 'proof', status: 'success', message: 'Signed.' }]);
  override async *verifyMany(inputs: unknown[], _options: VerifyManyOptions): AsyncGenerator<{ index: number; report: VerificationReport }> {
    this.asked += inputs.length;
    for (const [index, input] of inputs.entries()) yield { index, report: this.answer(input) };
  }
}

const graduates = (extra = html``) =>
  fixture<Gallery>(html`<credential-gallery provider="accredible" api-base=${ACCREDIBLE_BASE} group-id="40500" page-size="12" .token=${MOCK_SECRETS.accredibleKey}>${extra}</credential-gallery>`);

describe('<credential-gallery>', () => {
  it('is idle and shows its fallback without a source', async () => {
    const el = await fixture<Gallery>(html`<credential-gallery><a href="https://example.edu/graduates">Our graduates</a></credential-gallery>`);
    expect(el.state).to.equal('idle');
    expect(el.verification).to.equal('off');
    expect((shadow(el, 'slot') as HTMLSlotElement).assignedElements()[0]?.textContent).to.equal('Our graduates');
    await expect(el).to.be.accessible();
  });

  it('announces loading and stays accessible while it loads', async () => {
    const el = await fixture<Gallery>(html`<credential-gallery provider="accredible" api-base=${ACCREDIBLE_BASE} timeout="60000" .fetch=${() => new Promise<Response>(() => undefined)}></credential-gallery>`);
    await untilState(el, 'loading');
    expect(el.matches(':state(loading)')).to.equal(true);
    await until(el, () => shadow(el, '[role="status"]')!.textContent!.includes('Loading the credentials'), 'no loading announcement');
    await expect(el).to.be.accessible();
  });

  it("shows a program's graduates from Accredible as tiles, verifies those on screen in batches, and keeps the key in a header to api-base", async () => {
    const { fetch: recording, calls } = recordingFetch();
    const loads: CredentialLoadEvent<readonly CredentialView[]>[] = [];
    const verified: CredentialVerifiedEvent[] = [];
    const el = await fixture<Gallery>(html`<credential-gallery
      provider="accredible" api-base=${ACCREDIBLE_BASE} group-id="40500" page-size="12" label="Graduates, class of 2025"
      .token=${MOCK_SECRETS.accredibleKey} .fetch=${recording}
      @credential-load=${(event: CredentialLoadEvent<readonly CredentialView[]>) => loads.push(event)}
      @credential-verified=${(event: CredentialVerifiedEvent) => verified.push(event)}
    ></credential-gallery>`);
    await ready(el);
    expect(el.getAttribute('state')).to.equal('ready');
    expect(Array.isArray(loads[0]!.detail)).to.equal(true);
    expect(loads[0]!.detail.length).to.be.at.least(12);
    expect(loads[0]!.detail[0]!.title).to.equal('Data Analytics Professional Certificate');
    expect(summary(el)).to.match(new RegExp(`^${GRADUATE_COUNT} credentials`));
    const list = shadow(el, '[part="list"]')!;
    expect(list.getAttribute('role')).to.equal('list');
    expect(list.getAttribute('aria-label')).to.equal('Graduates, class of 2025');
    const first = tiles(el)[0]!;
    expect(first.getAttribute('aria-posinset')).to.equal('1');
    const button = first.querySelector('button')!;
    expect(button.textContent!.replace(/\s+/g, ' ')).to.match(/Data Analytics Professional Certificate [A-Z][a-z]+ [A-Z][a-z]+ Issued by Northwind Professional Academy (Verifying…|Not checked yet|Verified)/);
    await until(el, () => verified.length >= 4 && el.verification !== 'pending', 'the tiles on screen were never verified', 30000);
    await until(el, () => /checked/.test(summary(el)), 'the summary never counted what was checked');
    expect(summary(el)).to.match(/\d+ checked · \d+ verified/);
    expect(['verified', 'failed']).to.include(el.verification);
    expect(el.getAttribute('verification')).to.equal(el.verification);
    expect(verified.length).to.be.below(GRADUATE_COUNT);
    for (const call of calls) {
      expect(call.url.startsWith(ACCREDIBLE_BASE)).to.equal(true);
      expect(call.url).not.to.contain(MOCK_SECRETS.accredibleKey);
      expect(call.headers.get('authorization')).to.equal(`Token token=${MOCK_SECRETS.accredibleKey}`);
    }
    expect(el.hasAttribute('token')).to.equal(false);
    await expect(el).to.be.accessible();
  });

  it('pages with "Show more" the way Accredible pages, stops at max, and loads the rest side by side for a filter', async () => {
    const { fetch: recording, calls } = recordingFetch();
    // Far below the screen, so that nothing loads on scroll before "Show more" is pressed.
    const wrapper = await fixture<HTMLElement>(
      html`<div><div style="height: 5000px"></div><credential-gallery verify="off" provider="accredible" api-base=${ACCREDIBLE_BASE} group-id="40500" page-size="5" max="22" .token=${MOCK_SECRETS.accredibleKey} .fetch=${recording}></credential-gallery></div>`,
    );
    const el = wrapper.querySelector('credential-gallery')!;
    await ready(el);
    await settled(el, 5);
    const pagesAsked = () => calls.map((call) => new URL(call.url).searchParams.get('page'));
    const more = shadow(el, '[part="more"] button')!;
    expect(more.textContent).to.contain('Show more');
    const before = el.items.length;
    more.click();
    await settled(el, before + 5);
    expect(pagesAsked().slice(0, 2)).to.deep.equal(['1', '2']);
    el.sort = 'name';
    await settled(el, 22);
    await until(el, () => !shadow(el, '[part="more"] button'), 'Show more stayed after the last page');
    expect(el.items.length).to.equal(22);
    expect(summary(el)).to.match(/^22 credentials/);
    expect(new Set(pagesAsked()).size).to.equal(pagesAsked().length);
  });

  it('loads more on its own as the end of the list comes into view', async () => {
    const el = await fixture<Gallery>(html`<credential-gallery verify="off" provider="accredible" api-base=${ACCREDIBLE_BASE} group-id="40500" page-size="5" max="15" .token=${MOCK_SECRETS.accredibleKey}></credential-gallery>`);
    await ready(el);
    await settled(el, 15);
    expect(shadow(el, '[part="more"] button')).to.equal(null);
  });

  it('lets ibl.ai search and filter by program itself, and pages by page number', async () => {
    const { fetch: recording, calls } = recordingFetch();
    const el = await fixture<Gallery>(html`<credential-gallery verify="off" provider="ibl" api-base=${IBL_BASE} org="riverside" user-id=${IBL_GALLERY_USER} program="Cloud Engineering" page-size="4" .token=${MOCK_SECRETS.iblKey} .fetch=${recording}></credential-gallery>`);
    await ready(el);
    expect(summary(el)).to.match(/^9 credentials/);
    expect(new URL(calls[0]!.url).searchParams.get('program')).to.equal('Cloud Engineering');
    el.search = 'kubernetes';
    await until(el, () => calls.some((call) => new URL(call.url).searchParams.get('search') === 'kubernetes') && el.state === 'ready' && el.items.length === 2, 'the provider was never asked to search');
    expect(names(el)).to.deep.equal(['Containers and Kubernetes Badge', 'Containers and Kubernetes Certificate']);
    expect(summary(el)).to.match(/^2 credentials/);
    await expect(el).to.be.accessible();
  });

  it("pages a learner's CLRs by the Link header", async () => {
    const { fetch: recording, calls } = recordingFetch();
    const el = await fixture<Gallery>(html`<credential-gallery verify="off" provider="clr" api-base=${CLR_BASE} page-size="1" .token=${MOCK_SECRETS.clrToken} .fetch=${recording}></credential-gallery>`);
    await ready(el);
    await el.loadMore();
    await el.loadMore();
    expect(el.items.length).to.equal(3);
    expect(calls.map((call) => new URL(call.url).searchParams.get('offset'))).to.deep.equal(['0', '1', '2']);
    expect(names(el).every((name) => name.includes('Comprehensive Learner Record'))).to.equal(true);
  });

  it('searches, filters and sorts locally over the whole list, and says when nothing matches', async () => {
    const el = await fixture<Gallery>(html`<credential-gallery verify="off" provider="ibl" api-base=${IBL_BASE} org="riverside" user-id=${IBL_GALLERY_USER} page-size="100" .token=${MOCK_SECRETS.iblKey}></credential-gallery>`);
    await ready(el);
    el.filterType = 'Program';
    await until(el, () => tiles(el).length === 3, 'the type filter did not apply');
    expect(names(el)).to.deep.equal(['Data Science Program', 'Cloud Engineering Program', 'Product Design Program']);
    el.sort = 'name';
    await el.updateComplete;
    expect(names(el)).to.deep.equal(['Cloud Engineering Program', 'Data Science Program', 'Product Design Program']);
    el.sort = 'date';
    await el.updateComplete;
    expect(names(el)).to.deep.equal(['Product Design Program', 'Cloud Engineering Program', 'Data Science Program']);
    const typeSelect = [...el.shadowRoot!.querySelectorAll('select')].find((select) => select.value === 'Program')!;
    expect(typeSelect).to.not.equal(undefined);
    el.filterType = 'Nonexistent';
    await el.updateComplete;
    expect(shadow(el, '.empty')!.textContent).to.contain('No credentials match');
    await expect(el).to.be.accessible();
    (shadow(el, '.empty button') as HTMLButtonElement).click();
    await el.updateComplete;
    expect(tiles(el).length).to.be.greaterThan(3);
  });

  it('searches a provider that does not search among what it has loaded, through the search box', async () => {
    const el = await graduates();
    await ready(el);
    const input = shadow(el, 'input[type="search"]') as HTMLInputElement;
    input.value = 'amara';
    input.dispatchEvent(new Event('input'));
    await until(el, () => el.search === 'amara' && tiles(el).length > 0 && tiles(el).length < 12, 'the search never applied');
    await settled(el, GRADUATE_COUNT);
    el.verify = 'off';
    expect(el.items.filter((item) => item.text.includes('amara')).length).to.equal(tiles(el).length);
  });

  it('filters by status from reason codes, verifying every credential when one is chosen, and ranks the gallery by the worst outcome', async () => {
    const dates = (reason: Check['reason']): Check => ({ id: 'dates', status: 'failure', reason, message: 'Dates.' });
    const el = await fixture<ReportedGallery>(html`<reported-gallery provider="accredible" api-base=${ACCREDIBLE_BASE} group-id="40500" page-size="40" .token=${MOCK_SECRETS.accredibleKey}></reported-gallery>`);
    let n = 0;
    el.answer = () => {
      const which = n++ % 10;
      if (which === 1) return reportWith([dates('expired')]);
      if (which === 2) return reportWith([{ id: 'status', status: 'failure', reason: 'revoked', message: 'Revoked.' }]);
      if (which === 3) return { ...reportWith([{ id: 'key', status: 'warning', reason: 'key-unreachable', message: 'No key.' }]), status: 'unverifiable' as VerificationReport['status'] };
      return reportWith([{ id: 'proof', status: 'success', message: 'Signed.' }]);
    };
    await ready(el);
    el.filterStatus = 'expired';
    await until(el, () => el.asked === GRADUATE_COUNT, `asked for ${el.asked} reports`);
    await el.updateComplete;
    expect(tiles(el).length).to.equal(GRADUATE_COUNT / 10);
    expect(tiles(el).every((tile) => tile.querySelector('[part="status"]')!.textContent!.includes('Expired'))).to.equal(true);
    expect(summary(el)).to.equal(`${GRADUATE_COUNT} credentials · ${GRADUATE_COUNT} checked · 28 verified · 4 expired · 4 revoked · 4 could not be verified`);
    expect(el.verification).to.equal('failed');
    el.filterStatus = 'revoked';
    await el.updateComplete;
    expect(tiles(el).length).to.equal(4);
    el.filterStatus = 'verified';
    await el.updateComplete;
    expect(tiles(el).length).to.be.at.most(28);
    await expect(el).to.be.accessible();
  });

  it("ranks an unverifiable credential above a warning: the gallery's verification is the worst checked so far", async () => {
    const el = await fixture<ReportedGallery>(html`<reported-gallery .credentials=${[await signedBadge(0), await signedBadge(1)]}></reported-gallery>`);
    let n = 0;
    el.answer = () =>
      n++ === 0 ? reportWith([{ id: 'issuer', status: 'warning', reason: 'issuer-untrusted', message: 'Untrusted.' }]) : { ...reportWith([]), status: 'unverifiable' as VerificationReport['status'] };
    await ready(el);
    await until(el, () => el.verification === 'unverifiable', `verification is ${el.verification}`);
    expect(el.matches(':state(unverifiable)')).to.equal(true);
    // Its tile has the chip of its own (neither a warning's nor a failure's), and says it in words.
    const chip = tiles(el)[1]!.querySelector('[part="status"]')!;
    expect([chip.getAttribute('data-status'), chip.textContent!.trim()]).to.deep.equal(['unverifiable', 'Could not be verified']);
  });

  it('opens a tile in a native dialog, closes on Escape and gives focus back to the tile', async () => {
    const el = await fixture<Gallery>(html`<credential-gallery .credentials=${[await signedBadge(0), await signedBadge(1)]}></credential-gallery>`);
    await ready(el);
    const tile = tiles(el)[1]!.querySelector('button')!;
    tile.focus();
    tile.click();
    const dialog = shadow(el, 'dialog') as HTMLDialogElement;
    await until(el, () => dialog.open && !!dialog.querySelector('credential-gallery-card'), 'the dialog never opened');
    const card = dialog.querySelector('credential-gallery-card')!;
    await until(card as unknown as Gallery, () => card.state === 'ready', 'the card never showed');
    expect(dialog.matches(':modal')).to.equal(true);
    expect(dialog.querySelector('h2')!.textContent).to.equal(names(el)[1]);
    expect(card.layout).to.equal('card');
    expect(card.shadowRoot!.querySelector('[part="details"]')).to.not.equal(null);
    await expect(el).to.be.accessible();
    await sendKeys({ press: 'Escape' });
    await until(el, () => !dialog.open && el.openItem === undefined, 'Escape did not close the dialog');
    await until(el, () => el.shadowRoot!.activeElement === tiles(el)[1]!.querySelector('button'), 'focus did not come back to the tile');
  });

  it('renders and verifies only what is on screen of a thousand credentials', async () => {
    const base = await signedBadge(0);
    const credentials = Array.from({ length: 1000 }, (_, index) => {
      const copy = structuredClone(base) as { id: string; name: string; credentialSubject: { achievement: { name: string } } };
      copy.id = `urn:example:credential-${index}`;
      copy.name = copy.credentialSubject.achievement.name = `Credential ${String(index).padStart(4, '0')}`;
      return copy;
    });
    const longest = { ms: 0 };
    const observer = new PerformanceObserver((list) => list.getEntries().forEach((entry) => (longest.ms = Math.max(longest.ms, entry.duration))));
    observer.observe({ type: 'longtask', buffered: false });
    const el = await fixture<ReportedGallery>(html`<reported-gallery .credentials=${credentials}></reported-gallery>`);
    await ready(el);
    await settled(el, 1000);
    expect(summary(el)).to.match(/^1,000 credentials/); // the count through Intl
    const rendered = tiles(el).length;
    expect(rendered).to.be.greaterThan(0);
    expect(rendered).to.be.below(100);
    expect(tiles(el)[0]!.getAttribute('aria-setsize')).to.equal('1000');
    await until(el, () => el.asked > 0, 'nothing was verified');
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(el.asked).to.be.below(100);
    // Scrolled to the end, the last tiles are rendered (and still only a window of them).
    shadow(el, '[part="more"]')!.scrollIntoView();
    await until(el, () => tiles(el).some((tile) => tile.getAttribute('aria-posinset') === '1000'), 'the last tile never rendered');
    expect(tiles(el).length).to.be.below(100);
    expect(names(el)).to.include('Credential 0999');
    observer.disconnect();
    // Measured, not asserted (the machine is shared): the longest main-thread task while loading and scrolling.
    console.info(`credential-gallery: 1000 credentials, ${rendered} tiles rendered, longest task ${Math.round(longest.ms)} ms`);
    window.scrollTo(0, 0);
  });

  it('reads a src list of URLs with its fetch on the list origin, and sends the token nowhere', async () => {
    const { fetch: recording, calls } = recordingFetch();
    const el = await fixture<Gallery>(html`<credential-gallery verify="off" src="/mock-api/public/badges.json" page-size="3" .token=${'secret-token-x'} .fetch=${recording}></credential-gallery>`);
    await ready(el);
    expect(el.items.length).to.be.at.least(3);
    // The first page: the list, then its first three entries; more pages follow as the end of the list nears.
    const paths = calls.map((call) => new URL(call.url).pathname);
    expect(paths.slice(0, 4)).to.deep.equal(['/mock-api/public/badges.json', '/mock-api/public/badges/0.json', '/mock-api/public/badges/1.json', '/mock-api/public/badges/2.json']);
    expect(paths.every((path) => path.startsWith('/mock-api/public/badges'))).to.equal(true);
    for (const call of calls) expect([...call.headers.values()].join(' ')).not.to.contain('secret-token-x');
  });

  it('shows an error with its code when the list cannot be had, and tries again', async () => {
    const el = await fixture<Gallery>(html`<credential-gallery provider="accredible" api-base=${ACCREDIBLE_BASE} group-id="40500"></credential-gallery>`);
    const event = (await oneEvent(el, 'credential-error')) as CredentialErrorEvent;
    expect(event.detail.code).to.equal('UNAUTHORIZED');
    await untilState(el, 'error');
    expect(shadow(el, '[role="alert"]')!.textContent).to.contain('UNAUTHORIZED');
    await expect(el).to.be.accessible();
    el.token = MOCK_SECRETS.accredibleKey;
    await ready(el);
  });

  it('keeps what it shows when a later page fails, and offers to try again', async () => {
    let fail = true;
    const flaky: typeof fetch = (input, init) => (fail && String(input).includes('page=2') ? Promise.resolve(new Response('{}', { status: 500 })) : fetch(input, init));
    const el = await fixture<Gallery>(html`<credential-gallery verify="off" provider="accredible" api-base=${ACCREDIBLE_BASE} group-id="40500" page-size="10" .token=${MOCK_SECRETS.accredibleKey} .fetch=${flaky}></credential-gallery>`);
    await ready(el);
    await el.loadMore();
    expect(el.items.length).to.equal(10);
    expect(shadow(el, '[part="more"] [role="alert"]')!.textContent).to.contain('problem');
    await expect(el).to.be.accessible();
    fail = false;
    (shadow(el, '[part="more"] button') as HTMLButtonElement).click();
    await settled(el, 20);
  });

  it('says when there is nothing to show, and speaks Spanish', async () => {
    const empty = await fixture<Gallery>(html`<credential-gallery .credentials=${[]}></credential-gallery>`);
    await ready(empty);
    expect(shadow(empty, '.empty')!.textContent).to.contain('There are no credentials to show.');
    await expect(empty).to.be.accessible();
    const el = await fixture<Gallery>(html`<credential-gallery lang="es" verify="off" .credentials=${[await signedBadge(0)]}></credential-gallery>`);
    await ready(el);
    await until(el, () => summary(el) === '1 credencial', `the summary says "${summary(el)}"`);
    expect(shadow(el, 'input[type="search"]')!.closest('label')!.textContent).to.contain('Buscar');
    expect(tiles(el)[0]!.textContent).to.contain('Emitida por');
    await expect(el).to.be.accessible();
  });
});

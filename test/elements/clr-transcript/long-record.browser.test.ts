// A long record is rendered a chunk of rows per task (no task has to build five hundred rows at once): the first render
// holds the first chunk, the rest follow, and a page that prints gets every row at once. A row's panel of checks is
// rendered when the row is opened, not for every row.
import { fixture, html, expect, oneEvent, waitUntil } from '@open-wc/testing';
import { before, describe, it } from '../../harness.js';
import '../../../src/clr-transcript.js';
import type { ClrTranscript } from '../../../src/clr-transcript.js';
import { clrCredential, ed25519Issuer, openBadge } from '../../verify/signing.js';
import { until } from '../../helpers/elements.js';

const ROWS = 240;
const rows = (el: ClrTranscript) => el.shadowRoot!.querySelectorAll('[part="row"]').length;

/** The transcript, as it is right after the render that first shows the record (before any later task has run). */
async function shown(record: Record<string, unknown>): Promise<ClrTranscript> {
  const el = await fixture<ClrTranscript>(html`<clr-transcript verify="off"></clr-transcript>`);
  const loaded = oneEvent(el, 'credential-load');
  el.credential = record;
  await loaded;
  await el.updateComplete;
  return el;
}

describe('<clr-transcript> with a long record', () => {
  let record: Record<string, unknown>;
  before(async () => {
    const issuer = await ed25519Issuer();
    const nested = Array.from({ length: ROWS }, (_, index) => openBadge(issuer, { name: `Course ${index}` }));
    record = clrCredential(issuer, nested);
  });

  it('renders its rows a chunk at a time, then all of them', async () => {
    const el = await shown(record);
    // The render that shows the record holds the first chunk only.
    expect(rows(el)).to.be.greaterThan(0);
    expect(rows(el)).to.be.lessThan(ROWS);
    await waitUntil(() => rows(el) === ROWS, 'not every row was rendered', { timeout: 20000 });
  });

  it('renders a row\'s panel of checks when the row is opened', async () => {
    const el = await fixture<ClrTranscript>(html`<clr-transcript .credential=${record}></clr-transcript>`);
    await until(el, () => el.verification !== 'pending' && el.verification !== 'off', 'verification never finished');
    const details = el.shadowRoot!.querySelector<HTMLDetailsElement>('[part="row"] details')!;
    expect(el.shadowRoot!.querySelectorAll('[part="row"] .checks').length).to.equal(0);
    const toggled = oneEvent(details, 'toggle');
    details.open = true;
    await toggled;
    await el.updateComplete;
    expect(details.querySelectorAll('.checks').length).to.equal(1);
  });

  it('renders every row at once when the page prints', async () => {
    const el = await shown(record);
    expect(rows(el)).to.be.lessThan(ROWS);
    window.dispatchEvent(new Event('beforeprint'));
    expect(rows(el)).to.equal(ROWS);
  });
});

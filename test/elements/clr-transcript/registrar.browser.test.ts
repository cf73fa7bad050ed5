// <clr-transcript> as a registrar reads it: terms in order with their credits and GPA, the learner by name and
// student id, types in words, the degree's conferral date and the labelled cumulative GPA, a course taken twice shown
// twice and counted once; the rows one tab stop with a skip link; printing the whole record with page numbers.
import { describe, it } from '../../helpers/harness.js';
import { fixture, html, expect, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import { ClrTranscript } from '../../../src/clr-transcript.js';
import { newestClr, shadow, shadowText, untilState } from '../../helpers/elements.js';

const allRows = (el: ClrTranscript) => [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part="row"]')];
const shownRows = (el: ClrTranscript) => allRows(el).filter((row) => getComputedStyle(row).display !== 'none');
const summaries = (el: ClrTranscript) => [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part="row"] summary')];
const focused = (el: ClrTranscript) => el.shadowRoot!.activeElement as HTMLElement | null;
const rowTitle = (element: Element | null) => element?.closest('[part="row"]')?.querySelector('.title')?.textContent;

async function search(el: ClrTranscript, text: string): Promise<void> {
  const input = shadow(el, 'input[type="search"]') as HTMLInputElement;
  input.value = text;
  input.dispatchEvent(new Event('input'));
  await el.updateComplete;
}

describe('<clr-transcript> for a registrar', () => {
  it('shows term blocks in date order, each with its credits and computed GPA, then the degree and the totals', async () => {
    const el = await fixture<ClrTranscript>(html`<clr-transcript verify="off" .credential=${await newestClr()}></clr-transcript>`);
    await untilState(el, 'ready');
    const terms = [...el.shadowRoot!.querySelectorAll('.term-title')].map((title) => title.textContent!.trim());
    expect(terms).to.deep.equal(['Summer 2023', 'Fall 2023', 'Spring 2024', 'Fall 2024', 'Spring 2025', 'Degrees and programs', 'Record totals']);
    const fall = el.shadowRoot!.querySelectorAll<HTMLElement>('.term')[1]!;
    expect(fall.getAttribute('role')).to.equal('group');
    expect(shadowText(fall.querySelector('.term-totals')!)).to.match(/Credits earned 11 .*Term GPA \(computed\) 3\.66/);
    // The degree: its type in words, its conferral date, its cumulative GPA with its label on screen.
    const degree = el.shadowRoot!.querySelector<HTMLElement>('[data-type="AssociateDegree"]')!;
    expect(degree.querySelector('.type')!.textContent).to.equal('Associate degree');
    expect(degree.querySelector('.conferred')!.textContent).to.equal('Conferred May 16, 2025');
    expect(degree.querySelector('.grade-label')!.textContent).to.contain('Cumulative GPA');
    expect(getComputedStyle(degree.querySelector('.grade-label')!).position).to.not.equal('absolute');
    expect(shadowText(shadow(el, '[part="credits"]')!)).to.match(/Credits attempted 32 .*Credits earned 28 .*Cumulative GPA 3\.70/);
    // No type left in its enum spelling.
    expect(shadowText(el)).to.not.match(/AssociateDegree|\bCompetency\b(?! )/);
    await expect(el).to.be.accessible();
  });

  it('names the learner by name and student id, never by email or DID', async () => {
    const el = await fixture<ClrTranscript>(html`<clr-transcript verify="off" .credential=${await newestClr()}></clr-transcript>`);
    await untilState(el, 'ready');
    const learner = shadow(el, '.who dd')!.textContent!.replace(/\s+/g, ' ').trim();
    expect(learner).to.equal('Maya Chen · Student ID RCC-2023-04817');
    expect(shadowText(el)).to.not.contain('@students.');
    expect(shadowText(el)).to.not.contain('did:key');
  });

  it('shows a course taken twice as two rows, counts it once at its best result, and says so', async () => {
    const el = await fixture<ClrTranscript>(html`<clr-transcript verify="off" .credential=${await newestClr()}></clr-transcript>`);
    await untilState(el, 'ready');
    const calculus = allRows(el).filter((row) => row.querySelector('.title')!.textContent === 'MATH 121: Calculus I');
    expect(calculus).to.have.length(2);
    const repeated = calculus.filter((row) => row.hasAttribute('data-repeated'));
    expect(repeated).to.have.length(1);
    expect(repeated[0]!.querySelector('.grade')!.textContent).to.contain('D');
    expect(repeated[0]!.textContent).to.contain('Repeated: not counted in the totals');
    expect(shadow(el, '[part="credits"]')!.textContent).to.contain('Each achievement counts once, at its best result (attempts left out: 1).');
  });

  it('makes the rows one tab stop: arrow keys, Home and End move between them, and a skip link passes them', async () => {
    const el = await fixture<ClrTranscript>(html`<clr-transcript verify="off" .credential=${await newestClr()}></clr-transcript>`);
    await untilState(el, 'ready');
    const all = summaries(el);
    expect(all.filter((summary) => summary.tabIndex === 0)).to.have.length(1);
    expect(all[0]!.tabIndex).to.equal(0);
    // Tab order from the Download button: the skip link, the first row, then out of the list (the totals are not tabbable).
    const download = [...el.shadowRoot!.querySelectorAll('button')].find((button) => button.textContent!.includes('Download'))!;
    download.focus();
    await sendKeys({ press: 'Tab' });
    expect(focused(el)!.classList.contains('skip')).to.equal(true);
    expect(getComputedStyle(focused(el)!).position).to.not.equal('absolute');
    await sendKeys({ press: 'Tab' });
    expect(focused(el)).to.equal(all[0]);
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowDown' });
    expect(focused(el)).to.equal(all[2]);
    await el.updateComplete;
    expect(all.filter((summary) => summary.tabIndex === 0)).to.deep.equal([all[2]]);
    await sendKeys({ press: 'End' });
    expect(focused(el)).to.equal(all.at(-1));
    await sendKeys({ press: 'Home' });
    expect(focused(el)).to.equal(all[0]);
    await sendKeys({ press: 'ArrowUp' });
    expect(focused(el)).to.equal(all[0]);
    // Right opens a row, Left closes it.
    await sendKeys({ press: 'ArrowRight' });
    expect((all[0]!.parentElement as HTMLDetailsElement).open).to.equal(true);
    await sendKeys({ press: 'ArrowLeft' });
    expect((all[0]!.parentElement as HTMLDetailsElement).open).to.equal(false);
    // Tab leaves the list at once, whatever row has the stop.
    await sendKeys({ press: 'End' });
    await sendKeys({ press: 'Tab' });
    expect(focused(el)?.closest('[part="row"]') ?? null).to.equal(null);
    // The skip link takes the focus past every row, to the totals.
    download.focus();
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Enter' });
    expect(focused(el)!.getAttribute('part')).to.equal('credits');
  });

  it('moves the focus only between the rows a search leaves', async () => {
    const el = await fixture<ClrTranscript>(html`<clr-transcript verify="off" .credential=${await newestClr()}></clr-transcript>`);
    await untilState(el, 'ready');
    await search(el, 'calculus');
    const shown = shownRows(el).map((row) => row.querySelector('summary')!);
    expect(shown).to.have.length(3);
    expect(shown[0]!.tabIndex).to.equal(0);
    shown[0]!.focus();
    await sendKeys({ press: 'End' });
    expect(rowTitle(focused(el))).to.equal(rowTitle(shown.at(-1)!));
    expect(shadowText(el)).to.contain('Showing 3 of 13 achievements');
    await search(el, 'no such course');
    expect(shadowText(el)).to.contain('No achievements match the search.');
    expect(shownRows(el)).to.have.length(0);
  });

  it('prints the whole record whatever the filter, without its controls, with a running header and page numbers', async () => {
    const el = await fixture<ClrTranscript>(html`<clr-transcript verify="off" .credential=${await newestClr()}></clr-transcript>`);
    await untilState(el, 'ready');
    await search(el, 'calculus');
    expect(shownRows(el)).to.have.length(3);
    await emulateMedia({ media: 'print' });
    try {
      expect(shownRows(el)).to.have.length(13);
      for (const selector of ['[part="toolbar"]', '.skip', '.count']) expect(getComputedStyle(shadow(el, selector)!).display, selector).to.equal('none');
      expect(getComputedStyle(shadow(el, '[part="credits"]')!).display).to.not.equal('none');
    } finally {
      await emulateMedia({ media: 'screen' });
    }
    // Printing (from the page's menu too) adds the @page margin boxes to the document, and takes them away after.
    const before = document.adoptedStyleSheets.length;
    window.dispatchEvent(new Event('beforeprint'));
    const added = document.adoptedStyleSheets.slice(before);
    expect(added).to.have.length(1);
    const rule = [...added[0]!.cssRules].map((item) => item.cssText).join('\n');
    expect(rule).to.contain('@page');
    expect(rule).to.match(/@top-left \{[^}]*content: "Riverside Community College"/);
    expect(rule).to.match(/@top-right \{[^}]*content: "Maya Chen · Student ID RCC-2023-04817"/);
    expect(rule).to.match(/"Page " counter\(page\) " of " counter\(pages\)/);
    window.dispatchEvent(new Event('afterprint'));
    expect(document.adoptedStyleSheets).to.have.length(before);
  });

  it('keeps a hostile record name inside its string in the print header', async () => {
    const clr = { ...(await newestClr()), name: 'X"; } body { display: none } @page { @top-left { content: "pwned' };
    const el = await fixture<ClrTranscript>(html`<clr-transcript verify="off" .credential=${clr}></clr-transcript>`);
    await untilState(el, 'ready');
    const before = document.adoptedStyleSheets.length;
    window.dispatchEvent(new Event('beforeprint'));
    const sheet = document.adoptedStyleSheets[before]!;
    expect(sheet.cssRules).to.have.length(1);
    expect(sheet.cssRules[0]!.cssText.startsWith('@page')).to.equal(true);
    window.dispatchEvent(new Event('afterprint'));
  });

  it('speaks Spanish: types, columns, totals and the page numbers', async () => {
    const el = await fixture<ClrTranscript>(html`<clr-transcript lang="es" verify="off" .credential=${await newestClr()}></clr-transcript>`);
    await untilState(el, 'ready');
    await waitUntil(() => shadowText(el).includes('Institución'), 'no Spanish', { timeout: 15000 });
    const text = shadowText(el);
    for (const words of ['Título de asociado', 'Curso', 'Competencia', 'Calificación', 'Créditos obtenidos', 'Totales del expediente', 'ID de estudiante RCC-2023-04817', 'Conferido el']) {
      expect(text, words).to.contain(words);
    }
    expect(el.printHeader()!.pageLabel).to.deep.equal(['Página ', ' de ', '']);
  });

  it('sets its headings from heading-level, and is a landmark only when asked', async () => {
    const el = await fixture<ClrTranscript>(html`<clr-transcript heading-level="3" verify="off" .credential=${await newestClr()}></clr-transcript>`);
    await untilState(el, 'ready');
    expect(shadow(el, '#title')!.localName).to.equal('h3');
    expect(new Set([...el.shadowRoot!.querySelectorAll('.term-title')].map((title) => title.localName))).to.deep.equal(new Set(['h4']));
    expect(shadow(el, '[part="base"]')!.hasAttribute('role')).to.equal(false);
    el.landmark = true;
    await el.updateComplete;
    expect(shadow(el, '[part="base"]')!.getAttribute('role')).to.equal('region');
    expect(shadow(el, '[part="base"]')!.getAttribute('aria-labelledby')).to.equal('title');
    await expect(el).to.be.accessible();
  });

  it('says so when the record lists nothing', async () => {
    const clr = await newestClr();
    const subject = clr['credentialSubject'] as Record<string, unknown>;
    const empty = { ...clr, credentialSubject: { ...subject, verifiableCredential: [], achievement: [], association: [] } };
    const el = await fixture<ClrTranscript>(html`<clr-transcript verify="off" .credential=${empty}></clr-transcript>`);
    await untilState(el, 'ready');
    expect(shadowText(el)).to.contain('This record lists no achievements.');
    await expect(el).to.be.accessible();
  });
});

/**
 * The body of a transcript as a registrar lays it out (record.ts): the column headings, the term blocks with their
 * rows and totals, the degrees and programs awarded, and the record's totals. Rows are the row list's items, one tab
 * stop between them (the element moves the stop; see shared/roving-focus.ts).
 *
 * A long record stays quick: only the first `limit` rows are rendered (the element raises the limit a chunk at a time,
 * a task each), and a row is rendered again only when something it shows has changed (`guard`), so that the report
 * of one nested credential re-renders its row, not five hundred (a language's messages, once loaded, re-render all).
 */
import { msg, str } from '@lit/localize';
import { html, nothing, type TemplateResult } from 'lit';
import { guard } from 'lit/directives/guard.js';
import { creditsAttempted, gradeOf } from '../../model/grades.js';
import type { ResultView } from '../../model/types.js';
import type { VerificationReport } from '../../verify/types.js';
import { formatDate } from '../../render/format-date.js';
import { achievementTypeLabel } from '../shared/achievement-types.js';
import { heading } from '../shared/heading.js';
import { statusIcon } from '../shared/icon.js';
import { formatNumber } from '../shared/intl.js';
import { activeLocale } from '../shared/localize.js';
import { checksLoaded, renderChecks } from '../shared/lazy-checks.js';
import { resultLabel, termLabel } from '../shared/model-words.js';
import type { VerificationState } from '../shared/types.js';
import type { RecordLayout, RecordTotals, TermBlock, TermTotals } from './record.js';
import { rowPath, type TranscriptRow } from './rows.js';

/** What the element knows that the layout does not: its language, its headings, the filter, the focus, each row's verification. */
export interface RecordContext {
  locale: string;
  /** The level of the record's section headings (terms, awards, totals). */
  level: number;
  /** Keys of the rows the search and type filter let through; undefined when there is no filter. */
  shown: Set<string> | undefined;
  /** The key of the row that holds the list's tab stop. */
  stop: string | undefined;
  /** How many rows to render, in layout order (the rest are rendered later, a chunk at a time). */
  limit: number;
  /** Keys of the rows open now: only an open row renders its panel of checks (five hundred panels are a lot of DOM). */
  open: ReadonlySet<string>;
  status(row: TranscriptRow): { state: VerificationState; label: string; report?: VerificationReport | undefined };
}

/** A number in the element's language (`locale` is the element's, as the render's Intl tag holds it; intl.ts keeps one formatter per language and precision). */
const number = (value: number, _locale: string, digits = 0) => formatNumber(value, { min: digits, max: Math.max(digits, 2) });

/** The grade column's name for a row's grade: a GPA says so (a degree's or program's is its cumulative GPA); any other grade is the row's grade. */
function gradeName(grade: ResultView, award: boolean): string {
  if (grade.type !== 'GradePointAverage') return msg('Grade', { id: 'transcript.column-grade' });
  return award ? msg('Cumulative GPA', { id: 'transcript.cumulative-gpa' }) : msg('GPA', { id: 'transcript.gpa' });
}

/** The path separator, a mark that points to the inline end (mirrored right to left). */
const SEPARATOR = html`<span class="separator" aria-hidden="true">▸</span>`;

/** The visual column headings; each cell of a row says its own name to a screen reader. */
export function renderColumns(): TemplateResult {
  return html`<div class="columns" aria-hidden="true">
    <span>${msg('Achievement', { id: 'transcript.column-achievement' })}</span>
    <span>${msg('Grade', { id: 'transcript.column-grade' })}</span>
    <span class="credits-cell">${msg('Credits', { id: 'badge.credits' })}</span>
    <span>${msg('Verification', { id: 'transcript.column-status' })}</span>
  </div>`;
}

/** A row, rendered again only when its entry, filter, tab stop, verification (or the panel's code), count or language changes. */
function renderRow(row: TranscriptRow, context: RecordContext, counted: boolean, award: boolean): unknown {
  const { entry } = row;
  const hidden = context.shown !== undefined && !context.shown.has(entry.key);
  const filtered = context.shown !== undefined;
  const stop = entry.key === context.stop;
  const open = context.open.has(entry.key);
  const status = context.status(row);
  return guard([row, hidden, filtered, stop, open, status.state, status.label, status.report, checksLoaded(), counted, award, context.locale, activeLocale()], () =>
    rowTemplate(row, { hidden, filtered, stop, open, status, locale: context.locale }, counted, award),
  );
}

interface RowState {
  hidden: boolean;
  filtered: boolean;
  stop: boolean;
  open: boolean;
  status: ReturnType<RecordContext['status']>;
  locale: string;
}

function rowTemplate(row: TranscriptRow, { hidden, filtered, stop, open, status, locale }: RowState, counted: boolean, award: boolean): TemplateResult {
  const { entry, depth } = row;
  const credential = entry.credential;
  const path = filtered ? rowPath(row) : [];
  const grade = gradeOf(credential);
  const gpa = grade?.type === 'GradePointAverage';
  const { state, label, report } = status;
  const type = credential.achievementType ? achievementTypeLabel(credential.achievementType) : undefined;
  const conferred = award ? (credential.awarded ?? credential.issued) : undefined;
  const conferredText = formatDate(conferred, locale);
  const issued = formatDate(credential.issued, locale);
  const attempted = creditsAttempted(credential);
  return html`<li
    class="row"
    part="row"
    data-key=${entry.key}
    data-depth=${Math.min(depth, 4)}
    data-type=${credential.achievementType ?? ''}
    ?data-hidden=${hidden}
    ?data-repeated=${!counted}
  >
    <details>
      <summary tabindex=${stop ? '0' : '-1'}>
        <span class="name">
          ${path.length ? html`<span class="path">${path.map((name) => html`${name} ${SEPARATOR} `)}</span>` : nothing}
          <span class="title">${credential.title}</span>
          ${type ? html`<span class="type">${type}</span>` : nothing}
          ${conferredText ? html`<span class="conferred">${msg(str`Conferred ${conferredText}`, { id: 'transcript.conferred' })}</span>` : nothing}
          ${counted ? nothing : html`<span class="repeat">${msg('Repeated: not counted in the totals', { id: 'transcript.repeat' })}</span>`}
        </span>
        <span class="grade" ?data-labelled=${gpa}
          >${grade ? html`<span class=${gpa ? 'grade-label' : 'cell-label'}>${gradeName(grade, award)}: </span>${grade.value}` : ''}</span
        >
        <span class="credits-cell"
          >${credential.credits !== undefined
            ? html`<span class="cell-label">${msg('Credits earned', { id: 'transcript.credits-earned' })}: </span>${number(credential.credits, locale)}`
            : ''}</span
        >
        <span class="chip small" part="row-status" data-status=${state}>${statusIcon(state)}<span>${label}</span></span>
      </summary>
      <div class="more">
        ${credential.description ? html`<p>${credential.description}</p>` : nothing}
        ${issued ? html`<p>${msg('Issued', { id: 'badge.issued' })}: <time datetime=${credential.issued!}>${issued}</time></p>` : nothing}
        ${entry.term ? html`<p>${msg('Term', { id: 'transcript.term' })}: ${termLabel(entry.term)}</p>` : nothing}
        ${attempted !== undefined && credential.creditsAvailable !== undefined
          ? html`<p>${msg('Credits attempted', { id: 'transcript.credits-attempted' })}: ${number(attempted, locale)}</p>`
          : nothing}
        ${credential.results.length
          ? html`<ul class="results">
              ${credential.results.map((result) => html`<li>${resultLabel(result)}: <strong>${result.value}</strong></li>`)}
            </ul>`
          : nothing}
        ${report && open ? renderChecks(report, `checks-${encodeURIComponent(entry.key)}`) : nothing}
      </div>
    </details>
  </li>`;
}

function renderTotals(totals: TermTotals, locale: string): TemplateResult | typeof nothing {
  if (totals.earned === undefined && totals.attempted === undefined && totals.gpa === undefined) return nothing;
  return html`<dl class="term-totals">
    ${totals.attempted !== undefined
      ? html`<div><dt>${msg('Credits attempted', { id: 'transcript.credits-attempted' })}</dt><dd>${number(totals.attempted, locale)}</dd></div>`
      : nothing}
    ${totals.earned !== undefined
      ? html`<div><dt>${msg('Credits earned', { id: 'transcript.credits-earned' })}</dt><dd>${number(totals.earned, locale)}</dd></div>`
      : nothing}
    ${totals.gpa !== undefined
      ? html`<div><dt>${msg('Term GPA (computed)', { id: 'transcript.term-gpa' })}</dt><dd>${number(totals.gpa, locale, 2)}</dd></div>`
      : nothing}
  </dl>`;
}

/** A block of rows, of which the first `shown` are rendered (a block not yet reached is not rendered at all). */
function renderBlock(id: string, title: string, rows: TranscriptRow[], shown: number, layout: RecordLayout, context: RecordContext, award: boolean, totals?: TermTotals): TemplateResult | typeof nothing {
  if (shown <= 0) return nothing;
  const empty = context.shown !== undefined && rows.every((row) => !context.shown!.has(row.entry.key));
  return html`<div class="term" role="group" aria-labelledby=${id} ?data-empty=${empty}>
    ${heading(context.level, title, { id, class: 'term-title' })}
    <ul class="list" part="list" role="list">
      ${rows.slice(0, shown).map((row) => renderRow(row, context, layout.counted.has(row.entry.key), award))}
    </ul>
    ${totals && shown >= rows.length ? renderTotals(totals, context.locale) : nothing}
  </div>`;
}

/** The term blocks and the awards, up to `context.limit` rows in all: the row list, one tab stop. */
export function renderRecord(layout: RecordLayout, context: RecordContext): TemplateResult {
  let left = context.limit;
  const take = (rows: TranscriptRow[]) => {
    const shown = Math.min(rows.length, Math.max(0, left));
    left -= rows.length;
    return shown;
  };
  return html`${layout.terms.map((block: TermBlock, index) =>
    renderBlock(`term-${index}`, block.term ? termLabel(block.term) : msg('Not in a term', { id: 'transcript.unscheduled' }), block.rows, take(block.rows), layout, context, false, block),
  )}
  ${layout.awards.length
    ? renderBlock('awards', msg('Degrees and programs', { id: 'transcript.awards' }), layout.awards, take(layout.awards), layout, context, true)
    : nothing}`;
}

/** The record's totals: credits attempted and earned, the cumulative GPA, labelled, and how they were counted. */
export function renderRecordTotals(layout: RecordLayout, context: RecordContext): TemplateResult {
  const totals: RecordTotals = layout.totals;
  const gpa = totals.gpa;
  const computed = (gpa && !gpa.stated) || layout.terms.some((block) => block.gpa !== undefined);
  return html`${heading(context.level, msg('Record totals', { id: 'transcript.totals' }), { class: 'term-title' })}
    <dl class="record-totals">
      ${totals.attempted !== undefined
        ? html`<div><dt>${msg('Credits attempted', { id: 'transcript.credits-attempted' })}</dt><dd>${number(totals.attempted, context.locale)}</dd></div>`
        : nothing}
      <div>
        <dt>${msg('Credits earned', { id: 'transcript.credits-earned' })}</dt>
        <dd class="total">${number(totals.earned ?? 0, context.locale)}</dd>
      </div>
      ${gpa
        ? html`<div>
            <dt>${gpa.stated ? msg('Cumulative GPA', { id: 'transcript.cumulative-gpa' }) : msg('Cumulative GPA (computed)', { id: 'transcript.cumulative-gpa-computed' })}</dt>
            <dd class="gpa">${gpa.stated ? gpa.value : number(Number(gpa.value), context.locale, 2)}</dd>
          </div>`
        : nothing}
    </dl>
    ${totals.repeats
      ? html`<p class="note">
          ${msg(str`Each achievement counts once, at its best result (attempts left out: ${number(totals.repeats, context.locale)}).`, { id: 'transcript.repeats-note' })}
        </p>`
      : nothing}
    ${computed ? html`<p class="note">${msg('Computed GPAs use letter grades on a 4.0 scale, weighted by credits.', { id: 'transcript.gpa-note' })}</p>` : nothing}`;
}

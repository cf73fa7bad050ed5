/**
 * The transcript as a registrar lays it out: term blocks in date order (each with its courses, the competencies under
 * them, and the term's credits and GPA), the degrees and programs awarded, and the record's totals (credits attempted
 * and earned, the cumulative GPA). Credits and GPAs are read from the credentials: a GPA the issuer stated is shown
 * as stated; term GPAs, and a cumulative one the record does not state, are computed from letter grades on the 4.0
 * scale (model/grades.ts) and marked as computed. The record's totals count each achievement once, at its best result.
 */
import { averageOf, bestAttempts, creditsAttempted, gradeOf, gradePoints, statedGpaOf } from '../../model/grades.js';
import type { CredentialView, ResultView, TranscriptView } from '../../model/types.js';
import { transcriptRows, type TranscriptRow } from './rows.js';

/** Achievement types a record awards for a whole program (shown with the awards, never inside a term). */
const AWARD_TYPES = new Set([
  'AssociateDegree',
  'BachelorDegree',
  'MasterDegree',
  'DoctoralDegree',
  'ProfessionalDoctorate',
  'ResearchDoctorate',
  'Degree',
  'Diploma',
  'SecondarySchoolDiploma',
  'GeneralEducationDevelopment',
]);
/** Types of coursework: never an award, even when they group other entries. */
const COURSEWORK_TYPES = new Set(['Course', 'Competency', 'Assessment', 'Assignment', 'Fieldwork', 'CoCurricular', 'CommunityService', 'Badge', 'Achievement']);

export interface TermTotals {
  /** Credits earned (every credential in the block). */
  earned?: number;
  /** Credits attempted, where the record gives what each course is worth (creditsAvailable). */
  attempted?: number;
  /** A GPA computed from the letter grades of the block. */
  gpa?: number;
}

export interface TermBlock extends TermTotals {
  /** The term's name; undefined for the entries no term could be found for. */
  term: string | undefined;
  /** Its rows, each course followed by the entries under it (depth counted from the course). */
  rows: TranscriptRow[];
}

export interface RecordTotals {
  earned?: number;
  attempted?: number;
  /** The cumulative GPA: as the issuer stated it (on a degree, say), else computed from the counted letter grades. */
  gpa?: { value: string; stated: true; label: string } | { value: string; stated: false };
  /** How many credentials the totals leave out, because a better one for the same achievement counts. */
  repeats: number;
}

export interface RecordLayout {
  terms: TermBlock[];
  /** Degrees and programs awarded. */
  awards: TranscriptRow[];
  totals: RecordTotals;
  /** Every row, in the order shown (terms, then awards): the order of keyboard navigation. */
  rows: TranscriptRow[];
  /** Keys of the rows whose credits and grade count toward the record's totals. */
  counted: Set<string>;
}

function isAward(row: TranscriptRow): boolean {
  const type = row.entry.credential.achievementType ?? '';
  return AWARD_TYPES.has(type) || (row.entry.children.length > 0 && !!type && !COURSEWORK_TYPES.has(type) && row.depth === 0);
}

/** Sum of a value over credentials, or undefined when none has it. */
function sum(credentials: CredentialView[], value: (credential: CredentialView) => number | undefined): number | undefined {
  let total: number | undefined;
  for (const credential of credentials) {
    const amount = value(credential);
    if (amount !== undefined) total = (total ?? 0) + amount;
  }
  return total;
}

function gpaOf(credentials: CredentialView[]): number | undefined {
  const grades: Array<{ points: number; weight: number }> = [];
  for (const credential of credentials) {
    const points = gradePoints(gradeOf(credential));
    const weight = creditsAttempted(credential);
    if (points !== undefined && weight !== undefined) grades.push({ points, weight });
  }
  return averageOf(grades);
}

function totalsOf(credentials: CredentialView[], withAttempted: boolean): TermTotals {
  const totals: TermTotals = {};
  const earned = sum(credentials, (credential) => credential.credits);
  if (earned !== undefined) totals.earned = earned;
  const attempted = withAttempted ? sum(credentials, creditsAttempted) : undefined;
  if (attempted !== undefined) totals.attempted = attempted;
  const gpa = gpaOf(credentials);
  if (gpa !== undefined) totals.gpa = gpa;
  return totals;
}

/** A sort key for a term: its earliest date, else the year and season of its name; the unscheduled last. */
function termOrder(block: TermBlock): string {
  if (block.term === undefined) return '~';
  const dates = block.rows.map((row) => row.entry.credential.issued).filter((date): date is string => !!date).sort();
  if (dates[0]) return dates[0];
  const match = /(\d{4})/.exec(block.term);
  const season = /spring|winter/i.test(block.term) ? '03' : /summer/i.test(block.term) ? '07' : /fall|autumn/i.test(block.term) ? '11' : '06';
  return match ? `${match[1]}-${season}` : `}${block.term}`;
}

/** Where the rows of no term go. */
const UNSCHEDULED = '\u0000unscheduled';

export function recordLayout(view: TranscriptView): RecordLayout {
  const all = transcriptRows(view);
  const awards: TranscriptRow[] = [];
  const blocks = new Map<string, TermBlock>();
  /** The row each row is shown under: a course keeps the competencies under it, whatever their own term. */
  const anchorOf = new Map<TranscriptRow, TranscriptRow>();
  for (const row of all) {
    if (isAward(row)) {
      awards.push({ entry: row.entry, depth: 0 });
      continue;
    }
    const anchor = row.parent && anchorOf.get(row.parent);
    if (anchor) {
      anchorOf.set(row, anchor);
      const block = blocks.get(anchor.entry.term ?? UNSCHEDULED)!;
      block.rows.push({ ...row, depth: row.depth - anchor.depth });
      continue;
    }
    anchorOf.set(row, row);
    const name = row.entry.term ?? UNSCHEDULED;
    const block = blocks.get(name) ?? { term: row.entry.term, rows: [] };
    blocks.set(name, block);
    block.rows.push({ ...row, depth: 0 });
  }

  const counted = new Set([...bestAttempts(view.entries)].map((entry) => entry.key));
  const withAttempted = view.entries.some((entry) => entry.credential.creditsAvailable !== undefined);
  // Code-point order: dates and years compare as text; '~' (no term) sorts after them.
  const terms = [...blocks.values()].sort((a, b) => (termOrder(a) < termOrder(b) ? -1 : termOrder(a) > termOrder(b) ? 1 : 0));
  for (const block of terms) Object.assign(block, totalsOf(block.rows.map((row) => row.entry.credential), withAttempted));

  // The totals: credits of the counted credentials outside the awards; the GPA an award states, else computed.
  const awardKeys = new Set(awards.map((row) => row.entry.key));
  const coursework = view.entries.filter((entry) => !awardKeys.has(entry.key));
  const countedCoursework = coursework.filter((entry) => counted.has(entry.key)).map((entry) => entry.credential);
  const base = totalsOf(countedCoursework, withAttempted);
  const attemptedAll = withAttempted ? sum(coursework.map((entry) => entry.credential), creditsAttempted) : undefined;
  const totals: RecordTotals = { repeats: view.credits.repeats };
  if (base.earned !== undefined) totals.earned = base.earned;
  if (attemptedAll !== undefined) totals.attempted = attemptedAll;
  const stated: ResultView | undefined = awards.map((row) => statedGpaOf(row.entry.credential)).find((result) => !!result);
  if (stated) totals.gpa = { value: stated.value, stated: true, label: stated.label };
  else if (base.gpa !== undefined) totals.gpa = { value: base.gpa.toFixed(2), stated: false };

  const rows = [...terms.flatMap((block) => block.rows), ...awards];
  return { terms, awards, totals, rows, counted };
}

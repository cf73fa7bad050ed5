/**
 * A gallery's items and what is asked of them: each credential's outcome (from its report's status and reason codes,
 * or the provider's own word when nothing is signed), the gallery's overall verification, the summary's counts,
 * and the search, filters and sort that choose what shows. Plain functions: the element renders what they return.
 */
import type { LoadedDocument } from '../../load/pipeline.js';
import type { CredentialView } from '../../model/types.js';
import type { VerificationReport } from '../../verify/types.js';
import { lifecycleOf } from '../shared/lifecycle.js';

export interface GalleryItem {
  /** Its position in the list as served. */
  index: number;
  loaded?: LoadedDocument;
  /** The display model: of the document as served, then of what was verified. */
  view?: CredentialView;
  report?: VerificationReport;
  /** Why it could not be read. */
  error?: { code: string; message: string };
  /** Sent to the verifier, its report not back yet. */
  pending?: boolean;
  /** For search, filters and sort, read from the view. */
  text: string;
  type: string;
  issuer: string;
  time: number;
}

/**
 * A report's status. 'unverifiable' (the verifier could not decide, say a key that cannot be fetched) is a status
 * the engine may report; the gallery ranks it between failed and warning.
 */
export type ReportOutcome = 'verified' | 'warning' | 'unverifiable' | 'failed';

/** What a tile says of its credential. */
export type Outcome = ReportOutcome | 'expired' | 'revoked' | 'suspended' | 'pending' | 'unchecked' | 'unsigned' | 'error';

/** The status filter's choices. */
export type StatusFilter = '' | 'verified' | 'expired' | 'revoked' | 'not-verified';

export type SortOrder = '' | 'date' | 'name';

export interface Query {
  search: string;
  type: string;
  issuer: string;
  status: StatusFilter;
  sort: SortOrder;
}

/** Severity of the gallery's `verification`, most severe first. */
const SEVERITY: readonly ReportOutcome[] = ['failed', 'unverifiable', 'warning', 'verified'];

export function makeItem(index: number, loaded: LoadedDocument | undefined, view: CredentialView | undefined, error?: GalleryItem['error']): GalleryItem {
  const item: GalleryItem = { index, text: '', type: '', issuer: '', time: 0 };
  if (loaded) item.loaded = loaded;
  if (error) item.error = error;
  if (view) setView(item, view);
  return item;
}

/** Sets an item's view and what search, filters and sort read from it. */
export function setView(item: GalleryItem, view: CredentialView): void {
  item.view = view;
  item.type = view.achievementType ?? '';
  item.issuer = view.issuer?.name ?? '';
  const time = view.issued ? Date.parse(view.issued) : NaN;
  item.time = Number.isNaN(time) ? 0 : time;
  item.text = [view.title, item.issuer, item.type, view.description, view.recipient?.name, view.group?.name, ...view.tags].filter(Boolean).join('\n').toLocaleLowerCase();
}

/** A report's lifecycle (read from its reason codes once: a list of a thousand asks often). */
const lifecycles = new WeakMap<VerificationReport, ReturnType<typeof lifecycleOf> | null>();
function reportLifecycle(report: VerificationReport): ReturnType<typeof lifecycleOf> {
  let known = lifecycles.get(report);
  if (known === undefined) lifecycles.set(report, (known = lifecycleOf(report, {}) ?? null));
  return known ?? undefined;
}

export function reportOutcome(report: VerificationReport): ReportOutcome {
  const status = report.status as string;
  return (SEVERITY as readonly string[]).includes(status) ? (status as ReportOutcome) : 'failed';
}

/** What a tile says: an error; a lifecycle (revoked, suspended, expired) from reason codes; the report's status; or where it stands. */
export function outcomeOf(item: GalleryItem, verifying: boolean): Outcome {
  if (item.error || !item.view) return 'error';
  const report = item.report;
  const lifecycle = report && !item.view.revoked ? reportLifecycle(report) : lifecycleOf(undefined, item.view);
  if (lifecycle === 'revoked' || lifecycle === 'suspended' || lifecycle === 'expired') return lifecycle;
  if (report) return reportOutcome(report);
  if (item.loaded?.verifiable === undefined) return 'unsigned';
  if (!verifying) return 'unchecked';
  return item.pending ? 'pending' : 'unchecked';
}

/** Whether an item still waits for verification. */
export function needsCheck(item: GalleryItem): boolean {
  return !item.report && !item.pending && !item.error && item.loaded?.verifiable !== undefined;
}

export function matchesStatus(outcome: Outcome, filter: StatusFilter): boolean {
  switch (filter) {
    case '':
      return true;
    case 'verified':
      return outcome === 'verified' || outcome === 'warning';
    case 'expired':
      return outcome === 'expired';
    case 'revoked':
      return outcome === 'revoked' || outcome === 'suspended';
    case 'not-verified':
      return outcome === 'failed' || outcome === 'unverifiable';
  }
}

/**
 * The items a query shows, in the order it asks for. `searched` says the provider has already applied the search;
 * `typeLabel` names a type in the reader's words, which the search also finds.
 */
export function select(items: readonly GalleryItem[], query: Query, verifying: boolean, searched = false, typeLabel?: (type: string) => string): GalleryItem[] {
  const words = searched ? [] : query.search.toLocaleLowerCase().split(/\s+/).filter(Boolean);
  const typeText = (item: GalleryItem) => (typeLabel && item.type ? typeLabel(item.type).toLocaleLowerCase() : '');
  const shown = items.filter(
    (item) =>
      (!query.type || item.type === query.type) &&
      (!query.issuer || item.issuer === query.issuer) &&
      (!query.status || matchesStatus(outcomeOf(item, verifying), query.status)) &&
      words.every((word) => item.text.includes(word) || typeText(item).includes(word)),
  );
  if (query.sort === 'date') return shown.sort((a, b) => b.time - a.time || a.index - b.index);
  if (query.sort === 'name') {
    const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });
    return shown.sort((a, b) => collator.compare(a.view?.title ?? '', b.view?.title ?? '') || a.index - b.index);
  }
  return shown;
}

/** The distinct values of a field among the items, sorted, for a filter's choices. */
export function choices(items: readonly GalleryItem[], field: 'type' | 'issuer'): string[] {
  return [...new Set(items.map((item) => item[field]).filter(Boolean))].sort((a, b) => a.localeCompare(b));
}

export interface Counts {
  /** Items checked by the verifier so far. */
  checked: number;
  verified: number;
  warning: number;
  expired: number;
  revoked: number;
  suspended: number;
  unverifiable: number;
  failed: number;
}

/** The summary's counts over the items checked so far (a credential counts once, under its outcome). */
export function countOutcomes(items: readonly GalleryItem[]): Counts {
  const counts: Counts = { checked: 0, verified: 0, warning: 0, expired: 0, revoked: 0, suspended: 0, unverifiable: 0, failed: 0 };
  for (const item of items) {
    if (!item.report) continue;
    counts.checked++;
    const outcome = outcomeOf(item, true);
    if (outcome in counts) counts[outcome as keyof Counts]++;
  }
  return counts;
}

/** The gallery's verification: the most severe report among the items checked so far, failed > unverifiable > warning > verified. */
export function overallOutcome(items: readonly GalleryItem[]): ReportOutcome | undefined {
  let worst = SEVERITY.length;
  for (const item of items) if (item.report) worst = Math.min(worst, SEVERITY.indexOf(reportOutcome(item.report)));
  return SEVERITY[worst];
}

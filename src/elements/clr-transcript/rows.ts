/**
 * A transcript's rows: one per entry (so one per nested credential: a course taken twice is two rows), in transcript
 * order (each root, then its children depth-first; entries the association graph does not reach last), and the
 * search and type filter over them; and the outcome each row shows, by its credential's id.
 */
import type { TranscriptEntry, TranscriptView } from '../../model/types.js';
import type { ReportStatus, VerificationReport } from '../../verify/types.js';

export interface TranscriptRow {
  entry: TranscriptEntry;
  depth: number;
  /** The row of the group above it, if any (see rowPath). */
  parent?: TranscriptRow;
}

/** The names of the groups above a row (program ▸ course), for context when filtered. */
export function rowPath(row: TranscriptRow): string[] {
  const path: string[] = [];
  for (let above = row.parent; above; above = above.parent) path.unshift(above.entry.credential.title);
  return path;
}

export function transcriptRows(view: TranscriptView): TranscriptRow[] {
  // Children name achievements; every entry for an achievement (every attempt at a course) is a row.
  const byAchievement = new Map<string, TranscriptEntry[]>();
  for (const entry of view.entries) byAchievement.set(entry.achievementId, [...(byAchievement.get(entry.achievementId) ?? []), entry]);
  const rows: TranscriptRow[] = [];
  const seen = new Set<string>();
  // Depth-first with an explicit stack: a deep or cyclic association graph can't overflow the call stack.
  const walk = (rootId: string) => {
    const stack: Array<{ id: string; parent?: TranscriptRow }> = [{ id: rootId }];
    while (stack.length) {
      const { id, parent } = stack.pop()!;
      const entries = byAchievement.get(id);
      if (!entries || seen.has(id)) continue;
      seen.add(id);
      let first: TranscriptRow | undefined;
      for (const entry of entries) {
        const row: TranscriptRow = parent ? { entry, depth: parent.depth + 1, parent } : { entry, depth: 0 };
        first ??= row;
        rows.push(row);
      }
      // The children go under the first entry (the entries for one achievement share its children).
      const children = first!.entry.children;
      for (let index = children.length - 1; index >= 0; index--) stack.push({ id: children[index]!, parent: first! });
    }
  };
  for (const root of view.roots) walk(root);
  for (const entry of view.entries) walk(entry.achievementId);
  return rows;
}

/** The keys of the rows matching a search (title, description, type, term, results; any case; type and term also in the reader's words) and an achievement type. */
export function matchingRows(
  rows: TranscriptRow[],
  query: string,
  type: string,
  typeLabel: (type: string) => string = (name) => name,
  termLabel: (term: string) => string = (name) => name,
): Set<string> {
  const wanted = query.trim().toLowerCase();
  const keys = new Set<string>();
  for (const { entry } of rows) {
    const credential = entry.credential;
    if (type && credential.achievementType !== type) continue;
    if (wanted) {
      const kind = credential.achievementType;
      const text = [credential.title, credential.description, kind, kind && typeLabel(kind), entry.term, entry.term && termLabel(entry.term), ...credential.results.map((result) => result.value)]
        .filter(Boolean)
        .join(' ')
        .toLowerCase();
      if (!text.includes(wanted)) continue;
    }
    keys.add(entry.key);
  }
  return keys;
}

/** The achievement types in a transcript, sorted, for the type filter. */
export function achievementTypes(view: TranscriptView): string[] {
  return [...new Set(view.entries.map((entry) => entry.credential.achievementType).filter((type): type is string => !!type))].sort();
}

/** Most severe first, as the engine ranks a record's parts. */
const SEVERITY: readonly ReportStatus[] = ['failed', 'unverifiable', 'warning', 'verified'];

/**
 * Records a nested credential's outcome under its id. Rows are matched to outcomes by id, and two credentials may
 * share one (an issuer reusing it, or a record built to pass one off as the other): the id then shows the most
 * severe of their outcomes, never the better one on the other's row.
 */
export function withOutcome(map: Map<string, { status: ReportStatus; report: VerificationReport }>, report: VerificationReport) {
  const id = report.summary.id;
  if (!id) return map;
  const known = map.get(id);
  if (!known || SEVERITY.indexOf(report.status) < SEVERITY.indexOf(known.status)) map.set(id, { status: report.status, report });
  return map;
}

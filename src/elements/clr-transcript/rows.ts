/**
 * A transcript's rows: the achievements in transcript order (each root, then its children depth-first; entries the
 * association graph does not reach last), and the search and type filter over them.
 */
import type { TranscriptEntry, TranscriptView } from '../../model/types.js';

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
  const byId = new Map(view.entries.map((entry) => [entry.achievementId, entry]));
  const rows: TranscriptRow[] = [];
  const seen = new Set<string>();
  // Depth-first with an explicit stack: a deep or cyclic association graph can't overflow the call stack.
  const visit = (rootId: string) => {
    const stack: Array<{ id: string; parent?: TranscriptRow }> = [{ id: rootId }];
    while (stack.length) {
      const { id, parent } = stack.pop()!;
      const entry = byId.get(id);
      if (!entry || seen.has(id)) continue;
      seen.add(id);
      const row: TranscriptRow = parent ? { entry, depth: parent.depth + 1, parent } : { entry, depth: 0 };
      rows.push(row);
      for (let index = entry.children.length - 1; index >= 0; index--) stack.push({ id: entry.children[index]!, parent: row });
    }
  };
  for (const root of view.roots) visit(root);
  for (const entry of view.entries) visit(entry.achievementId);
  return rows;
}

/** The rows matching a search (title, description, type, term, results; any case) and an achievement type. */
export function filterRows(rows: TranscriptRow[], query: string, type: string): TranscriptRow[] {
  const wanted = query.trim().toLowerCase();
  if (!wanted && !type) return rows;
  return rows.filter(({ entry }) => {
    const credential = entry.credential;
    if (type && credential.achievementType !== type) return false;
    if (!wanted) return true;
    const text = [credential.title, credential.description, credential.achievementType, entry.term, ...credential.results.map((result) => result.value)]
      .filter(Boolean)
      .join(' ')
      .toLowerCase();
    return text.includes(wanted);
  });
}

/** The achievement types in a transcript, sorted, for the type filter. */
export function achievementTypes(view: TranscriptView): string[] {
  return [...new Set(view.entries.map((entry) => entry.credential.achievementType).filter((type): type is string => !!type))].sort();
}

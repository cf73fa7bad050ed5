/**
 * A CLR 2.0 ClrCredential to a TranscriptView: each nested credential as an entry, the association graph as
 * parent → children, and credit totals overall and per term.
 */
import { credentialOfJws } from '../shape/jws.js';
import { credentialViewFromOb3, issuerOf, recipientOf, type Ob3MapOptions } from './ob3.js';
import type { AssociationView, CredentialView, TranscriptEntry, TranscriptView } from './types.js';
import { id, isObject, isoDate, list, objects, text, type JsonObject } from './values.js';

/** Term used for credits whose term cannot be found. */
export const UNSCHEDULED_TERM = 'Unscheduled';

export function transcriptFromClr(input: JsonObject | string, options: Ob3MapOptions = {}): TranscriptView {
  const clr = (typeof input === 'string' ? credentialOfJws(input) : input) ?? {};
  const language = options.language ?? 'en';
  const subject = objects(clr['credentialSubject'])[0] ?? {};

  const entries = entriesOf(subject, options);
  const associations = objects(subject['association'])
    .map((item): AssociationView | undefined => {
      const source = id(item['sourceId']);
      const target = id(item['targetId']);
      const type = text(item['associationType']);
      return source && target && type ? { type, source, target } : undefined;
    })
    .filter((item): item is AssociationView => !!item);
  const roots = linkChildren(entries, associations);

  const transcript: TranscriptView = {
    id: id(clr['id']) ?? 'urn:clr:unknown',
    title: text(clr['name'], language) ?? 'Comprehensive Learner Record',
    learner: recipientOf(subject) ?? {},
    issuer: issuerOf(clr['issuer'], language) ?? { name: 'Unknown issuer' },
    entries,
    roots,
    associations,
    credits: creditsOf(entries),
    raw: isObject(input) ? input : clr,
  };
  const issued = isoDate(clr['validFrom']) ?? isoDate(clr['issuanceDate']) ?? isoDate(clr['awardedDate']);
  if (issued) transcript.issued = issued;
  return transcript;
}

/** One entry per achievement: from its nested credential, or from the bare achievement when none asserts it. */
function entriesOf(subject: JsonObject, options: Ob3MapOptions): TranscriptEntry[] {
  const entries: TranscriptEntry[] = [];
  const seen = new Set<string>();
  const add = (achievementId: string, credential: CredentialView) => {
    if (seen.has(achievementId)) return;
    seen.add(achievementId);
    const entry: TranscriptEntry = { achievementId, credential, children: [] };
    if (credential.term) entry.term = credential.term;
    entries.push(entry);
  };

  for (const nested of list(subject['verifiableCredential'])) {
    if (typeof nested !== 'string' && !isObject(nested)) continue;
    const credential = credentialViewFromOb3(nested, options);
    const decoded = typeof nested === 'string' ? credentialOfJws(nested) : nested;
    const achievement = objects(objects(decoded?.['credentialSubject'])[0]?.['achievement'])[0];
    add(id(achievement?.['id']) ?? credential.id, credential);
  }
  for (const achievement of objects(subject['achievement'])) {
    const achievementId = id(achievement['id']);
    if (!achievementId || seen.has(achievementId)) continue;
    const bare = credentialViewFromOb3({ id: achievementId, credentialSubject: { achievement } }, options);
    delete bare.verifiable;
    bare.raw = achievement;
    add(achievementId, bare);
  }
  return entries;
}

/**
 * Fills `children` from the hierarchy associations (isParentOf, isChildOf, isPartOf) and returns the roots.
 * Other associations (precedes, isPeerOf, …) stay in `associations` only.
 */
function linkChildren(entries: TranscriptEntry[], associations: AssociationView[]): string[] {
  const byId = new Map(entries.map((entry) => [entry.achievementId, entry]));
  const hasParent = new Set<string>();
  const link = (parentId: string, childId: string) => {
    const parent = byId.get(parentId);
    if (!parent || !byId.has(childId) || parentId === childId || parent.children.includes(childId)) return;
    if (reaches(byId, childId, parentId)) return; // a cycle would make the tree endless
    parent.children.push(childId);
    hasParent.add(childId);
  };
  for (const { type, source, target } of associations) {
    if (type === 'isParentOf') link(source, target);
    else if (type === 'isChildOf' || type === 'isPartOf') link(target, source);
  }
  return entries.filter((entry) => !hasParent.has(entry.achievementId)).map((entry) => entry.achievementId);
}

function reaches(byId: Map<string, TranscriptEntry>, from: string, to: string, seen = new Set<string>()): boolean {
  if (from === to) return true;
  if (seen.has(from)) return false;
  seen.add(from);
  return (byId.get(from)?.children ?? []).some((child) => reaches(byId, child, to, seen));
}

function creditsOf(entries: TranscriptEntry[]): TranscriptView['credits'] {
  const credits: TranscriptView['credits'] = { total: 0, byTerm: {} };
  for (const entry of entries) {
    const earned = entry.credential.credits;
    if (earned === undefined) continue;
    const term = entry.term ?? UNSCHEDULED_TERM;
    credits.total += earned;
    credits.byTerm[term] = (credits.byTerm[term] ?? 0) + earned;
  }
  return credits;
}

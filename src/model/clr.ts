/**
 * A CLR 2.0 ClrCredential to a TranscriptView: each nested credential as an entry (two for one achievement, a course
 * retaken, are two entries), the association graph as parent → children, and credit totals overall (each
 * achievement once, at its best result) and per term.
 */
import { credentialOfJws } from '../shape/jws.js';
import { bestAttempts } from './grades.js';
import { credentialViewFromOb3, issuerOf, recipientOf, type Ob3MapOptions } from './ob3.js';
import type { AssociationView, CredentialView, RecipientView, TranscriptEntry, TranscriptView } from './types.js';
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
    learner: learnerOf(recipientOf(subject) ?? {}, entries),
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

/**
 * The learner's name and student id, when the record's own subject leaves them out, from its nested credentials:
 * only those about the same subject id, and only when they all agree.
 */
function learnerOf(learner: RecipientView, entries: TranscriptEntry[]): RecipientView {
  if (!learner.id) return learner;
  const same = entries.map((entry) => entry.credential.recipient).filter((recipient) => recipient?.id === learner.id);
  for (const field of ['name', 'studentId'] as const) {
    const values = new Set(same.map((recipient) => recipient?.[field]).filter((value): value is string => !!value));
    if (!learner[field] && values.size === 1) learner[field] = [...values][0]!;
  }
  return learner;
}

/** One entry per nested credential, and one per achievement that no nested credential asserts. */
function entriesOf(subject: JsonObject, options: Ob3MapOptions): TranscriptEntry[] {
  const entries: TranscriptEntry[] = [];
  const seen = new Set<string>();
  const keys = new Set<string>();
  const occurrences = new Map<string, number>();
  const add = (achievementId: string, credential: CredentialView) => {
    seen.add(achievementId);
    const count = (occurrences.get(credential.id) ?? 0) + 1;
    occurrences.set(credential.id, count);
    let key = count === 1 ? credential.id : `${credential.id}#${count}`;
    while (keys.has(key)) key += '#'; // an id that already ends in "#2"
    keys.add(key);
    const entry: TranscriptEntry = { key, achievementId, credential, children: [] };
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
  // Entries for one achievement share its children (every attempt at a course groups its competencies).
  const byId = new Map<string, TranscriptEntry[]>();
  for (const entry of entries) byId.set(entry.achievementId, [...(byId.get(entry.achievementId) ?? []), entry]);
  const hasParent = new Set<string>();
  const link = (parentId: string, childId: string) => {
    const parents = byId.get(parentId);
    if (!parents || !byId.has(childId) || parentId === childId || parents[0]!.children.includes(childId)) return;
    if (reaches(byId, childId, parentId)) return; // a cycle would make the tree endless
    for (const parent of parents) parent.children.push(childId);
    hasParent.add(childId);
  };
  for (const { type, source, target } of associations) {
    if (type === 'isParentOf') link(source, target);
    else if (type === 'isChildOf' || type === 'isPartOf') link(target, source);
  }
  return [...byId.keys()].filter((achievementId) => !hasParent.has(achievementId));
}

function reaches(byId: Map<string, TranscriptEntry[]>, from: string, to: string, seen = new Set<string>()): boolean {
  if (from === to) return true;
  if (seen.has(from)) return false;
  seen.add(from);
  return (byId.get(from)?.[0]?.children ?? []).some((child) => reaches(byId, child, to, seen));
}

/** Earned credits: per term every credential, overall each achievement once, at its best result. */
function creditsOf(entries: TranscriptEntry[]): TranscriptView['credits'] {
  const credits: TranscriptView['credits'] = { total: 0, byTerm: {}, repeats: 0 };
  const counted = bestAttempts(entries);
  for (const entry of entries) {
    const earned = entry.credential.credits;
    if (earned === undefined) continue;
    const term = entry.term ?? UNSCHEDULED_TERM;
    credits.byTerm[term] = (credits.byTerm[term] ?? 0) + earned;
    if (counted.has(entry)) credits.total += earned;
    else credits.repeats += 1;
  }
  return credits;
}

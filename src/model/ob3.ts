/**
 * OB 3.0 credentials (OpenBadgeCredential / AchievementCredential, VC 1.1 and 2.0 shapes, JSON-LD or VC-JWT)
 * to the display model. Tolerant: a missing or odd field is left out, never an error.
 */
import { isPresentation } from '../shape/credential.js';
import { credentialOfJws } from '../shape/jws.js';
import type {
  AlignmentView,
  CredentialView,
  EndorsementView,
  EvidenceView,
  ImageView,
  IssuerView,
  LinkView,
  Provider,
  RecipientView,
  ResultView,
} from './types.js';
import { id, isObject, isoDate, list, number, objects, termOfDate, text, url, type JsonObject } from './values.js';
import { MODEL_LABELS } from './labels.js';

export interface Ob3MapOptions {
  provider?: Provider;
  /** Preferred language for language maps. Default "en". */
  language?: string;
}

export function credentialViewFromOb3(input: JsonObject | string, options: Ob3MapOptions = {}): CredentialView {
  const credential = (typeof input === 'string' ? credentialOfJws(input) : input) ?? {};
  const language = options.language ?? 'en';
  const subject = objects(credential['credentialSubject'])[0] ?? {};
  const achievement = objects(subject['achievement'])[0] ?? {};
  const say = (value: unknown) => text(value, language);

  const view: CredentialView = {
    id: id(credential['id']) ?? id(achievement['id']) ?? 'urn:credential:unknown',
    provider: options.provider ?? 'ob3',
    title: say(achievement['name']) ?? say(credential['name']) ?? (isPresentation(credential) ? 'Verifiable presentation' : 'Untitled credential'),
    results: resultsOf(subject, achievement, language),
    evidence: objects(credential['evidence']).map((item) => evidenceOf(item, language)),
    endorsements: [...objects(credential['endorsement']), ...objects(achievement['endorsement'])].map((item) => endorsementOf(item, language)),
    alignments: objects(achievement['alignment']).map((item) => alignmentOf(item, language)).filter((item): item is AlignmentView => !!item),
    attributes: attributesOf(achievement, language),
    links: [],
    signatories: [],
    tags: list(achievement['tag']).map((tag) => say(tag)).filter((tag): tag is string => !!tag),
    raw: input,
    verifiable: input,
  };

  const description = say(achievement['description']) ?? say(credential['description']);
  if (description) view.description = description;
  const image = imageOf(credential['image'], language) ?? imageOf(achievement['image'], language);
  if (image) view.image = image;
  const achievementType = say(achievement['achievementType']);
  if (achievementType) view.achievementType = achievementType;
  const criteria = criteriaOf(achievement['criteria'], language);
  if (criteria) view.criteria = criteria;
  const issuer = issuerOf(credential['issuer'], language);
  if (issuer) view.issuer = issuer;
  const recipient = recipientOf(subject);
  if (recipient) view.recipient = recipient;
  const issued = isoDate(credential['validFrom']) ?? isoDate(credential['issuanceDate']) ?? isoDate(credential['awardedDate']);
  if (issued) view.issued = issued;
  const expires = isoDate(credential['validUntil']) ?? isoDate(credential['expirationDate']);
  if (expires) view.expires = expires;
  const credits = number(subject['creditsEarned']);
  if (credits !== undefined) view.credits = credits;
  const available = number(achievement['creditsAvailable']);
  if (available !== undefined) view.creditsAvailable = available;
  const awarded = isoDate(credential['awardedDate']);
  if (awarded) view.awarded = awarded;
  const term = termOf(subject, view.results);
  if (term) view.term = term;
  view.links = linksOf(credential, view.image);
  return view;
}

export function imageOf(value: unknown, language = 'en'): ImageView | undefined {
  const href = url(value);
  if (!href) return undefined;
  const alt = isObject(value) ? text(value['caption'], language) : undefined;
  return alt ? { url: href, alt } : { url: href };
}

export function issuerOf(value: unknown, language = 'en'): IssuerView | undefined {
  if (typeof value === 'string') return { id: value, name: value };
  if (!isObject(value)) return undefined;
  const issuerId = id(value['id']);
  const name = text(value['name'], language) ?? issuerId;
  if (!name) return undefined;
  const issuer: IssuerView = { name };
  if (issuerId) issuer.id = issuerId;
  const home = url(value['url']);
  if (home) issuer.url = home;
  const image = imageOf(value['image'], language);
  if (image) issuer.image = image;
  const email = text(value['email']);
  if (email) issuer.email = email;
  const description = text(value['description'], language);
  if (description) issuer.description = description;
  return issuer;
}

/** Identifier types that hold an institution's id for a learner, most specific first. */
const STUDENT_ID_TYPES = ['studentId', 'sisSourcedId', 'institutionSourcedId', 'sourcedId', 'oneRosterSourcedId', 'lisSourcedId', 'identifier'];

/** The learner, from the subject id and any unhashed identifiers (a hashed identity is never shown). */
export function recipientOf(subject: JsonObject): RecipientView | undefined {
  const recipient: RecipientView = {};
  const subjectId = id(subject['id']);
  if (subjectId) recipient.id = subjectId;
  let studentIdRank = STUDENT_ID_TYPES.length;
  for (const identifier of objects(subject['identifier'])) {
    if (identifier['hashed'] === true) continue;
    const value = text(identifier['identityHash']);
    const type = text(identifier['identityType']);
    if (!value) continue;
    if (type === 'name' && !recipient.name) recipient.name = value;
    if (type === 'emailAddress' && !recipient.email) recipient.email = value;
    const rank = STUDENT_ID_TYPES.indexOf(type ?? '');
    if (rank >= 0 && rank < studentIdRank) {
      recipient.studentId = value;
      studentIdRank = rank;
    }
  }
  const name = text(subject['name']);
  if (name && !recipient.name) recipient.name = name;
  const email = text(subject['email']);
  if (email && !recipient.email) recipient.email = email;
  return Object.keys(recipient).length ? recipient : undefined;
}

/** Results, with their label and type looked up in the achievement's result descriptions. */
function resultsOf(subject: JsonObject, achievement: JsonObject, language: string): ResultView[] {
  const descriptions = objects(achievement['resultDescription']);
  return objects(subject['result']).map((result) => {
    const described = descriptions.find((item) => item['id'] !== undefined && item['id'] === result['resultDescription']);
    const levels = objects(described?.['rubricCriterionLevel']);
    const level = levels.find((item) => item['id'] !== undefined && item['id'] === result['achievedLevel']);
    const value = text(result['value'], language) ?? text(level?.['name'], language) ?? text(result['achievedLevel'], language) ?? text(result['status']) ?? '';
    const view: ResultView = { label: text(described?.['name'], language) ?? text(result['name'], language) ?? MODEL_LABELS.result, value };
    const type = text(described?.['resultType']);
    if (type) view.type = type;
    const status = text(result['status']);
    if (status) view.status = status;
    return view;
  });
}

function evidenceOf(item: JsonObject, language: string): EvidenceView {
  const evidence: EvidenceView = {};
  const name = text(item['name'], language);
  if (name) evidence.name = name;
  const description = text(item['description'], language);
  if (description) evidence.description = description;
  const narrative = text(item['narrative'], language);
  if (narrative) evidence.narrative = narrative;
  const link = url(item['id']) ?? url(item['url']);
  if (link) evidence.url = link;
  return evidence;
}

/** An EndorsementCredential (or an OB 2.0-style endorsement) as a name, an endorser and a comment. */
function endorsementOf(item: JsonObject, language: string): EndorsementView {
  const subject = objects(item['credentialSubject'] ?? item['claim'])[0] ?? {};
  const endorsement: EndorsementView = {};
  const name = text(item['name'], language);
  if (name) endorsement.name = name;
  const issuer = issuerOf(item['issuer'], language);
  if (issuer) endorsement.issuer = issuer;
  const comment = text(subject['endorsementComment'], language) ?? text(item['endorsementComment'], language);
  if (comment) endorsement.comment = comment;
  const link = url(item['id']);
  if (link) endorsement.url = link;
  const date = isoDate(item['validFrom']) ?? isoDate(item['issuanceDate']) ?? isoDate(item['issuedOn']);
  if (date) endorsement.date = date;
  return endorsement;
}

/** An alignment (OB 3.0 Alignment, OB 2.0 AlignmentObject: the same terms). */
export function alignmentOf(item: JsonObject, language: string): AlignmentView | undefined {
  const name = text(item['targetName'], language);
  if (!name) return undefined;
  const alignment: AlignmentView = { name };
  const link = url(item['targetUrl']);
  if (link) alignment.url = link;
  const framework = text(item['targetFramework'], language);
  if (framework) alignment.framework = framework;
  const code = text(item['targetCode']);
  if (code) alignment.code = code;
  const description = text(item['targetDescription'], language);
  if (description) alignment.description = description;
  return alignment;
}

/** Criteria: a narrative and a page (OB 2.0 may give the page's URL alone). */
export function criteriaOf(value: unknown, language: string): CredentialView['criteria'] | undefined {
  if (typeof value === 'string') {
    const link = url(value);
    return link ? { url: link } : undefined;
  }
  if (!isObject(value)) return undefined;
  const criteria: NonNullable<CredentialView['criteria']> = {};
  const narrative = text(value['narrative'], language);
  if (narrative) criteria.narrative = narrative;
  const link = url(value['id']);
  if (link) criteria.url = link;
  return Object.keys(criteria).length ? criteria : undefined;
}

/** Achievement facts worth a line: code, field of study, specialization, credits available, level. */
function attributesOf(achievement: JsonObject, language: string): Record<string, string> {
  const attributes: Record<string, string> = {};
  const fields: Array<[string, string]> = [
    ['humanCode', MODEL_LABELS.code],
    ['fieldOfStudy', MODEL_LABELS.fieldOfStudy],
    ['specialization', MODEL_LABELS.specialization],
    ['creditsAvailable', MODEL_LABELS.creditsAvailable],
  ];
  for (const [field, label] of fields) {
    const value = text(achievement[field], language);
    if (value) attributes[label] = value;
  }
  return attributes;
}

function termOf(subject: JsonObject, results: ResultView[]): string | undefined {
  return (
    results.find((result) => /\bterm\b/i.test(result.label))?.value ||
    text(subject['term']) ||
    termOfDate(subject['activityStartDate']) ||
    termOfDate(subject['activityEndDate'])
  );
}

function linksOf(credential: JsonObject, image: ImageView | undefined): LinkView[] {
  const links: LinkView[] = [];
  const page = url(credential['id']);
  if (page) links.push({ rel: 'page', url: page });
  if (image) links.push({ rel: 'badge-image', url: image.url });
  return links;
}

/**
 * Accredible credentials (v1 and v2 shapes) to the display model. Real responses vary: numeric or string ids,
 * `null`s everywhere, `custom_attibutes` (sic) in older ones, DD/MM/YYYY dates, recipient fields flat (v2) or nested.
 */
import type { CredentialView, EndorsementView, EvidenceView, LinkView, ResultView } from './types.js';
import { MODEL_LABELS } from './labels.js';
import { attributesFrom, display, id, isObject, isoDate, objects, text, url, type JsonObject } from './values.js';

export function credentialViewFromAccredible(input: JsonObject): CredentialView {
  // Accept the response envelope too: { credential: {...} }.
  const credential = isObject(input['credential']) ? input['credential'] : input;
  const group = isObject(credential['group']) ? credential['group'] : {};
  const badgeImage = url(nested(credential, 'badge', 'image', 'preview')) ?? url(nested(credential, 'badge', 'image', 'original'));
  const certificateImage = url(nested(credential, 'certificate', 'image', 'preview')) ?? url(nested(credential, 'certificate', 'image', 'original'));

  const view: CredentialView = {
    id: id(credential['id']) ?? id(credential['encoded_id']) ?? id(credential['uuid']) ?? 'accredible:unknown',
    provider: 'accredible',
    title: text(credential['name']) ?? text(group['course_name']) ?? text(credential['group_name']) ?? 'Untitled credential',
    achievementType: certificateImage ? 'Certificate' : 'Badge',
    results: resultsOf(credential),
    evidence: objects(credential['evidence_items']).filter((item) => item['type'] !== 'grade').map(evidenceOf),
    endorsements: objects(credential['references']).map(referenceOf),
    alignments: [],
    attributes: attributesFrom(credential['custom_attributes'] ?? credential['custom_attibutes']),
    links: linksOf(credential, badgeImage, certificateImage),
    signatories: [],
    tags: [],
    raw: input,
  };

  const description = text(credential['description']);
  if (description) view.description = description;
  const image = badgeImage ?? certificateImage ?? url(credential['seo_image']);
  if (image) view.image = { url: image, alt: view.title };
  const issuer = objects(credential['issuer'])[0];
  const issuerName = text(issuer?.['name']);
  if (issuer && issuerName) {
    view.issuer = { name: issuerName };
    const issuerId = id(issuer['id']) ?? id(credential['issuer_id']);
    if (issuerId) view.issuer.id = issuerId;
    const home = url(issuer['url']);
    if (home) view.issuer.url = home;
    const about = text(issuer['description']);
    if (about) view.issuer.description = about;
  }
  const recipient = objects(credential['recipient'])[0] ?? {};
  const name = text(recipient['name']) ?? text(credential['recipient_name']);
  const email = text(recipient['email']) ?? text(credential['recipient_email']);
  const recipientId = id(recipient['id']) ?? id(credential['recipient_id']);
  if (name || email || recipientId) {
    view.recipient = {};
    if (name) view.recipient.name = name;
    if (email) view.recipient.email = email;
    if (recipientId) view.recipient.id = recipientId;
  }
  const issued = isoDate(credential['issued_on']) ?? isoDate(credential['published_on']);
  if (issued) view.issued = issued;
  const expires = isoDate(credential['expired_on']);
  if (expires) view.expires = expires;
  const groupName = text(group['name']) ?? text(credential['group_name']);
  const groupId = id(group['id']) ?? id(credential['group_id']);
  if (groupName || groupId) {
    view.group = {};
    if (groupId) view.group.id = groupId;
    if (groupName) view.group.name = groupName;
    const badgeDesign = id(group['badge_design_id']) ?? id(credential['badge_design_id']);
    if (badgeDesign) view.group.badgeDesignId = badgeDesign;
    const certificateDesign = id(group['certificate_design_id']) ?? id(credential['certificate_design_id']);
    if (certificateDesign) view.group.certificateDesignId = certificateDesign;
    if (groupName) view.tags.push(groupName);
  }
  return view;
}

function nested(value: unknown, ...path: string[]): unknown {
  let current = value;
  for (const key of path) current = isObject(current) ? current[key] : undefined;
  return current;
}

/** The credential's grade, then each "grade" evidence item. */
function resultsOf(credential: JsonObject): ResultView[] {
  const results: ResultView[] = [];
  const grade = display(credential['grade']);
  if (grade) results.push({ label: MODEL_LABELS.grade, value: grade });
  for (const item of objects(credential['evidence_items'])) {
    if (item['type'] !== 'grade') continue;
    const value = display(nested(item, 'string_object', 'grade') ?? item['string_object']);
    if (value) results.push({ label: text(item['description']) ?? MODEL_LABELS.grade, value });
  }
  return results;
}

function evidenceOf(item: JsonObject): EvidenceView {
  const evidence: EvidenceView = {};
  const description = text(item['description']);
  if (description) evidence.name = description;
  const body = text(nested(item, 'string_object', 'text')) ?? (typeof item['string_object'] === 'string' ? text(item['string_object']) : undefined);
  if (body) evidence.narrative = body;
  const link = url(item['link_url']) ?? url(item['url']) ?? url(item['file']) ?? url(item['preview_image_url']);
  if (link) evidence.url = link;
  return evidence;
}

/** A reference is a person vouching for the recipient: shown as an endorsement. */
function referenceOf(item: JsonObject): EndorsementView {
  const referee = objects(item['referee'])[0] ?? {};
  const endorsement: EndorsementView = {};
  const name = text(referee['name']);
  if (name) {
    endorsement.name = name;
    endorsement.issuer = { name };
    const avatar = url(referee['avatar']);
    if (avatar) endorsement.issuer.image = { url: avatar, alt: name };
    const home = url(referee['url']);
    if (home) endorsement.issuer.url = home;
  }
  const comment = text(item['description']);
  if (comment) endorsement.comment = comment;
  const relationship = text(item['relationship']);
  if (relationship) endorsement.relationship = relationship;
  const link = url(referee['url']);
  if (link) endorsement.url = link;
  return endorsement;
}

function linksOf(credential: JsonObject, badgeImage: string | undefined, certificateImage: string | undefined): LinkView[] {
  const links: LinkView[] = [];
  const page = url(credential['url']);
  if (page) links.push({ rel: 'page', url: page, label: 'View credential' });
  if (badgeImage) links.push({ rel: 'badge-image', url: badgeImage });
  if (certificateImage) links.push({ rel: 'certificate-image', url: certificateImage });
  const course = url(credential['course_link']);
  if (course) links.push({ rel: 'other', url: course, label: 'Course' });
  return links;
}

/**
 * ibl.ai credentials to the display model: a credential entity (name, images, issuerDetails, signatories,
 * html/css certificate template, expires, metadata), an assertion (issuedOn, recipient, credentialDetails), or the
 * short `Credential` summary of the OpenAPI schema (credential_id, credential_url, issued_on, expires_at).
 */
import type { CredentialView, LinkView, SignatoryView } from './types.js';
import { MODEL_LABELS } from './labels.js';
import { attributesFrom, display, id, isObject, isoDate, list, number, objects, text, url, type JsonObject } from './values.js';

export function credentialViewFromIbl(input: JsonObject): CredentialView {
  // An assertion wraps the credential entity in `credentialDetails`; a `{status, result}` envelope wraps either.
  const unwrapped = isObject(input['result']) && 'status' in input ? input['result'] : input;
  const details = isObject(unwrapped['credentialDetails']) ? unwrapped['credentialDetails'] : {};
  const entity: JsonObject = { ...details, ...withoutNulls(unwrapped) };
  const assertion = 'credentialDetails' in unwrapped || 'issuedOn' in unwrapped;

  const view: CredentialView = {
    id: id(entity['entityId']) ?? id(entity['credential_id']) ?? id(entity['entity_id']) ?? 'ibl:unknown',
    provider: 'ibl',
    title: text(entity['name_override']) ?? text(entity['name']) ?? 'Untitled credential',
    results: [],
    evidence: [],
    endorsements: [],
    alignments: [],
    attributes: attributesFrom(entity['metadata']),
    links: linksOf(entity),
    signatories: objects(entity['signatories']).map(signatoryOf).filter((item): item is SignatoryView => !!item),
    tags: list(entity['tags']).map(display).filter((tag): tag is string => !!tag),
    raw: input,
  };

  const description = text(entity['description']);
  if (description) view.description = description;
  const image = url(entity['iconImage']) ?? url(entity['thumbnailImage']);
  if (image) view.image = { url: image, alt: view.title };
  const type = text(entity['credentialType']) ?? text(entity['credential_type']);
  if (type) view.achievementType = type;
  const narrative = text(entity['criteriaNarrative']);
  const criteriaUrl = url(entity['criteriaUrl']);
  if (narrative || criteriaUrl) {
    view.criteria = {};
    // The schema types criteriaNarrative as a URL; real data holds text. Take it as a link only when it is one.
    if (narrative && url(narrative)) view.criteria.url = narrative;
    else if (narrative) view.criteria.narrative = narrative;
    if (criteriaUrl) view.criteria.url = criteriaUrl;
  }
  const issuer = issuerOf(entity);
  if (issuer) view.issuer = issuer;
  const recipient = objects(unwrapped['recipient'])[0];
  if (recipient) {
    // The assertion's recipient is a free-form map: a full name where there is one, else first and last, else the username.
    const parts = [text(recipient['first_name']), text(recipient['last_name'])].filter((part): part is string => !!part);
    const name = text(recipient['name']) ?? text(recipient['full_name']) ?? (parts.length ? parts.join(' ') : undefined) ?? text(recipient['username']);
    const email = text(recipient['email']);
    if (name || email) {
      view.recipient = {};
      if (name) view.recipient.name = name;
      if (email) view.recipient.email = email;
    }
  }
  const metadata = objects(entity['metadata'])[0] ?? {};
  const issued = isoDate(entity['issuedOn']) ?? isoDate(entity['issued_on']) ?? isoDate(metadata['issued_on']);
  if (issued) view.issued = issued;
  const expires = isoDate(entity['expires']) ?? isoDate(entity['expires_at']);
  if (expires) view.expires = expires;
  const validity = durationOf(entity['expires']);
  if (validity) {
    view.attributes[MODEL_LABELS.validFor] = validity.label;
    const end = !view.expires && view.issued ? addDuration(view.issued, validity) : undefined;
    if (end) view.expires = end;
  }
  const html = typeof entity['html_template'] === 'string' ? entity['html_template'].trim() : '';
  if (html) {
    view.template = { html };
    const css = typeof entity['css_template'] === 'string' ? entity['css_template'].trim() : '';
    if (css) view.template.css = css;
  }
  const program = text(entity['programs']) ?? text(objects(entity['program'])[0]?.['name']);
  if (program) view.group = { name: program };
  if (typeof entity['revoked'] === 'boolean') view.revoked = entity['revoked'];
  const narrativeOfAssertion = assertion ? text(unwrapped['narrative']) : undefined;
  if (narrativeOfAssertion) view.evidence.push({ narrative: narrativeOfAssertion });
  const credits = number(metadata['credits']);
  if (credits !== undefined) view.credits = credits;
  return view;
}

function withoutNulls(object: JsonObject): JsonObject {
  return Object.fromEntries(Object.entries(object).filter(([, value]) => value !== null && value !== undefined));
}

/** issuerDetails is a free-form map: name, url, email, image (or logo) when present; a bare `issuer` name otherwise. */
function issuerOf(entity: JsonObject): CredentialView['issuer'] | undefined {
  const details = objects(entity['issuerDetails'])[0] ?? {};
  const name = text(details['name']) ?? text(details['issuer_name']) ?? text(entity['issuer']);
  if (!name) return undefined;
  const issuer: NonNullable<CredentialView['issuer']> = { name };
  const home = url(details['url']) ?? url(details['website']);
  if (home) issuer.url = home;
  const email = text(details['email']);
  if (email) issuer.email = email;
  const image = url(details['image']) ?? url(details['logo']);
  if (image) issuer.image = { url: image, alt: name };
  const issuerId = id(details['entityId']) ?? id(details['id']);
  if (issuerId) issuer.id = issuerId;
  return issuer;
}

function signatoryOf(item: JsonObject): SignatoryView | undefined {
  const name = text(item['name']);
  if (!name) return undefined;
  const signatory: SignatoryView = { name };
  const title = text(item['title']) ?? text(item['position']) ?? text(item['designation']);
  if (title) signatory.title = title;
  const image = url(item['image']) ?? url(item['signature']) ?? url(item['signature_image']);
  if (image) signatory.image = { url: image, alt: `Signature of ${name}` };
  return signatory;
}

interface Duration {
  label: string;
  years: number;
  months: number;
  days: number;
}

/** `expires` as a validity period ({ years: 3 } → "3 years"), when it is one rather than a date. */
function durationOf(value: unknown): Duration | undefined {
  if (!isObject(value)) return undefined;
  const amount = (unit: string) => Math.max(0, Math.floor(number(value[unit]) ?? 0));
  const duration = { years: amount('years'), months: amount('months'), days: amount('days') + 7 * amount('weeks') };
  const parts = Object.entries(duration)
    .filter(([, count]) => count > 0)
    .map(([unit, count]) => `${count} ${count === 1 ? unit.slice(0, -1) : unit}`);
  return parts.length ? { label: parts.join(' '), ...duration } : undefined;
}

function addDuration(isoDay: string, duration: Duration): string | undefined {
  const date = new Date(isoDay.length === 10 ? `${isoDay}T00:00:00Z` : isoDay);
  if (Number.isNaN(date.getTime())) return undefined;
  date.setUTCFullYear(date.getUTCFullYear() + duration.years, date.getUTCMonth() + duration.months, date.getUTCDate() + duration.days);
  return isoDay.length === 10 ? date.toISOString().slice(0, 10) : date.toISOString();
}

function linksOf(entity: JsonObject): LinkView[] {
  const links: LinkView[] = [];
  const page = url(entity['credential_url']);
  if (page) links.push({ rel: 'page', url: page });
  const badge = url(entity['iconImage']);
  if (badge) links.push({ rel: 'badge-image', url: badge });
  const certificate = url(entity['thumbnailImage']) ?? url(entity['backgroundImage']);
  if (certificate) links.push({ rel: 'certificate-image', url: certificate });
  return links;
}

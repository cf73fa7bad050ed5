/**
 * Open Badges 2.0 assertions to the display model: the BadgeClass's name, image, description, criteria, alignments
 * and tags, its Issuer, the dates, evidence and recipient. Reads an assertion as the verifier reports it (its view,
 * with `badge` and `badge.issuer` embedded as their own addresses serve them), or as given before verification (its
 * JSON, or a JWS whose payload it is; a BadgeClass named only by its URL is then not known yet). Tolerant: a
 * missing or odd field is left out, never an error.
 */
import { readJwsPayload } from '../shape/jws.js';
import { alignmentOf, criteriaOf, imageOf, issuerOf } from './ob3.js';
import type { AlignmentView, CredentialView, EvidenceView, LinkView, RecipientView } from './types.js';
import { id, isObject, isoDate, list, objects, text, url, type JsonObject } from './values.js';

export interface Ob2MapOptions {
  /** Preferred language for language-tagged values. Default "en". */
  language?: string;
}

/** The recipient, when the assertion names them in plain text (a hashed identity is never shown). */
function recipientOf(recipient: unknown): RecipientView | undefined {
  const value = objects(recipient)[0];
  if (!value || value['hashed'] === true || value['hashed'] === 'true') return undefined;
  const identity = text(value['identity']);
  if (!identity) return undefined;
  return value['type'] === 'email' || (value['type'] === undefined && identity.includes('@')) ? { email: identity.replace(/^mailto:/i, '') } : { id: identity };
}

function evidenceOf(item: unknown, language: string): EvidenceView | undefined {
  if (typeof item === 'string') return url(item) ? { url: item } : undefined;
  if (!isObject(item)) return undefined;
  const evidence: EvidenceView = {};
  const name = text(item['name'], language);
  if (name) evidence.name = name;
  const description = text(item['description'], language);
  if (description) evidence.description = description;
  const narrative = text(item['narrative'], language);
  if (narrative) evidence.narrative = narrative;
  const link = url(item['id']);
  if (link) evidence.url = link;
  return Object.keys(evidence).length ? evidence : undefined;
}

export function credentialViewFromOb2(input: JsonObject | string, options: Ob2MapOptions = {}): CredentialView {
  const assertion = (typeof input === 'string' ? readJwsPayload(input) : input) ?? {};
  const language = options.language ?? 'en';
  const badge = objects(assertion['badge'])[0] ?? {};
  const say = (value: unknown) => text(value, language);

  const view: CredentialView = {
    id: id(assertion['id']) ?? id(badge['id']) ?? 'urn:credential:unknown',
    provider: 'ob2',
    title: say(badge['name']) ?? 'Untitled badge',
    results: [],
    evidence: [...list(assertion['evidence']).map((item) => evidenceOf(item, language)).filter((item): item is EvidenceView => !!item)],
    endorsements: [],
    alignments: objects(badge['alignment']).map((item) => alignmentOf(item, language)).filter((item): item is AlignmentView => !!item),
    attributes: {},
    links: [],
    signatories: [],
    tags: list(badge['tags']).map((tag) => say(tag)).filter((tag): tag is string => !!tag),
    raw: input,
    verifiable: input,
  };
  // The assertion's own narrative: how this recipient met the criteria.
  const narrative = say(assertion['narrative']);
  if (narrative) view.evidence.unshift({ narrative });
  const description = say(badge['description']);
  if (description) view.description = description;
  const image = imageOf(badge['image'], language) ?? imageOf(assertion['image'], language);
  if (image) view.image = image;
  const criteria = criteriaOf(badge['criteria'], language);
  if (criteria) view.criteria = criteria;
  const issuer = issuerOf(badge['issuer'], language);
  if (issuer) view.issuer = issuer;
  const recipient = recipientOf(assertion['recipient']);
  if (recipient) view.recipient = recipient;
  const issued = isoDate(assertion['issuedOn']);
  if (issued) view.issued = issued;
  const expires = isoDate(assertion['expires']);
  if (expires) view.expires = expires;
  const links: LinkView[] = [];
  const page = url(assertion['id']);
  if (page) links.push({ rel: 'page', url: page });
  if (image) links.push({ rel: 'badge-image', url: image.url });
  view.links = links;
  return view;
}

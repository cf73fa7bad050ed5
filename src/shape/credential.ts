/**
 * Readers for the fields of a credential that every layer looks at, whatever its shape: VC 1.1 or 2.0, an issuer
 * as a string or an object, one value or a list. They read a raw credential (shown before verification) and the
 * engine's view of its signed meaning (after) alike. A single-valued term is read as all its distinct values, so
 * that a caller can tell one value from two.
 */
import { distinct, isObject, objectsOf, oneOrMany, type JsonObject } from './json.js';
import { text } from './text.js';

export type Scalar = string | number | boolean;

/** A value object's @value; anything else as it is. */
const unwrap = (value: unknown) => (isObject(value) && '@value' in value ? value['@value'] : value);

/** The distinct strings, numbers and booleans of a one-or-many value (value objects as their @value). */
export function scalarsOf(value: unknown): Scalar[] {
  return distinct(oneOrMany(value).map(unwrap).filter((item): item is Scalar => ['string', 'number', 'boolean'].includes(typeof item)));
}

/** The distinct strings of a one-or-many value. */
export const stringsOf = (value: unknown): string[] => scalarsOf(value).filter((item): item is string => typeof item === 'string');

/** A node's id, given as a string or as an object with `id`. */
export function idOf(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (isObject(value)) return typeof value['id'] === 'string' ? value['id'] : typeof value['@id'] === 'string' ? value['@id'] : undefined;
  return undefined;
}

/** The distinct node ids of a one-or-many value. */
export const idsOf = (value: unknown): string[] => distinct(oneOrMany(value).map(idOf).filter((id): id is string => id !== undefined));

export const types = (node: JsonObject): string[] => stringsOf(node['type']);

export const issuerIds = (credential: JsonObject): string[] => idsOf(credential['issuer']);
export const issuerId = (credential: JsonObject): string | undefined => issuerIds(credential)[0];

export function issuerName(credential: JsonObject, language?: string): string | undefined {
  const issuer = objectsOf(credential['issuer'])[0];
  return issuer ? text(issuer['name'], language) : undefined;
}

export const subjects = (credential: JsonObject): JsonObject[] => objectsOf(credential['credentialSubject']);

/** validFrom (VC 2.0), else issuanceDate (VC 1.1): every distinct value. */
export function validFromValues(credential: JsonObject): string[] {
  const values = stringsOf(credential['validFrom']);
  return values.length ? values : stringsOf(credential['issuanceDate']);
}

/** validUntil (VC 2.0), else expirationDate (VC 1.1): every distinct value. */
export function validUntilValues(credential: JsonObject): string[] {
  const values = stringsOf(credential['validUntil']);
  return values.length ? values : stringsOf(credential['expirationDate']);
}

export const validFrom = (credential: JsonObject): string | undefined => validFromValues(credential)[0];
export const validUntil = (credential: JsonObject): string | undefined => validUntilValues(credential)[0];

export const statusEntries = (credential: JsonObject): JsonObject[] => objectsOf(credential['credentialStatus']);

/** The achievements a subject asserts (one for an OB AchievementSubject; a CLR subject lists many). */
export const achievementsOf = (subject: JsonObject): JsonObject[] => objectsOf(subject['achievement']);

/**
 * What an EnvelopedVerifiableCredential (or Presentation) carries: VC 2.0 puts a secured credential (a VC-JOSE JWT,
 * say) in the `data:` URL that is its id. The media type and the text; undefined when the node is no such envelope.
 */
export function envelopedContent(node: JsonObject): { mediaType: string; data: string; base64: boolean } | undefined {
  const enveloped = types(node).some((type) => type === 'EnvelopedVerifiableCredential' || type === 'EnvelopedVerifiablePresentation');
  const id = idOf(node);
  const match = enveloped && id ? /^data:([^,;]*)((?:;[^,;]*)*),(.*)$/s.exec(id) : null;
  return match ? { mediaType: match[1]!.toLowerCase(), data: match[3]!, base64: /;base64$/i.test(match[2]!) } : undefined;
}

/** A VerifiablePresentation (and not a credential typed both ways): what holders share, credentials inside. */
export const isPresentation = (node: JsonObject): boolean => types(node).includes('VerifiablePresentation') && !types(node).includes('VerifiableCredential');

/** Where a credential carries other credentials: a ClrCredential's entries, and endorsements (JSON or JWT); a presentation its credentials. */
export interface NestedLocations {
  /** A VerifiablePresentation's verifiableCredential entries (objects, VC-JWT strings, enveloped credentials). */
  presented: unknown[];
  /** A ClrCredential subject's verifiableCredential entries (objects or VC-JWT strings). */
  entries: unknown[];
  /** EndorsementCredentials, on the credential and on its subjects' achievements. */
  endorsements: unknown[];
  /** endorsementJwt values, in the same places. */
  endorsementJwts: unknown[];
}

const credentialLike = (value: unknown) => typeof value === 'string' || isObject(value);

export function nestedLocations(credential: JsonObject): NestedLocations {
  const found: NestedLocations = { presented: isPresentation(credential) ? oneOrMany(credential['verifiableCredential']) : [], entries: [], endorsements: [], endorsementJwts: [] };
  const isClr = types(credential).includes('ClrCredential');
  for (const subject of subjects(credential)) {
    if (isClr) found.entries.push(...oneOrMany(subject['verifiableCredential']));
    for (const achievement of achievementsOf(subject)) {
      found.endorsements.push(...oneOrMany(achievement['endorsement']));
      found.endorsementJwts.push(...oneOrMany(achievement['endorsementJwt']));
    }
  }
  found.endorsements.push(...oneOrMany(credential['endorsement']));
  found.endorsementJwts.push(...oneOrMany(credential['endorsementJwt']));
  return { presented: found.presented.filter(credentialLike), entries: found.entries.filter(credentialLike), endorsements: found.endorsements.filter(credentialLike), endorsementJwts: found.endorsementJwts.filter(credentialLike) };
}

/** The nested credentials, as inputs the engine accepts (objects or VC-JWT strings), in document order. */
export function nestedCredentials(credential: JsonObject): unknown[] {
  const { presented, entries, endorsements, endorsementJwts } = nestedLocations(credential);
  return [...presented, ...entries, ...endorsements, ...endorsementJwts];
}

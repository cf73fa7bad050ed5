/** Reading the common fields of a credential, whatever its shape (VC 1.1 or 2.0; issuer as string or object). */

type Json = Record<string, unknown>;

export const asArray = <T = unknown>(value: unknown): T[] => (value === undefined || value === null ? [] : Array.isArray(value) ? value : [value]) as T[];

export function issuerId(credential: Json): string | undefined {
  const issuer = credential.issuer;
  if (typeof issuer === 'string') return issuer;
  if (issuer && typeof issuer === 'object' && typeof (issuer as Json).id === 'string') return (issuer as Json).id as string;
  return undefined;
}

export function issuerName(credential: Json): string | undefined {
  const issuer = credential.issuer as Json | string | undefined;
  return issuer && typeof issuer === 'object' ? displayText(issuer.name) : undefined;
}

/** A name or description: a string, or a JSON-LD language map / value object. */
export function displayText(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) return displayText(value[0]);
  if (value && typeof value === 'object') {
    const object = value as Json;
    if (typeof object['@value'] === 'string') return object['@value'];
    const first = Object.values(object).find((entry) => typeof entry === 'string');
    return first as string | undefined;
  }
  return undefined;
}

export function types(credential: Json): string[] {
  return asArray(credential.type).filter((entry): entry is string => typeof entry === 'string');
}

export function subjects(credential: Json): Json[] {
  return asArray<Json>(credential.credentialSubject).filter((subject) => !!subject && typeof subject === 'object');
}

export function validFrom(credential: Json): string | undefined {
  const value = credential.validFrom ?? credential.issuanceDate;
  return typeof value === 'string' ? value : undefined;
}

export function validUntil(credential: Json): string | undefined {
  const value = credential.validUntil ?? credential.expirationDate;
  return typeof value === 'string' ? value : undefined;
}

/**
 * The Open Badges 2.0 vocabulary, read from the bundled context (https://w3id.org/openbadges/v2): each IRI and the
 * term names the context gives it, so that a document's meaning can be written back with those names (a view, as
 * compaction would write it), and the IRIs of the classes documents are read as.
 */
import { OB2_CONTEXT } from '../../shape/ob2.js';
import { bundledContexts } from '../contexts/index.js';

export { OB2_CONTEXT };

const OBI = 'https://w3id.org/openbadges#';
const SEC = 'https://w3id.org/security#';

/** The classes a document is read as, by the IRIs its root node may be typed with (an Issuer is a Profile). */
export const CLASSES = {
  Assertion: [`${OBI}Assertion`],
  BadgeClass: [`${OBI}BadgeClass`],
  Issuer: [`${OBI}Issuer`, `${OBI}Profile`],
  CryptographicKey: [`${SEC}Key`],
  RevocationList: [`${OBI}RevocationList`],
} as const;
export type Ob2Class = keyof typeof CLASSES;

/** A term of the context: its name, and the type its values are coerced to ('@id', or a datatype IRI). */
export interface Term {
  name: string;
  type?: string;
}

let table: Map<string, Term[]> | undefined;

/** IRI → the terms naming it, the preferred first: a full definition before an alias (`verification`, not `verify`). */
function load(): Map<string, Term[]> {
  const context = (bundledContexts.get(OB2_CONTEXT) as { '@context': Record<string, unknown> })['@context'];
  const definitionOf = (name: string) => {
    const value = context[name];
    return typeof value === 'string' ? { '@id': value } : (value as { '@id'?: string; '@type'?: string });
  };
  const expand = (value: string, seen = new Set<string>()): string => {
    if (value.startsWith('@') || seen.has(value)) return value;
    seen.add(value);
    const colon = value.indexOf(':');
    if (colon > 0 && !value.startsWith('//', colon + 1) && context[value.slice(0, colon)] !== undefined) {
      return expand(definitionOf(value.slice(0, colon))['@id'] ?? '', seen) + value.slice(colon + 1);
    }
    // A term whose IRI is another term (`verify` → `verification`).
    return context[value] !== undefined && colon < 0 ? expand(definitionOf(value)['@id'] ?? value, seen) : value;
  };
  const map = new Map<string, Term[]>();
  for (const name of Object.keys(context)) {
    const definition = definitionOf(name);
    const iri = expand(definition['@id'] ?? '');
    if (!iri || iri.startsWith('@') || /[#/]$/.test(iri)) continue; // keyword aliases and prefixes
    const term: Term = { name, ...(definition['@type'] && { type: definition['@type'] === '@id' ? '@id' : expand(definition['@type']) }) };
    map.set(iri, [...(map.get(iri) ?? []), term]);
  }
  const isAlias = (term: Term) => typeof context[term.name] === 'string' && context[String(context[term.name])] !== undefined;
  for (const terms of map.values()) terms.sort((a, b) => Number(isAlias(a)) - Number(isAlias(b)));
  return map;
}

/** The terms naming `iri`, the preferred first (none for an IRI the context does not name). */
export function termsOf(iri: string): Term[] {
  table ??= load();
  return table.get(iri) ?? [];
}

/** A class IRI's name: the capitalised term where there are two (`HostedBadge`, not `hosted`), else the IRI. */
export function className(iri: string): string {
  const terms = termsOf(iri);
  return (terms.find((term) => /^[A-Z]/.test(term.name)) ?? terms[0])?.name ?? iri;
}

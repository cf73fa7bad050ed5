// Equivalent JSON-LD encodings of a signed credential: each writes one term another way and keeps the RDF (and so
// a Data Integrity signature over the canonical RDF) unchanged. The term table is written here by hand from the
// published contexts, independently of the engine's generated vocabulary.
type Json = Record<string, any>;

const XSD_DATE_TIME = 'http://www.w3.org/2001/XMLSchema#dateTime';
const CRED = 'https://www.w3.org/2018/credentials#';
const STATUS = 'https://www.w3.org/ns/credentials/status#';
const SEC = 'https://w3id.org/security#';

/** How a term's value is written when its context's coercion is not there to apply (full IRI keys). */
type Coercion = 'dateTime' | 'id' | 'vocab' | 'plain' | 'node' | 'type';

export interface Term {
  label: string;
  /** The object that holds the term in a credential. */
  holder: (credential: Json) => Json | undefined;
  key: string;
  iri: string;
  coercion: Coercion;
}

const credential = (doc: Json) => doc;
const firstStatus = (doc: Json) => [doc.credentialStatus].flat()[0] as Json | undefined;
const firstProof = (doc: Json) => [doc.proof].flat()[0] as Json | undefined;

export const TERMS: Record<string, Term> = {
  validFrom: { label: 'validFrom', holder: credential, key: 'validFrom', iri: `${CRED}validFrom`, coercion: 'dateTime' },
  validUntil: { label: 'validUntil', holder: credential, key: 'validUntil', iri: `${CRED}validUntil`, coercion: 'dateTime' },
  issuer: { label: 'issuer', holder: credential, key: 'issuer', iri: `${CRED}issuer`, coercion: 'node' },
  name: { label: 'name', holder: credential, key: 'name', iri: 'https://schema.org/name', coercion: 'plain' },
  type: { label: 'type', holder: credential, key: 'type', iri: '@type', coercion: 'type' },
  credentialStatus: { label: 'credentialStatus', holder: credential, key: 'credentialStatus', iri: `${CRED}credentialStatus`, coercion: 'node' },
  statusPurpose: { label: 'status statusPurpose', holder: firstStatus, key: 'statusPurpose', iri: `${STATUS}statusPurpose`, coercion: 'plain' },
  statusListIndex: { label: 'status statusListIndex', holder: firstStatus, key: 'statusListIndex', iri: `${STATUS}statusListIndex`, coercion: 'plain' },
  statusListCredential: { label: 'status statusListCredential', holder: firstStatus, key: 'statusListCredential', iri: `${STATUS}statusListCredential`, coercion: 'id' },
  statusType: { label: 'status type', holder: firstStatus, key: 'type', iri: '@type', coercion: 'type' },
  proofPurpose: { label: 'proof proofPurpose', holder: firstProof, key: 'proofPurpose', iri: `${SEC}proofPurpose`, coercion: 'vocab' },
  verificationMethod: { label: 'proof verificationMethod', holder: firstProof, key: 'verificationMethod', iri: `${SEC}verificationMethod`, coercion: 'id' },
  proofExpires: { label: 'proof expires', holder: firstProof, key: 'expires', iri: `${SEC}expiration`, coercion: 'dateTime' },
  // A presentation's.
  holder: { label: 'holder', holder: credential, key: 'holder', iri: `${CRED}holder`, coercion: 'node' },
  challenge: { label: 'proof challenge', holder: firstProof, key: 'challenge', iri: `${SEC}challenge`, coercion: 'plain' },
  domain: { label: 'proof domain', holder: firstProof, key: 'domain', iri: `${SEC}domain`, coercion: 'plain' },
};

export interface Encoding {
  name: string;
  /** The re-encoded copy, or undefined where this encoding does not apply to the term. */
  apply(doc: Json, term: Term): Json | undefined;
}

const clone = <T>(value: T): T => JSON.parse(JSON.stringify(value));

/** Runs `change` on a copy's holder of `term`; undefined when the credential has no such term. */
function edit(doc: Json, term: Term, change: (holder: Json, copy: Json) => boolean | void): Json | undefined {
  const copy = clone(doc);
  const holder = term.holder(copy);
  if (!holder || !(term.key in holder)) return undefined;
  return change(holder, copy) === false ? undefined : copy;
}

/** Adds an inline context to the credential's @context (after the published ones, which stay protected). */
function addContext(doc: Json, inline: Json) {
  doc['@context'] = [...[doc['@context']].flat(), inline];
}

const VOCAB_TERMS: Record<string, string> = { assertionMethod: `${SEC}assertionMethod`, authentication: `${SEC}authenticationMethod` };

/** The value as the full-IRI key needs it: the context's coercion written out in a value object. */
function explicit(value: unknown, coercion: Coercion): unknown {
  const each = (item: unknown) => {
    if (typeof item !== 'string') return item;
    if (coercion === 'dateTime') return { '@value': item, '@type': XSD_DATE_TIME };
    if (coercion === 'id' || coercion === 'node') return { '@id': item };
    if (coercion === 'vocab') return { '@id': VOCAB_TERMS[item] ?? item };
    return item;
  };
  return Array.isArray(value) ? value.map(each) : each(value);
}

const splitIri = (iri: string) => {
  const at = Math.max(iri.lastIndexOf('#'), iri.lastIndexOf('/')) + 1;
  return [iri.slice(0, at), iri.slice(at)] as const;
};

const aliasDefinition = (term: Term): Json => {
  const type = { dateTime: XSD_DATE_TIME, id: '@id', node: '@id', vocab: '@vocab', plain: undefined, type: undefined }[term.coercion];
  // A vocabulary value is a term of the property's own scoped context, which the alias must carry too.
  const scoped = term.coercion === 'vocab' ? { '@context': Object.fromEntries(Object.entries(VOCAB_TERMS).map(([name, iri]) => [name, { '@id': iri, '@type': '@id' }])) } : {};
  return type ? { '@id': term.iri, '@type': type, ...scoped } : { '@id': term.iri };
};

const notType = (term: Term) => term.coercion !== 'type';

export const ENCODINGS: Encoding[] = [
  {
    name: '@nest',
    apply: (doc, term) =>
      notType(term) ? edit(doc, term, (holder) => {
        holder['@nest'] = { [term.key]: holder[term.key] };
        delete holder[term.key];
      }) : undefined,
  },
  {
    name: 'full IRI key',
    apply: (doc, term) =>
      notType(term) ? edit(doc, term, (holder) => {
        holder[term.iri] = explicit(holder[term.key], term.coercion);
        delete holder[term.key];
      }) : undefined,
  },
  {
    name: 'compact IRI with an inline prefix',
    apply: (doc, term) =>
      notType(term) ? edit(doc, term, (holder, copy) => {
        const [namespace, local] = splitIri(term.iri);
        addContext(copy, { px: namespace });
        holder[`px:${local}`] = explicit(holder[term.key], term.coercion);
        delete holder[term.key];
      }) : undefined,
  },
  {
    name: 'alias in an inline context',
    apply: (doc, term) =>
      notType(term) ? edit(doc, term, (holder, copy) => {
        addContext(copy, { renamedTerm: aliasDefinition(term) });
        holder.renamedTerm = holder[term.key];
        delete holder[term.key];
      }) : undefined,
  },
  {
    name: 'value object',
    apply: (doc, term) =>
      ['dateTime', 'plain', 'id'].includes(term.coercion)
        ? edit(doc, term, (holder) => {
            const value = holder[term.key];
            if (typeof value !== 'string') return false;
            holder[term.key] = term.coercion === 'id' ? { '@id': value } : term.coercion === 'dateTime' ? { '@value': value, '@type': XSD_DATE_TIME } : { '@value': value };
          })
        : undefined,
  },
  {
    name: '@included node, referenced by id',
    apply: (doc, term) =>
      term.coercion === 'node'
        ? edit(doc, term, (holder, copy) => {
            const node = holder[term.key];
            if (!node || typeof node !== 'object' || Array.isArray(node) || typeof node.id !== 'string') return false;
            holder[term.key] = node.id;
            copy['@included'] = [...(copy['@included'] ?? []), node];
          })
        : undefined,
  },
  {
    name: '@reverse from an @included node',
    apply: (doc, term) =>
      term.coercion === 'node'
        ? edit(doc, term, (holder, copy) => {
            const node = holder[term.key];
            if (!node || typeof node !== 'object' || Array.isArray(node) || typeof holder.id !== 'string') return false;
            delete holder[term.key];
            copy['@included'] = [...(copy['@included'] ?? []), { ...node, '@reverse': { [term.iri]: { '@id': holder.id } } }];
          })
        : undefined,
  },
  {
    name: 'duplicated value',
    apply: (doc, term) =>
      edit(doc, term, (holder) => {
        const value = holder[term.key];
        holder[term.key] = Array.isArray(value) ? [...value, ...clone(value)] : [value, clone(value)];
      }),
  },
  {
    name: '@type keyword instead of its alias',
    apply: (doc, term) =>
      term.coercion === 'type'
        ? edit(doc, term, (holder) => {
            holder['@type'] = holder.type;
            delete holder.type;
          })
        : undefined,
  },
];

/** Re-encodings of the whole document: the credential inside a top-level @graph, or inside @included. */
export const WRAPPERS: Array<{ name: string; apply(doc: Json): Json }> = [
  {
    name: 'top-level @graph',
    apply: ({ '@context': context, ...rest }) => ({ '@context': context, '@graph': [clone(rest)] }),
  },
  {
    name: 'top-level @included',
    apply: ({ '@context': context, ...rest }) => ({ '@context': context, '@included': [clone(rest)] }),
  },
];

/** Every applicable (encoding, term) re-encoding of `doc`, named for the test's messages. */
export function reEncodings(doc: Json, terms: Term[]): Array<{ name: string; doc: Json }> {
  const out: Array<{ name: string; doc: Json }> = [];
  for (const term of terms) {
    for (const encoding of ENCODINGS) {
      const encoded = encoding.apply(doc, term);
      if (encoded) out.push({ name: `${term.label}: ${encoding.name}`, doc: encoded });
    }
  }
  for (const wrapper of WRAPPERS) out.push({ name: wrapper.name, doc: wrapper.apply(doc) });
  return out;
}

/**
 * The 'schema' check: is this a well-formed OB 3.0 AchievementCredential / EndorsementCredential or CLR 2.0
 * ClrCredential? Validated with the bundled schemas (src/verify/schemas/), modelled on 1EdTech's, by
 * @cfworker/json-schema: an interpreting validator (no eval / new Function), so it runs under a strict CSP.
 *
 * Failure vs warning:
 * - failure: the credential breaks a rule of the VC 2.0 schema and of its VC 1.1 form too.
 * - warning: it only fits the VC 1.1 form (issuanceDate, credentials/v1 context), as 1EdTech's validator
 *   warns; or its only problems are tolerated ones: no credential `name`, an issuer or an image given as a bare
 *   URL (all valid VCDM, seen in signed credentials in the wild, and none changes who signed what).
 * - skipped: no OB / CLR type and no bundled credentialSchema, so no schema applies.
 */
import { Validator, type OutputUnit, type Schema } from '@cfworker/json-schema';
import { isObject, oneOrMany, type JsonObject } from '../../shape/json.js';
import { hasAtMostContainers, MAX_LISTED_CONTAINERS } from '../limits.js';
import type { Check } from '../types.js';
import { CLR_CONTEXT, OB_CONTEXT, VC_V1_CONTEXT } from '../schemas/defs.js';
import { bundledSchemas, kindOfSchemaUrl, kindOfTypes, type Form, type SchemaKind, type Vcdm } from '../schemas/index.js';

/**
 * The pre-final 1EdTech draft contexts, which VC-JWTs of the time list: read as the final context they became, as
 * 1EdTech's validator reads them, with a warning that says so.
 */
const DRAFT_CONTEXTS: Record<string, string> = {
  'https://dc.imsglobal.org/draft/clr/v2p0/context': CLR_CONTEXT.example,
  'https://imsglobal.github.io/openbadges-specification/context.json': OB_CONTEXT.example,
};

/** The credential with its draft contexts read as the final ones, and what was read so. */
function withFinalContexts(credential: JsonObject): { credential: JsonObject; drafts: string[] } {
  const contexts = asArray(credential['@context']);
  const drafts = contexts.filter((entry): entry is string => typeof entry === 'string' && entry in DRAFT_CONTEXTS);
  if (!drafts.length) return { credential, drafts };
  return { credential: { ...credential, '@context': contexts.map((entry) => (typeof entry === 'string' ? (DRAFT_CONTEXTS[entry] ?? entry) : entry)) }, drafts };
}

/** How many problems the details list (the message names the first). */
const MAX_REPORTED = 5;
/** credentialSchema types whose id names a JSON Schema (1EdTech's, and VC JSON Schema's). */
const JSON_SCHEMA_TYPES = ['1EdTechJsonSchemaValidator2019', 'JsonSchema'];

interface Outcome {
  /** Problems that make the credential fail. */
  hard: string[];
  /** Problems reported as a warning. */
  soft: string[];
  /** It only fits the VC 1.1 form. */
  vc11: boolean;
}

const asArray = oneOrMany;
const stringsOf = (value: unknown) => asArray(value).filter((v): v is string => typeof v === 'string');

/**
 * `form` says what `credential` is: its JSON, or the engine's view of its signed meaning ('view': nested credentials
 * there have no @context of their own and are not validated again, since each is verified from its own JSON).
 */
export function checkSchema(input: JsonObject, { form = 'json' }: { form?: Form } = {}): Check {
  const { credential, drafts } = withFinalContexts(input);
  const types = stringsOf(credential.type);
  const typeKind = kindOfTypes(types);

  // credentialSchema entries: bundled 1EdTech schemas are applied; anything else is only mentioned.
  const declaredKinds: SchemaKind[] = [];
  const unknownSchemas: string[] = [];
  for (const entry of asArray(credential.credentialSchema).filter(isObject)) {
    const id = typeof entry.id === 'string' ? entry.id : '(no id)';
    const kind = JSON_SCHEMA_TYPES.includes(entry.type as string) ? kindOfSchemaUrl(id) : undefined;
    if (kind) declaredKinds.push(kind);
    else unknownSchemas.push(id);
  }
  const unknownNote = unknownSchemas.length
    ? ` Its credentialSchema ${unknownSchemas.join(', ')} was not checked: only the bundled 1EdTech schemas are applied, and none is fetched.`
    : '';

  const kinds = [...new Set([...(typeKind ? [typeKind] : []), ...declaredKinds])];
  if (!kinds.length) {
    return {
      id: 'schema',
      status: 'skipped',
      message: `No Open Badges 3.0 or CLR 2.0 schema applies to a credential of type ${types.join(', ') || '(none)'}.${unknownNote}`,
      details: { types: types.slice(0, 8), ...(unknownSchemas.length && { unknownSchemas }) },
    };
  }

  const outcome: Outcome = { hard: [], soft: [], vc11: false };
  for (const kind of kinds) merge(outcome, validateCredential(credential, kind, '', form));
  const hard = [...new Set(outcome.hard)];
  const soft = [...new Set([...drafts.map((url) => `it lists the pre-final draft context ${url}, read as ${DRAFT_CONTEXTS[url]}`), ...outcome.soft])];

  const label = kinds[0] === 'achievement' && types.includes('OpenBadgeCredential')
    ? 'OB 3.0 OpenBadgeCredential'
    : bundledSchemas[kinds[0]!].label;
  const details: Record<string, unknown> = {
    label,
    schemas: kinds.map((kind) => bundledSchemas[kind].url),
    vcdm: outcome.vc11 ? '1.1' : '2.0',
    ...(hard.length && { errors: hard.slice(0, MAX_REPORTED), errorCount: hard.length }),
    ...(soft.length && { warnings: soft.slice(0, MAX_REPORTED) }),
    ...(unknownSchemas.length && { unknownSchemas }),
  };

  if (hard.length) {
    const more = hard.length > 1 ? ` (and ${hard.length - 1} more problem${hard.length > 2 ? 's' : ''})` : '';
    const message = `Not a well-formed ${label}: ${midSentence(hard[0]!)}${more}.${unknownNote}`;
    return { id: 'schema', status: 'failure', reason: 'schema-invalid', message, details };
  }
  if (outcome.vc11 || soft.length) {
    const why = outcome.vc11
      ? `it uses the older VC 1.1 form (issuanceDate, ${VC_V1_CONTEXT}); OB 3.0 and CLR 2.0 now use VC 2.0 (validFrom)`
      : midSentence(soft[0]!);
    return { id: 'schema', status: 'warning', reason: outcome.vc11 ? 'schema-legacy' : 'schema-deviation', message: `Accepted as ${aOrAn(label)}, but ${why}.${unknownNote}`, details };
  }
  return { id: 'schema', status: 'success', message: `A well-formed ${label} (1EdTech JSON Schema).${unknownNote}`, details };
}

const aOrAn = (label: string) => (/^[AEIOU]/.test(label) ? `an ${label}` : `a ${label}`);
const midSentence = (text: string) => text.replace(/^The credential/, 'the credential');

function merge(into: Outcome, from: Outcome) {
  into.hard.push(...from.hard);
  into.soft.push(...from.soft);
  into.vc11 ||= from.vc11;
}

/** Validates one credential (`base` names where it sits, for a CLR's nested credentials). */
function validateCredential(credential: JsonObject, kind: SchemaKind, base: string, form: Form): Outcome {
  // As 1EdTech's validator: the VC 2.0 schema first; a credential that fits only the VC 1.1 form gets a warning.
  let outcome: Outcome = { ...run(kind, '2.0', credential, base, form), vc11: false };
  if (outcome.hard.length) {
    const v11 = run(kind, '1.1', credential, base, form);
    if (!v11.hard.length || stringsOf(credential['@context'])[0] === VC_V1_CONTEXT) outcome = { ...v11, vc11: true };
  }
  // A CLR carries full credentials: each OB one must be well-formed too.
  if (kind === 'clr' && form === 'json' && isObject(credential.credentialSubject)) {
    asArray(credential.credentialSubject.verifiableCredential).forEach((nested, i) => {
      const nestedKind = isObject(nested) ? kindOfTypes(stringsOf(nested.type)) : undefined;
      if (!nestedKind || !isObject(nested)) return;
      const where = `${base}credentialSubject.verifiableCredential[${i}]`;
      const result = validateCredential(withFinalContexts(nested).credential, nestedKind, where, form);
      merge(outcome, { ...result, vc11: false });
      if (result.vc11) outcome.soft.push(`${where} uses the older VC 1.1 form`);
    });
  }
  return outcome;
}

const compiled = new Map<string, { schema: Schema; validator?: Validator; quick: Validator }>();

function run(kind: SchemaKind, vcdm: Vcdm, credential: JsonObject, base: string, form: Form): Omit<Outcome, 'vc11'> {
  const key = `${kind} ${vcdm} ${form}`;
  let entry = compiled.get(key);
  if (!entry) {
    const schema = bundledSchemas[kind].build(vcdm, form);
    // The full validator (each one indexes the whole schema when made) only once a credential fails the quick pass.
    entry = { schema, quick: new Validator(schema, '2019-09', true) };
    compiled.set(key, entry);
  }
  // Listing every problem takes time in their number (and a huge list overflows the validator's stack): the quick
  // pass stops at the first; the full one runs only on a credential of a size real ones have.
  const quick = entry.quick.validate(credential);
  if (quick.valid) return { hard: [], soft: [] };
  const { errors } = hasAtMostContainers(credential, MAX_LISTED_CONTAINERS) ? (entry.validator ??= new Validator(entry.schema, '2019-09', false)).validate(credential) : quick;

  const hard: string[] = [];
  const soft: string[] = [];
  for (const unit of errors) {
    const tolerated = toleratedProblem(unit, credential, base);
    if (tolerated) soft.push(tolerated);
    else {
      const message = describe(entry.schema, unit, base);
      if (message) hard.push(message);
    }
  }
  // Aggregate units ("a subschema had errors") have no message; if nothing else was said, say something.
  if (!hard.length && !soft.length) hard.push(`${subjectName('', base)} does not match the schema`);
  return { hard, soft };
}

/** Deviations from OB 3.0 that are still valid VCs and are only warned about. */
function toleratedProblem(unit: OutputUnit, credential: JsonObject, base: string): string | undefined {
  if (unit.instanceLocation === '#' && unit.keyword === 'required' && missingProperty(unit) === 'name') {
    return `${subjectName('', base)} has no 'name', which OB 3.0 requires for display`;
  }
  if (unit.instanceLocation === '#/issuer' && typeof credential.issuer === 'string') {
    return `${base ? `${base}.` : ''}issuer is only a URL; OB 3.0 expects a Profile object with 'id' and 'type'`;
  }
  // OB 2.0 allowed an image URL; OB 3.0 wants an Image object. Display only: warn.
  if (unit.keyword === 'type' && unit.instanceLocation.endsWith('/image') && /type "string"/.test(unit.error)) {
    const where = subjectName(unit.instanceLocation.slice(1), base);
    return `${where} is only a URL; OB 3.0 expects an Image object with 'id' and 'type'`;
  }
  return undefined;
}

const missingProperty = (unit: OutputUnit) => /property "(.*)"/.exec(unit.error)?.[1];

/** The reader's name for an instance location: "credentialSubject.achievement[0]", or "The credential". */
function subjectName(pointer: string, base: string): string {
  const path = pointer
    .split('/')
    .filter(Boolean)
    .map((segment) => segment.replace(/~1/g, '/').replace(/~0/g, '~'))
    .reduce((out, segment) => (/^\d+$/.test(segment) ? `${out}[${segment}]` : out ? `${out}.${segment}` : segment), base);
  return path || 'The credential';
}

/** One plain sentence for an error unit; undefined for the aggregate units that only repeat their children. */
function describe(root: Schema, unit: OutputUnit, base: string): string | undefined {
  const instance = unit.instanceLocation.replace(/^#/, '');
  const { node, expect } = walk(root, unit.keywordLocation);
  if (expect) {
    // Name the instance the annotated node applies to, not the item inside it that failed.
    const path = instance.split('/').slice(0, instance.split('/').length - expect.depth).join('/');
    return `${subjectName(path, base)} ${expect.text}`;
  }
  const where = subjectName(instance, base);
  switch (unit.keyword) {
    case 'required':
      return `${where} is missing its required '${missingProperty(unit)}'`;
    case 'type': {
      const [, actual, expected] = /type "(.*)" is invalid\. Expected "(.*)"/.exec(unit.error) ?? [];
      return `${where} must be ${article(expected ?? 'of another type')}, not ${article(actual ?? 'this')}`;
    }
    case 'format':
      return node?.format === 'date-time'
        ? `${where} must be a date and time with a time zone, such as 2024-01-01T00:00:00Z`
        : `${where} must be a URI`;
    case 'const':
      return `${where} must be ${JSON.stringify(node?.const)}`;
    case 'enum':
      return `${where} must be one of ${(node?.enum ?? []).join(', ')}`;
    case 'minItems':
      return `${where} must list at least ${node?.minItems} item${node?.minItems === 1 ? '' : 's'}`;
    case 'pattern':
      return `${where} is not in the expected form`;
    case 'contains':
      return `${where} lacks an entry it must have`;
    default:
      return undefined;
  }
}

const article = (type: string) =>
  ({ object: 'an object', array: 'a list', string: 'a string', number: 'a number', integer: 'a whole number', boolean: 'true or false', null: 'null' })[
    type
  ] ?? type;

/**
 * Follows a keywordLocation (through $ref) to the schema node that owns the failing keyword, noting the outermost
 * `x-expect` on the way and how many instance levels lie below it.
 */
function walk(root: Schema, keywordLocation: string): { node?: Schema; expect?: { text: string; depth: number } } {
  const segments = keywordLocation.replace(/^#\/?/, '').split('/').filter(Boolean);
  let node: any = root;
  let expect: { text: string; depth: number } | undefined;
  for (let i = 0; i < segments.length - 1 && node; i++) {
    const segment = segments[i]!;
    if (expect) {
      // Below the annotation, count the steps that also step into the instance.
      // (A keyword seen here always has more segments after it: the failing keyword is the last one.)
      if (segment === 'properties' || segment === 'patternProperties') {
        expect.depth++;
        i++; // the property name
      } else if (segment === 'items') {
        expect.depth++;
        if (/^\d+$/.test(segments[i + 1] ?? '')) i++; // a tuple position
      }
      continue;
    }
    node = segment === '$ref' ? resolve(root, node.$ref) : node[segment];
    if (typeof node?.['x-expect'] === 'string') expect = { text: node['x-expect'], depth: 0 };
  }
  return { node: expect ? undefined : node, expect };
}

function resolve(root: Schema, ref: string): Schema | undefined {
  const path = ref.startsWith('#/') ? ref.slice(2).split('/') : [];
  return path.reduce<any>((node, segment) => node?.[segment], root);
}

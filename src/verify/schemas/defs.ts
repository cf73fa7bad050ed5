/**
 * Building blocks of the bundled JSON Schemas, modelled on 1EdTech's published OB 3.0 / CLR 2.0 schemas
 * (ob_v3p0_achievementcredential_schema.json, ob_v3p0_endorsementcredential_schema.json,
 * clr_v2p0_clrcredential_schema.json): the same required properties and value types, without the long
 * descriptions and without listing every optional property (unlisted properties are allowed, as there).
 *
 * `x-expect` is this project's annotation, ignored by the validator: the plain phrase to report when anything
 * under that node fails (checks/schema.ts turns it into "credentialSubject.type must include 'AchievementSubject'").
 */
import type { Schema } from '@cfworker/json-schema';

export type Vcdm = '2.0' | '1.1';
/**
 * What is validated: a credential's JSON ('json'), or the engine's view of its signed meaning ('view'), where nested
 * credentials carry no @context of their own (they are verified, schema included, from their own JSON).
 */
export type Form = 'json' | 'view';

export const VC_V2_CONTEXT = 'https://www.w3.org/ns/credentials/v2';
export const VC_V1_CONTEXT = 'https://www.w3.org/2018/credentials/v1';

export const ref = (name: string): Schema => ({ $ref: `#/$defs/${name}` });
export const str: Schema = { type: 'string' };
const text = str;
export const uri: Schema = { type: 'string', format: 'uri' };
export const dateTime: Schema = { type: 'string', format: 'date-time' };
/**
 * A single value or a list of them. 1EdTech's schemas want lists for OB's [0..*] properties; a lone object gives
 * the same JSON-LD graph, and signed fixtures in the wild use it (e.g. credentialSubject.identifier), so both pass.
 */
export const oneOrMany = (item: Schema, minItems = 0): Schema => ({
  if: { type: 'array' },
  then: { items: item, ...(minItems && { minItems }) },
  else: item,
});

/** `type`: a string or a list of strings that names `name` (1EdTech allows both forms). */
export const typeIncludes = (name: string): Schema => ({
  'x-expect': `must include '${name}'`,
  if: { type: 'array' },
  then: { items: str, contains: { const: name } },
  else: { const: name },
});

/** The credential's own `type`: a list naming VerifiableCredential and one of `names`. */
export const credentialType = (names: string[]): Schema => ({
  type: 'array',
  items: str,
  allOf: [
    { 'x-expect': "must include 'VerifiableCredential'", contains: { const: 'VerifiableCredential' } },
    { 'x-expect': `must include '${names.join("' or '")}'`, contains: { enum: names } },
  ],
});

/** `@context`: the VC context first, then (somewhere) the spec's own context. */
export const contextRule = (vcdm: Vcdm, spec: { pattern: string; example: string }): Schema => {
  const vc = vcdm === '2.0' ? VC_V2_CONTEXT : VC_V1_CONTEXT;
  return {
    type: 'array',
    allOf: [
      { 'x-expect': `must start with '${vc}'`, items: [{ const: vc }], minItems: 1 },
      { 'x-expect': `must include '${spec.example}'`, contains: { type: 'string', pattern: spec.pattern } },
    ],
  };
};

export const OB_CONTEXT = {
  pattern: '^https://purl\\.imsglobal\\.org/spec/ob/v3p0/context(-\\d+\\.\\d+\\.\\d+)*\\.json$',
  example: 'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json',
};
export const CLR_CONTEXT = {
  pattern: '^https://purl\\.imsglobal\\.org/spec/clr/v2p0/context(-\\d+\\.\\d+\\.\\d+)*\\.json$',
  example: 'https://purl.imsglobal.org/spec/clr/v2p0/context-2.0.1.json',
};

const COMPACT_JWS = '^[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]*\\.[A-Za-z0-9_-]*$';
const RESULT_TYPE =
  '^(GradePointAverage|LetterGrade|Percent|PerformanceLevel|PredictedScore|RawScore|Result|RubricCriterion|' +
  'RubricCriterionLevel|RubricScore|ScaledScore|Status|ext:[a-zA-Z0-9._-]+)$';
const RESULT_STATUS = ['Completed', 'Enrolled', 'Failed', 'InProgress', 'OnHold', 'Provisional', 'Withdrew'];

/** An object of `type` `name` with `required` properties; `properties` adds value rules. */
const node = (name: string, required: string[], properties: Record<string, Schema> = {}): Schema => ({
  type: 'object',
  required: ['type', ...required],
  properties: { type: typeIncludes(name), ...properties },
});

/**
 * The OB 3.0 classes (CLR 2.0 reuses them). A function, so every root schema gets its own copy:
 * the validator annotates schema objects with their base URI.
 */
export function obDefs(form: Form = 'json'): Record<string, Schema> {
  // In the view, a node with an id is one node for every place that names it (an image two achievements share; an
  // endorsement's issuer that is also the credential's), so its texts may be several: what each place said.
  const str: Schema = form === 'view' ? oneOrMany(text) : text;
  const criteria: Schema = { type: 'object', properties: { id: uri, narrative: str } };
  const endorsements = { endorsement: oneOrMany(ref('EmbeddedCredential')), endorsementJwt: oneOrMany(ref('CompactJws')) };
  return {
    CompactJws: { 'x-expect': 'must be a compact JWS (header.payload.signature)', type: 'string', pattern: COMPACT_JWS },
    Image: node('Image', ['id'], { id: uri, caption: str }),
    // The view writes a node nothing more is said of as its id (as compaction does), so a bare criteria URL is a string.
    Criteria: form === 'view' ? { if: { type: 'string' }, then: uri, else: criteria } : criteria,
    IdentifierEntry: node('IdentifierEntry', ['identifier', 'identifierType'], { identifier: str, identifierType: str }),
    IdentityObject: node('IdentityObject', ['hashed', 'identityHash', 'identityType'], {
      hashed: { type: 'boolean' },
      identityHash: str,
      identityType: str,
      salt: str,
    }),
    Address: node('Address', []),
    Profile: node('Profile', ['id'], {
      id: uri,
      name: str,
      url: uri,
      email: str,
      description: str,
      image: ref('Image'),
      address: ref('Address'),
      otherIdentifier: oneOrMany(ref('IdentifierEntry')),
      parentOrg: ref('Profile'),
      ...endorsements,
    }),
    Alignment: node('Alignment', ['targetName', 'targetUrl'], { targetName: str, targetUrl: uri, targetCode: str }),
    Related: node('Related', ['id'], { id: uri }),
    RubricCriterionLevel: node('RubricCriterionLevel', ['id', 'name'], { id: uri, name: str, points: str }),
    ResultDescription: node('ResultDescription', ['id', 'name', 'resultType'], {
      id: uri,
      name: str,
      resultType: { 'x-expect': "must be a ResultType (e.g. 'LetterGrade') or an 'ext:' term", type: 'string', pattern: RESULT_TYPE },
      allowedValue: oneOrMany(str),
      alignment: oneOrMany(ref('Alignment')),
      rubricCriterionLevel: oneOrMany(ref('RubricCriterionLevel')),
    }),
    Achievement: node('Achievement', ['id', 'name', 'description', 'criteria'], {
      id: uri,
      name: str,
      description: str,
      criteria: ref('Criteria'),
      achievementType: str,
      creator: ref('Profile'),
      creditsAvailable: { type: 'number' },
      image: ref('Image'),
      alignment: oneOrMany(ref('Alignment')),
      otherIdentifier: oneOrMany(ref('IdentifierEntry')),
      related: oneOrMany(ref('Related')),
      resultDescription: oneOrMany(ref('ResultDescription')),
      tag: oneOrMany(str),
      ...endorsements,
    }),
    Result: node('Result', [], {
      achievedLevel: uri,
      resultDescription: uri,
      status: { 'x-expect': `must be one of ${RESULT_STATUS.join(', ')}`, enum: RESULT_STATUS },
      value: str,
      alignment: oneOrMany(ref('Alignment')),
    }),
    AchievementSubject: node('AchievementSubject', ['achievement'], {
      id: uri,
      achievement: ref('Achievement'),
      identifier: oneOrMany(ref('IdentityObject')),
      result: oneOrMany(ref('Result')),
      creditsEarned: { type: 'number' },
      activityStartDate: dateTime,
      activityEndDate: dateTime,
      image: ref('Image'),
      source: ref('Profile'),
    }),
    EndorsementSubject: node('EndorsementSubject', ['id'], { id: uri, endorsementComment: str }),
    Evidence: node('Evidence', [], { id: uri, narrative: str, name: str, description: str }),
    /** What VCDM asks of credentialSchema, credentialStatus, refreshService, termsOfUse, proof entries. */
    TypedRef: { type: 'object', required: ['id', 'type'], properties: { id: uri, type: str } },
    Typed: { type: 'object', required: ['type'] },
    /** An endorsement or a CLR's nested credential: the VC shape only (checks/schema.ts validates nested OB credentials fully). */
    EmbeddedCredential: {
      type: 'object',
      required: [...(form === 'json' ? ['@context'] : []), 'type', 'issuer', 'credentialSubject'],
      properties: { type: typeIncludes('VerifiableCredential') },
    },
  };
}

/** The properties every OB / CLR credential shares (VCDM + OB's additions). */
export function credentialProperties(vcdm: Vcdm): Record<string, Schema> {
  return {
    id: uri,
    name: str,
    description: str,
    image: ref('Image'),
    issuer: ref('Profile'),
    awardedDate: dateTime,
    ...(vcdm === '2.0' ? { validFrom: dateTime, validUntil: dateTime } : { issuanceDate: dateTime, expirationDate: dateTime }),
    evidence: oneOrMany(ref('Evidence')),
    endorsement: oneOrMany(ref('EmbeddedCredential')),
    endorsementJwt: oneOrMany(ref('CompactJws')),
    credentialSchema: oneOrMany(ref('TypedRef')),
    credentialStatus: oneOrMany(ref('Typed')),
    refreshService: oneOrMany(ref('TypedRef')),
    termsOfUse: oneOrMany(ref('Typed')),
    proof: oneOrMany(ref('Typed')),
  };
}

/** VCDM 2.0 requires validFrom in OB 3.0 / CLR 2.0; the VC 1.1 form had issuanceDate. */
export const credentialRequired = (vcdm: Vcdm) => [
  '@context',
  'type',
  'id',
  'name',
  'issuer',
  vcdm === '2.0' ? 'validFrom' : 'issuanceDate',
  'credentialSubject',
];

/** CLR 2.0 ClrCredential, after 1EdTech's clr_v2p0_clrcredential_schema.json. */
import type { Schema } from '@cfworker/json-schema';
import {
  CLR_CONTEXT,
  contextRule,
  credentialProperties,
  credentialRequired,
  credentialType,
  obDefs,
  oneOrMany,
  ref,
  str,
  typeIncludes,
  uri,
  type Form,
  type Vcdm,
} from './defs.js';

export const CLR_CREDENTIAL_SCHEMA =
  'https://purl.imsglobal.org/spec/clr/v2p0/schema/json/clr_v2p0_clrcredential_schema.json';

const ASSOCIATION_TYPES = ['exactMatchOf', 'isChildOf', 'isParentOf', 'isPartOf', 'isPeerOf', 'isRelatedTo', 'precedes', 'replacedBy'];

export const clrCredentialSchema = (vcdm: Vcdm, form: Form = 'json'): Schema => ({
  $id: CLR_CREDENTIAL_SCHEMA,
  type: 'object',
  required: credentialRequired(vcdm),
  properties: {
    '@context': contextRule(vcdm, CLR_CONTEXT),
    type: credentialType(['ClrCredential']),
    ...credentialProperties(vcdm),
    partial: { type: 'boolean' },
    credentialSubject: ref('ClrSubject'),
  },
  $defs: {
    ...obDefs(form),
    ClrSubject: {
      type: 'object',
      required: ['type', 'verifiableCredential'],
      properties: {
        type: typeIncludes('ClrSubject'),
        id: uri,
        identifier: oneOrMany(ref('IdentityObject')),
        // The learner's credentials: at least one. Nested OB credentials are validated on their own by checks/schema.ts.
        verifiableCredential: oneOrMany(ref('EmbeddedCredential'), 1),
        achievement: oneOrMany(ref('Achievement')),
        association: oneOrMany(ref('Association')),
      },
    },
    Association: {
      type: 'object',
      required: ['type', 'associationType', 'sourceId', 'targetId'],
      properties: {
        type: typeIncludes('Association'),
        associationType: { 'x-expect': `must be one of ${ASSOCIATION_TYPES.join(', ')}`, enum: ASSOCIATION_TYPES },
        sourceId: uri,
        targetId: uri,
        name: str,
      },
    },
  },
});

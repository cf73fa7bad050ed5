/** OB 3.0 AchievementCredential (alias OpenBadgeCredential) and EndorsementCredential, after 1EdTech's schemas. */
import type { Schema } from '@cfworker/json-schema';
import { OB_CONTEXT, contextRule, credentialProperties, credentialRequired, credentialType, obDefs, ref, type Form, type Vcdm } from './defs.js';

export const OB_ACHIEVEMENT_CREDENTIAL_SCHEMA =
  'https://purl.imsglobal.org/spec/ob/v3p0/schema/json/ob_v3p0_achievementcredential_schema.json';
export const OB_ENDORSEMENT_CREDENTIAL_SCHEMA =
  'https://purl.imsglobal.org/spec/ob/v3p0/schema/json/ob_v3p0_endorsementcredential_schema.json';

export const achievementCredentialSchema = (vcdm: Vcdm, form: Form = 'json'): Schema => ({
  $id: OB_ACHIEVEMENT_CREDENTIAL_SCHEMA,
  type: 'object',
  required: credentialRequired(vcdm),
  properties: {
    '@context': contextRule(vcdm, OB_CONTEXT),
    type: credentialType(['AchievementCredential', 'OpenBadgeCredential']),
    ...credentialProperties(vcdm),
    credentialSubject: ref('AchievementSubject'),
  },
  $defs: obDefs(form),
});

export const endorsementCredentialSchema = (vcdm: Vcdm, form: Form = 'json'): Schema => ({
  $id: OB_ENDORSEMENT_CREDENTIAL_SCHEMA,
  type: 'object',
  required: credentialRequired(vcdm),
  properties: {
    '@context': contextRule(vcdm, OB_CONTEXT),
    type: credentialType(['EndorsementCredential']),
    ...credentialProperties(vcdm),
    credentialSubject: ref('EndorsementSubject'),
  },
  $defs: obDefs(form),
});

/** The bundled schemas: which credential types they cover, by the URL 1EdTech publishes them at. */
import type { Schema } from '@cfworker/json-schema';
import type { Form, Vcdm } from './defs.js';
import { CLR_CREDENTIAL_SCHEMA, clrCredentialSchema } from './clr.js';
import {
  OB_ACHIEVEMENT_CREDENTIAL_SCHEMA,
  OB_ENDORSEMENT_CREDENTIAL_SCHEMA,
  achievementCredentialSchema,
  endorsementCredentialSchema,
} from './ob.js';

export type SchemaKind = 'achievement' | 'endorsement' | 'clr';

export interface BundledSchema {
  url: string;
  /** What the credential is called in messages. */
  label: string;
  build: (vcdm: Vcdm, form?: Form) => Schema;
}

export const bundledSchemas: Record<SchemaKind, BundledSchema> = {
  achievement: { url: OB_ACHIEVEMENT_CREDENTIAL_SCHEMA, label: 'OB 3.0 AchievementCredential', build: achievementCredentialSchema },
  endorsement: { url: OB_ENDORSEMENT_CREDENTIAL_SCHEMA, label: 'OB 3.0 EndorsementCredential', build: endorsementCredentialSchema },
  clr: { url: CLR_CREDENTIAL_SCHEMA, label: 'CLR 2.0 ClrCredential', build: clrCredentialSchema },
};

export function kindOfSchemaUrl(url: string): SchemaKind | undefined {
  return (Object.keys(bundledSchemas) as SchemaKind[]).find((kind) => bundledSchemas[kind].url === url);
}

/** The schema a credential's `type` calls for (CLR first: a ClrCredential may also name OB types). */
export function kindOfTypes(types: string[]): SchemaKind | undefined {
  if (types.includes('ClrCredential')) return 'clr';
  if (types.includes('EndorsementCredential')) return 'endorsement';
  if (types.includes('AchievementCredential') || types.includes('OpenBadgeCredential')) return 'achievement';
  return undefined;
}

export { CLR_CREDENTIAL_SCHEMA, OB_ACHIEVEMENT_CREDENTIAL_SCHEMA, OB_ENDORSEMENT_CREDENTIAL_SCHEMA };
export type { Form, Vcdm };

/**
 * The display fields a card shows, each read as one value: the credential's untagged name and description, and the
 * achievement of an OB credential's subject. Two distinct values fail the `format` check (what would the card show?).
 */
import { achievementsOf, subjects, types } from '../../shape/credential.js';
import type { JsonObject } from '../../shape/json.js';
import { untaggedTexts } from '../../shape/text.js';
import type { Check } from '../types.js';
import { ambiguous } from './ambiguous.js';

export function checkDisplayFields(credential: JsonObject): Check | undefined {
  for (const term of ['name', 'description']) {
    const texts = untaggedTexts(credential[term]);
    if (texts.length > 1) return ambiguous('format', term, texts);
  }
  // A CLR subject lists many achievements; an OB subject asserts one.
  if (types(credential).includes('ClrCredential')) return undefined;
  for (const subject of subjects(credential)) {
    const achievements = achievementsOf(subject);
    if (achievements.length > 1) return ambiguous('format', 'credentialSubject.achievement', achievements.map((achievement) => achievement['id'] ?? achievement['name']));
  }
  return undefined;
}

/** How an Open Badges 2.0 document is told apart from a verifiable credential: its JSON-LD context. */
import { isObject } from './json.js';

/** The Open Badges 2.0 context. */
export const OB2_CONTEXT = 'https://w3id.org/openbadges/v2';

/** Whether `value` is an Open Badges 2.0 document (an assertion, usually): its @context is or lists the OB 2.0 one. */
export function isOb2Document(value: unknown): boolean {
  if (!isObject(value)) return false;
  const context = value['@context'];
  return context === OB2_CONTEXT || (Array.isArray(context) && context.includes(OB2_CONTEXT));
}

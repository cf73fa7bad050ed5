/** Small guards for provider JSON, which is never quite the shape its documentation shows. */
import { CredentialError } from '../errors.js';

import { isObject, type JsonObject } from '../shape/json.js';

export { isObject, type JsonObject };

/** The value as an object, or a BAD_RESPONSE error. */
export function asObject(value: unknown): JsonObject {
  if (!isObject(value)) throw new CredentialError('BAD_RESPONSE', 'The provider answered with an unexpected document.');
  return value;
}

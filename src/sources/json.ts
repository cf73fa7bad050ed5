/** Small guards for provider JSON, which is never quite the shape its documentation shows. */
import { CredentialError } from '../errors.js';

export type JsonObject = Record<string, unknown>;

export function isObject(value: unknown): value is JsonObject {
  return !!value && typeof value === 'object' && !Array.isArray(value);
}

/** The value as an object, or a BAD_RESPONSE error. */
export function asObject(value: unknown): JsonObject {
  if (!isObject(value)) throw new CredentialError('BAD_RESPONSE', 'The provider answered with an unexpected document.');
  return value;
}

/** A value as a list: `null`/missing → [], one item → [item]. */
export function arrayOf(value: unknown): unknown[] {
  if (value === undefined || value === null) return [];
  return Array.isArray(value) ? value : [value];
}

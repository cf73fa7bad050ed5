/** The one JSON object type, and the one "one or many" reader, for every layer that reads credentials. */

export type JsonObject = Record<string, unknown>;

export function isObject(value: unknown): value is JsonObject {
  return !!value && typeof value === 'object' && !Array.isArray(value);
}

/**
 * A JSON-LD value that may be one item or a list, as a list: missing and `null` give [], and `null` items are
 * dropped (JSON-LD drops them too).
 */
export function oneOrMany<T = unknown>(value: unknown): T[] {
  if (value === undefined || value === null) return [];
  return (Array.isArray(value) ? value : [value]).filter((item) => item !== null && item !== undefined) as T[];
}

/** The object items of a one-or-many value. */
export function objectsOf(value: unknown): JsonObject[] {
  return oneOrMany(value).filter(isObject);
}

/** The distinct items of a list, in order (objects compared by their JSON). */
export function distinct<T>(values: T[]): T[] {
  const seen = new Set<string>();
  return values.filter((value) => {
    const key = typeof value === 'string' ? `s${value}` : `j${JSON.stringify(value)}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

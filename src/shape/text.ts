/** Display text from what credentials carry: strings, JSON-LD language maps, value objects, lists of those. */
import { isObject, type JsonObject } from './json.js';

/**
 * Text from a string, a number, a JSON-LD language map (`{"en": "…"}`), a value object (`{"@value": "…"}`) or a
 * list of those; the preferred language first, then English, then the first one.
 */
export function text(value: unknown, language = 'en'): string | undefined {
  if (typeof value === 'string') return value.trim() || undefined;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (Array.isArray(value)) {
    const tagged = value.filter(isObject);
    const match = tagged.find((item) => String(item['@language'] ?? '').toLowerCase().startsWith(language));
    if (match) return text(match);
    for (const item of value) {
      const found = text(item, language);
      if (found) return found;
    }
    return undefined;
  }
  if (!isObject(value)) return undefined;
  if ('@value' in value) return text(value['@value']);
  if (!isLanguageMap(value)) return undefined;
  const keys = Object.keys(value);
  const key = keys.find((name) => name.toLowerCase() === language) ?? keys.find((name) => name.toLowerCase().startsWith(`${language}-`)) ?? keys[0];
  return key ? text(value[key]) : undefined;
}

/** `{"en": "…", "fr-CA": "…"}`: every key a language tag. A lone `id` key is an object's id, not Indonesian. */
function isLanguageMap(value: JsonObject): boolean {
  const keys = Object.keys(value);
  if (!keys.length || (keys.length === 1 && keys[0] === 'id')) return false;
  return keys.every((key) => /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/i.test(key));
}

/** The untagged texts of a value (strings and value objects without a language): what "one name" means. */
export function untaggedTexts(value: unknown): string[] {
  const texts: string[] = [];
  for (const item of Array.isArray(value) ? value : [value]) {
    if (typeof item === 'string') texts.push(item);
    else if (isObject(item) && typeof item['@value'] === 'string' && item['@language'] === undefined) texts.push(item['@value']);
  }
  return [...new Set(texts)];
}

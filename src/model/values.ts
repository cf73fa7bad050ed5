/** Readers for the loose values credentials carry: ids as numbers, URLs, numbers, local date formats (the shared ones are in src/shape). */
import { isObject, objectsOf, oneOrMany, type JsonObject } from '../shape/json.js';
import { text } from '../shape/text.js';
import type { Season } from './labels.js';

export { isObject, text, type JsonObject };
export { oneOrMany as list, objectsOf as objects };

/** An id as a string: numbers become strings, blank becomes undefined. */
export function id(value: unknown): string | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return typeof value === 'string' && value.trim() ? value.trim() : undefined;
}

/** A URL from a string or an object with `id`/`url`; only http(s) and data: URLs (never javascript:). */
export function url(value: unknown): string | undefined {
  const candidate = isObject(value) ? (value['id'] ?? value['url'] ?? value['uri']) : value;
  if (typeof candidate !== 'string') return undefined;
  const trimmed = candidate.trim();
  return /^(https?:\/\/|data:image\/)/i.test(trimmed) ? trimmed : undefined;
}

export function number(value: unknown): number | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  if (typeof value === 'string' && /^-?\d+(\.\d+)?$/.test(value.trim())) return Number(value);
  return undefined;
}

/**
 * An ISO 8601 date from what providers send: ISO date-times, YYYY-MM-DD, and Accredible's deprecated DD/MM/YYYY.
 * Unreadable dates give undefined rather than a wrong date.
 */
export function isoDate(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const trimmed = value.trim();
  const dayFirst = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(trimmed);
  if (dayFirst) {
    const [, day, month, year] = dayFirst;
    return validDate(`${year}-${month!.padStart(2, '0')}-${day!.padStart(2, '0')}`);
  }
  if (/^\d{4}-\d{2}-\d{2}$/.test(trimmed)) return validDate(trimmed);
  if (/^\d{4}-\d{2}-\d{2}T/.test(trimmed) && !Number.isNaN(Date.parse(trimmed))) return trimmed;
  return undefined;
}

function validDate(date: string): string | undefined {
  const parsed = new Date(`${date}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().startsWith(date) ? date : undefined;
}

/** A short display string for a custom attribute value; objects and lists are joined, `null` skipped. */
export function display(value: unknown): string | undefined {
  if (value === null || value === undefined) return undefined;
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) {
    const parts = value.map(display).filter((part): part is string => !!part);
    return parts.length ? parts.join(', ') : undefined;
  }
  return text(value) ?? JSON.stringify(value);
}

/** Adds the entries whose value can be shown. */
export function attributesFrom(source: unknown, into: Record<string, string> = {}): Record<string, string> {
  if (!isObject(source)) return into;
  for (const [key, value] of Object.entries(source)) {
    const shown = display(value);
    if (shown !== undefined && shown !== '') into[key] = shown;
  }
  return into;
}

/** The academic term of a date: Spring (Jan–May), Summer (Jun–Jul), Fall (Aug–Dec). */
export function termOfDate(value: unknown): string | undefined {
  const date = typeof value === 'string' ? new Date(value) : undefined;
  if (!date || Number.isNaN(date.getTime())) return undefined;
  const month = date.getUTCMonth();
  const season: Season = month <= 4 ? 'Spring' : month <= 6 ? 'Summer' : 'Fall';
  return `${season} ${date.getUTCFullYear()}`;
}

/**
 * Numbers, lists, counts and dates in the element's language, through Intl (CLDR): called inside an element's
 * render (`withLocale`), they format with its language tag (`es-MX`, `ar-EG`: Arabic-Indic digits where the region
 * writes them). A tag Intl does not know falls back to English formats, never an exception.
 */
import { msg, type StrResult } from '@lit/localize';
import { formatDate, type DateFormat } from '../../render/format-date.js';
import { activeLocale, activeTag, directionOf } from './localize.js';

const numberFormats = new Map<string, Intl.NumberFormat>();
const listFormats = new Map<string, Intl.ListFormat>();
const pluralRules = new Map<string, Intl.PluralRules>();

function cached<T>(cache: Map<string, T>, key: string, make: (tag: string | undefined) => T): T {
  let value = cache.get(key);
  if (!value) {
    const [tag] = key.split('|');
    try {
      value = make(tag);
    } catch {
      value = make('en'); // not a tag Intl knows
    }
    cache.set(key, value);
  }
  return value;
}

/**
 * A value of another script inside a sentence (an address, a name, an id), isolated in a right-to-left language
 * (Unicode's first-strong isolate), so that its own direction does not reorder the sentence around it.
 */
export function isolate(value: string): string {
  return directionOf(activeLocale()) === 'rtl' ? `\u2068${value}\u2069` : value;
}

/** A number as the element's language writes it (grouping, decimal sign, digits); `fraction` fixes the decimals. */
export function formatNumber(value: number, fraction?: { min: number; max: number }): string {
  const key = `${activeTag()}|${fraction?.min ?? ''}|${fraction?.max ?? ''}`;
  const format = cached(numberFormats, key, (tag) => new Intl.NumberFormat(tag, fraction ? { minimumFractionDigits: fraction.min, maximumFractionDigits: fraction.max } : {}));
  return format.format(value);
}

/** CSS counter styles for the digits of Intl's numbering systems (the rest count in European digits). */
const COUNTER_STYLES: Record<string, string> = { arab: 'arabic-indic', arabext: 'persian', deva: 'devanagari', beng: 'bengali', thai: 'thai' };

/** The CSS counter style that writes numbers in the digits `tag` writes them in (page numbers in print). */
export function counterStyle(tag: string): string {
  try {
    return COUNTER_STYLES[new Intl.NumberFormat(tag).resolvedOptions().numberingSystem] ?? 'decimal';
  } catch {
    return 'decimal';
  }
}

/** A year as a number without grouping ("2024", "٢٠٢٤"). */
export function formatYear(year: number): string {
  const key = `${activeTag()}|year`;
  return cached(numberFormats, key, (tag) => new Intl.NumberFormat(tag, { useGrouping: false })).format(year);
}

/** "a, b and c" in the element's language (`or` for alternatives; `unit` for a list of amounts: "3 years, 2 months"). */
export function formatList(items: readonly string[], type: 'conjunction' | 'disjunction' | 'unit' = 'conjunction'): string {
  const key = `${activeTag()}|${type}`;
  const format = cached(listFormats, key, (tag) => new Intl.ListFormat(tag, type === 'unit' ? { type: 'unit', style: 'long' } : { type, style: 'long' }));
  return format.format(items);
}

/** A date (or date and time) of an ISO 8601 string in the element's language; the input itself when it is not a date. */
export function formatDay(iso: string | undefined, options?: DateFormat): string | undefined {
  return formatDate(iso, activeTag(), options);
}

/** An amount of a unit ("3 years", "3 ans", "٣ سنوات"), as CLDR writes it. */
export function formatUnit(value: number, unit: 'year' | 'month' | 'week' | 'day' | 'megabyte'): string {
  const key = `${activeTag()}|unit|${unit}`;
  return cached(numberFormats, key, (tag) => new Intl.NumberFormat(tag, { style: 'unit', unit, unitDisplay: 'long' })).format(value);
}

/**
 * A message that states a count, in the plural form the active locale's rules choose for it (CLDR categories:
 * zero, one, two, few, many, other). Each form is a message of its own, `<id>.<category>`: the locale modules write
 * the forms their language has (Arabic all six, Chinese only `other`), English writes `one` and `other`, and a form
 * a module lacks falls back to English. `forms` are the English sources; `count` picks the form.
 */
export function countMessage(count: number, id: string, forms: { one: StrResult | string; other: StrResult | string }): string {
  const locale = activeLocale();
  const category = cached(pluralRules, locale, (tag) => new Intl.PluralRules(tag)).select(count);
  const source = category === 'one' ? forms.one : forms.other;
  const options = { id: `${id}.${category}` };
  return typeof source === 'string' ? msg(source, options) : msg(source, options);
}

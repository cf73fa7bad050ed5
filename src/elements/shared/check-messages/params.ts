/**
 * What the check sentences read from a check's `details` and its report, as text for a message: bounded (a value
 * comes from the credential or a server, so a sentence never carries a page of it), dates, numbers and lists in the
 * element's language.
 */
import type { Check, VerificationReport } from '../../../verify/types.js';
import { formatDay, formatList, formatNumber, isolate } from '../intl.js';
import { activeLocale } from '../localize.js';

/** Longest value quoted in a sentence. */
const MAX_QUOTED = 120;

/** What a sentence may need to know of the report its check belongs to. */
export interface Scene {
  /** The report is a presentation's (a holder signs it, not an issuer). */
  presentation: boolean;
  /** The report is an Open Badges 2.0 assertion's (hosted or signed). */
  badge2: boolean;
  kind: VerificationReport['kind'];
}

export function sceneOf(report: Pick<VerificationReport, 'kind' | 'summary'>): Scene {
  const types = report.summary.type ?? [];
  return { presentation: types.includes('VerifiablePresentation'), badge2: types.includes('Assertion'), kind: report.kind };
}

/** A value quoted from a check, cut to a length a sentence can carry (and isolated in a right-to-left sentence). */
export function bounded(value: unknown): string | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  const text = typeof value === 'string' ? value : typeof value === 'number' || typeof value === 'boolean' ? String(value) : JSON.stringify(value);
  return isolate(text.length > MAX_QUOTED ? `${text.slice(0, MAX_QUOTED - 1)}…` : text);
}

/** A detail as text, or undefined. */
export function detail(check: Check, key: string): string | undefined {
  return bounded(check.details?.[key]);
}

/** The first of several details that is set. */
export function firstDetail(check: Check, ...keys: string[]): string | undefined {
  for (const key of keys) {
    const value = detail(check, key);
    if (value !== undefined) return value;
  }
  return undefined;
}

/** A detail as a number, or undefined. */
export function numberDetail(check: Check, key: string): number | undefined {
  const value = check.details?.[key];
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}

/** A number as the element's language writes it. */
export const number = (value: number): string => formatNumber(value);

/** A date of a detail in the element's language, when it is one. */
export function dateDetail(check: Check, key: string): string | undefined {
  const value = check.details?.[key];
  if (typeof value !== 'string' || Number.isNaN(Date.parse(value))) return undefined;
  return formatDay(value, { style: 'long' });
}

/** A list detail (strings) as "a, b and c" in the element's language (at most five named, then "…"). */
export function listDetail(check: Check, key: string, quote = (text: string) => text): string | undefined {
  const value = check.details?.[key];
  const items = (Array.isArray(value) ? value : value === undefined ? [] : [value]).map(bounded).filter((item): item is string => !!item);
  if (!items.length) return undefined;
  const named = items.slice(0, 5).map(quote);
  return formatList(items.length > 5 ? [...named, '…'] : named);
}

/** The host of an address, else the address. */
export function hostOf(address: string | undefined): string | undefined {
  if (!address) return undefined;
  try {
    return new URL(address).host || address;
  } catch {
    return address;
  }
}

/** Shown where a value the sentence names is missing. */
export const UNKNOWN = '—';

/** Sentences one after another, as the language writes them (Chinese puts no space after its full stop). */
export function sentences(...parts: Array<string | undefined>): string {
  return parts.filter(Boolean).join(activeLocale() === 'zh-Hans' ? '' : ' ');
}

/**
 * Dates for people, in the reader's locale: the one formatter the elements and the certificate renderer share.
 * Formatters are cached (building an Intl.DateTimeFormat costs far more than using one, and a page of badges formats
 * hundreds of dates); a locale Intl does not know falls back to the ISO date, never an exception.
 * A date without a time is a calendar day, shown in UTC so that it never moves to the day before.
 */
export interface DateFormat {
  /** 'medium' (Mar 1, 2025) for cards and lists, 'long' (March 1, 2025) for certificates. Default 'medium'. */
  style?: 'medium' | 'long';
  /** With the time of day, in the reader's time zone. Default false. */
  time?: boolean;
}

const formatters = new Map<string, Intl.DateTimeFormat | null>();

function formatterFor(locale: string | undefined, style: 'medium' | 'long', time: boolean): Intl.DateTimeFormat | null {
  const key = `${style}:${time ? 't' : 'd'}:${locale ?? ''}`;
  let formatter = formatters.get(key);
  if (formatter === undefined) {
    try {
      formatter = new Intl.DateTimeFormat(locale, time ? { dateStyle: style, timeStyle: 'short' } : { dateStyle: style, timeZone: 'UTC' });
    } catch {
      formatter = null;
    }
    formatters.set(key, formatter);
  }
  return formatter;
}

/** An ISO 8601 date or date-time as text; undefined for none, the input itself when it is not a date. */
export function formatDate(iso: string | undefined, locale: string | undefined, { style = 'medium', time = false }: DateFormat = {}): string | undefined {
  if (!iso) return undefined;
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return formatterFor(locale, style, time)?.format(date) ?? date.toISOString().slice(0, time ? 16 : 10);
}

/**
 * Makes the formatter of a locale's dates ahead of need. The page's first Intl.DateTimeFormat loads the locale's
 * calendar data (tens of milliseconds on a slow machine): an element does it in a task of its own while its credential
 * downloads, not in its first render.
 */
export function prepareDateFormat(locale: string | undefined): void {
  formatterFor(locale, 'medium', false);
}

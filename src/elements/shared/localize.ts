/**
 * Localization with @lit/localize in runtime mode. English is the source locale; Spanish comes from
 * src/locales/es.ts (hand-written in the runtime-mode templates format). Every message has an explicit id.
 *
 * @lit/localize keeps one active locale per page. The elements choose it from their `lang` attribute, else the
 * nearest `lang` up the tree, else the page's `<html lang>`, else the browser's language; when an element asks for
 * a locale other than the active one it switches the page's locale (so one language per page: the last asked wins).
 */
import { configureLocalization } from '@lit/localize';

export const SOURCE_LOCALE = 'en';
export const TARGET_LOCALES = ['es'] as const;
export type SupportedLocale = typeof SOURCE_LOCALE | (typeof TARGET_LOCALES)[number];

type Localization = { getLocale(): string; setLocale(locale: string): Promise<void> };
let localization: Localization | undefined;

function ensureConfigured(): Localization {
  if (localization) return localization;
  try {
    localization = configureLocalization({
      sourceLocale: SOURCE_LOCALE,
      targetLocales: TARGET_LOCALES,
      loadLocale: () => import('../../locales/es.js'),
    });
  } catch {
    // The page configured @lit/localize itself: follow its locale, never fight it.
    localization = { getLocale: () => SOURCE_LOCALE, setLocale: async () => undefined };
  }
  return localization;
}

/** The supported locale nearest to a BCP 47 tag ("es-MX" → "es"); English otherwise. */
export function supportedLocale(tag: string | null | undefined): SupportedLocale {
  const base = (tag ?? '').trim().toLowerCase().split(/[-_]/)[0];
  return (TARGET_LOCALES as readonly string[]).includes(base ?? '') ? (base as SupportedLocale) : SOURCE_LOCALE;
}

/** The language an element should speak: its own `lang`, an ancestor's, the page's, the browser's. */
export function languageOf(element: Element): string {
  const own = element.closest('[lang]')?.getAttribute('lang');
  if (own) return own;
  const host = (element.getRootNode() as ShadowRoot).host;
  if (host) return languageOf(host);
  return document.documentElement.lang || navigator.language || SOURCE_LOCALE;
}

/** Makes `locale` the active one (loading its messages) unless it already is. */
export async function useLocale(tag: string): Promise<void> {
  const l10n = ensureConfigured();
  const locale = supportedLocale(tag);
  if (l10n.getLocale() === locale) return;
  try {
    await l10n.setLocale(locale);
  } catch {
    // A locale module that fails to load leaves the messages in English.
  }
}

/** The active locale, for Intl formatting alongside the messages. */
export function activeLocale(): string {
  return ensureConfigured().getLocale();
}

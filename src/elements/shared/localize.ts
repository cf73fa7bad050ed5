/**
 * Localization with @lit/localize in runtime mode: the elements call `msg()` with explicit ids; translations are
 * runtime-mode template modules (`export const templates = {...}`), one per language in src/locales/, each loaded
 * on demand (a page downloads only the language it speaks).
 *
 * One difference from `configureLocalization`: that keeps one active locale for the whole page, while each element
 * here speaks its own language (its `lang` attribute, else the nearest `lang` up the tree, else the page's `<html
 * lang>`, else the browser's). So the library configures @lit/localize's reentrant mode, which asks for the locale
 * on every `msg()` call: the locale of the element being rendered, set for the length of its synchronous update
 * (see `withLocale`), with the page's language tag for Intl (dates, numbers, lists: `es-MX` formats as Mexico does).
 * If the page has configured @lit/localize itself, the page's choice wins and the elements follow it.
 */
// Not re-exported by the package's index (see docs/upstream/lit-localize-reentrant.md); pinned, and guarded by
// test/package/dependency-patches.node.test.ts.
import { configureReentrantLocalization } from '@lit/localize/init/reentrant.js';
import type { LocaleModule } from '@lit/localize';

export const SOURCE_LOCALE = 'en';
/** The languages the elements speak besides English: BCP 47 tags, one module each in src/locales/. */
export const TARGET_LOCALES = ['es', 'fr', 'de', 'pt', 'zh-Hans', 'ar'] as const;
export type TargetLocale = (typeof TARGET_LOCALES)[number];
export type SupportedLocale = typeof SOURCE_LOCALE | TargetLocale;

type Templates = LocaleModule['templates'];

// Literal paths, so that bundlers split each language into a chunk of its own.
const loaders: Record<TargetLocale, () => Promise<LocaleModule>> = {
  es: () => import('../../locales/es.js'),
  fr: () => import('../../locales/fr.js'),
  de: () => import('../../locales/de.js'),
  pt: () => import('../../locales/pt.js'),
  'zh-Hans': () => import('../../locales/zh-Hans.js'),
  ar: () => import('../../locales/ar.js'),
};
/** Languages written right to left. */
const RIGHT_TO_LEFT: ReadonlySet<SupportedLocale> = new Set(['ar']);

const loaded = new Map<SupportedLocale, Templates>();
const loading = new Map<SupportedLocale, Promise<void>>();
let current: SupportedLocale = SOURCE_LOCALE;
let currentTag: string = SOURCE_LOCALE;

try {
  configureReentrantLocalization({
    sourceLocale: SOURCE_LOCALE,
    targetLocales: [...TARGET_LOCALES],
    getLocale: () => current,
    loadLocaleSync: (locale) => {
      const templates = loaded.get(locale as SupportedLocale);
      return templates ? { templates } : undefined;
    },
  });
} catch {
  // The page configured @lit/localize: its locale applies to these elements too.
}

/** The language and script of a tag, by CLDR's likely subtags (`zh-TW` is Hant, `zh-SG` Hans); undefined when not a tag. */
function languageAndScript(tag: string): { language: string; script: string | undefined } | undefined {
  try {
    const locale = new Intl.Locale(tag.replace(/_/g, '-')).maximize();
    return { language: locale.language, script: locale.script };
  } catch {
    return undefined;
  }
}

/**
 * The supported locale nearest to a BCP 47 tag: `es-MX` → `es`, `pt-BR` → `pt`, `fr-CA` → `fr`, `ar-EG` → `ar`;
 * Chinese in simplified characters (`zh`, `zh-CN`, `zh-SG`, `zh-Hans-HK`) → `zh-Hans`. English otherwise
 * (traditional Chinese too, until it has a module of its own).
 */
export function supportedLocale(tag: string | null | undefined): SupportedLocale {
  const parsed = languageAndScript((tag ?? '').trim());
  if (!parsed) return SOURCE_LOCALE;
  if (parsed.language === 'zh') return parsed.script === 'Hans' ? 'zh-Hans' : SOURCE_LOCALE;
  return (TARGET_LOCALES as readonly string[]).includes(parsed.language) ? (parsed.language as TargetLocale) : SOURCE_LOCALE;
}

/** Whether text in `locale` is in the language `tag` names (English text on a `lang="he"` page is not). */
export function sameLanguage(tag: string, locale: SupportedLocale): boolean {
  if (supportedLocale(tag) !== locale) return false;
  return locale !== SOURCE_LOCALE || languageAndScript(tag.trim())?.language === SOURCE_LOCALE;
}

/** The direction a locale is written in, for the `dir` of what an element renders. */
export function directionOf(locale: SupportedLocale): 'ltr' | 'rtl' {
  return RIGHT_TO_LEFT.has(locale) ? 'rtl' : 'ltr';
}

/** The language an element should speak: its own `lang`, an ancestor's (across shadow roots), the page's, the browser's. */
export function languageOf(element: Element): string {
  const own = element.closest('[lang]')?.getAttribute('lang');
  if (own) return own;
  const host = (element.getRootNode() as ShadowRoot).host;
  if (host) return languageOf(host);
  return document.documentElement.lang || navigator.language || SOURCE_LOCALE;
}

/** Whether the messages of `locale` are ready; starts loading them when not, and calls `then` once they are. */
export function localeReady(locale: SupportedLocale, then: () => void): boolean {
  if (locale === SOURCE_LOCALE || loaded.has(locale)) return true;
  let promise = loading.get(locale);
  if (!promise) {
    promise = loaders[locale]().then(
      (module) => void loaded.set(locale, module.templates),
      () => void loaded.set(locale, {}), // a module that fails to load leaves the messages in English
    );
    loading.set(locale, promise);
  }
  void promise.then(then);
  return false;
}

/**
 * Runs `body` (a synchronous render or message lookup) with `locale` as the active one for msg(), and `tag` (the
 * element's language tag, say `es-MX`) as the one for Intl.
 */
export function withLocale<T>(locale: SupportedLocale, body: () => T, tag: string = locale): T {
  const previous = current;
  const previousTag = currentTag;
  current = locale;
  currentTag = tag;
  try {
    return body();
  } finally {
    current = previous;
    currentTag = previousTag;
  }
}

/** The locale msg() speaks now (inside `withLocale`): what plural rules must follow, since they pick its message. */
export function activeLocale(): SupportedLocale {
  return current;
}

/** The language tag for Intl now (inside `withLocale`): dates, numbers and lists in the element's language. */
export function activeTag(): string {
  return currentTag;
}

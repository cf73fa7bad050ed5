/**
 * Localization with @lit/localize in runtime mode: the elements call `msg()` with explicit ids; translations are
 * runtime-mode template modules (`export const templates = {...}`), Spanish in src/locales/es.ts, loaded on demand.
 *
 * One difference from `configureLocalization`: that keeps one active locale for the whole page, while each element
 * here speaks its own language (its `lang` attribute, else the nearest `lang` up the tree, else the page's `<html
 * lang>`, else the browser's). So the library configures @lit/localize's reentrant mode, which asks for the locale
 * on every `msg()` call: the locale of the element being rendered, set for the length of its synchronous update
 * (see `withLocale`).
 * If the page has configured @lit/localize itself, the page's choice wins and the elements follow it.
 */
// Not re-exported by the package's index (see docs/upstream/lit-localize-reentrant.md); pinned, and guarded by
// test/package/dependency-patches.node.test.ts.
import { configureReentrantLocalization } from '@lit/localize/init/reentrant.js';
import type { LocaleModule } from '@lit/localize';

export const SOURCE_LOCALE = 'en';
export const TARGET_LOCALES = ['es'] as const;
export type SupportedLocale = typeof SOURCE_LOCALE | (typeof TARGET_LOCALES)[number];

type Templates = LocaleModule['templates'];

const loaders: Record<(typeof TARGET_LOCALES)[number], () => Promise<LocaleModule>> = {
  es: () => import('../../locales/es.js'),
};
const loaded = new Map<SupportedLocale, Templates>();
const loading = new Map<SupportedLocale, Promise<void>>();
let current: SupportedLocale = SOURCE_LOCALE;

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

/** The supported locale nearest to a BCP 47 tag ("es-MX" → "es"); English otherwise. */
export function supportedLocale(tag: string | null | undefined): SupportedLocale {
  const base = (tag ?? '').trim().toLowerCase().split(/[-_]/)[0];
  return (TARGET_LOCALES as readonly string[]).includes(base ?? '') ? (base as SupportedLocale) : SOURCE_LOCALE;
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

/** Runs `body` (a synchronous render or message lookup) with `locale` as the active one. */
export function withLocale<T>(locale: SupportedLocale, body: () => T): T {
  const previous = current;
  current = locale;
  try {
    return body();
  } finally {
    current = previous;
  }
}

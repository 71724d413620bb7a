/**
 * Lazy loading of the UI catalogs: each language's `locales/<lang>.json` is fetched with a
 * dynamic `import()` the first time a page shows that language (Vite puts each in a chunk of
 * its own; English is in the bundle as the source). A catalog is checked against English
 * (`catalogReport`): entries with a stray key or other arguments are dropped, and a language
 * under `UI_COVERAGE_THRESHOLD` is not installed, so the page stays in English as a whole.
 * Installing it bumps the cache's version, and `useUiLanguage` re-renders the page.
 */
import { uiLang } from '../uiText.ts';
import { installUiCatalog } from './cache.ts';
import { catalogReport } from './coverage.ts';
import type { KnownKeys, UiLanguage } from './types.ts';

/** A JSON catalog's type, if every namespace and key in it exists in English (else a type error naming the key). */
type Catalog<J extends KnownKeys<J>> = J;

/** Compile-time check of every catalog file's keys against English (the loader itself takes `unknown` and checks again at run time). */
export type CheckedCatalogs = [
  Catalog<typeof import('./locales/ar.json')>,
  Catalog<typeof import('./locales/bn.json')>,
  Catalog<typeof import('./locales/de.json')>,
  Catalog<typeof import('./locales/es.json')>,
  Catalog<typeof import('./locales/fr.json')>,
  Catalog<typeof import('./locales/hi.json')>,
  Catalog<typeof import('./locales/id.json')>,
  Catalog<typeof import('./locales/ja.json')>,
  Catalog<typeof import('./locales/pt.json')>,
  Catalog<typeof import('./locales/ru.json')>,
  Catalog<typeof import('./locales/ur.json')>,
  Catalog<typeof import('./locales/zh-Hans.json')>,
  Catalog<typeof import('./locales/zh-Hant.json')>,
];

/** One dynamic import per catalog file (literal paths, so the bundler makes one chunk each). */
const LOADERS: Readonly<Record<UiLanguage, () => Promise<{ default: unknown }>>> = {
  ar: () => import('./locales/ar.json'),
  bn: () => import('./locales/bn.json'),
  de: () => import('./locales/de.json'),
  es: () => import('./locales/es.json'),
  fr: () => import('./locales/fr.json'),
  hi: () => import('./locales/hi.json'),
  id: () => import('./locales/id.json'),
  ja: () => import('./locales/ja.json'),
  pt: () => import('./locales/pt.json'),
  ru: () => import('./locales/ru.json'),
  ur: () => import('./locales/ur.json'),
  'zh-Hans': () => import('./locales/zh-Hans.json'),
  'zh-Hant': () => import('./locales/zh-Hant.json'),
};

/** Loads in progress or done, by language: each catalog is fetched once (a failed fetch may be retried). */
const loads = new Map<string, Promise<boolean>>();

/**
 * Loads and installs UI language `lang`'s catalog (a `uiLang()` code) unless it already is;
 * resolves true when the language is offered, false when it has no catalog, is under the
 * coverage threshold, or could not be fetched (then a later call tries again).
 */
export function loadUiLanguage(lang: string): Promise<boolean> {
  if (!Object.hasOwn(LOADERS, lang)) return Promise.resolve(false);
  let load = loads.get(lang);
  if (!load) {
    load = LOADERS[lang as UiLanguage]().then(
      (module) => {
        const report = catalogReport(lang, module.default);
        if (report.offered) installUiCatalog(lang, report.catalog);
        return report.offered;
      },
      () => {
        loads.delete(lang);
        return false;
      },
    );
    loads.set(lang, load);
  }
  return load;
}

/** `loadUiLanguage` for the UI language of MASSIVE locale `locale` (`de-DE` → `de`, `zh-TW` → `zh-Hant`). */
export function loadUiLanguageFor(locale: string): Promise<boolean> {
  return loadUiLanguage(uiLang(locale));
}

/** Loads every UI catalog (tests and tools that need all languages at once). */
export async function loadAllUiLanguages(): Promise<void> {
  await Promise.all(Object.keys(LOADERS).map((lang) => loadUiLanguage(lang)));
}

/** The UI languages that have a catalog file. */
export function catalogLanguages(): string[] {
  return Object.keys(LOADERS);
}

/**
 * UI chrome text, by namespace. Each capability keeps its English strings next to its UI
 * (`src/<capability>/ui/strings.ts` exports `const EN = {...} as const`) and gets a typed
 * translator from `makeTranslator('<namespace>', EN)`; translations for other languages live
 * in `src/i18n/ui/<lang>.ts` (one object per namespace). A missing translation falls back to
 * English for that key only. `{name}` placeholders; the output is plain text, never HTML.
 */
import { langTag } from './languages.ts';
import { UI_TRANSLATIONS } from './ui/index.ts';

/** A namespace's strings in one language. */
export type UiDict = Readonly<Record<string, string>>;

/** Fills `{name}` placeholders; unknown names are left visible so a bug shows. */
export function fill(template: string, params?: Readonly<Record<string, string | number>>): string {
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (m, name: string) => (name in params ? String(params[name]) : m));
}

/** The language part of a locale code (`pt-PT` → `pt`, `zh-TW` → `zh-TW` kept for script). */
export function uiLang(locale: string): string {
  if (locale === 'zh-TW') return 'zh-TW';
  return locale.split('-')[0] ?? locale;
}

/** Languages with a translation of at least one namespace. */
export function translatedLanguages(): string[] {
  return Object.keys(UI_TRANSLATIONS);
}

/**
 * BCP 47 tag of the text a namespace shows for `locale`: the locale's language when that
 * namespace is translated into it, else `en` (for `lang` attributes, so English chrome on a
 * Swahili page is not read out as Swahili).
 */
export function uiTextLang(locale: string, namespace: string): string {
  return UI_TRANSLATIONS[uiLang(locale)]?.[namespace] ? langTag(locale) : 'en';
}

/**
 * A translator for one namespace: `tr(key, locale, params)`. Keys are typed by the English
 * object, so a misspelt key is a compile error.
 */
export function makeTranslator<E extends UiDict>(namespace: string, en: E) {
  return (key: keyof E & string, locale: string, params?: Readonly<Record<string, string | number>>): string => {
    const dict = UI_TRANSLATIONS[uiLang(locale)]?.[namespace];
    return fill(dict?.[key] ?? String(en[key]), params);
  };
}

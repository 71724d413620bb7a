/**
 * UI strings of the inspector (namespace `inspector`). English is the source: its keys define
 * `TranslationKey`, so a missing or misspelled key is a type error; translations live in
 * `ui/locales/<lang>.json`. `{name}` placeholders are filled by `tr()`; the result is plain text
 * (React escapes it), never HTML.
 */
import { EN } from './en.ts';
import { makeTranslator } from './uiText.ts';

export { EN };

/** Every UI string key. */
export type TranslationKey = keyof typeof EN;

/** Values for `{name}` placeholders. */
export type TranslationVars = Readonly<Record<string, string | number>>;

/** `tr(key, locale, vars)`: the inspector string in the locale's UI language (English per key when untranslated). */
export const tr = makeTranslator('inspector', EN);

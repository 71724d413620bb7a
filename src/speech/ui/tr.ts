/** The speech namespace's translator and the language-name helper its messages need. */
import { findLanguage } from '../../i18n/languages.ts';
import { makeTranslator } from '../../i18n/uiText.ts';
import { EN } from './strings.ts';

export const tr = makeTranslator('speech', EN);

/** The locale's language in its own name (`Deutsch`), for `{language}` placeholders. */
export function languageName(locale: string): string {
  return findLanguage(locale)?.nativeName ?? locale;
}

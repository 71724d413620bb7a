/** UI strings of the tester view (namespace `tester`; see src/i18n/uiText.ts). */
import { makeTranslator } from '../../i18n/uiText.ts';
import { EN } from './en.ts';

export { EN };

/** `tr(key, locale, params)` for this namespace: the locale's UI language, English per key when untranslated. */
export const tr = makeTranslator('tester', EN);

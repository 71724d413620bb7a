/** English UI strings of the conversation view (namespace `conversation`; see src/i18n/uiText.ts). */
import { EN } from './en.ts';
import { makeTranslator } from '../../i18n/uiText.ts';

export { EN };

/** `tr(key, locale, params)` for this namespace. */
export const tr = makeTranslator('conversation', EN);

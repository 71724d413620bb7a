/**
 * English UI strings of the dialogue panels (namespace `dialog`); translations live in
 * src/i18n/ui/locales/<lang>.json. `{name}` placeholders, plain text only.
 */
import { EN } from './en.ts';
import { makeTranslator } from '../../i18n/uiText.ts';

export { EN };

/** `tr(key, locale, params)` for the dialogue panels. */
export const tr = makeTranslator('dialog', EN);

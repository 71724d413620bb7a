/**
 * The batch panel's translator: `tr(key, locale, values)` in the page's UI language, English
 * per key where a catalog lacks it. Plain text out (React escapes it), never HTML.
 */
import { makeTranslator } from '../../i18n/uiText.ts';
import { EN } from './en.ts';

/** A key of the batch panel's text. */
export type BatchKey = keyof typeof EN;

/** The batch panel's text in the UI language of `locale`. */
export const tr = makeTranslator('batch', EN);
